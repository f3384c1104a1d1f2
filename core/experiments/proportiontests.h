#pragma once

#include "core/experiments/experimenttypes.h"

namespace Experiments {

// Frequentist statistics of conversion rates (binomial proportions).
class ProportionTests final
{
public:
    // z of a two-sided 95% interval.
    static constexpr double kZ95 = 1.959963984540054;

    // Wilson score interval: never outside [0, 1], sensible at 0 and n conversions.
    static Interval wilson(qint64 conversions, qint64 exposures, double z = kZ95);
    // Newcombe's hybrid score interval (method 10) for rate(t) - rate(c).
    static Interval newcombeDifference(qint64 xt, qint64 nt, qint64 xc, qint64 nc, double z = kZ95);

    struct ZTest
    {
        double z = kUndefined;
        double pValue = kUndefined; // two-sided
    };
    // Pooled two-proportion z-test of treatment against control.
    static ZTest twoProportionZ(qint64 xt, qint64 nt, qint64 xc, qint64 nc);

    // Users per arm for a two-sided test at `alpha` with `power` to detect a relative
    // change `relativeEffect` of `baselineRate` (normal approximation, unpooled
    // alternative variance; Fleiss without continuity correction). 0 when undefined.
    static qint64 sampleSizePerVariant(double baselineRate, double relativeEffect, double alpha, double power);

    // Pearson chi-square goodness of fit of exposures to the expected split.
    static SrmCheck sampleRatio(const QVector<qint64> &exposures, const QVector<double> &weights,
                                double threshold = 0.001);
};

} // namespace Experiments
