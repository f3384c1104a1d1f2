#pragma once

#include "core/actions/actiontypes.h"

namespace Actions {

// What the provider's state says about a request that may or may not have
// reached it (the process died between sending and recording the answer).
enum class ReconcileVerdict {
    Applied,    // the provider shows the change: record it, never send again
    NotApplied, // the provider is as it was before: sending once is safe
    Diverged,   // someone else changed it meanwhile: fail, a human looks
};

class Reconciler final
{
public:
    // `before` is the state recorded when the action became Executing, `startedMs`
    // when that happened; `now` is the state just read.
    static ReconcileVerdict verdict(const ExecutionRequest &request, const ProviderState &before, qint64 startedMs,
                                    const ProviderState &now);
};

} // namespace Actions
