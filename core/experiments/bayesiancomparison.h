#pragma once

#include <QtGlobal>

namespace Experiments {

// Beta-Binomial comparison of a variant with control: with a uniform Beta(1, 1)
// prior, each arm's conversion rate has posterior Beta(1 + x, 1 + n - x).
class BayesianComparison final
{
public:
    struct Result
    {
        double probabilityToBeat = 0.0;   // P(rate_variant > rate_control)
        double expectedLoss = 0.0;        // E[max(rate_control - rate_variant, 0)]: risk of shipping the variant
        double expectedLossControl = 0.0; // E[max(rate_variant - rate_control, 0)]: risk of keeping control
    };

    static Result compare(qint64 xVariant, qint64 nVariant, qint64 xControl, qint64 nControl);

    // For Beta(aX, bX) and Beta(aY, bY), independent: P(X > Y) and E[max(Y - X, 0)].
    // One-dimensional Gauss-Legendre quadrature over the narrower posterior, whose
    // mass lies within ±30 standard deviations, against the other's closed-form
    // cumulative distribution (regularized incomplete beta).
    static double probabilityGreater(double aX, double bX, double aY, double bY);
    static double expectedShortfall(double aX, double bX, double aY, double bY);
};

} // namespace Experiments
