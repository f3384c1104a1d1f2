#pragma once

#include "core/actions/actiontypes.h"
#include "core/cost/costtypes.h"

namespace Cost {

// What approving a cost recommendation hands to the actions engine (the seam of
// ProposalDraft): a Schedule becomes a stored off-peak schedule, a Manual change a
// manual action approved by the operator with the metric that checks it. (A Scale
// is the operator's own scaling: EngineApi::scaleService.)
class ProposalBridge final
{
public:
    static Actions::CostSchedule schedule(const Recommendation &recommendation);
    static Actions::Proposal manualChange(const Recommendation &recommendation);
};

} // namespace Cost
