#include "core/alerts/alerttypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Alerts {

QString causeId(Cause cause)
{
    switch (cause) {
    case Cause::Performance: return u"performance"_s;
    case Cause::Resources: return u"resources"_s;
    case Cause::External: break;
    }
    return u"external"_s;
}

QString causeLabel(Cause cause)
{
    switch (cause) {
    case Cause::Performance: return QCoreApplication::translate("Alerts", "Slow or failing requests");
    case Cause::Resources: return QCoreApplication::translate("Alerts", "Running out of resources");
    case Cause::External: break;
    }
    return QCoreApplication::translate("Alerts", "Reported by Alertmanager");
}

Cause causeOf(Model::AlertMetric metric)
{
    // What an operator would fix together: a slow database shows as latency and CPU
    // at once, a 429 burst as 429s and errors; a leak or a full disk is a capacity
    // problem however it shows.
    switch (metric) {
    case Model::AlertMetric::Memory:
    case Model::AlertMetric::Disk:
    case Model::AlertMetric::Restarts:
    case Model::AlertMetric::Replicas: return Cause::Resources;
    default: break;
    }
    return Cause::Performance;
}

QString incidentStateLabel(IncidentState state)
{
    switch (state) {
    case IncidentState::Open: return QCoreApplication::translate("Alerts", "Open");
    case IncidentState::Acknowledged: return QCoreApplication::translate("Alerts", "Acknowledged");
    case IncidentState::Resolved: break;
    }
    return QCoreApplication::translate("Alerts", "Resolved");
}

} // namespace Alerts
