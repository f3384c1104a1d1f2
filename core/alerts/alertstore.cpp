#include "core/alerts/alertstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Alerts {

namespace {

// Ids in the table, indexed by the enum's value: the tables stay readable and
// an enum reordered in code cannot change what a row means.
const QStringList &stateIds()
{
    static const QStringList ids = {u"open"_s, u"acknowledged"_s, u"resolved"_s};
    return ids;
}
const QStringList &eventIds()
{
    static const QStringList ids = {u"opened"_s,       u"alert_fired"_s, u"alert_resolved"_s, u"acknowledged"_s,
                                    u"resolved"_s,     u"reopened"_s,    u"notified"_s};
    return ids;
}
const QStringList &kindIds()
{
    static const QStringList ids = {u"opened"_s, u"repeated"_s, u"resolved"_s};
    return ids;
}
const QStringList &deliveryStateIds()
{
    static const QStringList ids = {u"sending"_s, u"delivered"_s, u"failed"_s};
    return ids;
}
const QStringList &causeIds()
{
    static const QStringList ids = {causeId(Cause::Performance), causeId(Cause::Resources), causeId(Cause::External)};
    return ids;
}

template <typename E> QString idOf(const QStringList &ids, E value)
{
    return ids.value(static_cast<int>(value));
}

template <typename E> E fromId(const QStringList &ids, const QString &id, E fallback)
{
    const qsizetype i = ids.indexOf(id);
    return i < 0 ? fallback : static_cast<E>(i);
}

Util::Error sqlFailure(const QString &what)
{
    return Util::makeError(u"alerts.sql"_s,
                           QCoreApplication::translate("Alerts", "Saving or reading alerts failed: %1").arg(what));
}

Util::Error sqlFailure(const QSqlQuery &query)
{
    return sqlFailure(query.lastError().text().trimmed());
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QJsonObject alertToJson(const FiringAlert &a)
{
    return {{u"key"_s, a.key},
            {u"service"_s, a.serviceId},
            {u"project"_s, a.projectId},
            {u"rule"_s, a.ruleId},
            {u"cause"_s, causeId(a.cause)},
            {u"type"_s, Model::alertRuleTypeId(a.type)},
            {u"metric"_s, Model::alertMetricId(a.metric)},
            {u"severity"_s, Model::alertSeverityId(a.severity)},
            {u"value"_s, number(a.value)},
            {u"threshold"_s, number(a.threshold)},
            {u"since"_s, a.sinceMs},
            {u"external"_s, a.external},
            {u"summary"_s, a.summary}};
}

FiringAlert alertFromJson(const QJsonObject &o)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    FiringAlert a;
    a.key = o.value(u"key").toString();
    a.serviceId = o.value(u"service").toString();
    a.projectId = o.value(u"project").toString();
    a.ruleId = o.value(u"rule").toString();
    a.cause = fromId(causeIds(), o.value(u"cause").toString(), Cause::External);
    a.type = Model::alertRuleTypeFromId(o.value(u"type").toString()).value_or(Model::AlertRuleType::Threshold);
    a.metric = Model::alertMetricFromId(o.value(u"metric").toString()).value_or(Model::AlertMetric::ErrorRate);
    a.severity = Model::alertSeverityFromId(o.value(u"severity").toString()).value_or(Model::AlertSeverity::Warning);
    a.value = o.value(u"value").toDouble(nan);
    a.threshold = o.value(u"threshold").toDouble(nan);
    a.sinceMs = static_cast<qint64>(o.value(u"since").toDouble());
    a.external = o.value(u"external").toBool();
    a.summary = o.value(u"summary").toString();
    return a;
}

// BEGIN IMMEDIATE takes the write lock up front (waiting out the sample
// writer's transactions through the busy timeout); rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db) : m_query(db) { m_open = m_query.exec(u"BEGIN IMMEDIATE"_s); }
    ~Transaction()
    {
        if (m_open)
            m_query.exec(u"ROLLBACK"_s);
    }
    Util::Result<void> begun() const
    {
        if (!m_open)
            return sqlFailure(m_query);
        return {};
    }
    Util::Result<void> commit()
    {
        if (!m_query.exec(u"COMMIT"_s))
            return sqlFailure(m_query);
        m_open = false;
        return {};
    }

private:
    QSqlQuery m_query;
    bool m_open = false;
};

} // namespace

Util::Result<AlertStore::Loaded> AlertStore::load(qint64 nowMs, int historyLimit, int deliveryLimit)
{
    Loaded out;
    QSqlQuery q(m_db);
    // Open incidents, resolved ones still holding firing alerts, and the newest
    // resolved ones for the history list.
    q.prepare(u"SELECT id, project_id, cause, state, severity, opened_ms, resolved_ms, quiet_since_ms,"
              " last_notified_ms, services, alerts FROM alert_incidents"
              " WHERE state != 'resolved' OR alerts != '[]' OR id IN"
              " (SELECT id FROM alert_incidents WHERE state = 'resolved' ORDER BY id DESC LIMIT :limit)"
              " ORDER BY id"_s);
    q.bindValue(u":limit"_s, historyLimit);
    if (!q.exec())
        return sqlFailure(q);
    QHash<quint64, qsizetype> index;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toULongLong();
        i.projectId = q.value(1).toString();
        i.cause = fromId(causeIds(), q.value(2).toString(), Cause::External);
        i.state = fromId(stateIds(), q.value(3).toString(), IncidentState::Resolved);
        i.severity = Model::alertSeverityFromId(q.value(4).toString()).value_or(Model::AlertSeverity::Warning);
        i.openedMs = q.value(5).toLongLong();
        i.resolvedMs = q.value(6).toLongLong();
        i.quietSinceMs = q.value(7).toLongLong();
        i.lastNotifiedMs = q.value(8).toLongLong();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
            i.serviceIds.append(v.toString());
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
            i.alerts.append(alertFromJson(v.toObject()));
        index.insert(i.id, out.incidents.size());
        out.incidents.append(i);
    }
    if (!q.exec(u"SELECT incident_id, at_ms, event, detail FROM alert_timeline ORDER BY incident_id, seq"_s))
        return sqlFailure(q);
    m_savedTimeline.clear();
    while (q.next()) {
        const quint64 id = q.value(0).toULongLong();
        ++m_savedTimeline[id];
        const auto it = index.constFind(id);
        if (it == index.cend())
            continue;
        out.incidents[*it].timeline.append(
            {q.value(1).toLongLong(), fromId(eventIds(), q.value(2).toString(), TimelineEvent::Notified),
             q.value(3).toString()});
    }
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM alert_incidents"_s) || !q.next())
        return sqlFailure(q);
    out.nextIncidentId = q.value(0).toULongLong() + 1;

    q.prepare(u"SELECT id, kind, project_id, service_id, rule_id, starts_ms, ends_ms, reason, created_by"
              " FROM alert_silences WHERE ends_ms > :now ORDER BY id"_s);
    q.bindValue(u":now"_s, nowMs);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        if (q.value(1).toString() == u"maintenance") {
            MaintenanceWindow w;
            w.id = q.value(0).toULongLong();
            w.projectId = q.value(2).toString();
            w.serviceId = q.value(3).toString();
            w.startsMs = q.value(5).toLongLong();
            w.endsMs = q.value(6).toLongLong();
            w.reason = q.value(7).toString();
            w.createdBy = q.value(8).toString();
            out.maintenance.append(w);
        } else {
            Silence s;
            s.id = q.value(0).toULongLong();
            s.projectId = q.value(2).toString();
            s.serviceId = q.value(3).toString();
            s.ruleId = q.value(4).toString();
            s.startsMs = q.value(5).toLongLong();
            s.endsMs = q.value(6).toLongLong();
            s.reason = q.value(7).toString();
            s.createdBy = q.value(8).toString();
            out.silences.append(s);
        }
    }
    if (!q.exec(u"SELECT COALESCE(MAX(id), 0) FROM alert_silences"_s) || !q.next())
        return sqlFailure(q);
    out.nextSilenceId = q.value(0).toULongLong() + 1;

    q.prepare(u"SELECT id, webhook_id, incident_id, kind, state, attempts, created_ms, finished_ms, last_error, body"
              " FROM webhook_deliveries ORDER BY id DESC LIMIT :limit"_s);
    q.bindValue(u":limit"_s, deliveryLimit);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        Delivery d;
        d.id = q.value(0).toULongLong();
        d.webhookId = q.value(1).toString();
        d.incidentId = q.value(2).toULongLong();
        d.kind = fromId(kindIds(), q.value(3).toString(), NotificationKind::Opened);
        d.state = fromId(deliveryStateIds(), q.value(4).toString(), DeliveryState::Failed);
        d.attempts = q.value(5).toInt();
        d.createdMs = q.value(6).toLongLong();
        d.finishedMs = q.value(7).toLongLong();
        d.message = q.value(8).toString();
        d.body = q.value(9).toByteArray();
        out.deliveries.append(d);
    }
    std::reverse(out.deliveries.begin(), out.deliveries.end());
    return out;
}

Util::Result<void> AlertStore::saveIncidents(const QVector<const Incident *> &incidents)
{
    if (incidents.isEmpty())
        return {};
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    QSqlQuery row(m_db);
    row.prepare(u"INSERT OR REPLACE INTO alert_incidents (id, project_id, cause, state, severity, opened_ms,"
                " resolved_ms, quiet_since_ms, last_notified_ms, services, alerts)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery entry(m_db);
    entry.prepare(u"INSERT OR REPLACE INTO alert_timeline (incident_id, seq, at_ms, event, detail)"
                  " VALUES (?, ?, ?, ?, ?)"_s);
    QHash<quint64, int> saved = m_savedTimeline;
    for (const Incident *i : incidents) {
        QJsonArray services;
        for (const QString &s : i->serviceIds)
            services.append(s);
        QJsonArray alerts;
        for (const FiringAlert &a : i->alerts)
            alerts.append(alertToJson(a));
        row.addBindValue(i->id);
        row.addBindValue(i->projectId);
        row.addBindValue(causeId(i->cause));
        row.addBindValue(idOf(stateIds(), i->state));
        row.addBindValue(Model::alertSeverityId(i->severity));
        row.addBindValue(i->openedMs);
        row.addBindValue(i->resolvedMs);
        row.addBindValue(i->quietSinceMs);
        row.addBindValue(i->lastNotifiedMs);
        row.addBindValue(compact(services));
        row.addBindValue(compact(alerts));
        if (!row.exec())
            return sqlFailure(row);
        int &count = saved[i->id];
        for (int n = count; n < i->timeline.size(); ++n) {
            const TimelineEntry &e = i->timeline.at(n);
            entry.addBindValue(i->id);
            entry.addBindValue(n);
            entry.addBindValue(e.timeMs);
            entry.addBindValue(idOf(eventIds(), e.event));
            entry.addBindValue(e.detail);
            if (!entry.exec())
                return sqlFailure(entry);
        }
        count = static_cast<int>(i->timeline.size());
    }
    if (auto committed = tx.commit(); !committed)
        return committed;
    m_savedTimeline = std::move(saved);
    return {};
}

Util::Result<void> AlertStore::saveSilences(const QVector<Silence> &silences,
                                            const QVector<MaintenanceWindow> &maintenance, qint64 nowMs)
{
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO alert_silences (id, kind, project_id, service_id, rule_id, starts_ms,"
              " ends_ms, reason, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QStringList ids;
    const auto write = [&](quint64 id, const QString &kind, const QString &project, const QString &service,
                           const QString &rule, qint64 starts, qint64 ends, const QString &reason,
                           const QString &by) {
        ids.append(QString::number(id));
        for (const QVariant &v : {QVariant(id), QVariant(kind), QVariant(project), QVariant(service), QVariant(rule),
                                  QVariant(starts), QVariant(ends), QVariant(reason), QVariant(by)})
            q.addBindValue(v);
        return q.exec();
    };
    for (const Silence &s : silences) {
        if (!write(s.id, u"silence"_s, s.projectId, s.serviceId, s.ruleId, s.startsMs, s.endsMs, s.reason,
                   s.createdBy))
            return sqlFailure(q);
    }
    for (const MaintenanceWindow &w : maintenance) {
        if (!write(w.id, u"maintenance"_s, w.projectId, w.serviceId, QString(), w.startsMs, w.endsMs, w.reason,
                   w.createdBy))
            return sqlFailure(q);
    }
    // The ids are our own integers, so they can be listed inline.
    QSqlQuery end(m_db);
    end.prepare(u"UPDATE alert_silences SET ends_ms = ? WHERE ends_ms > ? AND id NOT IN (%1)"_s.arg(
        ids.isEmpty() ? u"0"_s : ids.join(u',')));
    end.addBindValue(nowMs);
    end.addBindValue(nowMs);
    if (!end.exec())
        return sqlFailure(end);
    return tx.commit();
}

Util::Result<void> AlertStore::saveDelivery(const Delivery &d)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO webhook_deliveries (id, webhook_id, incident_id, kind, state, attempts,"
              " created_ms, finished_ms, last_error, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(d.id);
    q.addBindValue(d.webhookId);
    q.addBindValue(d.incidentId);
    q.addBindValue(idOf(kindIds(), d.kind));
    q.addBindValue(idOf(deliveryStateIds(), d.state));
    q.addBindValue(d.attempts);
    q.addBindValue(d.createdMs);
    q.addBindValue(d.finishedMs);
    q.addBindValue(d.message);
    q.addBindValue(d.body);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Util::Result<AlertStore::Pruned> AlertStore::prune(qint64 nowMs, qint64 wallNowMs, const Retention &retention)
{
    constexpr qint64 kDayMs = 24 * 3'600'000LL;
    Transaction tx(m_db);
    if (auto begun = tx.begun(); !begun)
        return begun.error();
    Pruned pruned;
    QSqlQuery q(m_db);
    const auto run = [&q](const QString &sql, const QVariantList &values, int &removed) -> Util::Result<void> {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return sqlFailure(q);
        removed = q.numRowsAffected();
        return {};
    };
    const qint64 incidentCutoff = nowMs - qint64(std::max(0, retention.resolvedIncidentDays)) * kDayMs;
    if (auto r = run(u"DELETE FROM alert_incidents WHERE state = 'resolved' AND resolved_ms > 0 AND resolved_ms < ?"_s,
                     {incidentCutoff}, pruned.incidents); !r)
        return r.error();
    if (auto r = run(u"DELETE FROM alert_timeline WHERE incident_id NOT IN (SELECT id FROM alert_incidents)"_s, {},
                     pruned.timelineEntries); !r)
        return r.error();
    const qint64 deliveryCutoff = wallNowMs - qint64(std::max(0, retention.deliveryDays)) * kDayMs;
    if (auto r = run(u"DELETE FROM webhook_deliveries WHERE state != 'sending' AND (created_ms < ? OR id NOT IN"
                     " (SELECT id FROM webhook_deliveries ORDER BY id DESC LIMIT ?))"_s,
                     {deliveryCutoff, std::max(0, retention.deliveryCount)}, pruned.deliveries); !r)
        return r.error();
    const qint64 silenceCutoff = nowMs - qint64(std::max(0, retention.expiredSilenceDays)) * kDayMs;
    if (auto r = run(u"DELETE FROM alert_silences WHERE ends_ms < ?"_s, {silenceCutoff}, pruned.silences); !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return pruned;
}

} // namespace Alerts
