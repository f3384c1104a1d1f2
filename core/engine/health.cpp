#include "core/engine/health.h"

#include "core/model/healththresholds.h"
#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Engine {

QString healthName(Health health)
{
    switch (health) {
    case Health::Ok: return QCoreApplication::translate("Health", "OK");
    case Health::Unknown: return QCoreApplication::translate("Health", "Unknown");
    case Health::Stale: return QCoreApplication::translate("Health", "Stale");
    case Health::Degraded: return QCoreApplication::translate("Health", "Degraded");
    case Health::Down: return QCoreApplication::translate("Health", "Down");
    }
    return QString();
}

QString describeVerdict(const HealthVerdict &verdict)
{
    const QLocale locale;
    const auto time = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().time(), QLocale::ShortFormat);
    };
    switch (verdict.cause) {
    case HealthCause::None: return QCoreApplication::translate("Health", "All metrics within limits");
    case HealthCause::NoData: return QCoreApplication::translate("Health", "No data yet");
    case HealthCause::SourceDown:
        return QCoreApplication::translate("Health", "Source unreachable; stale since %1").arg(time(verdict.sinceMs));
    case HealthCause::SamplesTooOld:
        return QCoreApplication::translate("Health", "No new samples; stale since %1").arg(time(verdict.sinceMs));
    case HealthCause::NoReplicas: return QCoreApplication::translate("Health", "No replicas running");
    case HealthCause::Threshold:
        if (Model::lowerIsWorse(verdict.metric))
            return QCoreApplication::translate("Health", "%1 %2 is down to %3 or below")
                .arg(Model::metricKindLabel(verdict.metric),
                     Model::formatMetricValue(verdict.metric, verdict.value, locale),
                     Model::formatMetricValue(verdict.metric, verdict.limit, locale));
        return QCoreApplication::translate("Health", "%1 %2 is over %3")
            .arg(Model::metricKindLabel(verdict.metric),
                 Model::formatMetricValue(verdict.metric, verdict.value, locale),
                 Model::formatMetricValue(verdict.metric, verdict.limit, locale));
    }
    return QString();
}

} // namespace Engine
