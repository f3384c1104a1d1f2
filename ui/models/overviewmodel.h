#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/predictions.h"

#include <QAbstractItemModel>

namespace Gui {

// Projects as top-level rows, their services as children, filled from the
// engine's snapshots. Structure changes reset the model; value changes emit one
// dataChanged per project's block of rows.
class OverviewModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)
public:
    enum Column { Name, Health, Reason, Rps, Latency, Errors, Cpu, Memory, Replicas, Trend, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value for sorting
        HealthRole,                  // int(Engine::Health)
        TrendRole,                   // QVector<float>
        IdRole,                      // project id or service id
        ProjectIdRole,
        IsProjectRole,
        AnomalyRole,                 // bool: an anomaly on one of its key metrics now
    };

    explicit OverviewModel(QObject *parent = nullptr);
    ~OverviewModel() override;

    void setSnapshot(Engine::FleetSnapshotPtr snapshot);
    Engine::FleetSnapshotPtr snapshot() const { return m_snapshot; }
    // Current anomalies and forecast limit warnings, shown in the reason column
    // until alerts carry them.
    void setAnomalies(Engine::AnomalySnapshotPtr anomalies);
    Engine::AnomalySnapshotPtr anomalies() const { return m_anomalies; }
    // Call after a language change: headers and texts are re-rendered.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfService(const QString &serviceId) const;
    QModelIndex indexOfProject(const QString &projectId) const;

private:
    struct ProjectRow
    {
        int projectIndex = -1;       // into snapshot->projects
        QVector<int> serviceIndexes; // into snapshot->services
    };
    static constexpr quintptr kProjectLevel = ~quintptr(0);

    bool sameStructure(const Engine::FleetSnapshot &next) const;
    static QVector<ProjectRow> layout(const Engine::FleetSnapshot &snapshot);
    QVariant projectData(const ProjectRow &row, int column, int role) const;
    QVariant serviceData(const Engine::ServiceStatus &service, int column, int role) const;
    QVariant anomalyData(const Engine::ServiceStatus &service, int role) const;

    Engine::FleetSnapshotPtr m_snapshot;
    Engine::AnomalySnapshotPtr m_anomalies;
    QVector<ProjectRow> m_rows;
};

} // namespace Gui
