#pragma once

#include "core/model/metrickind.h"

#include <array>
#include <cmath>
#include <limits>

namespace Model {

// Health limits are "higher is worse" except for these two: a cache that answers
// fewer lookups, or a certificate with fewer days left, is the worse one. Their
// degraded limit is therefore above their down limit.
inline constexpr bool lowerIsWorse(MetricKind kind)
{
    return kind == MetricKind::CacheHitRatio || kind == MetricKind::CertExpiryDays;
}

// True when value has reached limit in the metric's bad direction.
inline bool reachesLimit(MetricKind kind, double value, double limit)
{
    return lowerIsWorse(kind) ? value <= limit : value >= limit;
}

// True when the two limits are in the wrong order for the metric's direction.
inline bool limitsInverted(MetricKind kind, double degraded, double down)
{
    if (std::isnan(degraded) || std::isnan(down))
        return false;
    return lowerIsWorse(kind) ? degraded < down : degraded > down;
}

// Two limits per metric, in the metric's bad direction (see lowerIsWorse). NaN
// disables a limit.
struct MetricLimits
{
    double degraded = std::numeric_limits<double>::quiet_NaN();
    double down = std::numeric_limits<double>::quiet_NaN();

    bool enabled() const { return !std::isnan(degraded) || !std::isnan(down); }
    friend bool operator==(const MetricLimits &a, const MetricLimits &b)
    {
        auto same = [](double x, double y) { return (std::isnan(x) && std::isnan(y)) || x == y; };
        return same(a.degraded, b.degraded) && same(a.down, b.down);
    }
};

// Per-service health thresholds; a service starts from defaults() and overrides
// single metrics. The defaults are documented in docs/health.md.
struct HealthThresholds
{
    std::array<MetricLimits, kMetricKindCount> limits;
    // No sample newer than this many seconds marks the service stale.
    int staleAfterSeconds = 300;

    MetricLimits &operator[](MetricKind kind) { return limits.at(metricIndex(kind)); }
    const MetricLimits &operator[](MetricKind kind) const { return limits.at(metricIndex(kind)); }
    friend bool operator==(const HealthThresholds &, const HealthThresholds &) = default;

    static HealthThresholds defaults()
    {
        HealthThresholds t;
        t[MetricKind::LatencyP95] = {500.0, 2000.0};  // ms: the seeds' "p95 over 500 ms" alert
        t[MetricKind::ErrorRate] = {0.02, 0.10};      // 2% / 10% of requests failing
        t[MetricKind::Cpu] = {85.0, 98.0};            // percent of requested CPU
        t[MetricKind::Memory] = {85.0, 95.0};         // percent of limit: OOM risk
        t[MetricKind::Disk] = {80.0, 95.0};           // percent used
        t[MetricKind::Restarts] = {3.0, 10.0};        // per hour: crash loop
        t[MetricKind::Throttled] = {1.0, 20.0};       // 429s per second
        t[MetricKind::CacheHitRatio] = {0.80, 0.50};  // at or below: the backend takes 4x / 10x its usual load
        t[MetricKind::CertExpiryDays] = {21.0, 7.0};  // at or below: renewal (due at 30) has failed / is urgent
        t[MetricKind::QueueDepth] = {1000.0, 10000.0}; // messages waiting: consumers are falling behind
        t[MetricKind::PoolUsage] = {0.90, 0.98};      // requests start to wait / the pool is exhausted
        return t;
    }
};

} // namespace Model
