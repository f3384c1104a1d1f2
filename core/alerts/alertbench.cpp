#include "core/alerts/alertbench.h"

#include "core/alerts/defaultrules.h"
#include "core/alerts/incidentmanager.h"
#include "core/alerts/ruleevaluator.h"
#include "core/analysis/anomalydetector.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"

using namespace Qt::StringLiterals;

namespace Alerts {

AlertBench::AlertBench(Mode mode)
    : m_mode(mode), m_evaluator(std::make_unique<RuleEvaluator>()), m_incidents(std::make_unique<IncidentManager>())
{
    const Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::large(7), 7, kOriginMs);
    m_workspace = fleet.workspace(u"demo"_s);
    for (Model::Service &s : m_workspace.services) {
        Model::AlertRules rules = DefaultRules::forService(s);
        if (mode == Mode::Rules)
            rules.removeIf([](const Model::AlertRule &r) { return r.type == Model::AlertRuleType::Anomaly; });
        s.alertRules = rules;
    }
    const int n = fleet.serviceCount();
    for (int f = 0; f < kFrames; ++f) {
        ObservationFrame frame;
        frame.reset(kOriginMs + f * kStepMs, n);
        for (int s = 0; s < n; ++s) {
            for (Model::MetricKind kind : Model::allMetricKinds())
                frame.values[ObservationFrame::at(s, Model::alertMetric(kind))] = fleet.value(s, kind, frame.timeMs);
        }
        m_frames.push_back(std::move(frame));
    }
    if (mode == Mode::RulesWithAnomalyScores) {
        for (int s = 0; s < n; ++s)
            m_detectors.push_back(std::make_unique<Analysis::AnomalyDetector>());
    }
    (void)m_evaluator->setWorkspace(m_workspace, kOriginMs);
}

AlertBench::~AlertBench() = default;

int AlertBench::ruleCount() const
{
    return m_evaluator->ruleCount();
}

ObservationFrame AlertBench::nextFrame()
{
    // Frames repeat with time moving on, so `for` timers and trends keep running.
    ObservationFrame frame = m_frames[m_next % m_frames.size()];
    frame.timeMs += m_shiftMs;
    if (++m_next % m_frames.size() == 0)
        m_shiftMs += kFrames * kStepMs;
    return frame;
}

size_t AlertBench::evaluate(ObservationFrame &frame)
{
    if (m_mode == Mode::RulesWithAnomalyScores) {
        for (size_t s = 0; s < m_detectors.size(); ++s) {
            const size_t at = ObservationFrame::at(static_cast<int>(s), Model::AlertMetric::Rps);
            frame.anomaly[at] = m_detectors[s]->score(frame.timeMs, frame.values[at]);
        }
    }
    const auto transitions = m_evaluator->evaluate(frame);
    m_incidents->apply(frame.timeMs, transitions);
    m_incidents->tick(frame.timeMs);
    return static_cast<size_t>(transitions.size()) + static_cast<size_t>(m_incidents->takeNotifications().size());
}

} // namespace Alerts
