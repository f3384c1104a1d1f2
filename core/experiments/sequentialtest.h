#pragma once

#include "core/experiments/experimenttypes.h"

namespace Experiments {

// The mixture sequential probability ratio test (mSPRT) of Johari, Pekelis and
// Walsh, "Always Valid Inference" (2017; Optimizely's and Eppo's method), on the
// difference of two conversion rates with a normal mixing distribution N(0, tau²).
//
// Its p-value is "always valid": the operator may look after every batch of
// users and stop whenever p < alpha, and the chance of ever declaring a
// difference that does not exist stays below alpha. A fixed-horizon z-test read
// the same way would, after 20 looks, be wrong about 25% of the time.
//
// At each look n with estimate d = rate_t - rate_c and variance
// V = rate_t(1 - rate_t)/n_t + rate_c(1 - rate_c)/n_c:
//   Lambda_n = sqrt(V / (V + tau²)) · exp(d² tau² / (2 V (V + tau²)))
//   p_n = min(p_{n-1}, 1 / Lambda_n), p_0 = 1
// and the confidence sequence is the running intersection of
//   d ± sqrt(V (V + tau²) / tau² · (-2 log alpha - log(V / (V + tau²)))).
class SequentialTest final
{
public:
    struct Counts
    {
        qint64 xt = 0;
        qint64 nt = 0;
        qint64 xc = 0;
        qint64 nc = 0;
    };
    struct Result
    {
        double pValue = 1.0;
        Interval interval;
        int informativeLooks = 0; // looks where both arms had users
    };

    // `looks` are cumulative counts in time order. `tau` is the standard deviation
    // of the mixing distribution: the size of difference the test is tuned to find.
    static Result msprt(const QVector<Counts> &looks, double tau, double alpha);
};

} // namespace Experiments
