#include "core/engine/fleetengine.h"
#include "core/engine/sourcefactory.h"
#include "core/sources/metricsource.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC

Model::WorkspacePtr demo(const QString &preset = u"standard"_s)
{
    return std::make_shared<const Model::Workspace>(*Sources::Demo::DemoPresets::workspace(preset, 7, kOrigin));
}

const Engine::ServiceStatus *find(const Engine::FleetSnapshot &snapshot, const QString &id)
{
    for (const auto &s : snapshot.services)
        if (s.serviceId == id)
            return &s;
    return nullptr;
}

// A connector that can be switched to failing, wrapping the real demo source.
class FlakySource final : public Sources::MetricSource
{
public:
    FlakySource(Sources::MetricSource *inner, std::shared_ptr<std::atomic<bool>> failing, QObject *parent)
        : MetricSource(parent)
        , m_inner(inner)
        , m_failing(std::move(failing))
    {
        m_inner->setParent(this);
        connect(m_inner, &MetricSource::fetched, this, &MetricSource::fetched);
        connect(m_inner, &MetricSource::failed, this, &MetricSource::failed);
    }
    QString sourceId() const override { return m_inner->sourceId(); }
    qint64 nativeStepMs() const override { return m_inner->nativeStepMs(); }
    // A partial answer's warning, as a Railway source gives one.
    QString lastWarning() const override { return m_warning ? *m_warning : QString(); }
    void setWarning(std::shared_ptr<QString> warning) { m_warning = std::move(warning); }
    void fetch(quint64 requestId, const Sources::RangeRequest &request) override
    {
        if (!m_failing->load()) {
            m_inner->fetch(requestId, request);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, requestId] { emit failed(requestId, Util::makeError(u"test.down"_s, u"connection refused"_s)); },
            Qt::QueuedConnection);
    }

private:
    Sources::MetricSource *m_inner;
    std::shared_ptr<std::atomic<bool>> m_failing;
    std::shared_ptr<QString> m_warning; // read on the network thread after set before start
};

// The engine's own analysis asks for history too: find the answer to one request.
Engine::HistoryResultPtr answerTo(QSignalSpy &answers, quint64 id)
{
    for (int waited = 0; waited < 100; ++waited) {
        for (const QList<QVariant> &args : std::as_const(answers)) {
            auto result = args.at(0).value<Engine::HistoryResultPtr>();
            if (result->requestId == id)
                return result;
        }
        answers.wait(100);
    }
    return {};
}

} // namespace

// The engine end to end on the demo fleet: worker threads, the store, snapshots
// handed to this (the GUI) thread, history answered from source then store.
class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void snapshotsArriveOnTheCallersThreadWithSimulatorValues();
    void refreshBringsNewSamples();
    void historyComesFromTheSourceThenTheStore();
    void scalingTheDemoChangesCpu();
    void alertsRaiseIncidentsAndTakeCommands();
    void workspaceSurvivesRestart();
    void damagedDatabaseFailsToOpenWithReason();
    void failingSourceTurnsStaleKeepsValuesAndRecovers();
    void partialAnswerShowsAsNoteOnTheSource();

private:
    std::unique_ptr<Engine::FleetEngine> makeEngine(Model::WorkspacePtr firstStart = demo());
    Engine::FleetSnapshotPtr nextSnapshot(Engine::FleetEngine &engine, std::function<bool(const Engine::FleetSnapshot &)> ready);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    Sources::Demo::DemoFleet m_fleet{Sources::Demo::DemoPresets::standard(7), 7, kOrigin};
};

void TestEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30 * 1000);
}

void TestEngine::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Engine::FleetEngine> TestEngine::makeEngine(Model::WorkspacePtr firstStart)
{
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = std::move(firstStart);
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000; // only explicit refreshes
    return std::make_unique<Engine::FleetEngine>(options);
}

Engine::FleetSnapshotPtr TestEngine::nextSnapshot(Engine::FleetEngine &engine,
                                                  std::function<bool(const Engine::FleetSnapshot &)> ready)
{
    Engine::FleetSnapshotPtr found;
    QMetaObject::Connection c = connect(&engine, &Engine::EngineApi::snapshotReady, this,
                                        [&](const Engine::FleetSnapshotPtr &s) {
                                            if (!found && ready(*s))
                                                found = s;
                                        });
    if (engine.latestSnapshot() && ready(*engine.latestSnapshot()))
        found = engine.latestSnapshot();
    if (!QTest::qWaitFor([&] { return found != nullptr; }, 10000))
        qWarning("no snapshot matched within 10 s");
    disconnect(c);
    return found;
}

void TestEngine::snapshotsArriveOnTheCallersThreadWithSimulatorValues()
{
    auto engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    QThread *receivedOn = nullptr;
    connect(engine.get(), &Engine::EngineApi::snapshotReady, this, [&] { receivedOn = QThread::currentThread(); });
    engine->start();
    QVERIFY(opened.wait(10000));
    const auto snapshot = nextSnapshot(*engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; });
    QVERIFY2(snapshot, "no such snapshot within 10 s");
    QCOMPARE(receivedOn, QThread::currentThread());
    QVERIFY(snapshot->demo);
    QCOMPARE(snapshot->projects.size(), 3);
    QCOMPARE(snapshot->services.size(), 34);
    const Engine::ServiceStatus *api = find(*snapshot, u"events-api"_s);
    QVERIFY(api);
    const int index = m_fleet.indexOf(u"events-api"_s);
    for (MetricKind kind : {MetricKind::Rps, MetricKind::LatencyP95, MetricKind::Cpu, MetricKind::Replicas}) {
        const qint64 at = api->latest.atMs.at(Model::metricIndex(kind));
        QCOMPARE(at, kOrigin); // the newest whole minute at or before "now"
        QCOMPARE(api->latest[kind], m_fleet.value(index, kind, at));
    }
    QCOMPARE(api->rpsTrend.size(), 60); // the last hour at one sample a minute
    QCOMPARE(api->rpsTrend.last(), float(m_fleet.value(index, MetricKind::Rps, kOrigin)));
    // The simulator's incidents show on first start.
    QCOMPARE(find(*snapshot, u"events-voice"_s)->verdict.health, Engine::Health::Degraded);
    QCOMPARE(find(*snapshot, u"events-voice"_s)->verdict.metric, MetricKind::Throttled);
}

void TestEngine::refreshBringsNewSamples()
{
    auto engine = makeEngine();
    engine->start();
    QVERIFY(nextSnapshot(*engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; }));
    m_clock->advanceMs(5 * kMinute);
    engine->refreshNow();
    const auto snapshot = nextSnapshot(*engine, [](const auto &s) {
        const auto *api = find(s, u"events-api"_s);
        return api && api->latest.atMs.at(Model::metricIndex(MetricKind::Cpu)) == kOrigin + 5 * kMinute;
    });
    QVERIFY2(snapshot, "no such snapshot within 10 s");
    const auto *api = find(*snapshot, u"events-api"_s);
    QCOMPARE(api->latest[MetricKind::Cpu], m_fleet.value(m_fleet.indexOf(u"events-api"_s), MetricKind::Cpu,
                                                         kOrigin + 5 * kMinute));
    QCOMPARE(snapshot->sources.first().newestSampleMs, kOrigin + 5 * kMinute);
}

void TestEngine::alertsRaiseIncidentsAndTakeCommands()
{
    auto engine = makeEngine();
    Alerts::AlertsSnapshotPtr alerts;
    QVector<Alerts::Notification> notifications; // each snapshot carries only the new ones
    QThread *receivedOn = nullptr;
    connect(engine.get(), &Engine::EngineApi::alertsReady, this, [&](const Alerts::AlertsSnapshotPtr &a) {
        alerts = a;
        notifications += a->fresh;
        receivedOn = QThread::currentThread();
    });
    engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(alerts && alerts->ruleCount == 34 * 11, 10000);
    QCOMPARE(receivedOn, QThread::currentThread());
    // The demo's 429 burst at the origin: pending at the first refresh, firing
    // once it has lasted the rule's three minutes.
    QVERIFY(nextSnapshot(*engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; }));
    m_clock->advanceMs(5 * kMinute);
    engine->refreshNow();
    const auto voiceIncident = [&]() -> const Alerts::Incident * {
        if (!alerts)
            return nullptr;
        for (const Alerts::Incident &i : alerts->open) {
            if (i.serviceIds.contains(u"events-voice"_s))
                return &i;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(voiceIncident(), 10000);
    const Alerts::Incident incident = *voiceIncident();
    QCOMPARE(incident.projectId, u"events"_s);
    QCOMPARE(incident.cause, Alerts::Cause::Performance);
    QVERIFY(std::any_of(incident.alerts.cbegin(), incident.alerts.cend(),
                        [](const Alerts::FiringAlert &a) { return a.ruleId == u"throttled-high"; }));
    QVERIFY(std::any_of(notifications.cbegin(), notifications.cend(), [&](const Alerts::Notification &n) {
        return n.incident.id == incident.id && n.kind == Alerts::NotificationKind::Opened;
    }));

    engine->acknowledgeIncident(incident.id, u"looking"_s);
    QTRY_COMPARE_WITH_TIMEOUT(voiceIncident()->state, Alerts::IncidentState::Acknowledged, 5000);
    QSignalSpy failed(engine.get(), &Engine::EngineApi::alertCommandFailed);
    engine->silenceIncident(incident.id, m_clock->nowMs() - 1, u"too late"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<Util::Error>().code, u"alerts.silence_expired"_s);
    engine->resolveIncident(incident.id, u"provider fixed it"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!voiceIncident(), 5000);
    QCOMPARE(alerts->history.first().id, incident.id);
    QCOMPARE(alerts->history.first().timeline.last().detail, u"provider fixed it"_s);
}

void TestEngine::historyComesFromTheSourceThenTheStore()
{
    auto engine = makeEngine();
    engine->start();
    QVERIFY(nextSnapshot(*engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; }));
    Engine::HistoryRequest request;
    request.toMs = m_clock->nowMs();
    request.fromMs = request.toMs - 6 * 60 * kMinute;
    request.series = {{u"shared-db"_s, MetricKind::LatencyP95, {}}, {u"events-api"_s, MetricKind::Rps, u"eu-west"_s}};

    QSignalSpy answers(engine.get(), &Engine::EngineApi::historyReady);
    const quint64 first = engine->requestHistory(request);
    auto result = answerTo(answers, first);
    QVERIFY(result);
    QVERIFY(!result->stale);
    QCOMPARE(result->resolution, Store::Resolution::Raw);
    QCOMPARE(result->series.size(), 2);
    QCOMPARE(result->series.at(0).points.size(), 360);
    const int db = m_fleet.indexOf(u"shared-db"_s);
    for (const auto &p : result->series.at(0).points)
        QCOMPARE(p.mean, m_fleet.value(db, MetricKind::LatencyP95, p.t));
    const auto &eu = result->series.at(1);
    QCOMPARE(eu.key.region, u"eu-west"_s);
    QCOMPARE(eu.points.last().mean, m_fleet.value(m_fleet.indexOf(u"events-api"_s), MetricKind::Rps, eu.points.last().t,
                                                  u"eu-west"_s));

    // The answer was written to the store: a second request is served from it,
    // with the same numbers.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_dir->filePath(u"ws.sqlite-wal"_s)), 5000);
    QTest::qWait(200);
    const quint64 second = engine->requestHistory(request);
    auto again = answerTo(answers, second);
    QVERIFY(again);
    QCOMPARE(again->series.at(0).points.size(), result->series.at(0).points.size());
    QCOMPARE(again->series.at(0).points.last().mean, result->series.at(0).points.last().mean);
}

void TestEngine::scalingTheDemoChangesCpu()
{
    auto engine = makeEngine();
    engine->start();
    const auto before = nextSnapshot(*engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; });
    QVERIFY2(before, "no such snapshot within 10 s");
    const double cpuBefore = find(*before, u"events-api"_s)->latest[MetricKind::Cpu];
    // The scale goes through the actions engine (recorded, approved, executed):
    // wait for the executor to report it sent, however loaded the machine is...
    QString failure;
    bool executed = false;
    const auto watch = connect(engine.get(), &Engine::EngineApi::inboxReady, this,
                               [&](const Actions::InboxSnapshotPtr &inbox) {
                                   const auto check = [&](const Actions::ActionRecord &r) {
                                       if (r.proposal.serviceId != u"events-api"_s)
                                           return;
                                       if (r.state == Actions::ActionState::Verifying
                                           || r.state == Actions::ActionState::Succeeded)
                                           executed = true;
                                       else if (r.state == Actions::ActionState::Failed
                                                || r.state == Actions::ActionState::Rejected)
                                           failure = r.reason;
                                   };
                                   for (const auto &r : inbox->inFlight)
                                       check(r);
                                   for (const auto &r : inbox->history)
                                       check(r);
                               });
    engine->scaleService(u"events-api"_s, 7); // the default guardrail allows 4 replicas per step
    QTRY_VERIFY_WITH_TIMEOUT(executed || !failure.isEmpty(), 120000);
    disconnect(watch);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // ...then it lands at the poller's "now": the next minute's refresh shows it.
    Engine::FleetSnapshotPtr after;
    for (int minute = 0; minute < 3 && !after; ++minute) {
        m_clock->advanceMs(kMinute);
        const qint64 at = m_clock->nowMs();
        engine->refreshNow();
        const auto fresh = nextSnapshot(*engine, [at](const auto &s) { return s.atMs >= at; });
        QVERIFY2(fresh, "no refresh answered within 10 s");
        if (find(*fresh, u"events-api"_s)->latest[MetricKind::Replicas] == 7.0)
            after = fresh;
    }
    QVERIFY2(after, "the scale never showed in a snapshot");
    QVERIFY(find(*after, u"events-api"_s)->latest[MetricKind::Cpu] < cpuBefore * 0.7);
}

void TestEngine::workspaceSurvivesRestart()
{
    {
        auto engine = makeEngine();
        QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
        engine->start();
        QVERIFY(opened.wait(10000));
    }
    auto engine = makeEngine(demo(u"large"_s));
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.first().at(0).value<Model::WorkspacePtr>()->services.size(), 34);
}

void TestEngine::damagedDatabaseFailsToOpenWithReason()
{
    QFile f(m_dir->filePath(u"ws.sqlite"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    auto engine = makeEngine();
    QSignalSpy failed(engine.get(), &Engine::EngineApi::openFailed);
    engine->start();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<Util::Error>().code, u"store.corrupt"_s);
    QCOMPARE(QFile(m_dir->filePath(u"ws.sqlite"_s)).size(), 4096);
}

void TestEngine::partialAnswerShowsAsNoteOnTheSource()
{
    // The warning is fixed before the engine starts: the network thread only reads it.
    auto warning = std::make_shared<QString>(u"Railway answered 2 of the figures asked for: Service not found"_s);
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = demo();
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.sourceFactory = [warning](const Model::SourceConfig &config, const Util::Clock &clock,
                                      QObject *parent) -> Util::Result<Sources::MetricSource *> {
        auto inner = Engine::createSource(config, clock, nullptr);
        if (!inner)
            return inner.error();
        auto *source = new FlakySource(*inner, std::make_shared<std::atomic<bool>>(false), parent);
        source->setWarning(warning);
        return static_cast<Sources::MetricSource *>(source);
    };
    Engine::FleetEngine engine(options);
    engine.start();
    const auto partial = nextSnapshot(engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; });
    QVERIFY(partial);
    // Still OK (the data that came is used), but the operator sees what was missing.
    QCOMPARE(partial->sources.first().note, *warning);
    QVERIFY(partial->sources.first().message.isEmpty());
}

void TestEngine::failingSourceTurnsStaleKeepsValuesAndRecovers()
{
    auto failing = std::make_shared<std::atomic<bool>>(false);
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = demo();
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.sourceFactory = [failing](const Model::SourceConfig &config, const Util::Clock &clock,
                                      QObject *parent) -> Util::Result<Sources::MetricSource *> {
        auto inner = Engine::createSource(config, clock, nullptr);
        if (!inner)
            return inner.error();
        return static_cast<Sources::MetricSource *>(new FlakySource(*inner, failing, parent));
    };
    Engine::FleetEngine engine(options);
    engine.start();
    const auto healthy = nextSnapshot(engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; });
    QVERIFY(healthy);
    const double rpsBefore = find(*healthy, u"events-api"_s)->latest[MetricKind::Rps];

    failing->store(true);
    m_clock->advanceMs(3 * kMinute);
    const qint64 failedAt = m_clock->nowMs();
    engine.refreshNow();
    const auto down = nextSnapshot(engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Down; });
    QVERIFY2(down, "the source never turned down");
    QCOMPARE(down->sources.first().downSinceMs, failedAt);
    QCOMPARE(down->sources.first().message, u"connection refused"_s);
    const auto *api = find(*down, u"events-api"_s);
    QCOMPARE(api->verdict.health, Engine::Health::Stale);
    QCOMPARE(api->verdict.cause, Engine::HealthCause::SourceDown);
    QCOMPARE(api->verdict.sinceMs, failedAt);
    QCOMPARE(api->latest[MetricKind::Rps], rpsBefore); // the last known values stay

    // A chart asked for while the source is down gets what the store has, marked stale.
    QTest::qWait(200); // the first refresh's samples reach the store thread
    Engine::HistoryRequest request{{{u"events-api"_s, MetricKind::Rps, {}}}, kOrigin - 3 * 60 * kMinute, m_clock->nowMs()};
    QSignalSpy answers(&engine, &Engine::EngineApi::historyReady);
    const auto history = answerTo(answers, engine.requestHistory(request));
    QVERIFY(history);
    QVERIFY(history->stale);
    QCOMPARE(history->message, u"connection refused"_s);
    QCOMPARE(history->series.first().points.size(), 60); // the hour the first refresh stored

    // Still down a minute later: "stale since" keeps the first failure's time.
    m_clock->advanceMs(kMinute);
    engine.refreshNow();
    QTest::qWait(100);
    QCOMPARE(engine.latestSnapshot()->sources.first().downSinceMs, failedAt);

    failing->store(false);
    m_clock->advanceMs(kMinute);
    engine.refreshNow();
    const auto recovered = nextSnapshot(engine, [](const auto &s) { return s.sources.first().health == Engine::SourceHealth::Ok; });
    QVERIFY2(recovered, "the source never recovered");
    const auto *back = find(*recovered, u"events-api"_s);
    QVERIFY(back->verdict.health != Engine::Health::Stale);
    // The refresh after recovery fetched the whole gap: the trend has no hole.
    QCOMPARE(back->latest.atMs.at(Model::metricIndex(MetricKind::Rps)), kOrigin + 5 * kMinute);
    QCOMPARE(back->rpsTrend.size(), 60);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
