#pragma once

#include "core/flags/flagsnapshot.h"

#include <optional>

namespace Flags {

// Proposes advancing an experiment's winner: give the winning variant all of the
// flag's traffic in the experiment's environment (a SetVariantWeights change the
// operator approves). Proposed when the verdict names a winner; marked held when
// any guardrail service (error rate, p95 latency) is unhealthy or unknown, so the
// operator sees why it is not offered.
class RolloutAdvisor final
{
public:
    static std::optional<RolloutProposal> propose(const Experiments::ExperimentReport &report,
                                                  const SourceFlags &flags,
                                                  const QVector<GuardrailReading> &readings);
};

} // namespace Flags
