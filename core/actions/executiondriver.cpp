#include "core/actions/executiondriver.h"

#include "core/actions/actionengine.h"
#include "core/actions/actionjson.h"
#include "core/actions/actionslog.h"
#include "core/actions/actionstore.h"
#include "core/actions/flagactions.h"
#include "core/actions/guardrailchecker.h"
#include "core/actions/proposaltext.h"
#include "core/actions/reconciler.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

ExecutionDriver::ExecutionDriver(ActionContext &context)
    : m_ctx(context)
{
}

void ExecutionDriver::start(const ActionRecord &r)
{
    m_ctx.busy().insert(r.id);
    const qint64 t = m_ctx.now();
    const QString system = ActionEngine::systemActor();
    if (r.proposal.kind == ActionKind::Manual) {
        // The operator did it; the approval says so. Straja only verifies.
        const QString by = r.decidedBy;
        const bool moved = m_ctx.transition(r.id, ActionState::Approved, ActionState::Executing, system,
                                            [t, by](ActionRecord &rec) {
                                                rec.execution.request = QCoreApplication::translate(
                                                    "Actions", "Manual fix, applied by %1.").arg(by);
                                                rec.execution.startedMs = t;
                                            });
        if (moved && m_ctx.transition(r.id, ActionState::Executing, ActionState::Verifying, system,
                                      [t](ActionRecord &rec) { rec.execution.appliedMs = t; }))
            emit m_ctx.engine().stepReached(r.id, u"verifying"_s);
        m_ctx.busy().remove(r.id);
        return;
    }
    if (m_ctx.settings().dryRun) {
        const quint64 id = m_ctx.nextRequestId();
        m_describes.insert(id, r.id);
        emit m_ctx.engine().describeWanted(id, m_ctx.requestFor(r));
        return;
    }
    const quint64 id = m_ctx.nextRequestId();
    m_prepares.insert(id, r.id);
    emit m_ctx.engine().prepareWanted(id, m_ctx.requestFor(r));
}

void ExecutionDriver::preview(const ActionRecord &record)
{
    if (record.proposal.kind == ActionKind::Manual) {
        emit m_ctx.engine().previewReady(record.id, ProposalText::fixDescription(record.proposal.fix));
        return;
    }
    const quint64 id = m_ctx.nextRequestId();
    m_describes.insert(id, record.id);
    emit m_ctx.engine().describeWanted(id, m_ctx.requestFor(record));
}

bool ExecutionDriver::onDescribed(quint64 requestId, const QString &request)
{
    const auto it = m_describes.constFind(requestId);
    if (it == m_describes.cend())
        return false;
    const qint64 actionId = it.value();
    m_describes.erase(it);
    if (m_ctx.busy().contains(actionId)) {
        // Dry run: the approval is recorded, the request is shown, nothing is sent.
        m_ctx.busy().remove(actionId);
        if (m_ctx.transition(actionId, ActionState::Approved, ActionState::DryRun, ActionEngine::systemActor(),
                             [request](ActionRecord &r) {
                                 r.execution.request = request;
                                 r.reason =
                                     QCoreApplication::translate("Actions", "Dry-run mode: the request was not sent.");
                             }))
            emit m_ctx.engine().stepReached(actionId, u"dry_run"_s);
        m_ctx.publish();
        return true;
    }
    emit m_ctx.engine().previewReady(actionId, request);
    return true;
}

bool ExecutionDriver::onPrepared(quint64 requestId, const ProviderState &before, const QString &request)
{
    const auto it = m_prepares.constFind(requestId);
    if (it == m_prepares.cend())
        return false;
    const qint64 actionId = it.value();
    m_prepares.erase(it);
    finishPrepare(actionId, before, request);
    return true;
}

void ExecutionDriver::finishPrepare(qint64 actionId, const ProviderState &before, const QString &request)
{
    auto loaded = m_ctx.isOpen() ? m_ctx.store().load(actionId) : Util::Result<ActionRecord>(Util::Error{});
    if (!loaded || loaded->state != ActionState::Approved) {
        m_ctx.busy().remove(actionId);
        return;
    }
    const ActionRecord r = std::move(loaded).value();
    const qint64 t = m_ctx.now();
    if (!before.ok) {
        m_ctx.terminate(
            actionId, ActionState::Approved, ActionState::Failed, {},
            QCoreApplication::translate("Actions", "The provider could not be read: %1").arg(before.error));
        return;
    }
    const Model::Service *acted = m_ctx.service(r.proposal.actedServiceId());
    const Guardrails guardrails = acted ? m_ctx.guardrailsFor(*acted) : Guardrails{};
    const qint64 lastScale = m_ctx.store().lastScaleAppliedMs(r.proposal.actedServiceId()).value();
    if (auto allowed = GuardrailChecker::check(r.proposal, before, guardrails, t, lastScale); !allowed) {
        m_ctx.terminate(actionId, ActionState::Approved, ActionState::Failed, {}, allowed.error().message);
        return;
    }
    if (!m_ctx.transition(actionId, ActionState::Approved, ActionState::Executing, ActionEngine::systemActor(),
                          [&](ActionRecord &rec) {
                              rec.execution.observedBefore = providerStateToJson(before);
                              rec.execution.request = request;
                              rec.execution.startedMs = t;
                              rec.execution.attempts = 1;
                          })) {
        m_ctx.busy().remove(actionId);
        return;
    }
    emit m_ctx.engine().stepReached(actionId, u"executing"_s);
    ActionRecord sent = r;
    sent.execution.observedBefore = providerStateToJson(before);
    m_ctx.send({actionId, SendPurpose::Execute}, m_ctx.requestFor(sent));
}

void ExecutionDriver::onSent(const SendJob &job, const ExecutionResult &result)
{
    const qint64 actionId = job.actionId;
    const qint64 t = m_ctx.now();
    emit m_ctx.engine().stepReached(actionId, u"provider-answered"_s);
    auto loaded = m_ctx.store().load(actionId);
    if (!loaded || loaded->state != ActionState::Executing) {
        m_ctx.busy().remove(actionId);
        return;
    }
    if (result.ok) {
        if (m_ctx.transition(actionId, ActionState::Executing, ActionState::Verifying, ActionEngine::systemActor(),
                             [&](ActionRecord &r) {
                                 r.execution.appliedMs = t;
                                 r.execution.providerReply = result.reply;
                                 if (!result.request.isEmpty())
                                     r.execution.request = result.request;
                             }))
            emit m_ctx.engine().stepReached(actionId, u"verifying"_s);
        m_ctx.busy().remove(actionId);
        return;
    }
    const bool ambiguous = result.errorCode == u"network" || (result.httpStatus >= 500 && result.httpStatus < 600);
    if ((result.retryable || ambiguous) && loaded->execution.attempts < m_ctx.options().maxAttempts) {
        // Before any second send, the provider is read again (reconcile): a 5xx or a
        // dropped connection may still have applied the change.
        qCInfo(lcActions) << "action" << actionId << "will be retried:" << result.message;
        m_ctx.retryAt().insert(actionId, t + std::max<qint64>(result.retryAfterMs, 2000));
        m_ctx.busy().remove(actionId);
        return;
    }
    m_ctx.terminate(actionId, ActionState::Executing, ActionState::Failed, {},
                    QCoreApplication::translate("Actions", "The provider refused: %1").arg(result.message));
}

void ExecutionDriver::reconcile(const ActionRecord &r)
{
    m_ctx.busy().insert(r.id);
    m_ctx.retryAt().remove(r.id);
    if (r.proposal.kind == ActionKind::Manual) {
        const qint64 t = m_ctx.now();
        if (m_ctx.transition(r.id, ActionState::Executing, ActionState::Verifying, ActionEngine::systemActor(),
                             [t](ActionRecord &rec) { rec.execution.appliedMs = t; }))
            emit m_ctx.engine().stepReached(r.id, u"verifying"_s);
        m_ctx.busy().remove(r.id);
        return;
    }
    const quint64 id = m_ctx.nextRequestId();
    m_reconciles.insert(id, r.id);
    emit m_ctx.engine().observeWanted(id, {m_ctx.requestFor(r).target});
}

bool ExecutionDriver::onObserved(quint64 requestId, const QVector<ProviderState> &states)
{
    const auto it = m_reconciles.constFind(requestId);
    if (it == m_reconciles.cend())
        return false;
    const qint64 actionId = it.value();
    m_reconciles.erase(it);
    finishReconcile(actionId, states.value(0));
    return true;
}

void ExecutionDriver::finishReconcile(qint64 actionId, const ProviderState &nowState)
{
    auto loaded = m_ctx.store().load(actionId);
    if (!loaded || loaded->state != ActionState::Executing) {
        m_ctx.busy().remove(actionId);
        return;
    }
    ActionRecord r = std::move(loaded).value();
    const qint64 t = m_ctx.now();
    if (!nowState.ok) {
        // Cannot tell yet; never guess: ask again later.
        qCWarning(lcActions) << "action" << actionId << "cannot be reconciled yet:" << nowState.error;
        m_ctx.retryAt().insert(actionId, t + 30'000);
        m_ctx.busy().remove(actionId);
        return;
    }
    const ProviderState before = providerStateFromJson(r.execution.observedBefore);
    const ExecutionRequest request = m_ctx.requestFor(r);
    switch (Reconciler::verdict(request, before, r.execution.startedMs, nowState)) {
    case ReconcileVerdict::Applied:
        if (m_ctx.transition(actionId, ActionState::Executing, ActionState::Verifying, ActionEngine::systemActor(),
                             [&](ActionRecord &rec) {
                                 rec.execution.appliedMs = std::max(nowState.updatedMs, rec.execution.startedMs);
                                 if (rec.execution.appliedMs <= 0)
                                     rec.execution.appliedMs = t;
                                 rec.execution.providerReply = QCoreApplication::translate(
                                     "Actions", "The provider shows the change (confirmed by reading it back).");
                             }))
            emit m_ctx.engine().stepReached(actionId, u"verifying"_s);
        m_ctx.busy().remove(actionId);
        return;
    case ReconcileVerdict::NotApplied: {
        if (r.execution.attempts >= m_ctx.options().maxAttempts) {
            m_ctx.terminate(actionId, ActionState::Executing, ActionState::Failed, {},
                            QCoreApplication::translate("Actions", "The provider did not apply the change after %n "
                                                                   "attempt(s).",
                                                        nullptr, r.execution.attempts));
            return;
        }
        r.execution.attempts += 1;
        if (auto recorded =
                m_ctx.store().recordExecution(actionId, r.execution, t, ActionEngine::systemActor(), u"resent"_s);
            !recorded) {
            m_ctx.report(recorded.error());
            m_ctx.busy().remove(actionId);
            return;
        }
        emit m_ctx.engine().stepReached(actionId, u"resending"_s);
        m_ctx.send({actionId, SendPurpose::Execute}, request);
        return;
    }
    case ReconcileVerdict::Diverged:
        if (r.proposal.kind == ActionKind::FlagChange) {
            m_ctx.terminate(actionId, ActionState::Executing, ActionState::Failed, {}, FlagActions::divergedNote());
            return;
        }
        m_ctx.terminate(actionId, ActionState::Executing, ActionState::Failed, {},
                        QCoreApplication::translate("Actions", "The service was changed outside Straja meanwhile "
                                                               "(%n replica(s) now); nothing was sent.",
                                                    nullptr, nowState.replicas));
        return;
    }
}

} // namespace Actions
