#pragma once

#include "core/actions/actiontypes.h"

#include <QJsonObject>

namespace Actions {

// The stored form of the actions domain's values. Unknown keys are ignored and
// missing ones take defaults, so a record written by an older build still loads.
QJsonObject proposalToJson(const Proposal &proposal);
Proposal proposalFromJson(const QJsonObject &json);

QJsonObject executionToJson(const ExecutionInfo &execution);
ExecutionInfo executionFromJson(const QJsonObject &json);

QJsonObject outcomeToJson(const OutcomeInfo &outcome);
OutcomeInfo outcomeFromJson(const QJsonObject &json);

QJsonObject providerStateToJson(const ProviderState &state);
ProviderState providerStateFromJson(const QJsonObject &json);

QJsonObject guardrailsToJson(const Guardrails &guardrails);
Guardrails guardrailsFromJson(const QJsonObject &json, const Guardrails &defaults);

QJsonObject scalingTargetToJson(const ScalingTarget &target);
ScalingTarget scalingTargetFromJson(const QJsonObject &json, const ScalingTarget &defaults);

// A short, stable summary for audit records and `straja-cli actions list`.
QJsonObject proposalSummary(const Proposal &proposal);

} // namespace Actions
