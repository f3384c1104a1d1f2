#include "core/experiments/sequentialtest.h"

#include <cmath>
#include <limits>

namespace Experiments {

SequentialTest::Result SequentialTest::msprt(const QVector<Counts> &looks, double tau, double alpha)
{
    Result r;
    const double tau2 = tau * tau;
    if (!(tau2 > 0.0) || !(alpha > 0.0 && alpha < 1.0))
        return r;
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    for (const Counts &c : looks) {
        if (c.nt <= 0 || c.nc <= 0)
            continue;
        ++r.informativeLooks;
        const double pt = double(c.xt) / double(c.nt);
        const double pc = double(c.xc) / double(c.nc);
        const double d = pt - pc;
        const double v = pt * (1.0 - pt) / double(c.nt) + pc * (1.0 - pc) / double(c.nc);
        if (v == 0.0) {
            // Both arms at 0% or 100%: no spread. Equal rates carry no evidence; unequal
            // ones (0% against 100%) are certain.
            if (d != 0.0) {
                r.pValue = 0.0;
                lower = std::max(lower, d);
                upper = std::min(upper, d);
            }
            continue;
        }
        const double logLambda = 0.5 * std::log(v / (v + tau2)) + d * d * tau2 / (2.0 * v * (v + tau2));
        r.pValue = std::min(r.pValue, std::min(1.0, std::exp(-logLambda)));
        const double half = std::sqrt(v * (v + tau2) / tau2 * (-2.0 * std::log(alpha) - std::log(v / (v + tau2))));
        lower = std::max(lower, d - half);
        upper = std::min(upper, d + half);
    }
    if (r.informativeLooks > 0)
        r.interval = {lower, upper};
    return r;
}

} // namespace Experiments
