#include "core/alerts/defaultrules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::AlertComparison;
using Model::AlertMetric;
using Model::AlertRule;
using Model::AlertRuleType;
using Model::AlertSeverity;
using Model::MetricKind;

namespace Alerts {

namespace {

AlertRule rule(QString id, AlertRuleType type, AlertMetric metric, AlertComparison comparison, double threshold,
               double clearAt, int forSeconds, AlertSeverity severity, int horizonSeconds = 0)
{
    AlertRule r;
    r.id = std::move(id);
    r.type = type;
    r.metric = metric;
    r.comparison = comparison;
    r.threshold = threshold;
    r.clearAt = clearAt;
    r.forSeconds = forSeconds;
    r.severity = severity;
    r.horizonSeconds = horizonSeconds;
    return r;
}

double limitOr(const Model::HealthThresholds &t, MetricKind kind, double fallback)
{
    const double v = t[kind].degraded;
    return std::isnan(v) ? fallback : v;
}

} // namespace

Model::AlertRules DefaultRules::forService(const Model::Service &service)
{
    const Model::HealthThresholds &t = service.thresholds;
    const double errors = limitOr(t, MetricKind::ErrorRate, 0.02);
    const double latency = limitOr(t, MetricKind::LatencyP95, 500.0);
    const double cpu = limitOr(t, MetricKind::Cpu, 85.0);
    const double memory = limitOr(t, MetricKind::Memory, 85.0);
    const double disk = limitOr(t, MetricKind::Disk, 80.0);
    const double throttled = limitOr(t, MetricKind::Throttled, 1.0);
    const double restarts = limitOr(t, MetricKind::Restarts, 3.0);
    const double cacheHit = limitOr(t, MetricKind::CacheHitRatio, 0.8);
    constexpr int kMinute = 60;
    constexpr int kHour = 60 * kMinute;
    // Hysteresis: each rule clears some way below where it fires, so a value
    // wobbling around the limit makes one alert, not one per refresh.
    return {
        rule(u"error-rate-high"_s, AlertRuleType::Threshold, AlertMetric::ErrorRate, AlertComparison::Above, errors,
             errors * 0.7, 5 * kMinute, AlertSeverity::Critical),
        rule(u"latency-p95-high"_s, AlertRuleType::Threshold, AlertMetric::LatencyP95, AlertComparison::Above,
             latency, latency * 0.8, 10 * kMinute, AlertSeverity::Warning),
        rule(u"cache-hit-low"_s, AlertRuleType::Threshold, AlertMetric::CacheHitRatio, AlertComparison::Below,
             cacheHit, std::min(1.0, cacheHit + 0.05), 15 * kMinute, AlertSeverity::Warning),
        rule(u"cpu-high"_s, AlertRuleType::Threshold, AlertMetric::Cpu, AlertComparison::Above, cpu, cpu - 10.0,
             10 * kMinute, AlertSeverity::Warning),
        rule(u"memory-high"_s, AlertRuleType::Threshold, AlertMetric::Memory, AlertComparison::Above, memory,
             memory - 10.0, 10 * kMinute, AlertSeverity::Warning),
        rule(u"disk-high"_s, AlertRuleType::Threshold, AlertMetric::Disk, AlertComparison::Above, disk, disk - 2.0,
             10 * kMinute, AlertSeverity::Warning),
        // Any sustained stream of 429s means a provider is limiting us, whatever the
        // traffic: at night a burst is a fraction of the daytime health limit.
        rule(u"throttled-high"_s, AlertRuleType::Threshold, AlertMetric::Throttled, AlertComparison::Above,
             std::min(throttled, 0.25), std::min(throttled, 0.25) * 0.4, 3 * kMinute, AlertSeverity::Warning),
        rule(u"restarts-high"_s, AlertRuleType::Threshold, AlertMetric::Restarts, AlertComparison::Above,
             restarts, restarts - 1.0, 0, AlertSeverity::Critical),
        rule(u"latency-p95-forecast"_s, AlertRuleType::Forecast, AlertMetric::LatencyP95, AlertComparison::Above,
             latency, std::nan(""), 15 * kMinute, AlertSeverity::Warning, 2 * kHour),
        rule(u"disk-full-forecast"_s, AlertRuleType::Forecast, AlertMetric::Disk, AlertComparison::Above, 100.0,
             std::nan(""), 30 * kMinute, AlertSeverity::Warning, 3 * 24 * kHour),
        rule(u"traffic-anomaly"_s, AlertRuleType::Anomaly, AlertMetric::Rps, AlertComparison::Above, 0.99, 0.5,
             45 * kMinute, AlertSeverity::Warning),
    };
}

Model::AlertRules DefaultRules::effective(const Model::Service &service)
{
    return service.alertRules ? *service.alertRules : forService(service);
}

} // namespace Alerts
