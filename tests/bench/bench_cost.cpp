// Cost report timings on the demo presets: building the usage grids from stored
// series and computing costs, forecasts, recommendations and regions (all on a pool
// thread in the app), and the controlled rounding of a 1,000-service table.
#include "core/cost/costanalyzer.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const qint64 kNow = QDateTime(QDate(2026, 3, 18), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture
{
    Cost::CostInputs inputs;
    QVector<Store::StoredSeries> stored;
    qint64 fromMs = 0;
};

Fixture fixture(const QString &preset)
{
    Fixture f;
    f.inputs.workspace = std::make_shared<const Model::Workspace>(*Sources::Demo::DemoPresets::workspace(preset, 7, kNow));
    f.inputs.catalog = std::make_shared<const Cost::PriceCatalog>(*Cost::PriceCatalog::builtIn());
    f.inputs.zone = QTimeZone("Europe/Bucharest");
    f.inputs.nowMs = kNow;
    const Sources::Demo::DemoFleet fleet(*Sources::Demo::DemoPresets::byName(preset, 7), 7, kNow);
    const auto requests =
        Cost::CostAnalyzer::historyRequests(*f.inputs.workspace, kNow, Cost::BillingCalendar(f.inputs.zone));
    f.fromMs = requests.first().fromMs;
    for (const Engine::HistoryRequest &request : requests) {
        for (const Model::SeriesKey &key : request.series) {
            Store::StoredSeries s{key, Store::Resolution::OneHour, {}};
            for (const Model::Sample &p : fleet.range(key, request.fromMs, request.toMs, Cost::CostAnalyzer::kStepMs))
                s.points.append({p.t, p.v, p.v, p.v});
            f.stored.append(s);
        }
    }
    return f;
}

void BM_CostReport(benchmark::State &state)
{
    const Fixture f = fixture(state.range(0) == 0 ? u"standard"_s : u"large"_s);
    for (auto _ : state) {
        const auto usage = Cost::CostAnalyzer::usageFrom(f.stored, f.fromMs, kNow);
        auto report = Cost::CostAnalyzer::analyze(f.inputs, usage);
        benchmark::DoNotOptimize(report);
    }
    state.counters["services"] = double(f.inputs.workspace->services.size());
    state.counters["series"] = double(f.stored.size());
}
BENCHMARK(BM_CostReport)->Arg(0)->Arg(1)->ArgName("large")->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ControlledRounding(benchmark::State &state)
{
    Cost::RoundingInput in;
    in.columns = Cost::kResourceCount;
    in.groups = 50;
    QRandomGenerator rng(1);
    for (int r = 0; r < state.range(0); ++r) {
        in.groupOfRow.append(r % in.groups);
        for (int c = 0; c < in.columns; ++c)
            in.micros.append(qint64(rng.bounded(50'000'000)));
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(Cost::ControlledRounding::round(in));
}
BENCHMARK(BM_ControlledRounding)->Arg(34)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the price tables are Qt resources
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
