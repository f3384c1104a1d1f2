#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/prescaleplanner.h"
#include "core/actions/scalingpolicy.h"
#include "core/analysis/diagnosis/diagnosistypes.h"
#include "core/model/workspace.h"

namespace Actions {

// Turns what a rule or model concluded into a complete proposal: the remedy, the
// evidence chart, the expected effect, the monthly cost delta and the
// verification rule the outcome will be judged by. Pure functions.
class ProposalFactory final
{
public:
    // Target tracking. `observed` is the smoothed metric value the decision used,
    // `agreement` the share of recent readings that call for the same change.
    static Proposal fromScaling(const Model::Service &service, const ScalingTarget &target,
                                const Guardrails &guardrails, const ScalingDecision &decision, int currentReplicas,
                                double observed, double agreement, const QVector<Model::Sample> &evidence);

    // A diagnosis. `ranked` are the pattern's fixes best first (knowledge base);
    // `acted` is the service the fix applies to (the deploying client of a slow
    // database) or the diagnosed service itself.
    static Proposal fromFinding(const Model::Service &diagnosed, const Model::Service &acted,
                                const Analysis::Finding &finding, const QVector<FixRecord> &ranked,
                                const Guardrails &guardrails, int currentReplicas,
                                const Analysis::DiagnosisInput &input);

    static Proposal fromPreScale(const Model::Service &service, const PreScaleInput &input, const PreScalePlan &plan,
                                 const QVector<Model::Sample> &recentRps);

    // Default target tracking per role: a single-primary database does not scale out.
    static ScalingTarget defaultScalingTarget(const Model::Service &service);
    static Guardrails defaultGuardrails(const Model::Service &service);
    // How long a proposal stays open before it expires unseen.
    static qint64 timeToLive(Trigger trigger);
};

} // namespace Actions
