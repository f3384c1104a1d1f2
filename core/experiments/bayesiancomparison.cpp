#include "core/experiments/bayesiancomparison.h"

#include "core/experiments/distributions.h"

#include <array>
#include <cmath>
#include <functional>

namespace Experiments {

namespace {

constexpr int kNodes = 20;
constexpr int kPanels = 48;
constexpr double kHalfWidthSd = 30.0;

struct GaussLegendre
{
    std::array<double, kNodes> x{};
    std::array<double, kNodes> w{};
};

// Nodes and weights on [-1, 1] by Newton's method on the Legendre polynomial.
const GaussLegendre &gaussLegendre()
{
    static const GaussLegendre rule = [] {
        GaussLegendre r;
        for (int i = 0; i < kNodes; ++i) {
            double z = std::cos(M_PI * (i + 0.75) / (kNodes + 0.5));
            double derivative = 0.0;
            for (int iter = 0; iter < 100; ++iter) {
                double p1 = 1.0, p2 = 0.0;
                for (int j = 1; j <= kNodes; ++j) {
                    const double p3 = p2;
                    p2 = p1;
                    p1 = ((2.0 * j - 1.0) * z * p2 - (j - 1.0) * p3) / j;
                }
                derivative = kNodes * (z * p1 - p2) / (z * z - 1.0);
                const double previous = z;
                z = previous - p1 / derivative;
                if (std::fabs(z - previous) < 1e-15)
                    break;
            }
            r.x[i] = z;
            r.w[i] = 2.0 / ((1.0 - z * z) * derivative * derivative);
        }
        return r;
    }();
    return rule;
}

struct BetaShape
{
    double a;
    double b;
    double mean() const { return a / (a + b); }
    double sd() const { return std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1.0))); }
};

// ∫ density(t) · g(t) dt over the region where Beta `over` has its mass.
double integrate(const BetaShape &over, const std::function<double(double)> &g)
{
    const double lo = std::max(0.0, over.mean() - kHalfWidthSd * over.sd());
    const double hi = std::min(1.0, over.mean() + kHalfWidthSd * over.sd());
    const GaussLegendre &rule = gaussLegendre();
    const double logNorm = Distributions::logBeta(over.a, over.b);
    const double width = (hi - lo) / kPanels;
    double sum = 0.0;
    for (int p = 0; p < kPanels; ++p) {
        const double mid = lo + (p + 0.5) * width;
        double panel = 0.0;
        for (int i = 0; i < kNodes; ++i) {
            const double t = mid + 0.5 * width * rule.x[i];
            if (t <= 0.0 || t >= 1.0)
                continue;
            const double left = over.a == 1.0 ? 0.0 : (over.a - 1.0) * std::log(t);
            const double right = over.b == 1.0 ? 0.0 : (over.b - 1.0) * std::log1p(-t);
            panel += rule.w[i] * std::exp(left + right - logNorm) * g(t);
        }
        sum += panel * 0.5 * width;
    }
    return sum;
}

} // namespace

double BayesianComparison::probabilityGreater(double aX, double bX, double aY, double bY)
{
    const BetaShape x{aX, bX};
    const BetaShape y{aY, bY};
    double p = 0.0;
    if (x.sd() <= y.sd()) // P(X > Y) = E_X[ F_Y(X) ]
        p = integrate(x, [&](double t) { return Distributions::regularizedBeta(t, aY, bY); });
    else // P(X > Y) = E_Y[ 1 - F_X(Y) ]
        p = integrate(y, [&](double t) { return 1.0 - Distributions::regularizedBeta(t, aX, bX); });
    return std::clamp(p, 0.0, 1.0);
}

double BayesianComparison::expectedShortfall(double aX, double bX, double aY, double bY)
{
    const BetaShape x{aX, bX};
    const BetaShape y{aY, bY};
    double e = 0.0;
    if (x.sd() <= y.sd()) {
        // E_X[ E[(Y - t)+] ] with E[(Y - t)+] = mean_Y (1 - I_t(aY+1, bY)) - t (1 - I_t(aY, bY)).
        const double meanY = y.mean();
        e = integrate(x, [&](double t) {
            return meanY * (1.0 - Distributions::regularizedBeta(t, aY + 1.0, bY))
                - t * (1.0 - Distributions::regularizedBeta(t, aY, bY));
        });
    } else {
        // E_Y[ E[(c - X)+] ] with E[(c - X)+] = c I_c(aX, bX) - mean_X I_c(aX+1, bX).
        const double meanX = x.mean();
        e = integrate(y, [&](double c) {
            return c * Distributions::regularizedBeta(c, aX, bX)
                - meanX * Distributions::regularizedBeta(c, aX + 1.0, bX);
        });
    }
    return std::max(0.0, e);
}

BayesianComparison::Result BayesianComparison::compare(qint64 xVariant, qint64 nVariant, qint64 xControl,
                                                       qint64 nControl)
{
    const double aV = 1.0 + double(xVariant);
    const double bV = 1.0 + double(nVariant - xVariant);
    const double aC = 1.0 + double(xControl);
    const double bC = 1.0 + double(nControl - xControl);
    Result r;
    r.probabilityToBeat = probabilityGreater(aV, bV, aC, bC);
    r.expectedLoss = expectedShortfall(aV, bV, aC, bC);
    r.expectedLossControl = expectedShortfall(aC, bC, aV, bV);
    return r;
}

} // namespace Experiments
