#pragma once

#include "core/analysis/diagnosis/diagnosistypes.h"

#include <optional>
#include <vector>

namespace Analysis::Patterns {

// One detector per catalogue pattern; each returns a finding or nothing.
using Detector = std::optional<Finding> (*)(const DiagnosisInput &input);

// In catalogue order.
const std::vector<Detector> &detectors();

} // namespace Analysis::Patterns
