#pragma once

#include "core/experiments/experimenttypes.h"

namespace Experiments {

// Turns an experiment's counts into its report: per-arm conversion with a Wilson
// interval, the comparison of every arm with control (difference and Newcombe
// interval, relative lift, fixed-horizon z-test, always-valid mSPRT p-value and
// confidence sequence, Bayesian probability to beat control and expected loss),
// the sample-ratio-mismatch check, the sample size still needed for the stated
// minimum detectable effect, and a verdict.
//
// Decisions use the mSPRT p-value, so looking at the report after every refresh
// does not inflate false positives; with more than one variant against control
// alpha is split between the comparisons (Bonferroni).
class ExperimentAnalyzer final
{
public:
    static ExperimentReport analyze(const ExperimentDefinition &definition, const ExperimentData &data,
                                    qint64 nowMs);

    // The arms in report order: control first, then the definition's other
    // variants, then any variant only the data names.
    static QStringList arms(const ExperimentDefinition &definition, const ExperimentData &data);
    // The mixing scale of the sequential test: the absolute effect the
    // experiment is built to find (baseline × relative MDE).
    static double mixingScale(const ExperimentDefinition &definition);
};

} // namespace Experiments
