// Google Benchmark for the analysis budgets of DESIGN §9. Prints figures; asserts nothing.
#include "core/analysis/anomalydetector.h"
#include "core/analysis/backtester.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/seriescsv.h"
#include "core/analysis/syntheticseries.h"

#include <benchmark/benchmark.h>

#include <QBuffer>

using namespace Analysis;

namespace {

RegularSeries fiveMinuteFortnight(std::uint64_t seed, double weekend)
{
    SyntheticSeries::Spec spec;
    spec.seed = seed;
    spec.weekendFactor = weekend;
    return SyntheticSeries::make(spec); // 4,032 points at 5 min
}

// Budget: <= 0.5 ms per series (14 days at 5 min -> 48 h ahead).
void BM_Forecast4032x576(benchmark::State &state)
{
    const RegularSeries s = fiveMinuteFortnight(1, state.range(0) ? 0.7 : 1.0);
    ForecastOptions o;
    o.horizon = 576;
    Forecaster f;
    for (auto _ : state) {
        auto fc = f.forecast(s, o);
        benchmark::DoNotOptimize(fc.value().point.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Forecast4032x576)->Arg(0)->Arg(1)->ArgName("weekly")->Unit(benchmark::kMicrosecond);

void BM_ForecastHourly(benchmark::State &state)
{
    SyntheticSeries::Spec spec;
    spec.stepMs = 3'600'000;
    spec.length = 24 * 35;
    spec.weekendFactor = 0.7;
    const RegularSeries s = SyntheticSeries::make(spec);
    ForecastOptions o;
    o.horizon = 48;
    Forecaster f;
    for (auto _ : state) {
        auto fc = f.forecast(s, o);
        benchmark::DoNotOptimize(fc.value().point.data());
    }
}
BENCHMARK(BM_ForecastHourly)->Unit(benchmark::kMicrosecond);

void BM_Backtest3Origins(benchmark::State &state)
{
    const RegularSeries s = fiveMinuteFortnight(2, 1.0);
    ForecastOptions o;
    o.horizon = 576;
    for (auto _ : state)
        benchmark::DoNotOptimize(Backtester().evaluate(s, o).mase);
}
BENCHMARK(BM_Backtest3Origins)->Unit(benchmark::kMillisecond);

// Budget: >= 5 M points/s streaming.
void BM_AnomalyStreaming(benchmark::State &state)
{
    SyntheticSeries::Spec spec;
    spec.length = 200'000;
    spec.weekendFactor = 0.7;
    const RegularSeries s = SyntheticSeries::make(spec);
    for (auto _ : state) {
        AnomalyDetector d;
        double sum = 0;
        for (size_t i = 0; i < s.values.size(); ++i)
            sum += d.score(s.timeAt(qsizetype(i)), s.values[i]);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * qint64(s.values.size()));
}
BENCHMARK(BM_AnomalyStreaming)->Unit(benchmark::kMillisecond);

void BM_CsvParse(benchmark::State &state)
{
    QByteArray text = "timestamp,value\n";
    for (int i = 0; i < 100'000; ++i)
        text += QByteArray::number(1'700'000'000 + 60 * i) + ',' + QByteArray::number(i * 0.25) + '\n';
    for (auto _ : state) {
        auto raw = SeriesCsv::parse(text);
        benchmark::DoNotOptimize(raw.value().values.data());
    }
    state.SetItemsProcessed(state.iterations() * 100'000);
    state.SetBytesProcessed(state.iterations() * text.size());
}
BENCHMARK(BM_CsvParse)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
