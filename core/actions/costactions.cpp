// The actions engine's part for cost recommendations: off-peak schedules and
// manual changes (docs/cost.md). The schedule itself (store, calendar, what an edge
// raises) is in schedulerunner.cpp.

#include "core/actions/costactions.h"

#include "core/actions/actioncontext.h"
#include "core/actions/actionengine.h"
#include "core/actions/actionstore.h"
#include "core/actions/schedulerunner.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Actions {

void CostActions::addSchedule(const CostSchedule &schedule, const QString &actor)
{
    if (!m_ctx.isOpen())
        return;
    ScheduleRunner schedules(m_ctx.store().handle(), m_ctx.store().audit());
    CostSchedule s = schedule;
    if (const Model::Service *known = m_ctx.service(s.serviceId)) {
        s.projectId = known->projectId;
        s.provider = known->provider;
    }
    if (auto added = schedules.add(s, m_ctx.now(), actor); !added)
        m_ctx.report(added.error());
    m_ctx.markDirty();
    m_ctx.publish();
}

void CostActions::setSchedulePaused(const QString &scheduleId, bool paused, const QString &actor)
{
    if (!m_ctx.isOpen())
        return;
    ScheduleRunner schedules(m_ctx.store().handle(), m_ctx.store().audit());
    if (auto done = schedules.setPaused(scheduleId, paused, m_ctx.now(), actor); !done)
        m_ctx.report(done.error());
    m_ctx.publish();
}

void CostActions::removeSchedule(const QString &scheduleId, const QString &actor)
{
    if (!m_ctx.isOpen())
        return;
    ScheduleRunner schedules(m_ctx.store().handle(), m_ctx.store().audit());
    if (auto done = schedules.remove(scheduleId, m_ctx.now(), actor); !done)
        m_ctx.report(done.error());
    m_ctx.publish();
}

void CostActions::recordManualChange(const Proposal &proposal, const QString &actor)
{
    if (!m_ctx.isOpen() || proposal.kind != ActionKind::Manual)
        return;
    // The operator did it by hand: the proposal is approved by them and moves through
    // the same recorded steps as a diagnosis's manual fix; verification then watches
    // the metric, or, with nothing Straja can measure, the record is the outcome.
    const qint64 t = m_ctx.now();
    auto inserted = m_ctx.store().insertProposal(proposal, t, t + 10 * 60'000, false, actor);
    if (!inserted) {
        m_ctx.report(inserted.error());
        return;
    }
    const qint64 id = inserted->id;
    if (!m_ctx.transition(id, ActionState::Proposed, ActionState::Approved, actor))
        return;
    emit m_ctx.engine().stepReached(id, u"approved"_s);
    const bool started = m_ctx.transition(id, ActionState::Approved, ActionState::Executing, ActionEngine::systemActor(),
                                    [t, actor](ActionRecord &rec) {
                                        rec.execution.request = QCoreApplication::translate(
                                            "Actions", "Manual change, applied by %1.").arg(actor);
                                        rec.execution.startedMs = t;
                                    });
    if (!started || !m_ctx.transition(id, ActionState::Executing, ActionState::Verifying, ActionEngine::systemActor(),
                                [t](ActionRecord &rec) { rec.execution.appliedMs = t; }))
        return;
    emit m_ctx.engine().stepReached(id, u"verifying"_s);
    if (!std::isfinite(proposal.verification.threshold)) {
        OutcomeInfo outcome;
        outcome.note = QCoreApplication::translate("Actions", "Recorded as done by %1; Straja has no metric to "
                                                              "check this change.")
                           .arg(actor);
        m_ctx.terminate(id, ActionState::Verifying, ActionState::Succeeded, outcome, QString());
    }
    m_ctx.publish();
}

void CostActions::runSchedules(qint64 t)
{
    if (!m_ctx.isOpen())
        return;
    ScheduleRunner schedules(m_ctx.store().handle(), m_ctx.store().audit());
    auto due = schedules.due(t);
    if (!due) {
        m_ctx.report(due.error());
        return;
    }
    for (const DueScheduleEdge &d : std::as_const(*due)) {
        // The key is checked first and is unique in the store: an edge whose action
        // was raised before a crash is only marked handled now, never raised again.
        auto raised = m_ctx.store().hasIdempotencyKey(d.idempotencyKey);
        if (!raised) {
            m_ctx.report(raised.error());
            continue;
        }
        QString what;
        const Model::Service *s = m_ctx.service(d.schedule.serviceId);
        if (*raised) {
            what = QCoreApplication::translate("Actions", "The scale for this edge was raised before a restart.");
        } else if (!s) {
            what = QCoreApplication::translate("Actions", "Skipped: %1 is no longer in the workspace.")
                       .arg(d.schedule.serviceId);
        } else if (m_ctx.currentReplicas(s->id) == d.edge.replicas) {
            what = QCoreApplication::translate("Actions", "Nothing to do: already at %n replica(s).", nullptr,
                                               d.edge.replicas);
        } else {
            const Proposal p = ScheduleRunner::proposalFor(d, m_ctx.currentReplicas(s->id), m_ctx.guardrailsFor(*s));
            const QString actor = ScheduleRunner::actorFor(d.schedule);
            auto inserted = m_ctx.store().insertProposal(p, t, t + 10 * 60'000, false, actor, d.idempotencyKey);
            if (!inserted) {
                m_ctx.report(inserted.error());
                continue; // tried again at the next pump: the edge is not marked handled
            }
            if (m_ctx.transition(inserted->id, ActionState::Proposed, ActionState::Approved, actor))
                emit m_ctx.engine().stepReached(inserted->id, u"approved"_s);
            what = p.toReplicas == d.edge.replicas
                       ? QCoreApplication::translate("Actions", "Scaling to %n replica(s) was raised.", nullptr,
                                                     d.edge.replicas)
                       : QCoreApplication::translate("Actions", "Scaling to %1 replicas was raised (%2 wanted: the "
                                                                "guardrails allow one step per action).")
                             .arg(p.toReplicas)
                             .arg(d.edge.replicas);
        }
        if (auto marked = schedules.markHandled(d.schedule.id, d.edge.atMs, ScheduleRunner::noteFor(d, what), t);
            !marked)
            m_ctx.report(marked.error());
        m_ctx.markDirty();
    }
}

} // namespace Actions
