#include "core/actions/actionengine.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/auditlog.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    void restartReplaysTheSimulatorAndKeepsHistory();

private:
    std::unique_ptr<Engine::FleetEngine> makeEngine();
    void startAndWarmUp(Engine::FleetEngine &engine);
    void advance(Engine::FleetEngine &engine, int minutes);
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

std::unique_ptr<Engine::FleetEngine> TestActionEngine::makeEngine()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = demo();
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000; // only explicit refreshes
    options.operatorName = u"ana"_s;
    options.diagnoses = false; // this suite is about the loop; tst_diagnosis covers the catalogue
    return std::make_unique<Engine::FleetEngine>(options);
}

void TestActionEngine::startAndWarmUp(Engine::FleetEngine &engine)
{
    QSignalSpy opened(&engine, &Engine::EngineApi::opened);
    engine.start();
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(engine.latestSnapshot() && engine.latestInbox(), 10000);
    advance(engine, 3);
}

void TestActionEngine::advance(Engine::FleetEngine &engine, int minutes)
{
    for (int i = 0; i < minutes; ++i) {
        m_clock->advanceMs(kMinute);
        const quint64 before = engine.latestSnapshot() ? engine.latestSnapshot()->generation : 0;
        engine.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(engine.latestSnapshot() && engine.latestSnapshot()->generation > before + 1, 10000);
        QTest::qWait(50); // let the actions engine see it too
    }
}

const Actions::ActionRecord *TestActionEngine::waitForOpen(Engine::FleetEngine &engine, const QString &service,
                                                           const QString &fix)
{
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(200);
        if (engine.latestInbox()) {
            if (const auto *r = findIn(engine.latestInbox()->open, service, fix))
                return r;
        }
        advance(engine, 1);
    }
    return nullptr;
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
    for (int i = 0; i <= minutes; ++i) {
        for (int tries = 0; tries < 10; ++tries) {
            const Actions::ActionRecord *r = recordOf(engine, id);
            if (r && states.contains(r->state))
                return r->state;
            QTest::qWait(50);
        }
        advance(engine, 1);
    }
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
    advance(*engine, 1);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 5.0);
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
    QTRY_VERIFY(engine->latestInbox()->settings.dryRun);
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
    for (int i = 0; i < 8 && !ran; ++i) {
        advance(*engine, 1);
        ran = findIn(engine->latestInbox()->inFlight, u"events-api"_s, u"scale_up"_s);
        if (!ran)
            ran = findIn(engine->latestInbox()->history, u"events-api"_s, u"scale_up"_s);
    }
    QVERIFY(ran);
    QVERIFY(ran->autoApproved);
    QVERIFY(ran->decidedBy.contains(u"hpa.cpu"_s));
    for (int i = 0; i < 3 && latest(*engine, u"events-api"_s, MetricKind::Replicas) != 5.0; ++i)
        advance(*engine, 1);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 5.0);
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
    QVERIFY(opened.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(engine->latestSnapshot() && engine->latestInbox(), 10000);
    advance(*engine, 1);
    QCOMPARE(latest(*engine, u"events-api"_s, MetricKind::Replicas), 5.0);
    QCOMPARE(waitForState(*engine, id, {ActionState::Succeeded, ActionState::Failed}), ActionState::Succeeded);
}

QTEST_GUILESS_MAIN(TestActionEngine)
#include "tst_actionengine.moc"
