#pragma once

#include "core/engine/predictions.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gui {

// Anomalies of a project with their evidence, newest first: what was seen, what
// was usual at that time (the forecast from before it, with its band), the score.
class AnomalyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnomalyModel)
public:
    enum Column { When, Service, Metric, Value, Expected, Band, Score, What, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ServiceIdRole,
        KindRole,
        TimeRole, // ms of the most anomalous sample
    };

    explicit AnomalyModel(QObject *parent = nullptr);
    ~AnomalyModel() override;

    void setResult(const Engine::AnalysisResultPtr &result, QHash<QString, QString> serviceNames);
    void retranslate();
    const Engine::AnomalyAlert *alertAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Engine::AnomalyAlert> m_alerts;
    QHash<QString, QString> m_names;
    qint64 m_nowMs = 0;
};

} // namespace Gui
