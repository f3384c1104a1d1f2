#include "core/model/metrickind.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Model {

namespace {
constexpr std::array<QStringView, kMetricKindCount> kIds = {
    u"rps", u"latency_p95", u"error_rate", u"cpu", u"memory", u"replicas", u"restarts", u"throttled", u"disk",
    u"network_in", u"network_out", u"cache_hit_ratio", u"cert_expiry_days", u"queue_depth", u"pool_usage"};
}

QString metricKindId(MetricKind kind)
{
    return kIds.at(metricIndex(kind)).toString();
}

std::optional<MetricKind> metricKindFromId(QStringView id)
{
    for (MetricKind kind : allMetricKinds()) {
        if (kIds.at(metricIndex(kind)) == id)
            return kind;
    }
    return std::nullopt;
}

QString metricKindLabel(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Rps: return QCoreApplication::translate("Metric", "Requests/s");
    case MetricKind::LatencyP95: return QCoreApplication::translate("Metric", "p95 latency");
    case MetricKind::ErrorRate: return QCoreApplication::translate("Metric", "Error rate");
    case MetricKind::Cpu: return QCoreApplication::translate("Metric", "CPU");
    case MetricKind::Memory: return QCoreApplication::translate("Metric", "Memory");
    case MetricKind::Replicas: return QCoreApplication::translate("Metric", "Replicas");
    case MetricKind::Restarts: return QCoreApplication::translate("Metric", "Restarts/h");
    case MetricKind::Throttled: return QCoreApplication::translate("Metric", "HTTP 429/s");
    case MetricKind::Disk: return QCoreApplication::translate("Metric", "Disk");
    case MetricKind::NetworkIn: return QCoreApplication::translate("Metric", "Network in");
    case MetricKind::NetworkOut: return QCoreApplication::translate("Metric", "Network out");
    case MetricKind::CacheHitRatio: return QCoreApplication::translate("Metric", "Cache hit ratio");
    case MetricKind::CertExpiryDays: return QCoreApplication::translate("Metric", "Certificate expiry");
    case MetricKind::QueueDepth: return QCoreApplication::translate("Metric", "Queue depth");
    case MetricKind::PoolUsage: return QCoreApplication::translate("Metric", "Pool usage");
    case MetricKind::Count: break;
    }
    return QString();
}

MetricUnit metricUnit(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Rps:
    case MetricKind::Throttled: return MetricUnit::PerSecond;
    case MetricKind::LatencyP95: return MetricUnit::Milliseconds;
    case MetricKind::ErrorRate:
    case MetricKind::CacheHitRatio:
    case MetricKind::PoolUsage: return MetricUnit::Fraction;
    case MetricKind::CertExpiryDays: return MetricUnit::Days;
    case MetricKind::QueueDepth: return MetricUnit::Messages;
    case MetricKind::Cpu:
    case MetricKind::Memory:
    case MetricKind::Disk: return MetricUnit::Percent;
    case MetricKind::NetworkIn:
    case MetricKind::NetworkOut: return MetricUnit::BytesPerSecond;
    case MetricKind::Replicas:
    case MetricKind::Restarts:
    case MetricKind::Count: break;
    }
    return MetricUnit::Count;
}

} // namespace Model
