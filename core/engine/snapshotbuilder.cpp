#include "core/engine/snapshotbuilder.h"

#include "core/engine/livecache.h"

#include <algorithm>

namespace Engine {

FleetSnapshotPtr SnapshotBuilder::build(const LiveCache &cache, const QHash<QString, SourceStatus> &sources,
                                        qint64 nowMs, quint64 generation, const QVector<Sources::Alert> &alerts,
                                        const QVector<SourceStatus> &alertSources) const
{
    auto snapshot = std::make_shared<FleetSnapshot>();
    snapshot->generation = generation;
    snapshot->atMs = nowMs;
    snapshot->demo = m_workspace->isDemo();
    for (const Model::SourceConfig &config : m_workspace->sources) {
        SourceStatus status = sources.value(config.id);
        status.sourceId = config.id;
        status.name = config.name;
        snapshot->sources.append(status);
    }

    QHash<QString, int> projectIndex;
    for (const Model::Project &project : m_workspace->projects) {
        projectIndex.insert(project.id, static_cast<int>(snapshot->projects.size()));
        snapshot->projects.append({project.id, project.name, Health::Unknown, 0, 0, 0.0});
    }

    // Alert counts per service and per project (a project counts its services' alerts too).
    QHash<QString, int> serviceAlerts;
    QHash<QString, int> projectAlerts;
    for (const Sources::Alert &alert : alerts) {
        if (!alert.isFiring())
            continue;
        if (!alert.serviceId.isEmpty())
            ++serviceAlerts[alert.serviceId];
        if (!alert.projectId.isEmpty())
            ++projectAlerts[alert.projectId];
    }
    snapshot->alerts = alerts;
    snapshot->alertSources = alertSources;
    for (ProjectStatus &project : snapshot->projects)
        project.firingAlerts = projectAlerts.value(project.projectId);

    snapshot->services.reserve(m_workspace->services.size());
    for (const Model::Service &service : m_workspace->services) {
        ServiceStatus status;
        status.serviceId = service.id;
        status.projectId = service.projectId;
        status.name = service.name;
        status.role = service.role;
        status.firingAlerts = serviceAlerts.value(service.id);
        for (Model::MetricKind kind : Model::allMetricKinds()) {
            if (const Model::Sample *s = cache.latest({service.id, kind, {}})) {
                status.latest.value[Model::metricIndex(kind)] = s->v;
                status.latest.atMs[Model::metricIndex(kind)] = s->t;
            }
        }
        const SourceStatus source = sources.value(service.sourceId);
        const SourceState state{source.health != SourceHealth::Down, source.downSinceMs, source.newDataIntervalMs};
        status.verdict = evaluateHealth(status.latest, service.thresholds, nowMs, state);

        const QVector<Model::Sample> &rps = cache.samples({service.id, Model::MetricKind::Rps, {}});
        const auto from = std::lower_bound(rps.cbegin(), rps.cend(), nowMs - kTrendWindowMs,
                                           [](const Model::Sample &a, qint64 t) { return a.t < t; });
        status.rpsTrend.reserve(static_cast<qsizetype>(rps.cend() - from));
        for (auto it = from; it != rps.cend(); ++it)
            status.rpsTrend.append(static_cast<float>(it->v));

        if (const int p = projectIndex.value(service.projectId, -1); p >= 0) {
            ProjectStatus &project = snapshot->projects[p];
            ++project.serviceCount;
            if (status.verdict.health >= Health::Degraded)
                ++project.unhealthyCount;
            if (project.serviceCount == 1 || status.verdict.health > project.health)
                project.health = status.verdict.health;
            const double serviceRps = status.latest[Model::MetricKind::Rps];
            if (!std::isnan(serviceRps))
                project.totalRps += serviceRps;
        }
        snapshot->services.append(std::move(status));
    }
    return snapshot;
}

} // namespace Engine
