#include "app/cli/commands/refreshbench.h"

#include "app/cli/command.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/sources/prometheus/prometheussource.h"
#include "core/store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QHash<QString, QString> readLabEnv(QString &path)
{
    path = qEnvironmentVariable("STRAJA_LAB_ENV");
    if (path.isEmpty() && qEnvironmentVariableIsSet("STRAJA_LAB_DIR"))
        path = qEnvironmentVariable("STRAJA_LAB_DIR") + u"/lab.env"_s;
    if (path.isEmpty())
        path = u"build/lab/lab.env"_s;
    QHash<QString, QString> env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (!line.startsWith(u'#') && eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    return env;
}

struct Run
{
    double fetchMs = 0;
    double totalMs = 0;
    qint64 samples = 0;
    QString error;
    QVector<double> lateness; // ms, one per probe tick
};

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::clamp<qsizetype>(qsizetype(p * double(values.size() - 1) + 0.5), 0, values.size() - 1);
    return values.at(index);
}

// One refresh: connector on a "network" thread, writer on a "store" thread, as in FleetEngine.
Run refreshOnce(const Model::Workspace &workspace, const Sources::RangeRequest &request)
{
    Run run;
    QTemporaryDir dir;
    QThread network;
    QThread store;
    network.setObjectName(u"straja-network"_s);
    store.setObjectName(u"straja-store"_s);
    auto *source = new Sources::Prometheus::PrometheusSource(workspace.sources.first(), nullptr);
    auto *writer = new Store::StoreWriter(dir.filePath(u"bench.sqlite"_s));
    source->moveToThread(&network);
    writer->moveToThread(&store);
    network.start();
    store.start();

    QEventLoop loop;
    QElapsedTimer clock;
    bool storeOpen = false;
    QObject::connect(writer, &Store::StoreWriter::opened, &loop, [&] {
        storeOpen = true;
        loop.quit();
    });
    QObject::connect(writer, &Store::StoreWriter::openFailed, &loop, [&](const Util::Error &e) {
        run.error = e.message;
        loop.quit();
    });
    QMetaObject::invokeMethod(writer, "open", Qt::QueuedConnection,
                              Q_ARG(Model::WorkspacePtr, std::make_shared<const Model::Workspace>(workspace)));
    loop.exec();
    if (storeOpen) {
        // Straight from the network thread to the store thread, as the poller does.
        QObject::connect(source, &Sources::MetricSource::fetched, writer,
                         [writer](quint64, Model::SeriesBatchPtr batch) {
                             writer->write(batch, 60'000, QDateTime::currentMSecsSinceEpoch());
                         });
        QObject::connect(source, &Sources::MetricSource::fetched, &loop, [&](quint64, Model::SeriesBatchPtr batch) {
            run.fetchMs = double(clock.nsecsElapsed()) / 1e6;
            for (const Model::SeriesData &s : *batch)
                run.samples += s.samples.size();
        });
        QObject::connect(source, &Sources::MetricSource::failed, &loop, [&](quint64, const Util::Error &e) {
            run.error = e.message;
            loop.quit();
        });
        QObject::connect(writer, &Store::StoreWriter::written, &loop, [&] {
            run.totalMs = double(clock.nsecsElapsed()) / 1e6;
            loop.quit();
        });
        QObject::connect(writer, &Store::StoreWriter::writeFailed, &loop, [&](const Util::Error &e) {
            run.error = e.message;
            loop.quit();
        });
        // The probe: how late does a 4 ms timer fire on this thread meanwhile?
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        QElapsedTimer sinceTick;
        QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
            run.lateness.append(std::max(0.0, double(sinceTick.nsecsElapsed()) / 1e6 - 4.0));
            sinceTick.restart();
        });
        QTimer::singleShot(120'000, &loop, [&] {
            run.error = QCoreApplication::translate("Cli", "no answer within 120 s");
            loop.quit();
        });
        clock.start();
        sinceTick.start();
        probe.start(4);
        QMetaObject::invokeMethod(
            source, [source, request] { source->fetch(1, request); }, Qt::QueuedConnection);
        loop.exec();
        probe.stop();
    }
    QMetaObject::invokeMethod(writer, &Store::StoreWriter::close, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        source, [source] { delete source; }, Qt::BlockingQueuedConnection);
    network.quit();
    store.quit();
    network.wait();
    store.wait();
    delete writer;
    return run;
}

} // namespace

int benchRefresh(QTextStream &out)
{
    QString envPath;
    const QHash<QString, QString> env = readLabEnv(envPath);
    const qint64 end = env.value(u"BENCH_END_MS"_s).toLongLong();
    if (env.isEmpty() || end <= 0) {
        out << QCoreApplication::translate(
                   "Cli",
                   "refresh: needs the lab with its benchmark data (%1 not found or without it): run "
                   "scripts/lab.sh up --with-bench-data")
                   .arg(envPath)
            << '\n';
        return ExitBadInput;
    }
    const quint64 seed = env.value(u"SEED"_s).toULongLong();
    auto spec = Sources::Demo::DemoPresets::byName(env.value(u"BENCH_PRESET"_s, u"large"_s), seed);
    if (!spec)
        return ExitBadInput;
    const Sources::Demo::DemoFleet fleet(std::move(*spec), seed, env.value(u"ORIGIN_MS"_s).toLongLong());
    Model::Workspace workspace = fleet.workspace(u"bench"_s);
    Model::SourceConfig &source = workspace.sources.first();
    source.type = Model::SourceType::Prometheus;
    source.url = QUrl(env.value(u"PROMETHEUS_URL"_s));
    source.options = QJsonObject{{u"preset"_s, u"straja-demo"_s}};

    Sources::RangeRequest request;
    for (const Model::Service &s : workspace.services)
        request.series.append({s.id, Model::MetricKind::Rps, {}});
    request.toMs = end;
    request.fromMs = end - 24 * 3'600'000LL;
    request.stepMs = 60'000;

    out << QCoreApplication::translate("Cli", "refresh: %1 series, 24 h at 1 min, from %2 (3 runs)")
               .arg(request.series.size())
               .arg(source.url.toString())
        << '\n';
    out.flush();
    QVector<double> totals;
    QVector<double> lateness;
    for (int i = 0; i < 3; ++i) {
        const Run run = refreshOnce(workspace, request);
        if (!run.error.isEmpty()) {
            out << QCoreApplication::translate("Cli", "refresh: failed: %1").arg(run.error) << '\n';
            return ExitBadInput;
        }
        out << QCoreApplication::translate("Cli", "  run %1: %2 samples; fetched and parsed in %3 ms, stored by %4 ms")
                   .arg(i + 1)
                   .arg(run.samples)
                   .arg(run.fetchMs, 0, 'f', 0)
                   .arg(run.totalMs, 0, 'f', 0)
            << '\n';
        out.flush();
        totals.append(run.totalMs);
        lateness += run.lateness;
    }
    out << QCoreApplication::translate("Cli", "refresh: median %1 ms wall for fetch + parse + store (budget 2000 ms)")
               .arg(percentile(totals, 0.5), 0, 'f', 0)
        << '\n'
        << QCoreApplication::translate(
               "Cli", "refresh: main-thread stall p50 %1 ms, p99 %2 ms, max %3 ms over %4 ticks (budget p99 16 ms)")
               .arg(percentile(lateness, 0.5), 0, 'f', 2)
               .arg(percentile(lateness, 0.99), 0, 'f', 2)
               .arg(percentile(lateness, 1.0), 0, 'f', 1)
               .arg(lateness.size())
        << '\n';
    return ExitOk;
}

} // namespace Cli
