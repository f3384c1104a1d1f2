#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Model {

// The metric vocabulary every source maps onto. Units are fixed per kind so that
// views, health rules and predictions never guess.
enum class MetricKind : quint8 {
    Rps,          // requests per second, all status codes
    LatencyP95,   // milliseconds
    ErrorRate,    // fraction of requests answered 5xx, 0..1
    Cpu,          // percent of the requested CPU, averaged over replicas
    Memory,       // percent of the memory limit, highest replica
    Replicas,     // running replicas
    Restarts,     // container restarts during the last hour
    Throttled,    // requests per second answered or received as HTTP 429
    Disk,         // percent of the volume used
    NetworkIn,    // bytes per second received
    NetworkOut,   // bytes per second sent
    CacheHitRatio,  // fraction 0..1 of cache lookups answered from the cache (Redis keyspace hits)
    CertExpiryDays, // days until the served TLS certificate expires (blackbox_exporter)
    QueueDepth,     // messages waiting in the service's queues (RabbitMQ ready messages)
    PoolUsage,      // fraction 0..1 of the connection pool in use (HikariCP active / max)
    Count
};

inline constexpr int kMetricKindCount = static_cast<int>(MetricKind::Count);

inline constexpr std::array<MetricKind, kMetricKindCount> allMetricKinds()
{
    return {MetricKind::Rps,      MetricKind::LatencyP95, MetricKind::ErrorRate,
            MetricKind::Cpu,      MetricKind::Memory,     MetricKind::Replicas,
            MetricKind::Restarts, MetricKind::Throttled,  MetricKind::Disk,
            MetricKind::NetworkIn, MetricKind::NetworkOut, MetricKind::CacheHitRatio,
            MetricKind::CertExpiryDays, MetricKind::QueueDepth, MetricKind::PoolUsage};
}

inline constexpr int metricIndex(MetricKind kind) { return static_cast<int>(kind); }

// Stable identifier used in the store and in workspace files; never translated.
QString metricKindId(MetricKind kind);
std::optional<MetricKind> metricKindFromId(QStringView id);

// Translated, for column headers and chart titles.
QString metricKindLabel(MetricKind kind);

enum class MetricUnit { PerSecond, Milliseconds, Fraction, Percent, Count, BytesPerSecond, Days, Messages };
MetricUnit metricUnit(MetricKind kind);

} // namespace Model
