#pragma once

#include "core/model/metrickind.h"

#include <QString>
#include <QVector>

#include <limits>
#include <optional>

namespace Model {

// What an alert rule watches: every MetricKind, with the same numbering. The cache
// hit ratio came first as an alert-only metric; it is a MetricKind now (Redis
// presets report it), so a rule on it reads live values like any other. Kept as
// its own type so that a metric only alerting uses can still be added after these.
enum class AlertMetric : quint8 {
    Rps,
    LatencyP95,
    ErrorRate,
    Cpu,
    Memory,
    Replicas,
    Restarts,
    Throttled,
    Disk,
    NetworkIn,
    NetworkOut,
    CacheHitRatio, // fraction 0..1 of cache lookups answered from the cache
    CertExpiryDays,
    QueueDepth,
    PoolUsage,
    Count
};
inline constexpr int kAlertMetricCount = static_cast<int>(AlertMetric::Count);
static_assert(static_cast<int>(AlertMetric::Disk) == static_cast<int>(MetricKind::Disk),
              "AlertMetric mirrors MetricKind");
static_assert(static_cast<int>(AlertMetric::NetworkOut) == static_cast<int>(MetricKind::NetworkOut)
                  && static_cast<int>(AlertMetric::CacheHitRatio) == static_cast<int>(MetricKind::CacheHitRatio)
                  && static_cast<int>(AlertMetric::PoolUsage) == static_cast<int>(MetricKind::PoolUsage)
                  && kAlertMetricCount == kMetricKindCount,
              "AlertMetric mirrors MetricKind");

inline constexpr int alertMetricIndex(AlertMetric metric) { return static_cast<int>(metric); }
inline constexpr AlertMetric alertMetric(MetricKind kind) { return static_cast<AlertMetric>(kind); }
inline std::optional<MetricKind> metricKindOf(AlertMetric metric)
{
    if (alertMetricIndex(metric) < kMetricKindCount)
        return static_cast<MetricKind>(metric);
    return std::nullopt;
}

// Stable ids for files ("error_rate", "cache_hit_ratio") and translated labels.
QString alertMetricId(AlertMetric metric);
std::optional<AlertMetric> alertMetricFromId(QStringView id);
QString alertMetricLabel(AlertMetric metric);

enum class AlertRuleType {
    Threshold, // the value is past a limit
    Anomaly,   // the anomaly detector's score (0..1) is past a limit
    Forecast   // the value's trend reaches the limit within the horizon
};
enum class AlertComparison { Above, Below };
enum class AlertSeverity { Warning, Critical };

// One alert rule of one service (docs/alerts.md). A rule fires once its condition
// has held for `forSeconds`, and clears only once the value is back past
// `clearAt` (hysteresis), so a value hovering at the limit does not flap.
struct AlertRule
{
    QString id; // unique within the service, e.g. "error-rate-high"
    AlertRuleType type = AlertRuleType::Threshold;
    AlertMetric metric = AlertMetric::ErrorRate;
    AlertComparison comparison = AlertComparison::Above;
    double threshold = std::numeric_limits<double>::quiet_NaN();
    double clearAt = std::numeric_limits<double>::quiet_NaN(); // NaN: the threshold itself
    int forSeconds = 300;
    int horizonSeconds = 0; // forecast rules: how far ahead
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;

    double effectiveClearAt() const { return clearAt == clearAt ? clearAt : threshold; }
    friend bool operator==(const AlertRule &a, const AlertRule &b)
    {
        auto same = [](double x, double y) { return (x != x && y != y) || x == y; };
        return a.id == b.id && a.type == b.type && a.metric == b.metric && a.comparison == b.comparison
            && same(a.threshold, b.threshold) && same(a.clearAt, b.clearAt) && a.forSeconds == b.forSeconds
            && a.horizonSeconds == b.horizonSeconds && a.severity == b.severity && a.enabled == b.enabled;
    }
};

using AlertRules = QVector<AlertRule>;

QString alertRuleTypeId(AlertRuleType type);
std::optional<AlertRuleType> alertRuleTypeFromId(QStringView id);
QString alertSeverityId(AlertSeverity severity);
std::optional<AlertSeverity> alertSeverityFromId(QStringView id);

} // namespace Model
