#pragma once

#include "core/model/series.h"
#include "core/sources/demo/demofleetspec.h"

#include <QHash>
#include <QVector>

namespace Sources::Demo {

// A deterministic fleet simulator. Every metric is a pure function of
// (spec, seed, origin, interventions, time), so history can be asked for in any
// order and at any step and always agrees with what was shown live. Interventions
// (scale, restart, rollback) only change values at and after their own time.
//
// Not thread-safe: owned by one thread (the engine's network thread).
class DemoFleet final
{
public:
    enum class InterventionType { Scale, Restart, Rollback };
    struct Intervention
    {
        qint64 t = 0;
        InterventionType type = InterventionType::Scale;
        int value = 0;
    };

    DemoFleet(DemoFleetSpec spec, quint64 seed, qint64 originMs);

    const DemoFleetSpec &spec() const { return m_spec; }
    quint64 seed() const { return m_seed; }
    qint64 originMs() const { return m_originMs; }
    int serviceCount() const { return static_cast<int>(m_spec.services.size()); }
    int indexOf(const QString &serviceId) const { return m_index.value(serviceId, -1); }

    // The workspace this fleet stands for: its projects and services, one demo source.
    Model::Workspace workspace(const QString &sourceId) const;

    // Value of a metric at time t; NaN where the service has no such metric
    // (e.g. disk on a service without a volume). `region` selects one region's
    // RPS or latency; empty means the whole service.
    double value(int serviceIndex, Model::MetricKind kind, qint64 tMs, const QString &region = {}) const;
    QVector<Model::Sample> range(const Model::SeriesKey &key, qint64 fromMs, qint64 toMs, qint64 stepMs) const;

    // Operator actions on the simulated provider, effective from atMs on.
    bool scale(const QString &serviceId, int replicas, qint64 atMs);
    bool restart(const QString &serviceId, qint64 atMs);
    bool rollback(const QString &serviceId, qint64 atMs);
    int replicasAt(int serviceIndex, qint64 tMs) const;

    // Scheduled incidents, exposed for tests and for markers on charts.
    bool throttleBurstAt(int serviceIndex, qint64 tMs) const;
    bool databaseSlowAt(int serviceIndex, qint64 tMs) const;
    QVector<qint64> deploysBetween(int serviceIndex, qint64 fromMs, qint64 toMs) const;

private:
    double traffic(int serviceIndex, qint64 tMs, const QString &region) const;
    double cpu(int serviceIndex, qint64 tMs) const;
    double latency(int serviceIndex, qint64 tMs, const QString &region, int depth) const;
    double errorRate(int serviceIndex, qint64 tMs) const;
    double memory(int serviceIndex, qint64 tMs) const;
    // Cache hit ratio, certificate expiry, queue depth and pool usage for the roles
    // that have them (NaN otherwise); healthy: no diagnosis fires on them.
    double dependencyGauge(int serviceIndex, Model::MetricKind kind, qint64 tMs) const;
    qint64 leakCycleMs(int serviceIndex) const;
    int restartsInLastHour(int serviceIndex, qint64 tMs) const;
    qint64 lastResetBefore(int serviceIndex, qint64 tMs) const;
    bool badDeployAt(int clientIndex, qint64 deployMs) const;
    double noise(int serviceIndex, Model::MetricKind kind, qint64 tMs) const;
    bool record(const QString &serviceId, Intervention intervention);

    DemoFleetSpec m_spec;
    quint64 m_seed;
    qint64 m_originMs;
    QHash<QString, int> m_index;
    QVector<int> m_dependency;            // index of dependsOn, or -1
    QVector<QVector<int>> m_deployClients;// for each database: services whose bad deploys slow it
    QVector<QVector<Intervention>> m_interventions; // per service, ascending by t
};

} // namespace Sources::Demo
