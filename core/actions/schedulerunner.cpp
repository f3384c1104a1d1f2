#include "core/actions/schedulerunner.h"

#include "core/actions/scalesteps.h"
#include "core/actions/schedulecalendar.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

Util::Error sqlFailure(const QString &reason)
{
    return Util::makeError(u"schedule.sql"_s,
                           QCoreApplication::translate("Actions", "Saving or reading schedules failed: %1").arg(reason));
}

Util::Error notFound(const QString &id)
{
    return Util::makeError(u"schedule.missing"_s,
                           QCoreApplication::translate("Actions", "There is no schedule %1 (removed meanwhile?).")
                               .arg(id));
}

QJsonObject toJson(const CostSchedule &s)
{
    return {{u"serviceId"_s, s.serviceId},
            {u"projectId"_s, s.projectId},
            {u"provider"_s, s.provider},
            {u"recommendationId"_s, s.recommendationId},
            {u"startHour"_s, s.startHour},
            {u"endHour"_s, s.endHour},
            {u"timeZone"_s, s.timeZone},
            {u"fromReplicas"_s, s.fromReplicas},
            {u"toReplicas"_s, s.toReplicas},
            {u"monthlySaving"_s, s.monthlySaving},
            {u"approvedBy"_s, s.approvedBy},
            {u"approvedMs"_s, double(s.approvedMs)}};
}

CostSchedule fromRow(const QSqlQuery &q)
{
    const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CostSchedule s;
    s.id = q.value(0).toString();
    s.serviceId = o.value(u"serviceId"_s).toString();
    s.projectId = o.value(u"projectId"_s).toString();
    s.provider = o.value(u"provider"_s).toString();
    s.recommendationId = o.value(u"recommendationId"_s).toString();
    s.startHour = o.value(u"startHour"_s).toInt();
    s.endHour = o.value(u"endHour"_s).toInt();
    s.timeZone = o.value(u"timeZone"_s).toString();
    s.fromReplicas = o.value(u"fromReplicas"_s).toInt();
    s.toReplicas = o.value(u"toReplicas"_s).toInt();
    s.monthlySaving = o.value(u"monthlySaving"_s).toDouble();
    s.approvedBy = o.value(u"approvedBy"_s).toString();
    s.approvedMs = qint64(o.value(u"approvedMs"_s).toDouble());
    s.paused = q.value(2).toString() == u"paused"_s;
    s.lastEdgeMs = q.value(3).toLongLong();
    s.note = q.value(4).toString();
    return s;
}

// The audit record must commit with the change it describes, or neither does.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase &db) : m_db(db)
    {
        // As ActionStore's: a long sample write can hold the lock past one busy
        // timeout; an operator's pause or removal must not be lost to that.
        for (int attempt = 0; attempt < 6 && !m_open; ++attempt) {
            QSqlQuery q(m_db);
            m_open = q.exec(u"BEGIN IMMEDIATE"_s);
            if (m_open)
                break;
            m_error = q.lastError().text().trimmed();
            if (!m_error.contains(u"locked"_s))
                break;
        }
    }
    ~WriteTransaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        m_open = false;
        if (q.exec(u"COMMIT"_s))
            return true;
        m_error = q.lastError().text().trimmed();
        return false;
    }

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_open = false;
};

const QString kSelect = u"SELECT id, spec, state, last_edge_ms, note FROM cost_schedules"_s;

} // namespace

QString ScheduleRunner::idempotencyKey(const QString &scheduleId, qint64 edgeMs)
{
    return u"schedule:%1@%2"_s.arg(scheduleId).arg(edgeMs);
}

QString ScheduleRunner::actorFor(const CostSchedule &schedule)
{
    return u"schedule %1 (approved by %2)"_s.arg(schedule.id, schedule.approvedBy);
}

Proposal ScheduleRunner::proposalFor(const DueScheduleEdge &due, int currentReplicas, const Guardrails &guardrails)
{
    const CostSchedule &s = due.schedule;
    Proposal p;
    p.serviceId = s.serviceId;
    p.projectId = s.projectId;
    p.provider = s.provider;
    p.kind = ActionKind::Scale;
    p.trigger = Trigger::TargetTracking;
    p.rule = u"cost.schedule"_s;
    // Unknown before the first snapshot: the other edge's count is what should run.
    p.fromReplicas = currentReplicas >= 0 ? currentReplicas : (due.edge.windowStart ? s.fromReplicas : s.toReplicas);
    p.toReplicas = ScaleSteps(p.fromReplicas, due.edge.replicas, guardrails).firstStep();
    p.fix = p.toReplicas > p.fromReplicas ? u"scale_up"_s : u"scale_down"_s;
    p.facts = QJsonObject{{u"schedule"_s, s.id},
                          {u"approvedBy"_s, s.approvedBy},
                          {u"windowStart"_s, due.edge.windowStart},
                          {u"edgeMs"_s, double(due.edge.atMs)},
                          {u"startHour"_s, s.startHour},
                          {u"endHour"_s, s.endHour},
                          {u"timeZone"_s, s.timeZone},
                          {u"superseded"_s, due.superseded}};
    p.facts.insert(u"wantedReplicas"_s, due.edge.replicas);
    p.costDeltaPerMonth = (p.toReplicas - p.fromReplicas) * guardrails.replicaMonthlyCost;
    p.verification.metric = Model::MetricKind::Replicas;
    p.verification.below = false;
    p.verification.threshold = p.toReplicas - 0.5;
    p.verification.settleMs = 60'000;
    p.verification.windowMs = 2 * 60'000;
    return p;
}

QString ScheduleRunner::noteFor(const DueScheduleEdge &due, const QString &what)
{
    QString note = what;
    if (due.superseded > 0) {
        note += u' '
                + QCoreApplication::translate("Actions", "%n earlier edge(s), missed while Straja was not running, "
                                                         "were skipped: this one sets the replicas for now.",
                                              nullptr, due.superseded);
    }
    return note;
}

Util::Result<CostSchedule> ScheduleRunner::add(CostSchedule s, qint64 nowMs, const QString &actor)
{
    if (!ScheduleCalendar(s).isValid() || s.serviceId.isEmpty() || s.toReplicas < 0 || s.fromReplicas < 0) {
        return Util::makeError(u"schedule.invalid"_s,
                               QCoreApplication::translate("Actions", "The schedule for %1 is not valid: hours %2-%3 "
                                                                      "in zone '%4'.")
                                   .arg(s.serviceId)
                                   .arg(s.startHour)
                                   .arg(s.endHour)
                                   .arg(s.timeZone));
    }
    if (s.id.isEmpty())
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    s.approvedBy = actor;
    s.approvedMs = nowMs;
    s.lastEdgeMs = nowMs; // acts from the next edge on
    s.paused = false;
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return sqlFailure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO cost_schedules (id, service_id, spec, state, last_edge_ms, note, created_ms, updated_ms)"
              " VALUES (?, ?, ?, 'active', ?, '', ?, ?)"_s);
    q.addBindValue(s.id);
    q.addBindValue(s.serviceId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson(s)).toJson(QJsonDocument::Compact)));
    q.addBindValue(s.lastEdgeMs);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    if (!q.exec())
        return sqlFailure(q.lastError().text().trimmed());
    QJsonObject payload = toJson(s);
    payload.insert(u"schedule"_s, s.id);
    if (auto audited = m_audit.append(nowMs, actor, 0, u"schedule_added"_s, payload); !audited)
        return audited.error();
    if (!tx.commit())
        return sqlFailure(tx.error());
    return s;
}

Util::Result<void> ScheduleRunner::changeState(const QString &id, const QString &state, qint64 nowMs,
                                               const QString &actor, const QString &event)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return sqlFailure(tx.error());
    QSqlQuery q(m_db);
    // Resuming skips what passed while paused: the last handled edge becomes now.
    q.prepare(u"UPDATE cost_schedules SET state = ?, updated_ms = ?,"
              " last_edge_ms = CASE WHEN ? = 'active' THEN MAX(last_edge_ms, ?) ELSE last_edge_ms END"
              " WHERE id = ? AND state != 'removed'"_s);
    q.addBindValue(state);
    q.addBindValue(nowMs);
    q.addBindValue(state);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError().text().trimmed());
    if (q.numRowsAffected() != 1)
        return notFound(id);
    if (auto audited = m_audit.append(nowMs, actor, 0, event, {{u"schedule"_s, id}}); !audited)
        return audited.error();
    if (!tx.commit())
        return sqlFailure(tx.error());
    return {};
}

Util::Result<void> ScheduleRunner::setPaused(const QString &id, bool paused, qint64 nowMs, const QString &actor)
{
    return changeState(id, paused ? u"paused"_s : u"active"_s, nowMs, actor,
                       paused ? u"schedule_paused"_s : u"schedule_resumed"_s);
}

Util::Result<void> ScheduleRunner::remove(const QString &id, qint64 nowMs, const QString &actor)
{
    return changeState(id, u"removed"_s, nowMs, actor, u"schedule_removed"_s);
}

Util::Result<QVector<CostSchedule>> ScheduleRunner::list() const
{
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + u" WHERE state != 'removed' ORDER BY created_ms, id"_s))
        return sqlFailure(q.lastError().text().trimmed());
    QVector<CostSchedule> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Util::Result<CostSchedule> ScheduleRunner::load(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + u" WHERE id = ? AND state != 'removed'"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError().text().trimmed());
    if (!q.next())
        return notFound(id);
    return fromRow(q);
}

Util::Result<QVector<DueScheduleEdge>> ScheduleRunner::due(qint64 nowMs) const
{
    auto all = list();
    if (!all)
        return all.error();
    QVector<DueScheduleEdge> out;
    for (const CostSchedule &s : std::as_const(*all)) {
        if (s.paused)
            continue;
        const QVector<ScheduleEdge> passed = ScheduleCalendar(s).edges(s.lastEdgeMs, nowMs);
        if (passed.isEmpty())
            continue;
        out.append({s, passed.constLast(), int(passed.size()) - 1, idempotencyKey(s.id, passed.constLast().atMs)});
    }
    return out;
}

Util::Result<void> ScheduleRunner::markHandled(const QString &id, qint64 edgeMs, const QString &note, qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE cost_schedules SET last_edge_ms = MAX(last_edge_ms, ?), note = ?, updated_ms = ?"
              " WHERE id = ?"_s);
    q.addBindValue(edgeMs);
    q.addBindValue(note);
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q.lastError().text().trimmed());
    return {};
}

} // namespace Actions
