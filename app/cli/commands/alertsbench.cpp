#include "app/cli/commands/alertsbench.h"

#include "app/cli/command.h"
#include "core/alerts/alertbench.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// CPU time of this thread: the figure must not depend on what else the machine runs.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Figure
{
    double msPerRefresh = 0;
    int services = 0;
    int rules = 0;
    size_t sink = 0;
};

// Only evaluate() is timed; preparing the next frame is not.
Figure measure(Alerts::AlertBench::Mode mode)
{
    Alerts::AlertBench bench(mode);
    Figure f;
    double timed = 0;
    qint64 runs = 0;
    while (timed < 1.0 || runs < 64) {
        Alerts::ObservationFrame frame = bench.nextFrame();
        const double start = threadCpuSeconds();
        f.sink += bench.evaluate(frame);
        timed += threadCpuSeconds() - start;
        ++runs;
    }
    f.msPerRefresh = timed * 1e3 / double(runs);
    f.services = bench.serviceCount();
    f.rules = bench.ruleCount();
    return f;
}

} // namespace

int benchAlerts(QTextStream &out)
{
    const Figure rules = measure(Alerts::AlertBench::Mode::Rules);
    out << u"alerts: %1 services x %2 rules: %3 ms CPU per refresh (budget 50 ms)"_s.arg(rules.services)
               .arg(rules.rules / std::max(1, rules.services))
               .arg(rules.msPerRefresh, 0, 'f', 3)
        << '\n';
    const Figure scored = measure(Alerts::AlertBench::Mode::RulesWithAnomalyScores);
    out << u"alerts: %1 rules with %2 anomaly scores per refresh: %3 ms CPU per refresh"_s.arg(scored.rules)
               .arg(scored.services)
               .arg(scored.msPerRefresh, 0, 'f', 3)
        << '\n';
    // Printing what was counted keeps the work from being optimised away.
    out << u"alerts: %1 alert transitions and notifications in all"_s.arg(rules.sink + scored.sink) << '\n';
    return ExitOk;
}

} // namespace Cli
