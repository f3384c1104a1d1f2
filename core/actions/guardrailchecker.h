#pragma once

#include "core/actions/actiontypes.h"
#include "core/util/result.h"

namespace Actions {

// The last word before anything reaches a provider: an approved action that would
// break a service's guardrails fails with the reason instead of running.
class GuardrailChecker final
{
public:
    // `observed` is the provider's state read just before sending; `lastScaleMs`
    // the last confirmed scaling of the service by any other action.
    static Util::Result<void> check(const Proposal &proposal, const ProviderState &observed,
                                    const Guardrails &guardrails, qint64 nowMs, qint64 lastScaleMs);
};

} // namespace Actions
