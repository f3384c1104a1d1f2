#pragma once

#include "core/engine/health.h"
#include "core/model/healththresholds.h"

#include <array>

namespace Engine {

// The most recent value of each metric of a service and when it was sampled.
struct LatestValues
{
    std::array<double, Model::kMetricKindCount> value;
    std::array<qint64, Model::kMetricKindCount> atMs{};

    LatestValues() { value.fill(std::numeric_limits<double>::quiet_NaN()); }
    double operator[](Model::MetricKind kind) const { return value.at(Model::metricIndex(kind)); }
    qint64 newestMs() const;
};

struct SourceState
{
    bool reachable = true;
    qint64 downSinceMs = 0;
    qint64 newDataIntervalMs = 0; // how often the source brings new samples (0: each refresh)
};

// Health rules (documented in docs/health.md):
//  1. no sample ever -> Unknown; source unreachable -> Stale since it failed;
//     newest sample older than staleAfterSeconds -> Stale (never sooner than two of
//     the source's own refresh intervals and a minute: a source that paces itself is
//     not stale between its refreshes).
//  2. zero replicas -> Down.
//  3. every metric with limits: value >= down -> Down, value >= degraded -> Degraded;
//     the worst metric wins, ties go to the larger excess over its limit.
//  4. otherwise Ok.
HealthVerdict evaluateHealth(const LatestValues &latest, const Model::HealthThresholds &thresholds, qint64 nowMs,
                             const SourceState &source);

} // namespace Engine
