#pragma once

namespace Experiments {

// The special functions the experiment statistics need, in double precision.
// Each is accurate to about 1e-13 relative over the ranges experiments reach
// (counts up to 1e8); tests/data/experiments/reference_stats.py checks the results
// that depend on them with independent methods.
class Distributions final
{
public:
    static double logGamma(double x);
    static double logBeta(double a, double b);
    // Standard normal.
    static double normalCdf(double z);
    static double normalSurvival(double z);          // 1 - cdf, without cancellation
    static double normalQuantile(double p);          // inverse cdf, p in (0, 1)
    // Beta(a, b) log density at x in (0, 1).
    static double betaLogPdf(double x, double a, double b);
    // I_x(a, b), the Beta(a, b) cumulative distribution at x.
    static double regularizedBeta(double x, double a, double b);
    // Q(a, x) = Gamma(a, x) / Gamma(a), the upper regularized incomplete gamma.
    static double regularizedGammaQ(double a, double x);
    // P(X > x) for X ~ chi-square with `df` degrees of freedom.
    static double chiSquareSurvival(double x, double df);
};

} // namespace Experiments
