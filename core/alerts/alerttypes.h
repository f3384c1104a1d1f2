#pragma once

#include "core/model/alertrule.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <memory>
#include <vector>

namespace Alerts {

// The latest value of every alertable metric of every service at one instant:
// the evaluator's input, flat so one refresh of 1,000 services is one pass.
struct ObservationFrame
{
    qint64 timeMs = 0;
    int serviceCount = 0;
    std::vector<double> values;  // serviceCount x kAlertMetricCount; NaN = no data
    std::vector<double> anomaly; // same shape: anomaly scores 0..1; NaN = not scored

    void reset(qint64 t, int services)
    {
        timeMs = t;
        serviceCount = services;
        const auto n = static_cast<size_t>(services) * Model::kAlertMetricCount;
        values.assign(n, std::numeric_limits<double>::quiet_NaN());
        anomaly.assign(n, std::numeric_limits<double>::quiet_NaN());
    }
    static size_t at(int service, Model::AlertMetric metric)
    {
        return static_cast<size_t>(service) * Model::kAlertMetricCount + Model::alertMetricIndex(metric);
    }
};

// Groups alerts into incidents: one incident per project and cause.
enum class Cause { Performance, Resources, External };
QString causeId(Cause cause);
QString causeLabel(Cause cause);
Cause causeOf(Model::AlertMetric metric);

// One firing alert, Straja's own or an Alertmanager's.
struct FiringAlert
{
    QString key;       // "service/rule" or "am:<fingerprint>"
    QString serviceId; // may be empty for an external alert of a whole project
    QString projectId;
    QString ruleId;    // Straja's rule id, or the external alert's name
    Cause cause = Cause::Performance;
    Model::AlertRuleType type = Model::AlertRuleType::Threshold;
    Model::AlertMetric metric = Model::AlertMetric::ErrorRate;
    Model::AlertSeverity severity = Model::AlertSeverity::Warning;
    double value = std::numeric_limits<double>::quiet_NaN();
    double threshold = std::numeric_limits<double>::quiet_NaN();
    qint64 sinceMs = 0;
    bool external = false; // from Alertmanager
    QString summary;       // external alerts: their summary
};

// What the evaluator found changed at one refresh.
struct AlertTransition
{
    bool fired = true; // false: resolved
    FiringAlert alert;
};

enum class IncidentState { Open, Acknowledged, Resolved };
QString incidentStateLabel(IncidentState state);

enum class TimelineEvent { Opened, AlertFired, AlertResolved, Acknowledged, Resolved, Reopened, Notified };

struct TimelineEntry
{
    qint64 timeMs = 0;
    TimelineEvent event = TimelineEvent::Opened;
    QString detail; // the alert key, the operator's reason, the notification channel
};

struct Incident
{
    quint64 id = 0;
    QString projectId;
    Cause cause = Cause::Performance;
    IncidentState state = IncidentState::Open;
    Model::AlertSeverity severity = Model::AlertSeverity::Warning; // worst ever seen
    qint64 openedMs = 0;
    qint64 resolvedMs = 0;  // 0 while not resolved
    qint64 quietSinceMs = 0; // no alert firing since; 0 while one is
    qint64 lastNotifiedMs = 0;
    QVector<FiringAlert> alerts; // firing now
    QStringList serviceIds;      // every service that took part
    QVector<TimelineEntry> timeline;

    bool isOpen() const { return state != IncidentState::Resolved; }
    // Chart range for "show in project view": from a little before it opened to
    // its end (or now).
    qint64 rangeEndMs(qint64 nowMs) const { return resolvedMs > 0 ? resolvedMs : nowMs; }
};

// No alert matching it opens or joins an incident while it is in force.
struct Silence
{
    quint64 id = 0;
    QString projectId; // empty: every project
    QString serviceId; // empty: every service of the project
    QString ruleId;    // empty: every rule
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QString reason;
    QString createdBy; // the operator's login name

    bool matches(const FiringAlert &alert, qint64 nowMs) const
    {
        return nowMs >= startsMs && nowMs < endsMs && (projectId.isEmpty() || projectId == alert.projectId)
            && (serviceId.isEmpty() || serviceId == alert.serviceId)
            && (ruleId.isEmpty() || ruleId == alert.ruleId);
    }
};

// Planned work: a silence the operator schedules ahead, shown apart.
struct MaintenanceWindow
{
    quint64 id = 0;
    QString projectId;
    QString serviceId;
    qint64 startsMs = 0;
    qint64 endsMs = 0;
    QString reason;
    QString createdBy; // the operator's login name

    bool matches(const FiringAlert &alert, qint64 nowMs) const
    {
        return nowMs >= startsMs && nowMs < endsMs && (projectId.isEmpty() || projectId == alert.projectId)
            && (serviceId.isEmpty() || serviceId == alert.serviceId);
    }
};

enum class NotificationKind { Opened, Repeated, Resolved };

// What the notifiers (tray, webhooks) are asked to tell.
struct Notification
{
    NotificationKind kind = NotificationKind::Opened;
    Incident incident;
};

using IncidentList = QVector<Incident>;
using IncidentListPtr = std::shared_ptr<const IncidentList>;

} // namespace Alerts

Q_DECLARE_METATYPE(Alerts::IncidentListPtr)
