#pragma once

#include "core/alerts/alerttypes.h"
#include "core/model/workspace.h"

#include <memory>
#include <vector>

namespace Analysis {
class AnomalyDetector;
}

namespace Alerts {

class IncidentManager;
class RuleEvaluator;

// Issue 10's measured budget, one code path for the Google Benchmark
// (tests/bench/bench_alerts) and `straja-cli bench alerts`: the large demo fleet
// (50 projects, 1,000 services) with ten rules each (the defaults without the
// anomaly rule), evaluated per refresh with the incident manager behind; or, with
// anomaly scores, the eleven default rules and one detector update per service.
// Values are computed once up front: the simulator is not what is measured.
class AlertBench final
{
public:
    enum class Mode { Rules, RulesWithAnomalyScores };

    explicit AlertBench(Mode mode);
    ~AlertBench();
    AlertBench(const AlertBench &) = delete;
    AlertBench &operator=(const AlertBench &) = delete;

    // The next refresh's input (not part of what is measured).
    ObservationFrame nextFrame();
    // One refresh: anomaly scores (in that mode), rules, incidents. Returns the
    // number of transitions, so that the work cannot be optimised away.
    size_t evaluate(ObservationFrame &frame);

    int serviceCount() const { return static_cast<int>(m_workspace.services.size()); }
    int ruleCount() const;

    static constexpr qint64 kOriginMs = 1'767'225'600'000; // 2026-01-01 UTC
    static constexpr qint64 kStepMs = 15'000;              // the engine's refresh
    static constexpr int kFrames = 64;

private:
    Mode m_mode;
    Model::Workspace m_workspace;
    std::vector<ObservationFrame> m_frames;
    std::unique_ptr<RuleEvaluator> m_evaluator;
    std::unique_ptr<IncidentManager> m_incidents;
    std::vector<std::unique_ptr<Analysis::AnomalyDetector>> m_detectors;
    size_t m_next = 0;
    qint64 m_shiftMs = 0;
};

} // namespace Alerts
