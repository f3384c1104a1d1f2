#include "core/experiments/distributions.h"

#include <cmath>
#include <limits>

namespace Experiments {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEps = 1e-16;
constexpr double kTiny = 1e-300;

// Continued fraction of the incomplete beta (modified Lentz), Numerical Recipes 6.4.
double betaContinuedFraction(double x, double a, double b)
{
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1.0 / d;
    double h = d;
    // Convergence takes O(sqrt(max(a, b))) steps; counts of 1e8 need ~1e4.
    for (int m = 1; m <= 200000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1.0 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return h;
}

// log Gamma(x) - [(x - 1/2) log x - x + log sqrt(2 pi)], the Stirling series, for x >= 10.
double stirlingRemainder(double x)
{
    const double x2 = 1.0 / (x * x);
    return (1.0 / 12.0 + x2 * (-1.0 / 360.0 + x2 * (1.0 / 1260.0 + x2 * (-1.0 / 1680.0
           + x2 * (1.0 / 1188.0 + x2 * (-691.0 / 360360.0 + x2 * (1.0 / 156.0)))))))
        / x;
}

} // namespace

double Distributions::logGamma(double x)
{
#if defined(__GLIBC__)
    // lgamma() writes the global signgam; the reentrant variant keeps worker
    // threads free of data races.
    int sign = 0;
    return ::lgamma_r(x, &sign);
#else
    return std::lgamma(x);
#endif
}

double Distributions::logBeta(double a, double b)
{
    // For large arguments log-gammas of ~1e7 would cancel to ~1e-9; separate the
    // Stirling remainder instead (as R's lbeta does), exact to ~1e-15.
    const double p = std::min(a, b);
    const double q = std::max(a, b);
    if (p >= 10.0) {
        const double corr = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q);
        return -0.5 * std::log(q) + 0.5 * std::log(2.0 * M_PI) + corr + (p - 0.5) * std::log(p / (p + q))
            + q * std::log1p(-p / (p + q));
    }
    if (q >= 10.0) {
        const double corr = stirlingRemainder(q) - stirlingRemainder(p + q);
        return logGamma(p) + corr + p - p * std::log(p + q) + (q - 0.5) * std::log1p(-p / (p + q));
    }
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}

double Distributions::normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double Distributions::normalSurvival(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

double Distributions::normalQuantile(double p)
{
    if (!(p > 0.0 && p < 1.0))
        return p == 0.0 ? -std::numeric_limits<double>::infinity()
                        : (p == 1.0 ? std::numeric_limits<double>::infinity() : kNaN);
    // Acklam's rational approximation (relative error 1.15e-9) ...
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                   1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                   6.680131188771972e+01, -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                   -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                   3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    double x = 0.0;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    } else if (p <= 1.0 - pLow) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    } else {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    // ... refined by two Halley steps on erfc to full double precision.
    for (int i = 0; i < 2; ++i) {
        const double e = normalCdf(x) - p;
        const double u = e * std::sqrt(2.0 * M_PI) * std::exp(x * x / 2.0);
        x = x - u / (1.0 + x * u / 2.0);
    }
    return x;
}

double Distributions::betaLogPdf(double x, double a, double b)
{
    if (x <= 0.0 || x >= 1.0)
        return -std::numeric_limits<double>::infinity();
    // (a-1)·log x is written so a == 1 gives exactly 0 even near x = 0.
    const double left = a == 1.0 ? 0.0 : (a - 1.0) * std::log(x);
    const double right = b == 1.0 ? 0.0 : (b - 1.0) * std::log1p(-x);
    return left + right - logBeta(a, b);
}

double Distributions::regularizedBeta(double x, double a, double b)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x))
        return kNaN;
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front = std::exp(a * std::log(x) + b * std::log1p(-x) - logBeta(a, b));
    // The continued fraction converges fast on the side of the mean; use the
    // symmetry I_x(a, b) = 1 - I_{1-x}(b, a) on the other.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(x, a, b) / a;
    return 1.0 - front * betaContinuedFraction(1.0 - x, b, a) / b;
}

double Distributions::regularizedGammaQ(double a, double x)
{
    if (!(a > 0.0) || std::isnan(x))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    const double logFront = -x + a * std::log(x) - logGamma(a);
    if (x < a + 1.0) {
        // Series for P, then Q = 1 - P.
        double ap = a;
        double sum = 1.0 / a;
        double del = sum;
        for (int n = 0; n < 100000; ++n) {
            ap += 1.0;
            del *= x / ap;
            sum += del;
            if (std::fabs(del) < std::fabs(sum) * kEps)
                break;
        }
        return 1.0 - sum * std::exp(logFront);
    }
    // Continued fraction for Q (modified Lentz).
    double b = x + 1.0 - a;
    double c = 1.0 / kTiny;
    double d = 1.0 / b;
    double h = d;
    for (int i = 1; i < 100000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = b + an / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < kEps)
            break;
    }
    return std::exp(logFront) * h;
}

double Distributions::chiSquareSurvival(double x, double df)
{
    if (!(df > 0.0))
        return kNaN;
    return regularizedGammaQ(df / 2.0, x / 2.0);
}

} // namespace Experiments
