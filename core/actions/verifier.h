#pragma once

#include "core/actions/actiontypes.h"

namespace Actions {

struct VerificationVerdict
{
    bool decided = false;   // enough data to judge
    bool succeeded = false;
    double mean = kNoValue;
    int samples = 0;
};

// Judges a verification rule on the samples of its window: the mean must be on
// the rule's side of the threshold. Fewer than `minSamples` points decide nothing.
class Verifier final
{
public:
    static VerificationVerdict judge(const VerificationRule &rule, const QVector<Model::Sample> &window,
                                     int minSamples = 2);
    // The window a rule reads for a change the provider confirmed at `appliedMs`.
    static qint64 windowStart(const VerificationRule &rule, qint64 appliedMs) { return appliedMs + rule.settleMs; }
    static qint64 windowEnd(const VerificationRule &rule, qint64 appliedMs)
    {
        return appliedMs + rule.settleMs + rule.windowMs;
    }
};

} // namespace Actions
