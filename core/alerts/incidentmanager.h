#pragma once

#include "core/alerts/alerttypes.h"
#include "core/sources/alertsource.h"
#include "core/util/result.h"

#include <QHash>
#include <QSet>

namespace Alerts {

// Noise control as operators know it from Alertmanager, on top of the rule
// evaluator: alerts of one project and cause make one incident; an incident stays
// open while any of its alerts fires and for a hold time after (a flapping alert
// does not open a new incident each time); unacknowledged incidents are notified
// again after the repeat interval; silences and maintenance windows keep matching
// alerts out; an Alertmanager alert about the same project and cause joins the
// incident Straja's own rules opened, so it is shown once.
// Pure bookkeeping with time passed in; not thread-safe: one owner.
class IncidentManager final
{
public:
    struct Options
    {
        qint64 resolveHoldMs = 30 * 60'000;
        qint64 repeatIntervalMs = 4 * 3'600'000;
    };

    IncidentManager();
    explicit IncidentManager(Options options);

    // Straja's own alerts changed.
    void apply(qint64 nowMs, const QVector<AlertTransition> &transitions);
    // The alerts Alertmanager reports firing now (a full list; the difference to
    // the previous one is what fired and resolved).
    void setExternalAlerts(qint64 nowMs, const Sources::AlertList &alerts);
    // Resolves incidents quiet for the hold time, repeats notifications.
    void tick(qint64 nowMs);

    Util::Result<void> acknowledge(quint64 incidentId, qint64 nowMs, const QString &reason);
    Util::Result<void> resolve(quint64 incidentId, qint64 nowMs, const QString &reason);
    // Silences the rules that fired in the incident, on its services, until
    // `untilMs`, and acknowledges it. Returns the first silence's id.
    Util::Result<quint64> silenceIncident(quint64 incidentId, qint64 nowMs, qint64 untilMs, const QString &reason);

    quint64 addSilence(Silence silence);
    bool removeSilence(quint64 id);
    const QVector<Silence> &silences() const { return m_silences; }
    quint64 addMaintenance(MaintenanceWindow window);
    bool removeMaintenance(quint64 id);
    const QVector<MaintenanceWindow> &maintenance() const { return m_maintenance; }

    // Records a delivery (or a failed one) in the incident's timeline.
    void recordNotification(quint64 incidentId, qint64 nowMs, const QString &detail);

    QVector<Notification> takeNotifications();
    const IncidentList &incidents() const { return m_incidents; }
    const Incident *incident(quint64 id) const;
    // Open incidents, worst first: unacknowledged, critical, most alerts, oldest.
    IncidentList openWorstFirst() const;
    // Alerts kept out by silences or maintenance since the start.
    int suppressedCount() const { return m_suppressedTotal; }

    // Maps an Alertmanager alert onto a cause from its name and labels.
    static Cause causeOfExternal(const Sources::Alert &alert);

    // Who silences (the operator's login name), written on silences made here.
    void setOperatorName(const QString &name) { m_operatorName = name; }

    // Takes over what a previous run stored: incidents (open ones with the alerts
    // firing in them, so those alerts join them again instead of opening new
    // incidents), silences and maintenance windows. Call before the first apply().
    void restore(IncidentList incidents, QVector<Silence> silences, QVector<MaintenanceWindow> maintenance,
                 quint64 nextIncidentId, quint64 nextSilenceId);
    // Incidents changed since the last call (to be saved), and whether silences or
    // maintenance windows did.
    QSet<quint64> takeChangedIncidents();
    bool takeSilencesChanged();

private:
    Incident *find(quint64 id);
    bool suppressed(const FiringAlert &alert, qint64 nowMs) const;
    void fire(qint64 nowMs, const FiringAlert &alert);
    void clear(qint64 nowMs, const QString &key);
    void notify(NotificationKind kind, Incident &incident, qint64 nowMs);

    Options m_options;
    IncidentList m_incidents; // oldest first
    QHash<QString, quint64> m_alertIncident; // firing alert key -> incident it joined
    QSet<QString> m_suppressedKeys;          // firing, but silenced when it fired
    QHash<QString, FiringAlert> m_external;  // by key, the last list
    QVector<Silence> m_silences;
    QVector<MaintenanceWindow> m_maintenance;
    QVector<Notification> m_pending;
    QSet<quint64> m_changed;
    bool m_silencesChanged = false;
    QString m_operatorName;
    quint64 m_nextIncidentId = 1;
    quint64 m_nextSilenceId = 1;
    int m_suppressedTotal = 0;
};

} // namespace Alerts
