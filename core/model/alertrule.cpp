#include "core/model/alertrule.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Model {

namespace {
constexpr std::array<QStringView, kAlertMetricCount> kMetricIds = {
    u"rps",      u"latency_p95", u"error_rate", u"cpu",  u"memory",
    u"replicas", u"restarts",    u"throttled",  u"disk", u"network_in", u"network_out", u"cache_hit_ratio",
    u"cert_expiry_days", u"queue_depth", u"pool_usage"};
constexpr std::array<QStringView, 3> kTypeIds = {u"threshold", u"anomaly", u"forecast"};
constexpr std::array<QStringView, 2> kSeverityIds = {u"warning", u"critical"};
} // namespace

QString alertMetricId(AlertMetric metric)
{
    return kMetricIds.at(alertMetricIndex(metric)).toString();
}

std::optional<AlertMetric> alertMetricFromId(QStringView id)
{
    for (int i = 0; i < kAlertMetricCount; ++i) {
        if (kMetricIds.at(i) == id)
            return static_cast<AlertMetric>(i);
    }
    return std::nullopt;
}

QString alertMetricLabel(AlertMetric metric)
{
    if (const auto kind = metricKindOf(metric))
        return metricKindLabel(*kind);
    return alertMetricId(metric);
}

QString alertRuleTypeId(AlertRuleType type)
{
    return kTypeIds.at(static_cast<int>(type)).toString();
}

std::optional<AlertRuleType> alertRuleTypeFromId(QStringView id)
{
    for (int i = 0; i < static_cast<int>(kTypeIds.size()); ++i) {
        if (kTypeIds.at(i) == id)
            return static_cast<AlertRuleType>(i);
    }
    return std::nullopt;
}

QString alertSeverityId(AlertSeverity severity)
{
    return kSeverityIds.at(static_cast<int>(severity)).toString();
}

std::optional<AlertSeverity> alertSeverityFromId(QStringView id)
{
    for (int i = 0; i < static_cast<int>(kSeverityIds.size()); ++i) {
        if (kSeverityIds.at(i) == id)
            return static_cast<AlertSeverity>(i);
    }
    return std::nullopt;
}

} // namespace Model
