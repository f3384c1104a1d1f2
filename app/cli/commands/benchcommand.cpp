#include "app/cli/commands/benchcommand.h"

#include "app/cli/commands/refreshbench.h"
#include "core/analysis/analysisevaluation.h"
#include "core/analysis/anomalydetector.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/syntheticseries.h"

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
               .arg(ms, 0, 'f', 3).arg(1000.0 / ms, 0, 'f', 0).arg(sink > 0 ? u"ok"_s : u"?"_s)
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
               .arg(sink >= 0 ? u"ok"_s : u"?"_s)
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
