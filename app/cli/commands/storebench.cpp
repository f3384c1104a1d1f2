#include "app/cli/commands/storebench.h"

#include "app/cli/command.h"
#include "core/store/database.h"
#include "core/store/samplestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

constexpr int kSeries = 1000;
constexpr qint64 kStepMs = 60'000;
constexpr qint64 kDayMs = 24 * 3'600'000LL;

// Values like a requests/s series: a daily wave with noise, never two series alike.
Model::SeriesBatch makeBatch(qint64 fromMs, qint64 toMs)
{
    Model::SeriesBatch batch;
    batch.reserve(kSeries);
    for (int i = 0; i < kSeries; ++i) {
        Model::SeriesData series;
        series.key = {u"svc-%1"_s.arg(i, 4, 10, QChar(u'0')), Model::MetricKind::Rps, {}};
        for (qint64 t = fromMs; t <= toMs; t += kStepMs) {
            const double phase = double(t % kDayMs) / double(kDayMs) * 6.283185307179586;
            series.samples.append({t, 100.0 + i + 40.0 * std::sin(phase + i) + double((t / kStepMs * 7919 + i) % 13)});
        }
        batch.append(std::move(series));
    }
    return batch;
}

// CPU time of the process: on a machine shared with other builds the wall time
// mostly measures the wait for a core, the CPU time what the store costs.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

struct Figures
{
    double firstCpuMs = 0;
    double firstMs = 0;
    double nextMs = 0;
    double readMs = 0;
    qint64 points = 0;
    QString error;
};

Figures runOnce(qint64 endMs)
{
    Figures f;
    QTemporaryDir dir;
    Store::Database db;
    if (auto opened = db.open(dir.filePath(u"bench.sqlite"_s), u"store-bench"_s, Store::Database::Mode::ReadWrite);
        !opened) {
        f.error = opened.error().message;
        return f;
    }
    Store::SampleStore store(db.handle());
    const Model::SeriesBatch first = makeBatch(endMs - kDayMs, endMs);
    const Model::SeriesBatch next = makeBatch(endMs - kDayMs + 5 * kStepMs, endMs + 5 * kStepMs);
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    if (auto r = store.write(first, kStepMs, endMs); !r) {
        f.error = r.error().message;
        return f;
    }
    f.firstMs = double(clock.nsecsElapsed()) / 1e6;
    f.firstCpuMs = cpuMs() - cpuStart;
    clock.restart();
    if (auto r = store.write(next, kStepMs, endMs + 5 * kStepMs); !r) {
        f.error = r.error().message;
        return f;
    }
    f.nextMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    // What a chart of one day and the 5-minute buckets of every series read back.
    for (const Model::SeriesData &s : first) {
        const auto raw = store.read(s.key, endMs - kDayMs, endMs, Store::Resolution::Raw);
        const auto five = store.read(s.key, endMs - kDayMs, endMs, Store::Resolution::FiveMinutes);
        if (!raw || !five) {
            f.error = (!raw ? raw.error() : five.error()).message;
            return f;
        }
        f.points += raw->points.size() + five->points.size();
    }
    f.readMs = double(clock.nsecsElapsed()) / 1e6;
    return f;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int benchStoreWrite(QTextStream &out)
{
    // A whole hour plus a minute, so the day spans 25 hourly chunks as a live refresh does.
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() / 3'600'000 * 3'600'000 + kStepMs;
    out << QCoreApplication::translate("Cli", "store-write: %1 series x %2 samples (24 h at 1 min), 3 runs")
               .arg(kSeries)
               .arg(kDayMs / kStepMs + 1)
        << '\n';
    out.flush();
    QVector<double> first;
    QVector<double> firstCpu;
    QVector<double> next;
    QVector<double> read;
    for (int i = 0; i < 3; ++i) {
        const Figures f = runOnce(endMs);
        if (!f.error.isEmpty()) {
            out << QCoreApplication::translate("Cli", "store-write: failed: %1").arg(f.error) << '\n';
            return ExitBadInput;
        }
        out << QCoreApplication::translate("Cli", "  run %1: first write %2 ms (%6 ms CPU), next refresh %3 ms, "
                                                  "read back %4 points in %5 ms")
                   .arg(i + 1)
                   .arg(f.firstMs, 0, 'f', 0)
                   .arg(f.nextMs, 0, 'f', 0)
                   .arg(f.points)
                   .arg(f.readMs, 0, 'f', 0)
                   .arg(f.firstCpuMs, 0, 'f', 0)
            << '\n';
        out.flush();
        first.append(f.firstMs);
        firstCpu.append(f.firstCpuMs);
        next.append(f.nextMs);
        read.append(f.readMs);
    }
    out << QCoreApplication::translate("Cli", "store-write: median first write %1 ms wall (%4 ms CPU), next refresh "
                                              "%2 ms, read back %3 ms")
               .arg(median(first), 0, 'f', 0)
               .arg(median(next), 0, 'f', 0)
               .arg(median(read), 0, 'f', 0)
               .arg(median(firstCpu), 0, 'f', 0)
        << '\n';
    return ExitOk;
}

} // namespace Cli
