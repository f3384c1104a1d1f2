#include "ui/alerts/incidentmodel.h"

#include "ui/style/healthstyle.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gui {

IncidentModel::IncidentModel(QObject *parent) : QAbstractTableModel(parent) { }

IncidentModel::~IncidentModel() = default;

const Alerts::IncidentList &IncidentModel::rows() const
{
    if (!m_snapshot)
        return m_empty;
    return m_section == Section::Open ? m_snapshot->open : m_snapshot->history;
}

void IncidentModel::setSection(Section section)
{
    if (section == m_section)
        return;
    beginResetModel();
    m_section = section;
    endResetModel();
}

void IncidentModel::setSnapshot(const Alerts::AlertsSnapshotPtr &snapshot, const Model::WorkspacePtr &workspace)
{
    // Whole snapshots, a few hundred rows at most: a reset per snapshot is cheap
    // and keeps worst-first order exactly as the engine computed it.
    beginResetModel();
    m_snapshot = snapshot;
    m_workspace = workspace;
    endResetModel();
}

const Alerts::Incident *IncidentModel::incident(int row) const
{
    const Alerts::IncidentList &list = rows();
    return row >= 0 && row < list.size() ? &list.at(row) : nullptr;
}

int IncidentModel::rowOf(quint64 incidentId) const
{
    const Alerts::IncidentList &list = rows();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == incidentId)
            return i;
    }
    return -1;
}

void IncidentModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows().size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentModel::formatDuration(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60'000);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString IncidentModel::projectName(const QString &projectId) const
{
    if (m_workspace) {
        if (const Model::Project *p = m_workspace->project(projectId))
            return p->name;
    }
    return projectId.isEmpty() ? tr("(no project)") : projectId;
}

QString IncidentModel::serviceNames(const Alerts::Incident &incident) const
{
    QStringList names;
    for (const QString &id : incident.serviceIds) {
        const Model::Service *s = m_workspace ? m_workspace->service(id) : nullptr;
        names.append(s ? s->name : id);
    }
    return names.join(u", "_s);
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    const Alerts::Incident *i = index.isValid() ? incident(index.row()) : nullptr;
    if (!i)
        return {};
    const qint64 now = m_snapshot ? m_snapshot->atMs : 0;
    if (role == IncidentIdRole)
        return QVariant::fromValue(i->id);
    if (role == ProjectIdRole)
        return i->projectId;
    const bool critical = i->severity == Model::AlertSeverity::Critical;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Severity: return critical ? 1 : 0;
        case Opened: return i->openedMs;
        case Duration: return i->rangeEndMs(now) - i->openedMs;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Severity: return critical ? tr("Critical") : tr("Warning");
        case Project: return projectName(i->projectId);
        case Cause: return Alerts::causeLabel(i->cause);
        case Services: return serviceNames(*i);
        case State: return Alerts::incidentStateLabel(i->state);
        case Opened:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(i->openedMs, QTimeZone::systemTimeZone()),
                                      QLocale::ShortFormat);
        case Duration: return formatDuration(i->rangeEndMs(now) - i->openedMs);
        default: break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Severity && i->isOpen())
        return healthColor(critical ? Engine::Health::Down : Engine::Health::Degraded);
    if (role == Qt::ToolTipRole && index.column() == Services)
        return serviceNames(*i);
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Project: return tr("Project");
    case Cause: return tr("Cause");
    case Services: return tr("Services");
    case State: return tr("State");
    case Opened: return tr("Opened");
    case Duration: return tr("Duration");
    default: break;
    }
    return {};
}

} // namespace Gui
