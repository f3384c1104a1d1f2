#include "core/cost/proposalbridge.h"

using namespace Qt::StringLiterals;

namespace Cost {

namespace {
constexpr qint64 kMinuteMs = 60'000;
}

Actions::CostSchedule ProposalBridge::schedule(const Recommendation &r)
{
    Actions::CostSchedule s;
    s.serviceId = r.proposal.serviceId;
    s.projectId = r.proposal.projectId;
    s.provider = r.proposal.provider;
    s.recommendationId = r.id();
    s.startHour = r.proposal.windowStartHour;
    s.endHour = r.proposal.windowEndHour;
    s.timeZone = r.proposal.timeZone;
    s.fromReplicas = r.proposal.fromReplicas;
    s.toReplicas = r.proposal.toReplicas;
    s.monthlySaving = r.monthlySaving.toUnits();
    return s;
}

Actions::Proposal ProposalBridge::manualChange(const Recommendation &r)
{
    Actions::Proposal p;
    p.serviceId = r.proposal.serviceId.isEmpty() ? r.serviceId : r.proposal.serviceId;
    p.projectId = r.proposal.projectId.isEmpty() ? r.projectId : r.proposal.projectId;
    p.provider = r.proposal.provider;
    p.kind = Actions::ActionKind::Manual;
    p.trigger = Actions::Trigger::TargetTracking;
    p.rule = r.proposal.rule;
    p.fix = r.proposal.fix;
    p.fromReplicas = r.proposal.fromReplicas;
    p.toReplicas = r.proposal.toReplicas;
    p.confidence = r.confidence;
    p.facts = r.facts;
    // Kept as recorded: what the operator read when they said it was done.
    p.facts.insert(u"recommendation"_s, r.id());
    p.facts.insert(u"summary"_s, r.title());
    p.facts.insert(u"monthlySaving"_s, r.monthlySaving.toUnits());
    p.facts.insert(u"services"_s, r.serviceIds.join(u", "_s));
    p.costDeltaPerMonth = -r.monthlySaving.toUnits();
    Actions::VerificationRule &v = p.verification;
    if (r.kind == RecommendationKind::RightSize) {
        // A smaller allocation must still carry the load: the metric is a percent of
        // the new size, so it must stay out of the saturated band. Memory first when
        // it shrank (an OOM is the risk named), else CPU.
        const bool memoryShrank = r.facts.value(u"memTo"_s).toDouble() < r.facts.value(u"memFrom"_s).toDouble();
        v.metric = memoryShrank ? Model::MetricKind::Memory : Model::MetricKind::Cpu;
        v.below = true;
        v.threshold = memoryShrank ? 90.0 : 85.0;
        v.settleMs = 10 * kMinuteMs;
        v.windowMs = 30 * kMinuteMs;
        p.effectMetric = v.metric;
    } else if (r.kind == RecommendationKind::DeployCloser) {
        // The region's users should see at least half the estimated gain.
        const double latency = r.facts.value(u"latency"_s).toDouble();
        const double host = r.facts.value(u"hostLatency"_s).toDouble();
        v.metric = Model::MetricKind::LatencyP95;
        v.region = r.facts.value(u"region"_s).toString();
        v.below = true;
        v.threshold = host + 0.5 * (latency - host);
        v.settleMs = 10 * kMinuteMs;
        v.windowMs = 30 * kMinuteMs;
        p.effectMetric = v.metric;
        p.effectBefore = latency;
        p.effectAfter = host;
    } else {
        // Consolidating services is a migration by hand: nothing one metric of one
        // service can confirm. The record is the outcome.
        v.threshold = Actions::kNoValue;
    }
    return p;
}

} // namespace Cost
