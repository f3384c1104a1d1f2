#include "core/experiments/proportiontests.h"

#include "core/experiments/distributions.h"

#include <cmath>

namespace Experiments {

Interval ProportionTests::wilson(qint64 conversions, qint64 exposures, double z)
{
    if (exposures <= 0 || conversions < 0 || conversions > exposures)
        return {};
    const double n = double(exposures);
    const double p = double(conversions) / n;
    const double z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
    // At 0 and n conversions one bound is exactly the rate; keep it exact.
    return {conversions == 0 ? 0.0 : std::max(0.0, center - half),
            conversions == exposures ? 1.0 : std::min(1.0, center + half)};
}

Interval ProportionTests::newcombeDifference(qint64 xt, qint64 nt, qint64 xc, qint64 nc, double z)
{
    const Interval t = wilson(xt, nt, z);
    const Interval c = wilson(xc, nc, z);
    if (!isDefined(t.lower) || !isDefined(c.lower))
        return {};
    const double pt = double(xt) / double(nt);
    const double pc = double(xc) / double(nc);
    const double d = pt - pc;
    return {d - std::sqrt((pt - t.lower) * (pt - t.lower) + (c.upper - pc) * (c.upper - pc)),
            d + std::sqrt((t.upper - pt) * (t.upper - pt) + (pc - c.lower) * (pc - c.lower))};
}

ProportionTests::ZTest ProportionTests::twoProportionZ(qint64 xt, qint64 nt, qint64 xc, qint64 nc)
{
    if (nt <= 0 || nc <= 0)
        return {};
    const double pt = double(xt) / double(nt);
    const double pc = double(xc) / double(nc);
    const double pooled = double(xt + xc) / double(nt + nc);
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(nt) + 1.0 / double(nc)));
    if (se == 0.0)
        return {0.0, 1.0}; // both arms at 0% or both at 100%: no evidence of a difference
    const double z = (pt - pc) / se;
    return {z, std::min(1.0, 2.0 * Distributions::normalSurvival(std::fabs(z)))};
}

qint64 ProportionTests::sampleSizePerVariant(double baselineRate, double relativeEffect, double alpha, double power)
{
    const double p1 = baselineRate;
    const double p2 = baselineRate * (1.0 + relativeEffect);
    if (!(p1 > 0.0 && p1 < 1.0 && p2 > 0.0 && p2 < 1.0) || p1 == p2 || !(alpha > 0.0 && alpha < 1.0)
        || !(power > 0.0 && power < 1.0))
        return 0;
    const double za = Distributions::normalQuantile(1.0 - alpha / 2.0);
    const double zb = Distributions::normalQuantile(power);
    const double pBar = (p1 + p2) / 2.0;
    const double numerator = za * std::sqrt(2.0 * pBar * (1.0 - pBar)) + zb * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    const double n = numerator * numerator / ((p2 - p1) * (p2 - p1));
    // Guard the ceiling against a value that is an integer up to rounding.
    return qint64(std::ceil(n - 1e-9));
}

SrmCheck ProportionTests::sampleRatio(const QVector<qint64> &exposures, const QVector<double> &weights,
                                      double threshold)
{
    SrmCheck out;
    const qsizetype k = exposures.size();
    if (k < 2)
        return out;
    double totalWeight = 0.0;
    qint64 total = 0;
    for (qsizetype i = 0; i < k; ++i) {
        const double w = weights.size() == k ? weights.at(i) : 1.0;
        if (w > 0.0)
            totalWeight += w;
        total += exposures.at(i);
    }
    if (total <= 0 || totalWeight <= 0.0)
        return out;
    double chi2 = 0.0;
    int arms = 0;
    for (qsizetype i = 0; i < k; ++i) {
        const double w = weights.size() == k ? weights.at(i) : 1.0;
        if (w <= 0.0)
            continue; // an arm the flag never assigns; any exposure there is a bug of another kind
        const double expected = double(total) * w / totalWeight;
        const double diff = double(exposures.at(i)) - expected;
        chi2 += diff * diff / expected;
        ++arms;
    }
    if (arms < 2)
        return out;
    out.checked = true;
    out.chiSquare = chi2;
    out.degreesOfFreedom = arms - 1;
    out.pValue = Distributions::chiSquareSurvival(chi2, out.degreesOfFreedom);
    out.mismatch = out.pValue < threshold;
    return out;
}

} // namespace Experiments
