#include "core/actions/actionengine.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/auditlog.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Actions::ActionState;
using Model::MetricKind;

namespace {

constexpr qint64 kMinute = 60'000;
// Friday 2026-03-06 20:00 UTC: the events API is in its Friday-evening spike, the
// voice service in a 429 burst, the database slow after a bad deploy of the API.
constexpr qint64 kOrigin = 1772827200000LL;

Model::WorkspacePtr demo()
{
    return std::make_shared<const Model::Workspace>(*Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
}

const Actions::ActionRecord *findIn(const QVector<Actions::ActionRecord> &list, const QString &service,
                                    const QString &fix)
{
    for (const Actions::ActionRecord &r : list) {
        if (r.proposal.actedServiceId() == service && (fix.isEmpty() || r.proposal.fix == fix))
            return &r;
    }
    return nullptr;
}

} // namespace

// The whole loop on the demo fleet, as an operator lives it: a proposal appears
// for the overloaded service, the operator approves, the simulator changes, and
// verification marks the outcome; restarts, dry-run, guardrails and auto-approve.
class TestActionEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overloadedServiceIsScaledAndVerified();
    void rejectAndSnoozeAreRecorded();
    void dryRunShowsRequestWithoutSending();
    void guardrailStopsAnApprovedAction();
    void autoApproveRuleRunsWithoutAClick();
    void manualFixWaitsForThePersonWhoDidIt();
    void restartReplaysTheSimulatorAndKeepsHistory();
    void workspaceChangeKeepsWhatTheSimulatorWasTold();
    void diagnosedIncidentsAreFixedVerifiedAndLearnt();
    void forecastPeakIsProposedForecastOnlyThenScored();

private:
    std::unique_ptr<Engine::FleetEngine> makeEngine(bool diagnoses = false);
    void startAndWarmUp(Engine::FleetEngine &engine);
    void advance(Engine::FleetEngine &engine, int minutes);
    // Returns once the engine's threads have run everything queued to them: the
    // actions engine, the network thread that executes and answers its history
    // requests, and the actions engine again, a few rounds (an evaluation asks for
    // history whose answer may ask for more), then the GUI thread's share.
    void settle(Engine::FleetEngine &engine);
    // Settles after each simulated minute and checks `done`, so that the simulated
    // clock never runs ahead of the engine however loaded the machine is.
    bool waitUntil(Engine::FleetEngine &engine, const std::function<bool()> &done, int minutes);
    const Actions::ActionRecord *waitForOpen(Engine::FleetEngine &engine, const QString &service, const QString &fix);
    ActionState waitForState(Engine::FleetEngine &engine, qint64 id, const QList<ActionState> &states,
                             int minutes = 15);
    const Actions::ActionRecord *recordOf(Engine::FleetEngine &engine, qint64 id) const;
    double latest(Engine::FleetEngine &engine, const QString &service, MetricKind kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
};

void TestActionEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
}

void TestActionEngine::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Engine::FleetEngine> TestActionEngine::makeEngine(bool diagnoses)
{
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = demo();
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000; // only explicit refreshes
    options.operatorName = u"ana"_s;
    options.diagnoses = diagnoses; // off where a test is about one proposal; tst_diagnosis covers the catalogue
    return std::make_unique<Engine::FleetEngine>(options);
}

void TestActionEngine::startAndWarmUp(Engine::FleetEngine &engine)
{
    QSignalSpy opened(&engine, &Engine::EngineApi::opened);
    engine.start();
    // Opening migrates the store and warms the simulator: slow on a loaded machine.
    QVERIFY(opened.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(engine.latestSnapshot() && engine.latestInbox(), 60000);
    advance(engine, 3);
}

void TestActionEngine::advance(Engine::FleetEngine &engine, int minutes)
{
    for (int i = 0; i < minutes; ++i) {
        m_clock->advanceMs(kMinute);
        const quint64 before = engine.latestSnapshot() ? engine.latestSnapshot()->generation : 0;
        engine.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(engine.latestSnapshot() && engine.latestSnapshot()->generation > before + 1, 60000);
        settle(engine); // the actions engine has seen it too
    }
}

void TestActionEngine::settle(Engine::FleetEngine &engine)
{
    auto barrier = [](QThread *thread) {
        // The event dispatcher lives on its thread: a blocking call to it returns once
        // every event queued there before it has been handled.
        if (QAbstractEventDispatcher *d = thread ? QAbstractEventDispatcher::instance(thread) : nullptr)
            QMetaObject::invokeMethod(d, [] {}, Qt::BlockingQueuedConnection);
    };
    for (int round = 0; round < 4; ++round) {
        barrier(engine.actionEngine() ? engine.actionEngine()->thread() : nullptr);
        barrier(engine.networkThread());
        QCoreApplication::processEvents();
    }
}

bool TestActionEngine::waitUntil(Engine::FleetEngine &engine, const std::function<bool()> &done, int minutes)
{
    for (int i = 0; i <= minutes; ++i) {
        settle(engine);
        // Forecasts run on the thread pool: a moment more for them, without sleeping
        // when `done` holds already.
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 250) {
            if (done())
                return true;
            QTest::qWait(25);
        }
        if (i < minutes)
            advance(engine, 1);
    }
    return done();
}

const Actions::ActionRecord *TestActionEngine::waitForOpen(Engine::FleetEngine &engine, const QString &service,
                                                           const QString &fix)
{
    const Actions::ActionRecord *found = nullptr;
    waitUntil(engine, [&] {
        found = engine.latestInbox() ? findIn(engine.latestInbox()->open, service, fix) : nullptr;
        return found != nullptr;
    }, 10);
    return found;
}

const Actions::ActionRecord *TestActionEngine::recordOf(Engine::FleetEngine &engine, qint64 id) const
{
    const auto inbox = engine.latestInbox();
    for (const auto *list : {&inbox->open, &inbox->inFlight, &inbox->history}) {
        for (const Actions::ActionRecord &r : *list) {
            if (r.id == id)
                return &r;
        }
    }
    return nullptr;
}

ActionState TestActionEngine::waitForState(Engine::FleetEngine &engine, qint64 id, const QList<ActionState> &states,
                                           int minutes)
{
    waitUntil(engine, [&] {
        const Actions::ActionRecord *r = recordOf(engine, id);
        return r && states.contains(r->state);
    }, minutes);
    const Actions::ActionRecord *r = recordOf(engine, id);
    return r ? r->state : ActionState::Proposed;
}

double TestActionEngine::latest(Engine::FleetEngine &engine, const QString &service, MetricKind kind) const
{
    for (const auto &s : engine.latestSnapshot()->services) {
        if (s.serviceId == service)
            return s.latest[kind];
    }
    return qQNaN();
}

void TestActionEngine::overloadedServiceIsScaledAndVerified()
{
    auto engine = makeEngine();
    startAndWarmUp(*engine);
    QVERIFY2(latest(*engine, u"events-api"_s, MetricKind::Cpu) > 90.0,
             qPrintable(QString::number(latest(*engine, u"events-api"_s, MetricKind::Cpu))));

    const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY2(proposal, "no scale-up proposal for the overloaded API");
    QCOMPARE(proposal->proposal.fromReplicas, 3);
    QCOMPARE(proposal->proposal.toReplicas, 5); // ceil(3 x 100 / 65)
    QCOMPARE(proposal->proposal.trigger, Actions::Trigger::TargetTracking);
    QVERIFY(!proposal->proposal.evidence.isEmpty());
    QVERIFY(proposal->proposal.evidence.first().points.size() >= 3);
    QCOMPARE(proposal->proposal.costDeltaPerMonth, 40.0);
    const qint64 id = proposal->id;

    // Nothing has reached the simulator without the approval.
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 3.0);
    QSignalSpy inbox(engine.get(), &Engine::EngineApi::inboxReady);
    engine->approveActions({id});
    QCOMPARE(waitForState(*engine, id, {ActionState::Verifying, ActionState::Succeeded, ActionState::Failed}, 2),
             ActionState::Verifying);
    QVERIFY(waitUntil(*engine, [&] { return latest(*engine, u"events-api"_s, MetricKind::Replicas) == 5.0; }, 2));
    QVERIFY(latest(*engine, u"events-api"_s, MetricKind::Cpu) < 80.0);

    // Settle 2 min + window 5 min, then the verdict.
    QCOMPARE(waitForState(*engine, id, {ActionState::Succeeded, ActionState::Failed, ActionState::RolledBack}),
             ActionState::Succeeded);
    const Actions::ActionRecord *done = recordOf(*engine, id);
    QVERIFY(done->outcome.after < done->outcome.threshold);
    QVERIFY(done->outcome.samples >= 3);
    QCOMPARE(done->decidedBy, u"ana"_s);
    QVERIFY(done->execution.request.contains(u"replicas=5"_s));

    engine.reset();
    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"ws.sqlite"_s), u"check"_s, Store::Database::Mode::ReadOnly).ok());
    auto report = Actions::AuditLog(db.handle()).verify();
    QVERIFY(report->intact);
    auto entries = Actions::AuditLog(db.handle()).recent(20, id);
    QStringList events;
    for (const auto &e : *entries)
        events.prepend(e.event + u'/' + e.actor);
    QCOMPARE(events, (QStringList{u"proposed/straja"_s, u"approved/ana"_s, u"executing/straja"_s,
                                  u"verifying/straja"_s, u"succeeded/straja"_s}));
}

void TestActionEngine::rejectAndSnoozeAreRecorded()
{
    auto engine = makeEngine();
    startAndWarmUp(*engine);
    const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY(proposal);
    const qint64 id = proposal->id;
    engine->snoozeActions({id}, 30 * kMinute);
    QTRY_VERIFY(recordOf(*engine, id) && recordOf(*engine, id)->snoozedUntilMs > m_clock->nowMs());
    QCOMPARE(recordOf(*engine, id)->state, ActionState::Proposed);
    engine->rejectActions({id});
    QTRY_COMPARE(recordOf(*engine, id)->state, ActionState::Rejected);
    QCOMPARE(recordOf(*engine, id)->decidedBy, u"ana"_s);
    // A rejected proposal never runs, even if approved afterwards.
    engine->approveActions({id});
    advance(*engine, 2);
    QCOMPARE(recordOf(*engine, id)->state, ActionState::Rejected);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 3.0);
}

void TestActionEngine::dryRunShowsRequestWithoutSending()
{
    auto engine = makeEngine();
    startAndWarmUp(*engine);
    Actions::AutomationSettings settings;
    settings.dryRun = true;
    engine->setAutomation(settings);
    // The setting queues behind the engine's first rounds of work, which take seconds on a loaded machine.
    QTRY_VERIFY_WITH_TIMEOUT(engine->latestInbox()->settings.dryRun, 30000);
    const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY(proposal);
    const qint64 id = proposal->id;

    QSignalSpy preview(engine.get(), &Engine::EngineApi::actionPreviewReady);
    engine->requestActionPreview(id);
    QVERIFY(preview.wait(5000));
    QCOMPARE(preview.first().at(0).toLongLong(), id);
    QVERIFY(preview.first().at(1).toString().contains(u"scale events-api replicas=5"_s));

    engine->approveActions({id});
    QCOMPARE(waitForState(*engine, id, {ActionState::DryRun, ActionState::Verifying}, 2), ActionState::DryRun);
    QVERIFY(recordOf(*engine, id)->execution.request.contains(u"replicas=5"_s));
    advance(*engine, 2);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 3.0);
}

void TestActionEngine::guardrailStopsAnApprovedAction()
{
    auto engine = makeEngine();
    startAndWarmUp(*engine);
    const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY(proposal);
    const qint64 id = proposal->id;
    // The operator lowers the spend cap after the proposal was raised: 5 replicas
    // at $20 no longer fit in $90 a month.
    Actions::Guardrails tight;
    tight.minReplicas = 1;
    tight.maxReplicas = 12;
    tight.monthlySpendCap = 90.0;
    QMetaObject::invokeMethod(engine->actionEngine(), [a = engine->actionEngine(), tight] {
        a->setGuardrails(u"events-api"_s, tight, u"ana"_s);
    }, Qt::BlockingQueuedConnection);
    engine->approveActions({id});
    QCOMPARE(waitForState(*engine, id, {ActionState::Failed, ActionState::Verifying}, 2), ActionState::Failed);
    QVERIFY2(recordOf(*engine, id)->reason.contains(u"cap"_s), qPrintable(recordOf(*engine, id)->reason));
    advance(*engine, 1);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 3.0);
}

void TestActionEngine::autoApproveRuleRunsWithoutAClick()
{
    auto engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(engine->latestInbox(), 10000);
    Actions::AutomationSettings settings;
    settings.autoApproveRules = {u"hpa.cpu"_s};
    engine->setAutomation(settings);
    QTRY_VERIFY(engine->latestInbox()->settings.autoApproveRules == settings.autoApproveRules);
    const Actions::ActionRecord *ran = nullptr;
    QVERIFY(waitUntil(*engine, [&] {
        ran = findIn(engine->latestInbox()->inFlight, u"events-api"_s, u"scale_up"_s);
        if (!ran)
            ran = findIn(engine->latestInbox()->history, u"events-api"_s, u"scale_up"_s);
        return ran != nullptr;
    }, 10));
    QVERIFY(ran->autoApproved);
    QVERIFY(ran->decidedBy.contains(u"hpa.cpu"_s));
    QVERIFY(waitUntil(*engine, [&] { return latest(*engine, u"events-api"_s, MetricKind::Replicas) == 5.0; }, 3));
}

void TestActionEngine::manualFixWaitsForThePersonWhoDidIt()
{
    // Even with its rule set to auto-approve, a manual fix (backing off from the
    // throttling dependency) stays open: only the operator can say it is done.
    auto engine = makeEngine(true);
    startAndWarmUp(*engine);
    Actions::AutomationSettings settings;
    settings.autoApproveRules = {u"diagnosis.dependency_throttling"_s};
    engine->setAutomation(settings);
    QTRY_VERIFY(engine->latestInbox()->settings.autoApproveRules == settings.autoApproveRules);
    QMetaObject::invokeMethod(engine->actionEngine(), &Actions::ActionEngine::evaluateNow, Qt::QueuedConnection);
    const Actions::ActionRecord *manual = waitForOpen(*engine, u"events-voice"_s, u"back_off"_s);
    QVERIFY2(manual, "the manual fix was not left open for the operator");
    QCOMPARE(manual->proposal.kind, Actions::ActionKind::Manual);
    QCOMPARE(manual->state, ActionState::Proposed);
    QVERIFY(!manual->autoApproved);
    const qint64 id = manual->id;
    // The operator's approval records that they did it; Straja then only verifies.
    engine->approveActions({id});
    QCOMPARE(waitForState(*engine, id, {ActionState::Verifying, ActionState::Failed}, 2), ActionState::Verifying);
    const Actions::ActionRecord *verifying = recordOf(*engine, id);
    QCOMPARE(verifying->decidedBy, u"ana"_s);
    QVERIFY2(verifying->execution.request.contains(u"applied by ana"_s), qPrintable(verifying->execution.request));
}

void TestActionEngine::restartReplaysTheSimulatorAndKeepsHistory()
{
    qint64 id = 0;
    {
        auto engine = makeEngine();
        startAndWarmUp(*engine);
        const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
        QVERIFY(proposal);
        id = proposal->id;
        engine->approveActions({id});
        QCOMPARE(waitForState(*engine, id, {ActionState::Verifying, ActionState::Succeeded}, 2),
                 ActionState::Verifying);
    }
    // A new process on the same store: the simulator forgot the scale, the store
    // did not; the replay makes both agree again before the first refresh.
    auto engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(engine->latestSnapshot() && engine->latestInbox(), 60000);
    advance(*engine, 1);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 5.0);
    QCOMPARE(waitForState(*engine, id, {ActionState::Succeeded, ActionState::Failed}), ActionState::Succeeded);
}

void TestActionEngine::workspaceChangeKeepsWhatTheSimulatorWasTold()
{
    auto engine = makeEngine();
    startAndWarmUp(*engine);
    const Actions::ActionRecord *proposal = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY(proposal);
    const qint64 id = proposal->id;
    engine->approveActions({id});
    QVERIFY(waitUntil(*engine, [&] { return latest(*engine, u"events-api"_s, MetricKind::Replicas) == 5.0; }, 3));
    // The operator saves the workspace and the demo source gets a new simulator:
    // it starts from its spec, and hears again what the old one had been told.
    QSignalSpy changed(engine.get(), &Engine::EngineApi::workspaceChanged);
    engine->updateWorkspace(engine->workspace(), {u"demo"_s});
    QVERIFY(changed.wait(10000));
    advance(*engine, 2);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 5.0);
    QCOMPARE(waitForState(*engine, id, {ActionState::Succeeded, ActionState::Failed}), ActionState::Succeeded);
}

void TestActionEngine::diagnosedIncidentsAreFixedVerifiedAndLearnt()
{
    auto engine = makeEngine(true);
    startAndWarmUp(*engine);
    // Diagnoses wait 20 s of wall time after start; the test does not.
    QMetaObject::invokeMethod(engine->actionEngine(), &Actions::ActionEngine::evaluateNow, Qt::QueuedConnection);
    // The web tier's memory leak and the database slowed by the API's bad deploy.
    const Actions::ActionRecord *leak = waitForOpen(*engine, u"events-web"_s, u"restart"_s);
    QVERIFY2(leak, "no restart proposed for the leaking web tier");
    QCOMPARE(leak->proposal.pattern, u"memory_leak"_s);
    QCOMPARE(leak->proposal.trigger, Actions::Trigger::Diagnosis);
    QVERIFY(leak->proposal.facts.value(u"hoursToLimit"_s).toDouble() < 30.0);
    QVERIFY(leak->proposal.evidence.first().points.size() > 100); // a day at 5-minute rollups
    const qint64 leakId = leak->id;
    // Two patterns ask for this rollback (the API's 5xx after its deploy, the database
    // slowed by it): one proposal names both, once both services were diagnosed.
    const Actions::ActionRecord *slow = nullptr;
    QStringList reasons;
    waitUntil(*engine, [&] {
        slow = findIn(engine->latestInbox()->open, u"events-api"_s, u"rollback"_s);
        reasons.clear();
        if (slow) {
            reasons.append(slow->proposal.pattern + u'@' + slow->proposal.serviceId);
            for (const QJsonValue &v : slow->proposal.facts.value(u"alsoSeen"_s).toArray())
                reasons.append(v[u"pattern"_s].toString() + u'@' + v[u"serviceId"_s].toString());
            reasons.sort();
        }
        return reasons.size() == 2;
    }, 10);
    QVERIFY2(slow, "no rollback proposed for the deploy that slowed the database");
    QCOMPARE(reasons, (QStringList{u"errors_after_deploy@events-api"_s, u"slow_db_after_deploy@shared-db"_s}));
    const qint64 rollbackId = slow->id;
    const Actions::ActionRecord *scale = waitForOpen(*engine, u"events-api"_s, u"scale_up"_s);
    QVERIFY(scale);
    const qint64 scaleId = scale->id;
    const Actions::ActionRecord *throttled = waitForOpen(*engine, u"events-voice"_s, u"back_off"_s);
    QVERIFY(throttled);
    QCOMPARE(throttled->proposal.kind, Actions::ActionKind::Manual);
    // Target tracking already scales the API: no second scaling from the diagnosis.
    int apiScales = 0;
    for (const auto &r : engine->latestInbox()->open)
        apiScales += r.proposal.actedServiceId() == u"events-api" && r.proposal.kind == Actions::ActionKind::Scale;
    QCOMPARE(apiScales, 1);

    const double memoryBefore = latest(*engine, u"events-web"_s, MetricKind::Memory);
    const double dbLatencyBefore = latest(*engine, u"shared-db"_s, MetricKind::LatencyP95);
    // The API's errors come from the deploy and from the overload: both fixes go.
    engine->approveActions({leakId, rollbackId, scaleId});
    QCOMPARE(waitForState(*engine, leakId, {ActionState::Verifying, ActionState::Failed}, 2), ActionState::Verifying);
    QVERIFY(waitUntil(*engine, [&] {
        return latest(*engine, u"events-web"_s, MetricKind::Memory) < memoryBefore - 20.0
            && latest(*engine, u"shared-db"_s, MetricKind::LatencyP95) < dbLatencyBefore / 2.0;
    }, 3));
    QCOMPARE(waitForState(*engine, leakId, {ActionState::Succeeded, ActionState::Failed}), ActionState::Succeeded);
    QCOMPARE(waitForState(*engine, rollbackId, {ActionState::Succeeded, ActionState::Failed}), ActionState::Succeeded);

    // The outcomes are remembered per pattern and fix.
    engine.reset();
    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"ws.sqlite"_s), u"check"_s, Store::Database::Mode::ReadOnly).ok());
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(u"SELECT pattern, fix, service_id, outcome FROM knowledge ORDER BY pattern"_s));
    QStringList rows;
    while (q.next())
        rows.append(u"%1/%2/%3/%4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         q.value(3).toString()));
    QCOMPARE(rows, (QStringList{u"errors_after_deploy/rollback/events-api/succeeded"_s,
                                u"memory_leak/restart/events-web/succeeded"_s}));
    QVERIFY(Actions::AuditLog(db.handle()).verify()->intact);
}

void TestActionEngine::forecastPeakIsProposedForecastOnlyThenScored()
{
    // Friday 18:25: two weeks of history hold two Friday-evening spikes, and the
    // third needs a fourth replica of the API from 19:00 on.
    m_clock->setNowMs(kOrigin - 95 * kMinute);
    auto engine = makeEngine(true);
    startAndWarmUp(*engine);
    QMetaObject::invokeMethod(engine->actionEngine(), &Actions::ActionEngine::evaluateNow, Qt::QueuedConnection);
    const Actions::ActionRecord *shadow = nullptr;
    waitUntil(*engine, [&] {
        shadow = findIn(engine->latestInbox()->shadow, u"events-api"_s, u"pre_scale_up"_s);
        return shadow != nullptr;
    }, 10);
    QVERIFY2(shadow, "no forecast-only pre-scaling for the Friday peak");
    const qint64 shadowId = shadow->id;
    const Actions::Proposal p = shadow->proposal;
    QCOMPARE(p.trigger, Actions::Trigger::Predictive);
    QVERIFY(shadow->shadow);
    QVERIFY(p.toReplicas > 3);
    QVERIFY(p.confidence >= 0.7);
    QVERIFY(!p.forecast.isEmpty());
    QVERIFY(std::isfinite(p.forecast.accuracy));
    // Ahead of the need by the start-up time and a margin.
    QVERIFY(p.facts.value(u"executeByMs"_s).toDouble() < p.facts.value(u"needFromMs"_s).toDouble());
    QVERIFY(findIn(engine->latestInbox()->open, u"events-api"_s, u"pre_scale_up"_s) == nullptr);

    // Forecast-only: it cannot be approved.
    QSignalSpy failures(engine.get(), &Engine::EngineApi::actionFailed);
    engine->approveActions({shadowId});
    QVERIFY(failures.wait(5000));
    QVERIFY(failures.first().at(0).value<Util::Error>().message.contains(u"events-api"_s));

    // Once the operator turns predictive scaling on for the API, its proposals are real.
    Actions::AutomationSettings settings;
    settings.predictiveEnabledServices = {u"events-api"_s};
    engine->setAutomation(settings);
    const Actions::ActionRecord *real = nullptr;
    QVERIFY(waitUntil(*engine, [&] {
        real = findIn(engine->latestInbox()->open, u"events-api"_s, u"pre_scale_up"_s);
        return real != nullptr;
    }, 3));
    QVERIFY(!real->shadow);

    // The forecast-only proposal is scored half an hour after its peak.
    const qint64 peak = static_cast<qint64>(p.facts.value(u"peakMs"_s).toDouble());
    while (m_clock->nowMs() < peak + 25 * kMinute) {
        m_clock->advanceMs(4 * kMinute);
        engine->refreshNow();
        QTest::qWait(40);
    }
    const Actions::ActionRecord *scored = nullptr;
    QVERIFY(waitUntil(*engine, [&] {
        for (const auto &r : engine->latestInbox()->shadow)
            if (r.id == shadowId && r.state == ActionState::Expired)
                scored = &r;
        return scored != nullptr;
    }, 15));
    QVERIFY(std::isfinite(scored->outcome.shadowScore));
    QCOMPARE(scored->outcome.shadowScore, 1.0); // the spike came, about as forecast
    QVERIFY(scored->outcome.after > 300.0);     // the API's real Friday peak, requests/s
    QCOMPARE(engine->latestInbox()->shadowHitRate.value(u"events-api"_s), 1.0);
}

QTEST_GUILESS_MAIN(TestActionEngine)
#include "tst_actionengine.moc"
