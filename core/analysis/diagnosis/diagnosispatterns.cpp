#include "core/analysis/diagnosis/diagnosispatterns.h"

namespace Analysis::Patterns {

const std::vector<Detector> &detectors()
{
    static const std::vector<Detector> all;
    return all;
}

} // namespace Analysis::Patterns
