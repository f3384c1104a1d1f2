#pragma once

#include "core/traces/tracetypes.h"

#include <QAbstractTableModel>

namespace Gui {

// The traces of a search, one row each: when, where it started, how long, how
// many spans and errors, which services. RawRole gives sortable values.
class TraceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceListModel)
public:
    enum Column { Start, Root, Duration, Spans, Errors, Services, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, TraceIdRole };

    explicit TraceListModel(QObject *parent = nullptr);
    ~TraceListModel() override;

    void setTraces(Traces::TraceList traces);
    void clear();
    Traces::TracePtr trace(int row) const;
    int rowOf(const QString &traceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    struct Row
    {
        Traces::TracePtr trace;
        QString root;
        qint64 startUs = 0;
        qint64 durationUs = 0;
        int errors = 0;
        QString services;
    };
    QVector<Row> m_rows;
};

} // namespace Gui
