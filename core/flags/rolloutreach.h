#pragma once

#include "core/flags/flagtypes.h"

namespace Flags {

class FlagEvaluator;

// Which share of users a flag reaches in an environment.
//
// Each strategy reaches a share of users: default all of them, a gradual rollout
// its percentage. Strategies that hash users into the same buckets (same group id
// and stickiness) overlap completely, so together they reach the largest of their
// percentages; strategies on different buckets are independent, so together they
// reach 1 - prod(1 - p). Constraints and segments narrow a strategy to matching
// users, which Straja cannot count: the share is then "of the users matching".
class RolloutReach final
{
public:
    static Reach estimate(const QString &feature, const FeatureEnvironment &environment);

    // The share of `sampleSize` synthetic user ids ("user-1", "user-2", ...) the
    // evaluator enables, to check an estimate empirically.
    static double measure(const FlagEvaluator &evaluator, const QString &feature, int sampleSize);

    // The rollout percentage of a strategy (flexibleRollout's "rollout", the older
    // strategies' "percentage"), or -1 when it has none.
    static int rolloutPercent(const Strategy &strategy);
};

} // namespace Flags
