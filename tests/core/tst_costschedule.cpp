#include "core/actions/actionengine.h"
#include "core/actions/actionstore.h"
#include "core/actions/auditlog.h"
#include "core/actions/scalesteps.h"
#include "core/actions/schedulecalendar.h"
#include "core/actions/schedulerunner.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using Actions::CostSchedule;
using Actions::ScheduleEdge;

namespace {

constexpr qint64 kHour = 3600'000;

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

CostSchedule schedule(const QString &zone, int start, int end, int from = 4, int to = 2)
{
    CostSchedule s;
    s.serviceId = u"web"_s;
    s.projectId = u"shop"_s;
    s.provider = u"demo"_s;
    s.timeZone = zone;
    s.startHour = start;
    s.endHour = end;
    s.fromReplicas = from;
    s.toReplicas = to;
    return s;
}

Model::WorkspacePtr workspace()
{
    auto w = std::make_shared<Model::Workspace>();
    w->name = u"test"_s;
    Model::Project p;
    p.id = u"shop"_s;
    p.name = u"Shop"_s;
    w->projects.append(p);
    Model::Service s;
    s.id = u"web"_s;
    s.projectId = u"shop"_s;
    s.name = u"web"_s;
    s.role = u"web"_s;
    s.provider = u"demo"_s;
    s.maxReplicas = 10;
    w->services.append(s);
    return w;
}

} // namespace

// Off-peak schedules approved from cost recommendations: where their edges fall
// (daylight saving nights in Europe/Bucharest included), how they are stored and
// audited, and that the actions engine raises each edge's scale exactly once,
// across a restart.
class TestCostSchedule : public QObject
{
    Q_OBJECT

private slots:
    void edgesFollowLocalHours_data();
    void edgesFollowLocalHours();
    void inWindowFollowsTheEdges();
    void runnerStoresPausesAndRemoves();
    void missedEdgesCollapseToTheNewest();
    void engineRaisesEachEdgeOnceAcrossARestart();
    void scaleStepsFollowTheGuardrails_data();
    void scaleStepsFollowTheGuardrails();
};

void TestCostSchedule::edgesFollowLocalHours_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<qint64>("expectedStart");
    QTest::addColumn<qint64>("expectedEnd");

    // Hand-computed: Bucharest is UTC+2 in winter, UTC+3 in summer; clocks jump
    // 03:00 -> 04:00 on 2026-03-29 and 04:00 -> 03:00 on 2026-10-25.
    QTest::newRow("utc, an ordinary night") << u"UTC"_s << 1 << 5 << utc(2026, 3, 10, 1) << utc(2026, 3, 10, 5);
    QTest::newRow("bucharest, a winter night")
        << u"Europe/Bucharest"_s << 1 << 5 << utc(2026, 3, 9, 23) << utc(2026, 3, 10, 3);
    QTest::newRow("bucharest, a summer night")
        << u"Europe/Bucharest"_s << 1 << 5 << utc(2026, 7, 9, 22) << utc(2026, 7, 10, 2);
    QTest::newRow("spring forward: 01-06 lasts 4 hours")
        << u"Europe/Bucharest"_s << 1 << 6 << utc(2026, 3, 28, 23) << utc(2026, 3, 29, 3);
    QTest::newRow("spring forward: 03:00 does not exist, starts at the jump")
        << u"Europe/Bucharest"_s << 3 << 6 << utc(2026, 3, 29, 1) << utc(2026, 3, 29, 3);
    QTest::newRow("fall back: 01-06 lasts 6 hours")
        << u"Europe/Bucharest"_s << 1 << 6 << utc(2026, 10, 24, 22) << utc(2026, 10, 25, 4);
    QTest::newRow("fall back: 03:00 happens twice, the first one")
        << u"Europe/Bucharest"_s << 3 << 6 << utc(2026, 10, 25, 0) << utc(2026, 10, 25, 4);
    QTest::newRow("fall back: the window ends in the repeated hour")
        << u"Europe/Bucharest"_s << 1 << 3 << utc(2026, 10, 24, 22) << utc(2026, 10, 25, 0);
    QTest::newRow("across midnight on the spring-forward night")
        << u"Europe/Bucharest"_s << 22 << 6 << utc(2026, 3, 28, 20) << utc(2026, 3, 29, 3);
    QTest::newRow("across midnight on the fall-back night")
        << u"Europe/Bucharest"_s << 22 << 6 << utc(2026, 10, 24, 19) << utc(2026, 10, 25, 4);
}

void TestCostSchedule::edgesFollowLocalHours()
{
    QFETCH(QString, zone);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(qint64, expectedStart);
    QFETCH(qint64, expectedEnd);
    const Actions::ScheduleCalendar calendar(schedule(zone, start, end));
    QVERIFY(calendar.isValid());
    const QVector<ScheduleEdge> edges = calendar.edges(expectedStart - kHour, expectedEnd + kHour);
    const QVector<ScheduleEdge> expected{{expectedStart, true, 2}, {expectedEnd, false, 4}};
    if (edges != expected) {
        for (const ScheduleEdge &e : edges)
            qWarning() << QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC) << e.windowStart;
    }
    QCOMPARE(edges, expected);
    // The interval is half-open at the start: an edge exactly at `after` is not repeated.
    QCOMPARE(calendar.edges(expectedStart, expectedEnd).size(), 1);
    QCOMPARE(calendar.nextEdge(expectedStart - 1).atMs, expectedStart);
}

void TestCostSchedule::inWindowFollowsTheEdges()
{
    const Actions::ScheduleCalendar calendar(schedule(u"Europe/Bucharest"_s, 22, 6));
    QVERIFY(calendar.inWindow(utc(2026, 3, 28, 20)));
    QVERIFY(calendar.inWindow(utc(2026, 3, 29, 2, 59)));
    QVERIFY(!calendar.inWindow(utc(2026, 3, 29, 3)));
    QVERIFY(!calendar.inWindow(utc(2026, 3, 28, 19, 59)));
    QVERIFY(!Actions::ScheduleCalendar(schedule(u"Mars/Olympus"_s, 1, 5)).isValid());
    QVERIFY(!Actions::ScheduleCalendar(schedule(u"UTC"_s, 5, 5)).isValid());
}

void TestCostSchedule::runnerStoresPausesAndRemoves()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.db"_s);
    const qint64 t0 = utc(2026, 3, 10, 0, 30);
    QString id;
    {
        Store::Database db;
        QVERIFY(db.open(path, u"runner"_s, Store::Database::Mode::ReadWrite));
        Actions::AuditLog audit(db.handle());
        Actions::ScheduleRunner runner(db.handle(), audit);
        QVERIFY(!runner.add(schedule(u"Nowhere/City"_s, 1, 5), t0, u"alice"_s));
        auto added = runner.add(schedule(u"UTC"_s, 1, 5), t0, u"alice"_s);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        id = added->id;
        QCOMPARE(added->approvedBy, u"alice"_s);
        QVERIFY(runner.due(t0 + 20 * 60'000)->isEmpty()); // 00:50: before the window

        const qint64 atStart = utc(2026, 3, 10, 1, 0);
        auto due = runner.due(atStart);
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).edge.atMs, atStart);
        QCOMPARE(due->at(0).edge.replicas, 2);
        QCOMPARE(due->at(0).superseded, 0);
        QCOMPARE(due->at(0).idempotencyKey, Actions::ScheduleRunner::idempotencyKey(id, atStart));
        // Until it is marked handled the same edge (same key) comes back; then never.
        QCOMPARE(runner.due(atStart + 1000)->at(0).idempotencyKey, due->at(0).idempotencyKey);
        QVERIFY(runner.markHandled(id, atStart, u"raised"_s, atStart));
        QVERIFY(runner.due(atStart + 1000)->isEmpty());

        // Paused: the end edge passes unseen; resumed: it stays skipped.
        QVERIFY(runner.setPaused(id, true, atStart + kHour, u"bob"_s));
        QVERIFY(runner.due(utc(2026, 3, 10, 6))->isEmpty());
        QVERIFY(runner.setPaused(id, false, utc(2026, 3, 10, 6), u"bob"_s));
        QVERIFY(runner.due(utc(2026, 3, 10, 7))->isEmpty());
        QCOMPARE(runner.due(utc(2026, 3, 11, 1))->size(), 1);
    }
    {
        // Reopened: the schedule and its state are still there.
        Store::Database db;
        QVERIFY(db.open(path, u"runner2"_s, Store::Database::Mode::ReadWrite));
        Actions::AuditLog audit(db.handle());
        Actions::ScheduleRunner runner(db.handle(), audit);
        auto all = runner.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->at(0).note, u"raised"_s);
        QVERIFY(!all->at(0).paused);
        QVERIFY(runner.remove(id, utc(2026, 3, 10, 8), u"carol"_s));
        QVERIFY(runner.list()->isEmpty());
        QVERIFY(!runner.remove(id, utc(2026, 3, 10, 8), u"carol"_s)); // already gone: a clear error
        QVERIFY(runner.due(utc(2026, 3, 12, 1))->isEmpty());

        auto entries = audit.recent(10);
        QVERIFY(entries);
        QStringList events;
        for (const Actions::AuditEntry &e : *entries)
            events.prepend(e.event + u'/' + e.actor);
        QCOMPARE(events, QStringList({u"schedule_added/alice"_s, u"schedule_paused/bob"_s, u"schedule_resumed/bob"_s,
                                      u"schedule_removed/carol"_s}));
        QVERIFY(entries->at(0).payload.contains(id));
        QVERIFY(audit.verify()->intact);
    }
}

void TestCostSchedule::missedEdgesCollapseToTheNewest()
{
    QTemporaryDir dir;
    Store::Database db;
    QVERIFY(db.open(dir.filePath(u"s.db"_s), u"missed"_s, Store::Database::Mode::ReadWrite));
    Actions::AuditLog audit(db.handle());
    Actions::ScheduleRunner runner(db.handle(), audit);
    auto added = runner.add(schedule(u"UTC"_s, 1, 5), utc(2026, 3, 10, 12), u"alice"_s);
    QVERIFY(added);
    // Closed for three days: six edges passed; the newest (back to 4 at 05:00 on the
    // 13th) is the state to be in, the five before it are skipped with a note.
    auto due = runner.due(utc(2026, 3, 13, 12));
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->at(0).edge, (ScheduleEdge{utc(2026, 3, 13, 5), false, 4}));
    QCOMPARE(due->at(0).superseded, 5);
    QVERIFY(Actions::ScheduleRunner::noteFor(due->at(0), u"x"_s).contains(u"5 earlier edge"_s));
}

void TestCostSchedule::engineRaisesEachEdgeOnceAcrossARestart()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<Util::ManualClock>(utc(2026, 3, 10, 0, 30));
    int providerReplicas = 4;
    QVector<int> sent; // what reached the (stub) provider
    QStringList keys;

    auto makeEngine = [&] {
        Actions::ActionEngineOptions options;
        options.databasePath = dir.filePath(u"straja.db"_s);
        options.clock = clock;
        options.diagnose = false;
        options.forecast = false;
        options.pumpIntervalMs = 20;
        auto engine = std::make_unique<Actions::ActionEngine>(options);
        Actions::ActionEngine *e = engine.get();
        QObject::connect(e, &Actions::ActionEngine::prepareWanted, e,
                         [e, &providerReplicas](quint64 id, const Actions::ExecutionRequest &) {
                             Actions::ProviderState state;
                             state.serviceId = u"web"_s;
                             state.ok = true;
                             state.replicas = providerReplicas;
                             e->onPrepared(id, state, u"scale"_s);
                         }, Qt::QueuedConnection);
        QObject::connect(e, &Actions::ActionEngine::sendWanted, e,
                         [e, &providerReplicas, &sent, &keys](quint64 id, const Actions::ExecutionRequest &r) {
                             providerReplicas = r.replicas;
                             sent.append(r.replicas);
                             keys.append(r.idempotencyKey);
                             Actions::ExecutionResult result;
                             result.actionId = r.actionId;
                             result.ok = true;
                             e->onApplied(id, result);
                         }, Qt::QueuedConnection);
        return engine;
    };

    auto engine = makeEngine();
    QSignalSpy ready(engine.get(), &Actions::ActionEngine::ready);
    QSignalSpy inbox(engine.get(), &Actions::ActionEngine::inboxChanged);
    engine->start(workspace());
    QCOMPARE(ready.size(), 1);
    engine->resume();
    engine->addSchedule(schedule(u"UTC"_s, 1, 5), u"alice"_s);
    QTRY_VERIFY(!inbox.isEmpty() && !inbox.last().at(0).value<Actions::InboxSnapshotPtr>()->schedules.isEmpty());
    const Actions::CostSchedule stored =
        inbox.last().at(0).value<Actions::InboxSnapshotPtr>()->schedules.constFirst();
    QCOMPARE(stored.approvedBy, u"alice"_s);

    QTest::qWait(100);
    QVERIFY(sent.isEmpty()); // before the window nothing happens

    clock->setNowMs(utc(2026, 3, 10, 1, 0));
    QTRY_COMPARE(sent, QVector<int>{2});
    QCOMPARE(keys.constFirst(), Actions::ScheduleRunner::idempotencyKey(stored.id, utc(2026, 3, 10, 1)));
    QTest::qWait(200); // more pumps: still one
    QCOMPARE(sent, QVector<int>{2});

    // The approval is the schedule's, on alice's behalf, and the audit log says so.
    {
        Store::Database db;
        QVERIFY(db.open(dir.filePath(u"straja.db"_s), u"check"_s, Store::Database::Mode::ReadOnly));
        Actions::ActionStore store(db.handle());
        auto approved = store.audit().recent(50);
        QVERIFY(approved);
        bool found = false;
        for (const Actions::AuditEntry &e : *approved)
            found = found || (e.event == u"approved"_s && e.actor == Actions::ScheduleRunner::actorFor(stored));
        QVERIFY2(found, "no approval by the schedule in the audit log");
        QVERIFY(Actions::ScheduleRunner::actorFor(stored).contains(stored.id));
        QVERIFY(Actions::ScheduleRunner::actorFor(stored).contains(u"alice"_s));
    }

    // Restart while inside the window: the edge is not raised again.
    engine->shutdown();
    engine.reset();
    clock->setNowMs(utc(2026, 3, 10, 2, 0));
    engine = makeEngine();
    engine->start(workspace());
    engine->resume();
    QTest::qWait(200);
    QCOMPARE(sent, QVector<int>{2});

    // The end of the window brings the replicas back, once.
    clock->setNowMs(utc(2026, 3, 10, 5, 0));
    QTRY_COMPARE(sent, (QVector<int>{2, 4}));
    QTest::qWait(200);
    QCOMPARE(sent, (QVector<int>{2, 4}));

    // Paused: the next night passes without a change.
    engine->setSchedulePaused(stored.id, true, u"alice"_s);
    clock->setNowMs(utc(2026, 3, 11, 1, 30));
    QTest::qWait(200);
    QCOMPARE(sent, (QVector<int>{2, 4}));
    engine->shutdown();
}

void TestCostSchedule::scaleStepsFollowTheGuardrails_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("wanted");
    QTest::addColumn<int>("minReplicas");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("steps");
    QTest::addColumn<QString>("says");
    // Guardrails: min as given, max 10, at most 4 per action.
    QTest::newRow("one step") << 7 << 3 << 1 << 3 << 3 << 1 << u"from 7 to 3 in one action"_s;
    QTest::newRow("two steps down") << 7 << 2 << 1 << 2 << 3 << 2 << u"needs 2 actions"_s;
    QTest::newRow("three steps up") << 1 << 10 << 1 << 10 << 5 << 3 << u"needs 3 actions"_s;
    QTest::newRow("over the maximum") << 8 << 12 << 1 << 10 << 10 << 1 << u"outside these limits: the target is 10"_s;
    QTest::newRow("sleep under the minimum") << 2 << 0 << 1 << 1 << 1 << 1 << u"the target is 1"_s;
    QTest::newRow("sleep allowed by a minimum of 0") << 2 << 0 << 0 << 0 << 0 << 1 << u"from 2 to 0"_s;
    QTest::newRow("nothing to change") << 3 << 3 << 1 << 3 << 3 << 0 << u"already runs 3 replica"_s;
}

void TestCostSchedule::scaleStepsFollowTheGuardrails()
{
    QFETCH(int, from);
    QFETCH(int, wanted);
    QFETCH(int, minReplicas);
    QFETCH(int, target);
    QFETCH(int, first);
    QFETCH(int, steps);
    QFETCH(QString, says);
    Actions::Guardrails g;
    g.minReplicas = minReplicas;
    g.maxReplicas = 10;
    const Actions::ScaleSteps plan(from, wanted, g);
    QCOMPARE(plan.target(), target);
    QCOMPARE(plan.firstStep(), first);
    QCOMPARE(plan.steps(), steps);
    const QString text = plan.explanation(u"web"_s);
    QVERIFY2(text.contains(u"at most 4 replicas per action, 3 min between scalings"_s), qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCostSchedule)
#include "tst_costschedule.moc"
