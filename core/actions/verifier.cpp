#include "core/actions/verifier.h"

namespace Actions {

VerificationVerdict Verifier::judge(const VerificationRule &rule, const QVector<Model::Sample> &window, int minSamples)
{
    VerificationVerdict v;
    double sum = 0.0;
    for (const Model::Sample &s : window) {
        if (!std::isfinite(s.v))
            continue;
        sum += s.v;
        ++v.samples;
    }
    if (v.samples < std::max(1, minSamples) || !std::isfinite(rule.threshold))
        return v;
    v.decided = true;
    v.mean = sum / v.samples;
    v.succeeded = rule.below ? v.mean < rule.threshold : v.mean > rule.threshold;
    return v;
}

} // namespace Actions
