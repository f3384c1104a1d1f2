// Google Benchmark for issue 10's budget: alert evaluation of 1,000 services x 10
// rules per refresh <= 50 ms on one core. Prints figures; asserts nothing. The
// fleet and the refresh are Alerts::AlertBench, shared with `straja-cli bench alerts`.
#include "core/alerts/alertbench.h"

#include <benchmark/benchmark.h>

using namespace Alerts;

namespace {

void run(benchmark::State &state, AlertBench::Mode mode)
{
    AlertBench bench(mode);
    for (auto _ : state) {
        state.PauseTiming();
        ObservationFrame frame = bench.nextFrame();
        state.ResumeTiming();
        benchmark::DoNotOptimize(bench.evaluate(frame));
    }
    state.counters["services"] = bench.serviceCount();
    state.counters["rules"] = bench.ruleCount();
}

void BM_EvaluateRefresh(benchmark::State &state)
{
    run(state, AlertBench::Mode::Rules);
}
BENCHMARK(BM_EvaluateRefresh)->Unit(benchmark::kMillisecond);

// The same plus one anomaly score per service (requests/s), as the default
// anomaly rule needs: 1,000 detector updates per refresh.
void BM_EvaluateRefreshWithAnomalyScores(benchmark::State &state)
{
    run(state, AlertBench::Mode::RulesWithAnomalyScores);
}
BENCHMARK(BM_EvaluateRefreshWithAnomalyScores)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
