#include "core/actions/proposalfactory.h"

#include "core/actions/proposaltext.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;

double lastValue(const QVector<Model::Sample> *points)
{
    return points && !points->isEmpty() ? points->last().v : kNoValue;
}

} // namespace

ScalingTarget ProposalFactory::defaultScalingTarget(const Model::Service &service)
{
    ScalingTarget t;
    t.metric = Model::MetricKind::Cpu;
    t.target = 65.0;
    t.tolerance = 0.10;
    t.enabled = service.role != u"database";
    return t;
}

Guardrails ProposalFactory::defaultGuardrails(const Model::Service &service)
{
    Guardrails g;
    g.minReplicas = std::max(1, service.minReplicas);
    g.maxReplicas = std::max(g.minReplicas, service.maxReplicas);
    return g;
}

qint64 ProposalFactory::timeToLive(Trigger trigger)
{
    switch (trigger) {
    case Trigger::TargetTracking: return 30 * kMinute;
    case Trigger::Predictive: return 3 * 60 * kMinute;
    case Trigger::Diagnosis: return 2 * 60 * kMinute;
    }
    return 30 * kMinute;
}

Proposal ProposalFactory::fromScaling(const Model::Service &service, const ScalingTarget &target,
                                      const Guardrails &guardrails, const ScalingDecision &decision,
                                      int currentReplicas, double observed, double agreement,
                                      const QVector<Model::Sample> &evidence)
{
    Proposal p;
    p.serviceId = service.id;
    p.projectId = service.projectId;
    p.provider = service.provider;
    p.kind = ActionKind::Scale;
    p.trigger = Trigger::TargetTracking;
    p.rule = u"hpa."_s + Model::metricKindId(target.metric);
    p.fix = decision.to > currentReplicas ? u"scale_up"_s : u"scale_down"_s;
    p.fromReplicas = currentReplicas;
    p.toReplicas = decision.to;
    p.confidence = std::clamp(agreement, 0.0, 1.0);
    p.facts = QJsonObject{{u"metric"_s, Model::metricKindId(target.metric)},
                          {u"observed"_s, observed},
                          {u"target"_s, target.target},
                          {u"tolerance"_s, target.tolerance},
                          {u"desired"_s, decision.desired},
                          {u"recommended"_s, decision.recommended}};
    if (!decision.limitedBy.isEmpty())
        p.facts.insert(u"limitedBy"_s, decision.limitedBy);
    p.evidence.append({target.metric, QString(), evidence, target.target});
    // The HPA's own assumption: the per-replica load spreads over the new count.
    const double predicted = observed * currentReplicas / std::max(1, decision.to);
    p.effectMetric = target.metric;
    p.effectBefore = observed;
    p.effectAfter = predicted;
    p.costDeltaPerMonth = (decision.to - currentReplicas) * guardrails.replicaMonthlyCost;
    VerificationRule &v = p.verification;
    v.metric = target.metric;
    v.below = true;
    if (decision.to > currentReplicas) {
        // At least half of the expected relief must show.
        v.threshold = predicted + 0.5 * (observed - predicted);
    } else {
        // After shrinking the load must not run away above the target.
        v.threshold = std::max(target.target * (1.0 + 2.0 * target.tolerance), predicted * 1.1);
    }
    v.settleMs = 2 * kMinute;
    v.windowMs = 5 * kMinute;
    v.revertOnFailure = true;
    return p;
}

Proposal ProposalFactory::fromFinding(const Model::Service &diagnosed, const Model::Service &acted,
                                      const Analysis::Finding &f, const QVector<FixRecord> &ranked,
                                      const Guardrails &guardrails, int currentReplicas,
                                      const Analysis::DiagnosisInput &input)
{
    Proposal p;
    p.serviceId = diagnosed.id;
    p.projectId = diagnosed.projectId;
    p.provider = acted.provider;
    p.trigger = Trigger::Diagnosis;
    p.pattern = f.pattern;
    p.rule = u"diagnosis."_s + f.pattern;
    p.fix = ranked.isEmpty() ? f.fixes.value(0) : ranked.first().fix;
    p.kind = ProposalText::kindForFix(p.fix);
    if (acted.id != diagnosed.id)
        p.targetServiceId = acted.id;
    p.confidence = f.confidence;
    p.facts = f.facts;
    for (const FixRecord &r : ranked) {
        if (r.fix != p.fix)
            p.alternatives.append(r.fix);
    }
    if (!ranked.isEmpty())
        p.learnedNote = KnowledgeBase::note(ranked.first());

    if (p.kind == ActionKind::Scale) {
        p.fromReplicas = currentReplicas;
        const int suggested = f.facts.contains(u"suggestedReplicas"_s) ? f.facts.value(u"suggestedReplicas"_s).toInt()
                                                                       : currentReplicas + 1;
        QString limitedBy;
        p.toReplicas = ScalingPolicy::applyGuardrails(currentReplicas, std::max(suggested, currentReplicas + 1),
                                                      guardrails, &limitedBy);
        if (!limitedBy.isEmpty())
            p.facts.insert(u"limitedBy"_s, limitedBy);
        p.costDeltaPerMonth = (p.toReplicas - p.fromReplicas) * guardrails.replicaMonthlyCost;
    }

    const auto evidenceKind = Analysis::metricKindOf(f.evidenceSignal);
    const QVector<Model::Sample> *points = input.find(f.evidenceSignal, f.evidenceRegion);
    if (evidenceKind && points)
        p.evidence.append({*evidenceKind, f.evidenceRegion, *points, f.reference});

    const auto verifyKind = Analysis::metricKindOf(f.verification.signal);
    VerificationRule &v = p.verification;
    v.metric = verifyKind.value_or(Model::MetricKind::Rps);
    if (!verifyKind)
        v.signalId = Analysis::signalId(f.verification.signal);
    v.region = f.verification.region;
    v.below = f.verification.below;
    v.threshold = f.verification.threshold;
    v.settleMs = f.verification.settleMs;
    v.windowMs = f.verification.windowMs;
    v.revertOnFailure = false;

    if (verifyKind) {
        p.effectMetric = *verifyKind;
        p.effectBefore = lastValue(input.find(f.verification.signal, f.verification.region));
        p.effectAfter = f.verification.threshold;
    }
    return p;
}

Proposal ProposalFactory::fromPreScale(const Model::Service &service, const PreScaleInput &in,
                                       const PreScalePlan &plan, const QVector<Model::Sample> &recentRps)
{
    Proposal p;
    p.serviceId = service.id;
    p.projectId = service.projectId;
    p.provider = service.provider;
    p.kind = ActionKind::Scale;
    p.trigger = Trigger::Predictive;
    p.rule = u"predictive.rps"_s;
    p.fix = plan.up ? u"pre_scale_up"_s : u"pre_scale_down"_s;
    p.fromReplicas = in.currentReplicas;
    p.toReplicas = plan.toReplicas;
    p.confidence = plan.confidence;
    p.facts = QJsonObject{{u"peakMs"_s, static_cast<double>(plan.peakMs)},
                          {u"peakRps"_s, plan.peakRps},
                          {u"peakLower"_s, plan.peakLower},
                          {u"peakUpper"_s, plan.peakUpper},
                          {u"needFromMs"_s, static_cast<double>(plan.needFromMs)},
                          {u"executeByMs"_s, static_cast<double>(plan.executeByMs)},
                          {u"leadMinutes"_s, static_cast<int>((in.startupMs + in.marginMs) / kMinute)},
                          {u"capacityPerReplica"_s, in.capacityPerReplica},
                          {u"accuracy"_s, in.forecast.accuracy}};
    p.forecast = in.forecast;
    p.evidence.append({Model::MetricKind::Rps, QString(), recentRps, in.capacityPerReplica * in.currentReplicas});
    p.effectMetric = Model::MetricKind::Rps;
    p.effectBefore = in.capacityPerReplica * in.currentReplicas;
    p.effectAfter = in.capacityPerReplica * plan.toReplicas;
    p.costDeltaPerMonth = (plan.toReplicas - in.currentReplicas) * in.guardrails.replicaMonthlyCost;
    // Judged at the peak itself: CPU must stay out of the degraded band while it passes.
    VerificationRule &v = p.verification;
    v.metric = Model::MetricKind::Cpu;
    v.below = true;
    v.threshold = service.thresholds[Model::MetricKind::Cpu].degraded;
    if (!std::isfinite(v.threshold))
        v.threshold = 85.0;
    v.windowMs = 30 * kMinute;
    v.settleMs = 2 * kMinute; // the engine re-anchors it on the peak when it executes
    v.revertOnFailure = false;
    return p;
}

} // namespace Actions
