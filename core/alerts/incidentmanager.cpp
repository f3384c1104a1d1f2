#include "core/alerts/incidentmanager.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Alerts {

namespace {

Util::Error noSuchIncident(quint64 id)
{
    return Util::makeError(u"alerts.no_incident"_s,
                           QCoreApplication::translate("Alerts", "There is no incident %1.").arg(id));
}

Util::Error alreadyResolved(quint64 id)
{
    return Util::makeError(u"alerts.resolved"_s,
                           QCoreApplication::translate("Alerts", "Incident %1 is already resolved.").arg(id));
}

} // namespace

IncidentManager::IncidentManager() : IncidentManager(Options{}) { }

IncidentManager::IncidentManager(Options options) : m_options(options) { }

Incident *IncidentManager::find(quint64 id)
{
    for (Incident &i : m_incidents) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Incident *IncidentManager::incident(quint64 id) const
{
    return const_cast<IncidentManager *>(this)->find(id);
}

bool IncidentManager::suppressed(const FiringAlert &alert, qint64 nowMs) const
{
    return std::any_of(m_silences.cbegin(), m_silences.cend(),
                       [&](const Silence &s) { return s.matches(alert, nowMs); })
        || std::any_of(m_maintenance.cbegin(), m_maintenance.cend(),
                       [&](const MaintenanceWindow &w) { return w.matches(alert, nowMs); });
}

void IncidentManager::notify(NotificationKind kind, Incident &incident, qint64 nowMs)
{
    incident.lastNotifiedMs = nowMs;
    m_changed.insert(incident.id);
    m_pending.append({kind, incident});
}

void IncidentManager::fire(qint64 nowMs, const FiringAlert &alert)
{
    if (m_alertIncident.contains(alert.key) || m_suppressedKeys.contains(alert.key))
        return;
    if (suppressed(alert, nowMs)) {
        m_suppressedKeys.insert(alert.key);
        ++m_suppressedTotal;
        return;
    }
    Incident *target = nullptr;
    for (Incident &i : m_incidents) {
        // External alerts of no known cause join whatever is open in the project:
        // Alertmanager usually reports what Straja already sees.
        if (i.isOpen() && i.projectId == alert.projectId
            && (i.cause == alert.cause || (alert.external && alert.cause == Cause::External))) {
            target = &i;
            break;
        }
    }
    const bool opened = target == nullptr;
    if (opened) {
        Incident incident;
        incident.id = m_nextIncidentId++;
        incident.projectId = alert.projectId;
        incident.cause = alert.cause;
        incident.openedMs = nowMs;
        incident.timeline.append({nowMs, TimelineEvent::Opened, alert.key});
        m_incidents.append(incident);
        target = &m_incidents.last();
    }
    target->alerts.append(alert);
    target->quietSinceMs = 0;
    if (!alert.serviceId.isEmpty() && !target->serviceIds.contains(alert.serviceId))
        target->serviceIds.append(alert.serviceId);
    if (alert.severity == Model::AlertSeverity::Critical)
        target->severity = Model::AlertSeverity::Critical;
    if (!opened)
        target->timeline.append({nowMs, TimelineEvent::AlertFired, alert.key});
    m_alertIncident.insert(alert.key, target->id);
    m_changed.insert(target->id);
    if (opened)
        notify(NotificationKind::Opened, *target, nowMs);
}

void IncidentManager::clear(qint64 nowMs, const QString &key)
{
    if (m_suppressedKeys.remove(key))
        return;
    const auto it = m_alertIncident.find(key);
    if (it == m_alertIncident.end())
        return;
    Incident *incident = find(*it);
    m_alertIncident.erase(it);
    if (!incident)
        return;
    m_changed.insert(incident->id);
    incident->alerts.removeIf([&](const FiringAlert &a) { return a.key == key; });
    if (!incident->isOpen())
        return;
    incident->timeline.append({nowMs, TimelineEvent::AlertResolved, key});
    if (incident->alerts.isEmpty())
        incident->quietSinceMs = nowMs;
}

void IncidentManager::apply(qint64 nowMs, const QVector<AlertTransition> &transitions)
{
    for (const AlertTransition &t : transitions) {
        if (t.fired)
            fire(nowMs, t.alert);
        else
            clear(nowMs, t.alert.key);
    }
}

Cause IncidentManager::causeOfExternal(const Sources::Alert &alert)
{
    const QString text = (alert.name + u' ' + alert.label(u"metric") + u' ' + alert.summary).toLower();
    static const QStringList resources = {u"memory"_s, u"oom"_s, u"disk"_s, u"volume"_s, u"restart"_s,
                                          u"crash"_s, u"filesystem"_s};
    static const QStringList performance = {u"latency"_s, u"slow"_s, u"error"_s, u"5xx"_s, u"429"_s,
                                            u"throttl"_s, u"cpu"_s, u"cache"_s, u"timeout"_s};
    for (const QString &word : resources) {
        if (text.contains(word))
            return Cause::Resources;
    }
    for (const QString &word : performance) {
        if (text.contains(word))
            return Cause::Performance;
    }
    return Cause::External;
}

void IncidentManager::setExternalAlerts(qint64 nowMs, const Sources::AlertList &alerts)
{
    QHash<QString, FiringAlert> current;
    for (const Sources::Alert &a : alerts) {
        if (!a.isFiring())
            continue; // silenced or inhibited in Alertmanager itself
        FiringAlert f;
        f.key = u"am:"_s + a.fingerprint;
        f.serviceId = a.serviceId;
        f.projectId = a.projectId;
        f.ruleId = a.name;
        f.cause = causeOfExternal(a);
        f.severity = (a.severity == u"critical" || a.severity == u"page") ? Model::AlertSeverity::Critical
                                                                            : Model::AlertSeverity::Warning;
        f.sinceMs = a.startsAtMs;
        f.external = true;
        f.summary = a.summary;
        current.insert(f.key, f);
    }
    for (auto it = m_external.cbegin(); it != m_external.cend(); ++it) {
        if (!current.contains(it.key()))
            clear(nowMs, it.key());
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (!m_external.contains(it.key()))
            fire(nowMs, it.value());
    }
    m_external = current;
}

void IncidentManager::tick(qint64 nowMs)
{
    for (Incident &i : m_incidents) {
        if (!i.isOpen())
            continue;
        if (i.alerts.isEmpty() && i.quietSinceMs > 0 && nowMs - i.quietSinceMs >= m_options.resolveHoldMs) {
            i.state = IncidentState::Resolved;
            i.resolvedMs = nowMs;
            i.timeline.append({nowMs, TimelineEvent::Resolved, QString()});
            notify(NotificationKind::Resolved, i, nowMs);
            continue;
        }
        if (i.state == IncidentState::Open && !i.alerts.isEmpty() && m_options.repeatIntervalMs > 0
            && nowMs - i.lastNotifiedMs >= m_options.repeatIntervalMs)
            notify(NotificationKind::Repeated, i, nowMs);
    }
}

Util::Result<void> IncidentManager::acknowledge(quint64 incidentId, qint64 nowMs, const QString &reason)
{
    Incident *i = find(incidentId);
    if (!i)
        return noSuchIncident(incidentId);
    if (!i->isOpen())
        return alreadyResolved(incidentId);
    if (i->state == IncidentState::Acknowledged)
        return {};
    i->state = IncidentState::Acknowledged;
    i->timeline.append({nowMs, TimelineEvent::Acknowledged, reason});
    m_changed.insert(i->id);
    return {};
}

Util::Result<void> IncidentManager::resolve(quint64 incidentId, qint64 nowMs, const QString &reason)
{
    Incident *i = find(incidentId);
    if (!i)
        return noSuchIncident(incidentId);
    if (!i->isOpen())
        return alreadyResolved(incidentId);
    // Its alerts stay with it until they clear, so a condition still present does
    // not open a new incident the moment the operator closes this one.
    i->state = IncidentState::Resolved;
    i->resolvedMs = nowMs;
    i->timeline.append({nowMs, TimelineEvent::Resolved, reason});
    notify(NotificationKind::Resolved, *i, nowMs);
    return {};
}

Util::Result<quint64> IncidentManager::silenceIncident(quint64 incidentId, qint64 nowMs, qint64 untilMs,
                                                       const QString &reason)
{
    Incident *i = find(incidentId);
    if (!i)
        return noSuchIncident(incidentId);
    if (untilMs <= nowMs) {
        return Util::makeError(u"alerts.silence_expired"_s,
                               QCoreApplication::translate("Alerts", "A silence must end in the future."));
    }
    if (reason.trimmed().isEmpty()) {
        return Util::makeError(u"alerts.silence_reason"_s,
                               QCoreApplication::translate("Alerts", "Say why the alerts are silenced."));
    }
    quint64 first = 0;
    QSet<QString> done;
    for (const TimelineEntry &e : i->timeline) {
        if (e.event != TimelineEvent::Opened && e.event != TimelineEvent::AlertFired)
            continue;
        if (done.contains(e.detail))
            continue;
        done.insert(e.detail);
        const qsizetype slash = e.detail.indexOf(u'/');
        Silence s;
        s.projectId = i->projectId;
        if (e.detail.startsWith(u"am:")) {
            for (const FiringAlert &a : i->alerts) {
                if (a.key == e.detail)
                    s.ruleId = a.ruleId;
            }
        } else if (slash > 0) {
            s.serviceId = e.detail.left(slash);
            s.ruleId = e.detail.mid(slash + 1);
        }
        s.startsMs = nowMs;
        s.endsMs = untilMs;
        s.reason = reason;
        const quint64 id = addSilence(s);
        if (first == 0)
            first = id;
    }
    if (i->state == IncidentState::Open) {
        i->state = IncidentState::Acknowledged;
        i->timeline.append({nowMs, TimelineEvent::Acknowledged, reason});
        m_changed.insert(i->id);
    }
    return first;
}

quint64 IncidentManager::addSilence(Silence silence)
{
    silence.id = m_nextSilenceId++;
    if (silence.createdBy.isEmpty())
        silence.createdBy = m_operatorName;
    m_silences.append(silence);
    m_silencesChanged = true;
    return silence.id;
}

bool IncidentManager::removeSilence(quint64 id)
{
    const bool removed = m_silences.removeIf([&](const Silence &s) { return s.id == id; }) > 0;
    m_silencesChanged = m_silencesChanged || removed;
    return removed;
}

quint64 IncidentManager::addMaintenance(MaintenanceWindow window)
{
    window.id = m_nextSilenceId++;
    if (window.createdBy.isEmpty())
        window.createdBy = m_operatorName;
    m_maintenance.append(window);
    m_silencesChanged = true;
    return window.id;
}

bool IncidentManager::removeMaintenance(quint64 id)
{
    const bool removed = m_maintenance.removeIf([&](const MaintenanceWindow &w) { return w.id == id; }) > 0;
    m_silencesChanged = m_silencesChanged || removed;
    return removed;
}

void IncidentManager::recordNotification(quint64 incidentId, qint64 nowMs, const QString &detail)
{
    if (Incident *i = find(incidentId)) {
        i->timeline.append({nowMs, TimelineEvent::Notified, detail});
        m_changed.insert(i->id);
    }
}

void IncidentManager::restore(IncidentList incidents, QVector<Silence> silences,
                              QVector<MaintenanceWindow> maintenance, quint64 nextIncidentId, quint64 nextSilenceId)
{
    std::sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) { return a.id < b.id; });
    m_incidents = std::move(incidents);
    m_silences = std::move(silences);
    m_maintenance = std::move(maintenance);
    m_nextIncidentId = std::max(m_nextIncidentId, nextIncidentId);
    m_nextSilenceId = std::max(m_nextSilenceId, nextSilenceId);
    m_alertIncident.clear();
    m_external.clear();
    for (const Incident &i : std::as_const(m_incidents)) {
        // A resolved incident keeps the alerts still firing in it (see resolve()),
        // so that they do not open a new one either.
        for (const FiringAlert &a : i.alerts) {
            m_alertIncident.insert(a.key, i.id);
            if (a.external)
                m_external.insert(a.key, a);
        }
    }
}

QSet<quint64> IncidentManager::takeChangedIncidents()
{
    QSet<quint64> out;
    out.swap(m_changed);
    return out;
}

bool IncidentManager::takeSilencesChanged()
{
    return std::exchange(m_silencesChanged, false);
}

QVector<Notification> IncidentManager::takeNotifications()
{
    QVector<Notification> out;
    out.swap(m_pending);
    return out;
}

IncidentList IncidentManager::openWorstFirst() const
{
    IncidentList open;
    for (const Incident &i : m_incidents) {
        if (i.isOpen())
            open.append(i);
    }
    std::stable_sort(open.begin(), open.end(), [](const Incident &a, const Incident &b) {
        const auto rank = [](const Incident &i) {
            return std::tuple(i.state == IncidentState::Open ? 0 : 1,
                              i.severity == Model::AlertSeverity::Critical ? 0 : 1,
                              -static_cast<int>(i.alerts.size()), i.openedMs);
        };
        return rank(a) < rank(b);
    });
    return open;
}

} // namespace Alerts
