#include "core/actions/outcomejudge.h"

#include "core/actions/actionengine.h"
#include "core/actions/actionstore.h"
#include "core/actions/flagactions.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/prescaleplanner.h"
#include "core/actions/verifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kShadowScoreAfterMs = 30 * kMinute;

} // namespace

OutcomeJudge::OutcomeJudge(ActionContext &context)
    : m_ctx(context)
{
}

bool OutcomeJudge::onHistory(const HistoryJob &job, const Engine::HistoryResult &history)
{
    switch (job.purpose) {
    case HistoryPurpose::Verification: finishVerification(job.actionId, history); return true;
    case HistoryPurpose::ShadowScore: finishShadowScore(job.actionId, history); return true;
    case HistoryPurpose::Diagnosis:
    case HistoryPurpose::Evidence:
    case HistoryPurpose::Forecast: return false;
    }
    return false;
}

// ---------------------------------------------------------------- verification

void OutcomeJudge::check(const ActionRecord &r, qint64 t)
{
    if (r.proposal.kind == ActionKind::FlagChange) {
        // The flag was read back holding the new state before it got here.
        OutcomeInfo outcome;
        outcome.note = FlagActions::verifiedNote();
        m_ctx.terminate(r.id, ActionState::Verifying, ActionState::Succeeded, outcome, QString());
        return;
    }
    const VerificationRule &rule = r.proposal.verification;
    qint64 from = Verifier::windowStart(rule, r.execution.appliedMs);
    qint64 to = Verifier::windowEnd(rule, r.execution.appliedMs);
    if (r.proposal.trigger == Trigger::Predictive && r.proposal.facts.contains(u"peakMs"_s)) {
        // A pre-scaling is judged while the peak it was made for passes.
        const qint64 peak = static_cast<qint64>(r.proposal.facts.value(u"peakMs"_s).toDouble());
        from = std::max(from, peak - rule.windowMs / 2);
        to = std::max(to, peak + rule.windowMs / 2);
    }
    if (t < to)
        return;
    if (!rule.signalId.isEmpty()) {
        // No connector reports this signal yet: the outcome cannot be measured.
        if (t > to + m_ctx.options().verificationGraceMs) {
            OutcomeInfo outcome;
            outcome.threshold = rule.threshold;
            outcome.note = QCoreApplication::translate("Actions", "No source reports %1, so the outcome could not be "
                                                                  "measured.")
                               .arg(rule.signalId);
            conclude(r.id, ActionState::Failed, outcome, outcome.note);
        }
        return;
    }
    m_ctx.busy().insert(r.id);
    HistoryJob job;
    job.purpose = HistoryPurpose::Verification;
    job.actionId = r.id;
    m_ctx.requestHistory(job, {{r.proposal.serviceId, rule.metric, rule.region}}, from, to);
}

void OutcomeJudge::finishVerification(qint64 actionId, const Engine::HistoryResult &history)
{
    m_ctx.busy().remove(actionId);
    auto loaded = m_ctx.store().load(actionId);
    if (!loaded || loaded->state != ActionState::Verifying)
        return;
    const ActionRecord r = std::move(loaded).value();
    const VerificationRule &rule = r.proposal.verification;
    const qint64 t = m_ctx.now();
    const VerificationVerdict verdict = Verifier::judge(rule, samplesOf(history));
    OutcomeInfo outcome;
    outcome.before = r.proposal.effectBefore;
    outcome.after = verdict.mean;
    outcome.threshold = rule.threshold;
    outcome.samples = verdict.samples;
    if (!verdict.decided) {
        if (t > Verifier::windowEnd(rule, r.execution.appliedMs) + m_ctx.options().verificationGraceMs) {
            outcome.note = QCoreApplication::translate("Actions", "No data arrived for the verification window.");
            conclude(actionId, ActionState::Failed, outcome, outcome.note);
        } else {
            m_ctx.retryAt().insert(actionId, t + kMinute);
        }
        return;
    }
    if (verdict.succeeded) {
        outcome.note = QCoreApplication::translate("Actions", "It worked.");
        conclude(actionId, ActionState::Succeeded, outcome, QString());
        return;
    }
    outcome.note = QCoreApplication::translate("Actions", "It did not help.");
    if (rule.revertOnFailure && r.proposal.kind == ActionKind::Scale && r.execution.revertedMs == 0) {
        // The approval covered this: scale back to where it was.
        ExecutionRequest revert = m_ctx.requestFor(r);
        revert.replicas = r.proposal.fromReplicas;
        revert.idempotencyKey = r.idempotencyKey + u":revert"_s;
        m_pendingOutcome.insert(actionId, outcome);
        m_ctx.busy().insert(actionId);
        m_ctx.send({actionId, SendPurpose::Revert}, revert);
        return;
    }
    conclude(actionId, ActionState::Failed, outcome, outcome.note);
}

void OutcomeJudge::onReverted(qint64 actionId, const ExecutionResult &result)
{
    const qint64 t = m_ctx.now();
    m_ctx.busy().remove(actionId);
    const OutcomeInfo outcome = m_pendingOutcome.take(actionId);
    if (!result.ok) {
        conclude(actionId, ActionState::Failed, outcome,
                 QCoreApplication::translate("Actions", "It did not help, and scaling back failed: %1")
                     .arg(result.message));
        return;
    }
    if (m_ctx.transition(actionId, ActionState::Verifying, ActionState::RolledBack, ActionEngine::systemActor(),
                         [&](ActionRecord &r) {
                             r.execution.revertedMs = t;
                             r.outcome = outcome;
                             r.reason = QCoreApplication::translate("Actions", "It did not help; scaled back to "
                                                                               "%1 replicas.")
                                            .arg(r.proposal.fromReplicas);
                         })) {
        emit m_ctx.engine().stepReached(actionId, u"rolled_back"_s);
        learn(actionId, false);
    }
}

void OutcomeJudge::conclude(qint64 actionId, ActionState to, const OutcomeInfo &outcome, const QString &reason)
{
    if (m_ctx.terminate(actionId, ActionState::Verifying, to, outcome, reason))
        learn(actionId, to == ActionState::Succeeded);
}

void OutcomeJudge::learn(qint64 actionId, bool worked)
{
    const ActionRecord r = m_ctx.store().load(actionId).value();
    if (r.proposal.pattern.isEmpty())
        return; // only diagnosed patterns have fixes to rank
    if (auto recorded = m_ctx.knowledge().record(r.proposal.pattern, r.proposal.fix, r.proposal.projectId,
                                                 r.proposal.actedServiceId(), actionId, worked, m_ctx.now());
        !recorded)
        m_ctx.report(recorded.error());
}

// ---------------------------------------------------------------- forecast-only proposals

void OutcomeJudge::scoreShadow(const ActionRecord &r, qint64 t)
{
    const qint64 peak = static_cast<qint64>(r.proposal.facts.value(u"peakMs"_s).toDouble());
    if (peak <= 0 || t < peak + kShadowScoreAfterMs)
        return;
    const qint64 needFrom = static_cast<qint64>(r.proposal.facts.value(u"needFromMs"_s).toDouble());
    m_ctx.busy().insert(r.id);
    HistoryJob job;
    job.purpose = HistoryPurpose::ShadowScore;
    job.actionId = r.id;
    m_ctx.requestHistory(job, {{r.proposal.serviceId, MetricKind::Rps, {}}},
                         std::min(needFrom, peak) - kShadowScoreAfterMs, peak + kShadowScoreAfterMs);
}

void OutcomeJudge::finishShadowScore(qint64 actionId, const Engine::HistoryResult &history)
{
    m_ctx.busy().remove(actionId);
    auto loaded = m_ctx.store().load(actionId);
    if (!loaded || loaded->state != ActionState::Proposed)
        return;
    const Proposal &p = loaded->proposal;
    double actualPeak = kNoValue;
    for (const Model::Sample &s : samplesOf(history))
        actualPeak = std::isfinite(actualPeak) ? std::max(actualPeak, s.v) : s.v;
    const double forecastPeak = p.facts.value(u"peakRps"_s).toDouble();
    const double capacity = p.facts.value(u"capacityPerReplica"_s).toDouble();
    OutcomeInfo outcome;
    outcome.before = forecastPeak;
    outcome.after = actualPeak;
    outcome.samples = static_cast<int>(history.series.value(0).points.size());
    if (!std::isfinite(actualPeak)) {
        outcome.note = QCoreApplication::translate("Actions", "No traffic data to score the forecast.");
    } else {
        // Right when the extra replicas were really needed and the peak came within 25%.
        const bool needed = PreScalePlanner::replicasFor(actualPeak, capacity) > p.fromReplicas;
        const bool close = forecastPeak > 0 && std::abs(actualPeak - forecastPeak) / forecastPeak <= 0.25;
        outcome.shadowScore = needed && close ? 1.0 : 0.0;
        outcome.note = outcome.shadowScore > 0.5
                           ? QCoreApplication::translate("Actions", "Forecast-only: the forecast was right.")
                           : QCoreApplication::translate("Actions", "Forecast-only: the forecast was wrong.");
    }
    m_ctx.transition(actionId, ActionState::Proposed, ActionState::Expired, ActionEngine::systemActor(),
                     [&](ActionRecord &r) {
                         r.outcome = outcome;
                         r.reason = outcome.note;
                     });
}

} // namespace Actions
