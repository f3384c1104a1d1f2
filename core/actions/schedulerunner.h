#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/auditlog.h"
#include "core/actions/scheduletypes.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Actions {

// A window edge a schedule has reached and not handled yet.
struct DueScheduleEdge
{
    CostSchedule schedule;
    ScheduleEdge edge;
    int superseded = 0;        // older edges missed while Straja was not running
    QString idempotencyKey;    // schedule id + edge time: one action per edge, ever
};

// The off-peak schedules (table cost_schedules, schema 9) and when each must act.
// Adding, pausing and removing are audited with the schedule named. At each window
// edge the actions engine raises a scale approved by the schedule's stored approval;
// the action's idempotency key is the schedule id + edge time, so an edge is never
// acted on twice, even when a crash comes between raising the action and marking
// the edge handled. Edges missed while the app was closed: only the newest one is
// handled at start (it is the state the service should be in now); the older ones
// are superseded by it and the note says how many. Used on the actions thread.
class ScheduleRunner final
{
public:
    ScheduleRunner(QSqlDatabase &db, AuditLog &audit) : m_db(db), m_audit(audit) { }

    Util::Result<CostSchedule> add(CostSchedule schedule, qint64 nowMs, const QString &actor);
    // Resuming starts from the next edge: edges that passed while paused are skipped.
    Util::Result<void> setPaused(const QString &id, bool paused, qint64 nowMs, const QString &actor);
    Util::Result<void> remove(const QString &id, qint64 nowMs, const QString &actor);
    // Active and paused schedules, oldest first.
    Util::Result<QVector<CostSchedule>> list() const;
    Util::Result<CostSchedule> load(const QString &id) const;

    // The newest unhandled edge of every active schedule up to `nowMs`.
    Util::Result<QVector<DueScheduleEdge>> due(qint64 nowMs) const;
    Util::Result<void> markHandled(const QString &id, qint64 edgeMs, const QString &note, qint64 nowMs);

    static QString idempotencyKey(const QString &scheduleId, qint64 edgeMs);
    // The scale an edge raises, from the replicas running now; verified like an
    // operator's own scaling (the replica count must arrive).
    // Kept within the guardrails: one allowed step toward the edge's count.
    static Proposal proposalFor(const DueScheduleEdge &due, int currentReplicas, const Guardrails &guardrails);
    // What the schedule shows about its last edge (translated now, kept as recorded).
    static QString noteFor(const DueScheduleEdge &due, const QString &what);
    // The approver of the scales a schedule raises: the schedule, on its approver's behalf.
    static QString actorFor(const CostSchedule &schedule);

private:
    Util::Result<void> changeState(const QString &id, const QString &state, qint64 nowMs, const QString &actor,
                                   const QString &event);

    QSqlDatabase &m_db;
    AuditLog &m_audit;
};

} // namespace Actions
