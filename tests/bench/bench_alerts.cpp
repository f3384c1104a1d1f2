// Google Benchmark for issue 10's budget: alert evaluation of 1,000 services x 10
// rules per refresh <= 50 ms on one core. Prints figures; asserts nothing.
#include "core/alerts/defaultrules.h"
#include "core/alerts/incidentmanager.h"
#include "core/alerts/ruleevaluator.h"
#include "core/analysis/anomalydetector.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <memory>

using namespace Alerts;

namespace {

constexpr qint64 kOrigin = 1'767'225'600'000; // 2026-01-01 UTC
constexpr qint64 kStepMs = 15'000;            // the engine's refresh
constexpr int kFrames = 64;

// The large demo fleet (50 projects, 1,000 services) with ten rules each: the
// defaults without the anomaly rule, whose scores the next benchmark adds.
struct Fleet
{
    Model::Workspace workspace;
    std::vector<ObservationFrame> frames;

    Fleet()
    {
        const Sources::Demo::DemoFleet fleet(Sources::Demo::DemoPresets::large(7), 7, kOrigin);
        workspace = fleet.workspace(QStringLiteral("demo"));
        for (Model::Service &s : workspace.services) {
            Model::AlertRules rules = DefaultRules::forService(s);
            rules.removeIf([](const Model::AlertRule &r) { return r.type == Model::AlertRuleType::Anomaly; });
            s.alertRules = rules;
        }
        // Values are computed once: the simulator is not what is measured.
        const int n = fleet.serviceCount();
        for (int f = 0; f < kFrames; ++f) {
            ObservationFrame frame;
            frame.reset(kOrigin + f * kStepMs, n);
            for (int s = 0; s < n; ++s) {
                for (Model::MetricKind kind : Model::allMetricKinds())
                    frame.values[ObservationFrame::at(s, Model::alertMetric(kind))] = fleet.value(s, kind,
                                                                                                   frame.timeMs);
            }
            frames.push_back(std::move(frame));
        }
    }
};

const Fleet &fleet()
{
    static const Fleet f;
    return f;
}

void BM_EvaluateRefresh(benchmark::State &state)
{
    const Fleet &f = fleet();
    RuleEvaluator evaluator;
    (void)evaluator.setWorkspace(f.workspace, kOrigin);
    IncidentManager incidents;
    qint64 shift = 0;
    size_t i = 0;
    for (auto _ : state) {
        // Frames repeat with time moving on, so `for` timers and trends keep running.
        ObservationFrame frame = f.frames[i % f.frames.size()];
        state.PauseTiming();
        frame.timeMs += shift;
        state.ResumeTiming();
        const auto transitions = evaluator.evaluate(frame);
        incidents.apply(frame.timeMs, transitions);
        incidents.tick(frame.timeMs);
        benchmark::DoNotOptimize(incidents.takeNotifications().size());
        if (++i % f.frames.size() == 0)
            shift += kFrames * kStepMs;
    }
    state.counters["services"] = f.workspace.services.size();
    state.counters["rules"] = evaluator.ruleCount();
}
BENCHMARK(BM_EvaluateRefresh)->Unit(benchmark::kMillisecond);

// The same plus one anomaly score per service (requests/s), as the default
// anomaly rule needs: 1,000 detector updates per refresh.
void BM_EvaluateRefreshWithAnomalyScores(benchmark::State &state)
{
    const Fleet &f = fleet();
    const int n = static_cast<int>(f.workspace.services.size());
    std::vector<std::unique_ptr<Analysis::AnomalyDetector>> detectors;
    for (int s = 0; s < n; ++s)
        detectors.push_back(std::make_unique<Analysis::AnomalyDetector>());
    Model::Workspace ws = f.workspace;
    for (Model::Service &s : ws.services)
        s.alertRules = DefaultRules::forService(s);
    RuleEvaluator evaluator;
    (void)evaluator.setWorkspace(ws, kOrigin);
    qint64 shift = 0;
    size_t i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ObservationFrame frame = f.frames[i % f.frames.size()];
        frame.timeMs += shift;
        state.ResumeTiming();
        for (int s = 0; s < n; ++s) {
            const size_t at = ObservationFrame::at(s, Model::AlertMetric::Rps);
            frame.anomaly[at] = detectors[static_cast<size_t>(s)]->score(frame.timeMs, frame.values[at]);
        }
        benchmark::DoNotOptimize(evaluator.evaluate(frame).size());
        if (++i % f.frames.size() == 0)
            shift += kFrames * kStepMs;
    }
    state.counters["rules"] = evaluator.ruleCount();
}
BENCHMARK(BM_EvaluateRefreshWithAnomalyScores)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
