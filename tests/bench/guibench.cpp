// straja-bench-gui: the foundation's performance figures, measured on the real
// window and engine with the large demo preset (50 projects / 1,000 services).
//
//   straja-bench-gui coldstart   process start -> overview painted with data (budget 1 s)
//   straja-bench-gui stall       GUI event-loop lateness while the engine refreshes (budget p99 16 ms)
//   straja-bench-gui memory      resident memory after 10 simulated minutes (budget 300 MB)
//
// It prints figures; it asserts nothing (timing on shared machines is noisy).

#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/datalocation.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Milliseconds since this process started, from /proc (includes dynamic loading).
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

double residentMb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(strlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

struct Fixture
{
    QTemporaryDir dir;
    Gui::LanguageManager languages;
    std::unique_ptr<Engine::FleetEngine> engine;
    std::unique_ptr<Gui::MainWindow> window;

    explicit Fixture(double demoSpeed, int refreshMs)
    {
        languages.setLanguage(u"en"_s);
        Engine::EngineOptions options;
        options.databasePath = Store::workspaceDatabasePath(dir.path(), u"large"_s);
        options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
            *Sources::Demo::DemoPresets::workspace(u"large"_s, 7, QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000));
        options.demoSpeed = demoSpeed;
        options.poller.refreshIntervalMs = refreshMs;
        engine = std::make_unique<Engine::FleetEngine>(options);
        window = std::make_unique<Gui::MainWindow>(engine.get(), &languages);
    }
};

// Counts paints of the overview's viewport once it holds data.
class PaintWatch final : public QObject
{
public:
    std::function<void()> onPaint;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPaint)
            QTimer::singleShot(0, this, onPaint); // after the paint completed
        return QObject::eventFilter(watched, event);
    }
};

int coldStart()
{
    Fixture f(1.0, 5000);
    PaintWatch watch;
    bool done = false;
    bool haveValues = false;
    // Armed by the first snapshot that carries values (the very first one only
    // lists the services); the next paint after it is the one that counts.
    QObject::connect(f.engine.get(), &Engine::EngineApi::snapshotReady, qApp, [&](const Engine::FleetSnapshotPtr &s) {
        haveValues = haveValues || (!s->sources.isEmpty() && s->sources.first().health == Engine::SourceHealth::Ok);
    });
    watch.onPaint = [&] {
        if (done || !haveValues)
            return;
        done = true;
        std::printf("coldstart: overview of %lld projects painted %.0f ms after process start (budget 1000 ms)\n",
                    static_cast<long long>(f.window->overview()->tree()->model()->rowCount()), msSinceProcessStart());
        QTimer::singleShot(0, qApp, &QApplication::quit);
    };
    f.window->overview()->tree()->viewport()->installEventFilter(&watch);
    f.window->show();
    f.engine->start();
    QTimer::singleShot(30000, qApp, [] {
        std::printf("coldstart: no painted overview within 30 s\n");
        QApplication::exit(1);
    });
    return QApplication::exec();
}

int stall()
{
    // 60x speed and a refresh every second: every refresh brings a minute of new
    // samples for 9,000 series, and the overview repaints 1,050 rows.
    Fixture f(60.0, 1000);
    f.window->show();
    f.engine->start();
    constexpr int kProbeMs = 4;
    QVector<double> lateness;
    QElapsedTimer clock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(kProbeMs);
    qint64 last = -1;
    int snapshots = 0;
    QObject::connect(f.engine.get(), &Engine::EngineApi::snapshotReady, qApp, [&] { ++snapshots; });
    QObject::connect(&probe, &QTimer::timeout, qApp, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last >= 0)
            lateness.append(std::max(0.0, (now - last) / 1e6 - kProbeMs));
        last = now;
    });
    QTimer::singleShot(3000, qApp, [&] { // after start-up: measure steady refreshing
        clock.start();
        probe.start();
    });
    QTimer::singleShot(18000, qApp, [&] {
        probe.stop();
        std::sort(lateness.begin(), lateness.end());
        auto pct = [&](double p) { return lateness.isEmpty() ? -1.0 : lateness.at(static_cast<qsizetype>(p * (lateness.size() - 1))); };
        std::printf("stall: %lld probes over 15 s, %d snapshots of 1,000 services; GUI thread lateness p50 %.2f ms, "
                    "p99 %.2f ms (budget 16 ms), max %.2f ms\n",
                    static_cast<long long>(lateness.size()), snapshots, pct(0.5), pct(0.99), pct(1.0));
        QApplication::quit();
    });
    return QApplication::exec();
}

int memory()
{
    // 10 simulated minutes at 60x: 10 s of wall time with refreshes every second.
    Fixture f(60.0, 1000);
    f.window->show();
    f.engine->start();
    QTimer::singleShot(10500, qApp, [&] {
        std::printf("memory: after 10 simulated minutes of 1,000 services: resident %.0f MB, peak %.0f MB "
                    "(budget 300 MB)\n",
                    residentMb("VmRSS:"), residentMb("VmHWM:"));
        QApplication::quit();
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"straja-bench"_s);
    const QString what = QApplication::arguments().value(1);
    if (what == u"coldstart")
        return coldStart();
    if (what == u"stall")
        return stall();
    if (what == u"memory")
        return memory();
    std::fprintf(stderr, "usage: straja-bench-gui coldstart|stall|memory\n");
    return 2;
}
