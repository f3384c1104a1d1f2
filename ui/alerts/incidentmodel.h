#pragma once

#include "core/alerts/alertworker.h"
#include "core/model/workspace.h"

#include <QAbstractTableModel>

namespace Gui {

// Incidents of one section of the alerts view (open ones worst first, or the
// history newest first), from the engine's AlertsSnapshot.
class IncidentModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentModel)
public:
    enum Column { Severity, Project, Cause, Services, State, Opened, Duration, ColumnCount };
    enum Role { IncidentIdRole = Qt::UserRole + 1, RawValueRole, ProjectIdRole };
    enum class Section { Open, History };

    explicit IncidentModel(QObject *parent = nullptr);
    ~IncidentModel() override;

    void setSection(Section section);
    Section section() const { return m_section; }
    void setSnapshot(const Alerts::AlertsSnapshotPtr &snapshot, const Model::WorkspacePtr &workspace);
    const Alerts::Incident *incident(int row) const;
    int rowOf(quint64 incidentId) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "2 h 5 min", "3 d 4 h": one formatter for the table and the details.
    static QString formatDuration(qint64 ms);
    QString serviceNames(const Alerts::Incident &incident) const;
    QString projectName(const QString &projectId) const;

private:
    const Alerts::IncidentList &rows() const;

    Section m_section = Section::Open;
    Alerts::AlertsSnapshotPtr m_snapshot;
    Model::WorkspacePtr m_workspace;
    Alerts::IncidentList m_empty;
};

} // namespace Gui
