#include "ui/models/overviewmodel.h"

#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"
#include "ui/style/healthstyle.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Gui {

namespace {

std::optional<MetricKind> metricOfColumn(int column)
{
    switch (column) {
    case OverviewModel::Rps: return MetricKind::Rps;
    case OverviewModel::Latency: return MetricKind::LatencyP95;
    case OverviewModel::Errors: return MetricKind::ErrorRate;
    case OverviewModel::Cpu: return MetricKind::Cpu;
    case OverviewModel::Memory: return MetricKind::Memory;
    case OverviewModel::Replicas: return MetricKind::Replicas;
    default: return std::nullopt;
    }
}

// A project's figure: total traffic and replicas, the worst service otherwise.
double projectAggregate(const Engine::FleetSnapshot &snapshot, const QVector<int> &services, MetricKind kind)
{
    const bool sum = kind == MetricKind::Rps || kind == MetricKind::Replicas;
    double result = std::numeric_limits<double>::quiet_NaN();
    for (int i : services) {
        const double v = snapshot.services.at(i).latest[kind];
        if (std::isnan(v))
            continue;
        if (std::isnan(result))
            result = v;
        else
            result = sum ? result + v : std::max(result, v);
    }
    return result;
}

QVector<float> sumTrends(const Engine::FleetSnapshot &snapshot, const QVector<int> &services)
{
    QVector<float> total;
    for (int i : services) {
        const QVector<float> &trend = snapshot.services.at(i).rpsTrend;
        // Align on the newest sample: trends of one source share their step.
        if (trend.size() > total.size())
            total.insert(0, trend.size() - total.size(), 0.0f);
        const qsizetype offset = total.size() - trend.size();
        for (qsizetype k = 0; k < trend.size(); ++k)
            total[offset + k] += trend.at(k);
    }
    return total;
}

// A small orange diamond: "something unusual", distinct from the health dots.
QIcon anomalyIcon()
{
    static const QIcon icon = [] {
        QIcon made;
        for (int size : {12, 16, 24}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xef, 0x6c, 0x00));
            const qreal c = size / 2.0;
            const qreal r = size / 2.0 - size / 8.0;
            painter.drawPolygon(QPolygonF({{c, c - r}, {c + r, c}, {c, c + r}, {c - r, c}}));
            made.addPixmap(pixmap);
        }
        return made;
    }();
    return icon;
}

} // namespace

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OverviewModel::~OverviewModel() = default;

QVector<OverviewModel::ProjectRow> OverviewModel::layout(const Engine::FleetSnapshot &snapshot)
{
    QVector<ProjectRow> rows;
    QHash<QString, int> byId;
    for (int p = 0; p < snapshot.projects.size(); ++p) {
        byId.insert(snapshot.projects.at(p).projectId, p);
        rows.append(ProjectRow{p, {}});
    }
    for (int s = 0; s < snapshot.services.size(); ++s) {
        const int p = byId.value(snapshot.services.at(s).projectId, -1);
        if (p >= 0)
            rows[p].serviceIndexes.append(s);
    }
    return rows;
}

bool OverviewModel::sameStructure(const Engine::FleetSnapshot &next) const
{
    if (!m_snapshot || m_snapshot->projects.size() != next.projects.size()
        || m_snapshot->services.size() != next.services.size())
        return false;
    for (int i = 0; i < next.projects.size(); ++i) {
        if (m_snapshot->projects.at(i).projectId != next.projects.at(i).projectId)
            return false;
    }
    for (int i = 0; i < next.services.size(); ++i) {
        if (m_snapshot->services.at(i).serviceId != next.services.at(i).serviceId
            || m_snapshot->services.at(i).projectId != next.services.at(i).projectId)
            return false;
    }
    return true;
}

void OverviewModel::setSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    if (!sameStructure(*snapshot)) {
        beginResetModel();
        m_snapshot = std::move(snapshot);
        m_rows = layout(*m_snapshot);
        endResetModel();
        return;
    }
    m_snapshot = std::move(snapshot);
    if (m_rows.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    for (int p = 0; p < m_rows.size(); ++p) {
        const int children = static_cast<int>(m_rows.at(p).serviceIndexes.size());
        if (children == 0)
            continue;
        const QModelIndex parent = index(p, 0);
        emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
    }
}

void OverviewModel::setAnomalies(Engine::AnomalySnapshotPtr anomalies)
{
    m_anomalies = std::move(anomalies);
    for (int p = 0; p < m_rows.size(); ++p) {
        emit dataChanged(index(p, Reason), index(p, Reason));
        const int children = static_cast<int>(m_rows.at(p).serviceIndexes.size());
        if (children > 0)
            emit dataChanged(index(0, Reason, index(p, 0)), index(children - 1, Reason, index(p, 0)));
    }
}

void OverviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_snapshot)
        setSnapshot(m_snapshot);
}

QModelIndex OverviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= m_rows.size())
            return {};
        return createIndex(row, column, kProjectLevel);
    }
    if (parent.internalId() != kProjectLevel || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).serviceIndexes.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()));
}

QModelIndex OverviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kProjectLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId()), 0, kProjectLevel);
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != kProjectLevel)
        return 0;
    return static_cast<int>(m_rows.at(parent.row()).serviceIndexes.size());
}

int OverviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_snapshot)
        return {};
    if (index.internalId() == kProjectLevel)
        return projectData(m_rows.at(index.row()), index.column(), role);
    const ProjectRow &project = m_rows.at(static_cast<int>(index.internalId()));
    return serviceData(m_snapshot->services.at(project.serviceIndexes.at(index.row())), index.column(), role);
}

QVariant OverviewModel::projectData(const ProjectRow &row, int column, int role) const
{
    const Engine::ProjectStatus &project = m_snapshot->projects.at(row.projectIndex);
    switch (role) {
    case IdRole:
    case ProjectIdRole: return project.projectId;
    case IsProjectRole: return true;
    case HealthRole: return static_cast<int>(project.health);
    case TrendRole:
        return column == Trend ? QVariant::fromValue(sumTrends(*m_snapshot, row.serviceIndexes)) : QVariant();
    default: break;
    }
    if (column == Name) {
        if (role == Qt::DisplayRole || role == SortRole)
            return project.name;
        if (role == Qt::DecorationRole)
            return healthIcon(project.health);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (column == Health) {
        if (role == Qt::DisplayRole)
            return Engine::healthName(project.health);
        if (role == SortRole)
            return static_cast<int>(project.health);
        if (role == Qt::ForegroundRole)
            return healthColor(project.health);
        return {};
    }
    if (column == Reason) {
        int anomalous = 0;
        if (m_anomalies) {
            for (int i : row.serviceIndexes)
                anomalous += m_anomalies->worstFor(m_snapshot->services.at(i).serviceId) ? 1 : 0;
        }
        if (role == Qt::DisplayRole || role == SortRole) {
            QString text = project.unhealthyCount == 0
                ? tr("%n service(s), all healthy", nullptr, project.serviceCount)
                : tr("%1 of %n service(s) need attention", nullptr, project.serviceCount).arg(project.unhealthyCount);
            if (anomalous > 0)
                text += u"; "_s + tr("%n with an anomaly", nullptr, anomalous);
            return text;
        }
        if (role == Qt::DecorationRole && anomalous > 0)
            return anomalyIcon();
        if (role == AnomalyRole)
            return anomalous > 0;
        return {};
    }
    if (const auto kind = metricOfColumn(column)) {
        const double v = projectAggregate(*m_snapshot, row.serviceIndexes, *kind);
        if (role == Qt::DisplayRole)
            return std::isnan(v) ? QString() : Model::formatMetricNumber(*kind, v);
        if (role == SortRole)
            return std::isnan(v) ? -1.0 : v;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && *kind != MetricKind::Rps && *kind != MetricKind::Replicas)
            return tr("Worst service of the project");
    }
    return {};
}

QVariant OverviewModel::serviceData(const Engine::ServiceStatus &service, int column, int role) const
{
    switch (role) {
    case IdRole: return service.serviceId;
    case ProjectIdRole: return service.projectId;
    case IsProjectRole: return false;
    case AnomalyRole: return m_anomalies && m_anomalies->worstFor(service.serviceId);
    case HealthRole: return static_cast<int>(service.verdict.health);
    case TrendRole: return column == Trend ? QVariant::fromValue(service.rpsTrend) : QVariant();
    default: break;
    }
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return service.name;
        if (role == Qt::DecorationRole)
            return healthIcon(service.verdict.health);
        if (role == Qt::ToolTipRole)
            return service.serviceId;
        return {};
    case Health:
        if (role == Qt::DisplayRole)
            return Engine::healthName(service.verdict.health);
        if (role == SortRole)
            return static_cast<int>(service.verdict.health);
        if (role == Qt::ForegroundRole)
            return healthColor(service.verdict.health);
        return {};
    case Reason:
        if (m_anomalies && (m_anomalies->worstFor(service.serviceId) || m_anomalies->warningFor(service.serviceId)))
            return anomalyData(service, role);
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole)
            return Engine::describeVerdict(service.verdict);
        return {};
    case Trend:
        if (role == Qt::ToolTipRole)
            return tr("Requests per second over the last hour");
        return {};
    default: break;
    }
    if (const auto kind = metricOfColumn(column)) {
        const double v = service.latest[*kind];
        if (role == Qt::DisplayRole)
            return Model::formatMetricNumber(*kind, v);
        if (role == SortRole)
            return std::isnan(v) ? -1.0 : v;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ForegroundRole && service.verdict.cause == Engine::HealthCause::Threshold
            && service.verdict.metric == *kind)
            return healthColor(service.verdict.health);
    }
    return {};
}

QVariant OverviewModel::anomalyData(const Engine::ServiceStatus &service, int role) const
{
    const Engine::AnomalyAlert *worst = m_anomalies->worstFor(service.serviceId);
    const Engine::LimitWarning *warning = m_anomalies->warningFor(service.serviceId);
    const bool healthy = service.verdict.health == Engine::Health::Ok;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: {
        // What health says comes first; an anomaly or a forecast adds what it does not.
        QString text = healthy ? QString() : Engine::describeVerdict(service.verdict);
        const QString extra = worst ? tr("anomaly: %1").arg(Engine::PredictionText::anomalyHeadline(*worst))
                                    : tr("forecast: %1").arg(Engine::PredictionText::limitWarning(*warning));
        return text.isEmpty() ? extra : text + u"; "_s + extra;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!healthy)
            lines << Engine::describeVerdict(service.verdict);
        for (const Engine::AnomalyAlert &a : m_anomalies->current) {
            if (a.serviceId == service.serviceId)
                lines << tr("Anomaly: %1").arg(Engine::PredictionText::anomalyHeadline(a)) + u"\n"_s
                        + Engine::PredictionText::anomalyEvidence(a);
        }
        for (const Engine::LimitWarning &w : m_anomalies->warnings) {
            if (w.serviceId == service.serviceId)
                lines << tr("Forecast: %1").arg(Engine::PredictionText::limitWarning(w));
        }
        return lines.join(u"\n"_s);
    }
    case Qt::DecorationRole: return worst ? anomalyIcon() : QVariant();
    case AnomalyRole: return worst != nullptr;
    default: break;
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && metricOfColumn(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Health: return tr("Health");
    case Reason: return tr("Reason");
    case Trend: return tr("Last hour");
    default: break;
    }
    if (const auto kind = metricOfColumn(section)) {
        const QString unit = Model::metricUnitSuffix(*kind);
        return unit.isEmpty() || unit.startsWith(u'/') ? Model::metricKindLabel(*kind) : Model::metricKindLabel(*kind) + u" ("_s + unit + u')';
    }
    return {};
}

QModelIndex OverviewModel::indexOfProject(const QString &projectId) const
{
    if (!m_snapshot)
        return {};
    for (int p = 0; p < m_rows.size(); ++p) {
        if (m_snapshot->projects.at(m_rows.at(p).projectIndex).projectId == projectId)
            return index(p, 0);
    }
    return {};
}

QModelIndex OverviewModel::indexOfService(const QString &serviceId) const
{
    if (!m_snapshot)
        return {};
    for (int p = 0; p < m_rows.size(); ++p) {
        const QVector<int> &services = m_rows.at(p).serviceIndexes;
        for (int s = 0; s < services.size(); ++s) {
            if (m_snapshot->services.at(services.at(s)).serviceId == serviceId)
                return index(s, 0, index(p, 0));
        }
    }
    return {};
}

} // namespace Gui
