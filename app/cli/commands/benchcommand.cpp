#include "app/cli/commands/benchcommand.h"

#include "app/cli/commands/alertsbench.h"
#include "app/cli/commands/refreshbench.h"
#include "app/cli/commands/storebench.h"
#include "app/cli/commands/tracesbench.h"
#include "core/analysis/analysisevaluation.h"
#include "core/analysis/anomalydetector.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/syntheticseries.h"
#include "core/engine/analysisjob.h"
#include "core/engine/analysisscheduler.h"
#include "core/engine/anomalywatch.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"

#include <QCoreApplication>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// CPU time of this thread: the figures must not depend on what else the machine runs.
class CpuTimer
{
public:
    CpuTimer() { m_start = now(); }
    double seconds() const { return now() - m_start; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
    }
    double m_start;
};


// DESIGN §9: 14 days at 5 min (4,032 points) -> 48 h (576 steps) ahead, <= 0.5 ms per series.

// The verdict printed after a figure. The sums the loops keep only stop the compiler
// from dropping the work; a wrong one means the code under test failed, not the budget.
QString budgetVerdict(bool withinBudget, bool resultsSane)
{
    if (!resultsSane)
        return u"results look wrong"_s;
    return withinBudget ? u"within budget"_s : u"over budget"_s;
}

int benchForecast(QTextStream &out)
{
    std::vector<Analysis::RegularSeries> series;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        Analysis::SyntheticSeries::Spec spec;
        spec.seed = seed;
        spec.weekendFactor = seed % 2 ? 0.7 : 1.0;
        spec.trendPerDay = 0.01 * double(seed % 3);
        series.push_back(Analysis::SyntheticSeries::make(spec));
    }
    Analysis::Forecaster forecaster;
    Analysis::ForecastOptions options;
    options.horizon = 576;
    CpuTimer timer;
    qint64 runs = 0;
    double sink = 0;
    while (timer.seconds() < 1.5 || runs < 16) {
        auto fc = forecaster.forecast(series[size_t(runs % qint64(series.size()))], options);
        sink += fc.ok() ? fc->point.back() : 0.0;
        ++runs;
    }
    const double ms = timer.seconds() * 1e3 / double(runs);
    out << u"forecast: 4032 points -> 576 steps: %1 ms CPU per series (%2 series/s on one core; budget 0.5 ms) [%3]"_s
               .arg(ms, 0, 'f', 3).arg(1000.0 / ms, 0, 'f', 0).arg(budgetVerdict(ms <= 0.5, sink > 0))
        << '\n';
    return ExitOk;
}

// DESIGN §9: streaming anomaly scoring >= 5 M points/s.
int benchAnomalies(QTextStream &out)
{
    Analysis::SyntheticSeries::Spec spec;
    spec.length = 1'000'000;
    spec.weekendFactor = 0.7;
    const Analysis::RegularSeries s = Analysis::SyntheticSeries::make(spec);
    CpuTimer timer;
    qint64 points = 0;
    double sink = 0;
    while (timer.seconds() < 1.5 || points < qint64(s.values.size())) {
        Analysis::AnomalyDetector detector;
        for (size_t i = 0; i < s.values.size(); ++i)
            sink += detector.score(s.timeAt(qsizetype(i)), s.values[i]);
        points += qint64(s.values.size());
    }
    const double seconds = timer.seconds();
    out << u"anomalies: %1 M points/s streaming, CPU time (%2 ns per point; budget >= 5 M points/s) [%3]"_s
               .arg(double(points) / seconds / 1e6, 0, 'f', 2).arg(seconds * 1e9 / double(points), 0, 'f', 1)
               .arg(budgetVerdict(double(points) / seconds >= 5e6, sink >= 0))
        << '\n';
    return ExitOk;
}

Store::StoredSeries demoSeries(const Sources::Demo::DemoFleet &fleet, const Model::SeriesKey &key, qint64 fromMs,
                               qint64 toMs, qint64 stepMs)
{
    Store::StoredSeries s{key, Store::Resolution::FiveMinutes, {}};
    for (const Model::Sample &sample : fleet.range(key, fromMs, toMs, stepMs))
        s.points.append({sample.t, sample.v, sample.v, sample.v});
    return s;
}

// What a refresh costs the analysis on the demo's large preset (1,000 services): the
// anomaly watch on every service's requests/s, p95, CPU and memory (detectors kept
// for the first 160 series, the rest re-scored over their window) plus a day-ahead
// forecast of each, which is where limit warnings come from. Data come from the
// simulator; only the analysis is timed.
int benchAnalysisRefresh(QTextStream &out)
{
    constexpr qint64 kOrigin = 1772712000000LL;
    constexpr qint64 kStep = Engine::AnomalyWatch::kStepMs;
    const Sources::Demo::DemoFleet fleet(*Sources::Demo::DemoPresets::byName(u"large"_s, 1), 1, kOrigin);
    const Model::Workspace workspace = fleet.workspace(u"demo"_s);
    const Engine::AnalysisSettings settings;
    Engine::AnomalyWatch watch(settings);
    const qint64 end = kOrigin - kStep;
    const qint64 windowStart = end - (qint64(settings.watchWindowDays) * 288 - 1) * kStep;

    Engine::AnomalyWatch::Input input;
    input.windowEndMs = end;
    auto cold = std::make_shared<Engine::HistoryResult>();
    for (const Model::Service &service : workspace.services) {
        input.projectOf.insert(service.id, service.projectId);
        for (Model::MetricKind kind : Engine::AnalysisScheduler::watchedKinds()) {
            const Model::SeriesKey key{service.id, kind, {}};
            input.watched.append(key);
            input.limitOf.insert(service.id + u'/' + Model::metricKindId(kind), service.thresholds[kind].degraded);
            cold->series.append(demoSeries(fleet, key, windowStart, end, kStep));
        }
    }
    const auto series = double(input.watched.size());
    input.histories = {cold};
    std::atomic<bool> cancelled{false};
    CpuTimer first;
    const auto firstSnapshot = watch.update(input, 1, cancelled);
    const double firstMs = first.seconds() * 1e3;

    // Warm refreshes: one new 5-minute bucket for every series.
    constexpr int kRefreshes = 3;
    double warmMs = 0;
    Engine::AnomalySnapshotPtr last;
    for (int r = 1; r <= kRefreshes; ++r) {
        auto fresh = std::make_shared<Engine::HistoryResult>();
        const qint64 at = end + r * kStep;
        for (const Model::SeriesKey &key : std::as_const(input.watched))
            fresh->series.append(demoSeries(fleet, key, at, at, kStep));
        input.windowEndMs = at;
        input.histories = {fresh};
        CpuTimer timer;
        last = watch.update(input, quint64(1 + r), cancelled);
        warmMs += timer.seconds() * 1e3;
    }
    warmMs /= kRefreshes;

    // The forecasts alone, on the same windows.
    CpuTimer forecastTimer;
    int forecasts = 0;
    for (const Model::SeriesKey &key : std::as_const(input.watched)) {
        const Engine::AnomalyWatch::Series *s = watch.series(key);
        Analysis::ForecastOptions options;
        options.horizon = Engine::AnomalyWatch::kForecastHorizonSteps;
        forecasts += Analysis::Forecaster().forecast(s->window, options).ok() ? 1 : 0;
    }
    const double forecastMs = forecastTimer.seconds() * 1e3;

    out << u"analysis-refresh: large demo preset, %1 series (requests/s, p95, CPU, memory of %2 services), "
           "%3 days of 5-minute history each, detectors kept for %4"_s
               .arg(input.watched.size())
               .arg(workspace.services.size())
               .arg(settings.watchWindowDays)
               .arg(watch.persistentDetectors())
        << '\n';
    out << u"  first refresh (whole windows): %1 ms CPU (%2 ms per series)"_s.arg(firstMs, 0, 'f', 0)
               .arg(firstMs / series, 0, 'f', 3)
        << '\n';
    out << u"  each later refresh (one new bucket): %1 ms CPU (%2 ms per series; 2 pool threads: ~%3 ms wall)"_s
               .arg(warmMs, 0, 'f', 0)
               .arg(warmMs / series, 0, 'f', 3)
               .arg(warmMs / 2, 0, 'f', 0)
        << '\n';
    out << u"  of which day-ahead forecasts: %1 ms per series (%2 of %3 series forecast; budget 0.5 ms)"_s
               .arg(forecastMs / series, 0, 'f', 3)
               .arg(forecasts)
               .arg(input.watched.size())
        << '\n';
    out << u"  state kept between refreshes: %1 MB; %2 anomalies, %3 limit warnings now [%4]"_s
               .arg(double(watch.approximateBytes()) / 1e6, 0, 'f', 0)
               .arg(last ? last->current.size() : 0)
               .arg(last ? last->warnings.size() : 0)
               .arg(firstSnapshot && last ? u"ok"_s : u"?"_s)
        << '\n';

    // One project's predictions (20 services): what a predictions view waits for.
    Engine::AnalysisInput project;
    project.requestId = 1;
    project.request.projectId = workspace.projects.first().id;
    project.nowMs = kOrigin;
    for (const Model::Service &s : workspace.services)
        if (s.projectId == project.request.projectId)
            project.services.append(s);
    project.fineToMs = end;
    project.fineFromMs = end - (14 * 288 - 1) * kStep;
    project.coarseToMs = kOrigin - 3'600'000;
    project.coarseFromMs = project.coarseToMs - (90 * 24 - 1) * 3'600'000LL;
    auto fine = std::make_shared<Engine::HistoryResult>();
    auto coarse = std::make_shared<Engine::HistoryResult>();
    for (const Model::Service &s : std::as_const(project.services)) {
        for (Model::MetricKind kind : Engine::AnalysisJob::fineKinds(project.request))
            fine->series.append(demoSeries(fleet, {s.id, kind, {}}, project.fineFromMs, project.fineToMs, kStep));
        for (Model::MetricKind kind : Engine::AnalysisJob::coarseKinds(project.request))
            coarse->series.append(
                demoSeries(fleet, {s.id, kind, {}}, project.coarseFromMs, project.coarseToMs, 3'600'000));
    }
    project.fine = fine;
    project.coarse = coarse;
    CpuTimer projectTimer;
    const auto result = Engine::AnalysisJob::run(project, cancelled);
    const double projectMs = projectTimer.seconds() * 1e3;
    out << u"  one project's predictions (%1 services, %2 series: forecast 48 h + backtest + anomalies, capacity, "
           "cost): %3 ms CPU"_s
               .arg(project.services.size())
               .arg(result ? result->series.size() : 0)
               .arg(projectMs, 0, 'f', 0)
        << '\n';
    return ExitOk;
}

int benchAccuracy(QTextStream &out)
{
    out << Analysis::AnalysisEvaluation::describe(Analysis::AnalysisEvaluation::forecastSuite()) << '\n';
    out << Analysis::AnalysisEvaluation::describe(Analysis::AnalysisEvaluation::anomalySuite()) << '\n';
    return ExitOk;
}

} // namespace

std::vector<BenchCommand::Bench> BenchCommand::benches()
{
    return {
        {u"forecast"_s, QCoreApplication::translate("Cli", "time to forecast 14 days of 5-minute data 48 hours ahead"), benchForecast},
        {u"anomalies"_s, QCoreApplication::translate("Cli", "streaming anomaly scoring throughput"), benchAnomalies},
        {u"accuracy"_s, QCoreApplication::translate("Cli", "forecast and anomaly accuracy on the synthetic evaluation suite"), benchAccuracy},
        {u"refresh"_s,
         QCoreApplication::translate("Cli", "fetch, parse and store 1,000 series of 24 h from the lab's Prometheus "
                                            "(scripts/lab.sh)"),
         benchRefresh},
        {u"analysis-refresh"_s, QCoreApplication::translate("Cli", "analysis work per refresh on the large demo preset (anomalies and forecasts of 4,000 series)"), benchAnalysisRefresh},
        {u"traces"_s,
         QCoreApplication::translate("Cli", "parse, build and lay out a 10,000-span Jaeger trace"), benchTraces},
        {u"alerts"_s,
         QCoreApplication::translate("Cli", "alert evaluation of 1,000 services x 10 rules per refresh"), benchAlerts},
        {u"store-write"_s,
         QCoreApplication::translate("Cli", "store 1,000 series of 24 h at 1 min in the sample cache, without the lab"),
         benchStoreWrite},
    };
}

QString BenchCommand::name() const { return u"bench"_s; }

QString BenchCommand::summary() const
{
    return QCoreApplication::translate("Cli", "run benchmarks and print what they measure");
}

QString BenchCommand::usage() const
{
    QString text = u"straja-cli bench [NAME]\n\n"_s + QCoreApplication::translate("Cli", "Without a name every benchmark runs. Benchmarks:") + u'\n';
    for (const Bench &b : benches())
        text += u"  %1  %2\n"_s.arg(b.name, -10).arg(b.description);
    return text;
}

int BenchCommand::run(const QStringList &args, CommandIo &io)
{
    if (args.size() > 1) {
        io.err << QCoreApplication::translate("Cli", "bench: takes at most one benchmark name") << '\n';
        return ExitUsage;
    }
    const std::vector<Bench> all = benches();
    bool found = false;
    for (const Bench &b : all) {
        if (!args.isEmpty() && args.first() != b.name)
            continue;
        found = true;
        io.out.flush();
        const int code = b.run(io.out);
        io.out.flush();
        if (code != ExitOk)
            return code;
    }
    if (!found) {
        io.err << QCoreApplication::translate("Cli", "bench: unknown benchmark '%1'; see 'straja-cli bench --help'").arg(args.first()) << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace Cli
