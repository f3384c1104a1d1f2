#pragma once

#include "core/engine/predictions.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Gui {

// The capacity table: per service and resource, today's typical peak, its growth,
// when it crosses the service's limit (with the interval) and the replicas needed.
class CapacityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapacityModel)
public:
    enum Column { Service, Metric, Limit, Peak, Growth, Crossing, Interval, ReplicasNow, ReplicasNeeded, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ServiceIdRole,
        KindRole,
        CrossesRole, // bool: a crossing (or already above) within the horizon
    };

    explicit CapacityModel(QObject *parent = nullptr);
    ~CapacityModel() override;

    void setResult(Engine::AnalysisResultPtr result, QHash<QString, QString> serviceNames);
    void retranslate();
    const Engine::CapacityRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Engine::CapacityRow &row, int column) const;
    QVariant raw(const Engine::CapacityRow &row, int column) const;
    QString crossingText(const Engine::CapacityRow &row) const;
    QString tooltip(const Engine::CapacityRow &row) const;

    Engine::AnalysisResultPtr m_result;
    QHash<QString, QString> m_names;
};

} // namespace Gui
