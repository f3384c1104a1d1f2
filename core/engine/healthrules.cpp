#include "core/engine/healthrules.h"

#include <algorithm>
#include <cmath>

namespace Engine {

using Model::MetricKind;

qint64 LatestValues::newestMs() const
{
    return *std::max_element(atMs.cbegin(), atMs.cend());
}

HealthVerdict evaluateHealth(const LatestValues &latest, const Model::HealthThresholds &thresholds, qint64 nowMs,
                             const SourceState &source)
{
    HealthVerdict verdict;
    const qint64 newest = latest.newestMs();
    if (newest <= 0) {
        verdict.health = source.reachable ? Health::Unknown : Health::Stale;
        verdict.cause = source.reachable ? HealthCause::NoData : HealthCause::SourceDown;
        verdict.sinceMs = source.downSinceMs;
        return verdict;
    }
    if (!source.reachable) {
        verdict.health = Health::Stale;
        verdict.cause = HealthCause::SourceDown;
        verdict.sinceMs = source.downSinceMs;
        return verdict;
    }
    const qint64 staleAfterMs = std::max(static_cast<qint64>(thresholds.staleAfterSeconds) * 1000,
                                         source.newDataIntervalMs > 0 ? 2 * source.newDataIntervalMs + 60'000 : 0);
    if (nowMs - newest > staleAfterMs) {
        verdict.health = Health::Stale;
        verdict.cause = HealthCause::SamplesTooOld;
        verdict.sinceMs = newest;
        return verdict;
    }
    const double replicas = latest[MetricKind::Replicas];
    if (!std::isnan(replicas) && replicas < 0.5) {
        verdict.health = Health::Down;
        verdict.cause = HealthCause::NoReplicas;
        verdict.metric = MetricKind::Replicas;
        verdict.value = replicas;
        return verdict;
    }

    verdict.health = Health::Ok;
    verdict.cause = HealthCause::None;
    double worstExcess = -1.0;
    for (MetricKind kind : Model::allMetricKinds()) {
        const Model::MetricLimits &limits = thresholds[kind];
        const double v = latest[kind];
        if (!limits.enabled() || std::isnan(v))
            continue;
        Health level = Health::Ok;
        double limit = std::numeric_limits<double>::quiet_NaN();
        if (!std::isnan(limits.down) && Model::reachesLimit(kind, v, limits.down)) {
            level = Health::Down;
            limit = limits.down;
        } else if (!std::isnan(limits.degraded) && Model::reachesLimit(kind, v, limits.degraded)) {
            level = Health::Degraded;
            limit = limits.degraded;
        }
        if (level == Health::Ok)
            continue;
        // Relative excess makes "CPU 99% vs 98%" and "latency 3 s vs 2 s" comparable;
        // for a lower-is-worse metric the excess is how far below its limit it is.
        const double beyond = Model::lowerIsWorse(kind) ? limit - v : v - limit;
        const double excess = limit > 0.0 ? beyond / limit : beyond;
        if (level > verdict.health || (level == verdict.health && excess > worstExcess)) {
            verdict.health = level;
            verdict.cause = HealthCause::Threshold;
            verdict.metric = kind;
            verdict.value = v;
            verdict.limit = limit;
            worstExcess = excess;
        }
    }
    return verdict;
}

} // namespace Engine
