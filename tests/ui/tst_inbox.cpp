#include "core/actions/actionengine.h"
#include "core/actions/actionstatemachine.h"
#include "core/engine/engineapi.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/dialogs/messagebox.h"
#include "ui/i18n/languagemanager.h"
#include "ui/inbox/evidencechart.h"
#include "ui/inbox/inboxmodel.h"
#include "ui/inbox/inboxview.h"
#include "ui/inbox/proposaldetail.h"
#include "ui/inbox/traynotifier.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Actions::ActionState;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kOrigin = 1772827200000LL; // Friday 2026-03-06 20:00 UTC: the Friday spike

// Records what the inbox asks of the engine; answers nothing by itself.
class FakeEngine final : public Engine::EngineApi
{
public:
    void start() override { }
    void refreshNow() override { }
    quint64 requestHistory(const Engine::HistoryRequest &) override { return 0; }
    void scaleService(const QString &, int) override { }
    void updateWorkspace(Model::WorkspacePtr, const QStringList &) override { }
    Model::WorkspacePtr demoWorkspace() const override { return m_workspace; }
    void approveActions(const QVector<qint64> &ids) override { approved.append(ids); }
    void rejectActions(const QVector<qint64> &ids) override { rejected.append(ids); }
    void snoozeActions(const QVector<qint64> &ids, qint64 forMs) override
    {
        snoozed.append(ids);
        snoozeMs = forMs;
    }
    void requestActionPreview(qint64 id) override { previews.append(id); }
    Model::WorkspacePtr workspace() const override { return m_workspace; }
    Engine::FleetSnapshotPtr latestSnapshot() const override { return {}; }
    qint64 nowMs() const override { return kOrigin; }

    QVector<qint64> approved;
    QVector<qint64> rejected;
    QVector<qint64> snoozed;
    QVector<qint64> previews;
    qint64 snoozeMs = 0;
    Model::WorkspacePtr m_workspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
};

Actions::ActionRecord record(qint64 id, const QString &service, const QString &fix, int from, int to,
                             ActionState state = ActionState::Proposed)
{
    Actions::ActionRecord r;
    r.id = id;
    r.state = state;
    r.createdMs = kOrigin - 5 * kMinute;
    r.updatedMs = kOrigin - id;
    Actions::Proposal &p = r.proposal;
    p.serviceId = service;
    p.projectId = u"seo"_s;
    p.provider = u"demo"_s;
    p.kind = Actions::ActionKind::Scale;
    p.trigger = Actions::Trigger::TargetTracking;
    p.rule = u"hpa.cpu"_s;
    p.fix = fix;
    p.fromReplicas = from;
    p.toReplicas = to;
    p.confidence = 0.8;
    p.facts = QJsonObject{{u"metric"_s, u"cpu"_s}, {u"observed"_s, 20.0}, {u"target"_s, 65.0},
                          {u"desired"_s, to}, {u"tolerance"_s, 0.1}};
    p.evidence.resize(1);
    for (int i = 0; i < 30; ++i)
        p.evidence[0].points.append({kOrigin - (30 - i) * kMinute, 20.0 + i % 3});
    p.evidence[0].kind = Model::MetricKind::Cpu;
    p.evidence[0].reference = 65.0;
    p.effectMetric = Model::MetricKind::Cpu;
    p.effectBefore = 20.0;
    p.effectAfter = 40.0;
    p.costDeltaPerMonth = (to - from) * 20.0;
    p.verification.threshold = 78.0;
    return r;
}

Actions::InboxSnapshotPtr snapshot(quint64 generation, QVector<Actions::ActionRecord> open,
                                   QVector<Actions::ActionRecord> history = {})
{
    auto s = std::make_shared<Actions::InboxSnapshot>();
    s->generation = generation;
    s->atMs = kOrigin;
    s->open = std::move(open);
    s->history = std::move(history);
    return s;
}

} // namespace

// The actions inbox: its model, the keyboard, bulk approval, the banner, and the
// real window on the demo fleet approving a proposal and seeing it verified.
class TestInbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelFollowsSnapshots();
    void whyAndServiceSayWhereAProposalCameFrom_data();
    void whyAndServiceSayWhereAProposalCameFrom();
    void keyboardDecidesTheSelection();
    void manualFixIsApprovedOnlyOnceDone();
    void bulkApprovesTheSameKindOnly();
    void bannerSaysWhatRunsWithoutAClick();
    void trayNotifierKeepsTheMessage();
    void demoLoopFromTheWindow_data();
    void demoLoopFromTheWindow();

private:
    void screenshot(QWidget *widget, const QString &name);
};

void TestInbox::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestInbox::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestInbox::modelFollowsSnapshots()
{
    Gui::InboxModel model(Gui::InboxModel::Section::Open);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setInbox(snapshot(1, {record(1, u"seo-01"_s, u"scale_down"_s, 3, 2), record(2, u"seo-02"_s, u"scale_up"_s, 1, 2)}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, Gui::InboxModel::Title).data().toString(), u"Scale seo-01 from 3 to 2 replicas"_s);
    QCOMPARE(model.index(1, Gui::InboxModel::Cost).data(Gui::InboxModel::SortRole).toDouble(), 20.0);
    QCOMPARE(model.index(0, Gui::InboxModel::Why).data().toString(), u"Target tracking: CPU"_s);

    // One row leaves, one stays unchanged, one arrives: no reset, the survivor keeps its identity.
    model.setInbox(snapshot(2, {record(2, u"seo-02"_s, u"scale_up"_s, 1, 2), record(3, u"seo-03"_s, u"scale_up"_s, 1, 2)}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 3); // two in the first snapshot, one in the second
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.index(0, 0).data(Gui::InboxModel::IdRole).toLongLong(), qint64(2));
    QCOMPARE(model.rowOf(3), 1);

    auto snoozed = record(3, u"seo-03"_s, u"scale_up"_s, 1, 2);
    snoozed.snoozedUntilMs = kOrigin + 3600'000;
    snoozed.updatedMs += 1;
    model.setInbox(snapshot(3, {record(2, u"seo-02"_s, u"scale_up"_s, 1, 2), snoozed}));
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(1, 0).data().toString().endsWith(u"(snoozed)"_s));
    QVERIFY(model.index(1, 0).data(Gui::InboxModel::SnoozedRole).toBool());

    Gui::InboxModel history(Gui::InboxModel::Section::History);
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setInbox(snapshot(4, {}, {record(9, u"seo-09"_s, u"scale_up"_s, 1, 2, ActionState::Succeeded)}));
    QCOMPARE(history.index(0, Gui::InboxModel::State).data().toString(), u"Succeeded"_s);
    history.setInbox(snapshot(5, {}, {}));
    QCOMPARE(history.rowCount(), 0);
}

void TestInbox::whyAndServiceSayWhereAProposalCameFrom_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("requestedBy");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("why");
    QTest::newRow("metric target") << u"seo-01"_s << u"hpa.cpu"_s << QString() << u"seo-01"_s << u"Target tracking: CPU"_s;
    QTest::newRow("operator scale") << u"seo-01"_s << u"operator.scale"_s << u"ana"_s << u"seo-01"_s << u"Requested by ana"_s;
    QTest::newRow("operator's flag change") << u"flag:new-checkout"_s << u"flags.operator"_s << u"ana"_s
                                            << u"Flag new-checkout"_s << u"Requested by ana"_s;
    QTest::newRow("rollout advice") << u"flag:new-checkout"_s << u"flags.rollout_advice"_s << u"ana"_s
                                    << u"Flag new-checkout"_s << u"Rollout advice"_s;
    QTest::newRow("idle service") << u"seo-01"_s << u"cost.idle"_s << QString() << u"seo-01"_s << u"Cost: idle service"_s;
    QTest::newRow("approved schedule") << u"seo-01"_s << u"cost.schedule"_s << QString() << u"seo-01"_s
                                       << u"Cost: off-peak schedule"_s;
    QTest::newRow("unknown cost rule") << u"seo-01"_s << u"cost.future"_s << QString() << u"seo-01"_s
                                       << u"Cost recommendation"_s;
    QTest::newRow("geography") << u"seo-01"_s << u"geo.replica"_s << QString() << u"seo-01"_s << u"Closer to users"_s;
}

void TestInbox::whyAndServiceSayWhereAProposalCameFrom()
{
    QFETCH(QString, serviceId);
    QFETCH(QString, rule);
    QFETCH(QString, requestedBy);
    QFETCH(QString, service);
    QFETCH(QString, why);
    auto r = record(1, serviceId, u"scale_up"_s, 1, 2);
    r.proposal.rule = rule;
    if (!requestedBy.isEmpty())
        r.proposal.facts.insert(u"requestedBy"_s, requestedBy);
    Gui::InboxModel model(Gui::InboxModel::Section::Open);
    model.setInbox(snapshot(1, {r}));
    QCOMPARE(model.index(0, Gui::InboxModel::Service).data().toString(), service);
    QCOMPARE(model.index(0, Gui::InboxModel::Why).data().toString(), why);
    // The detail's header names the same origin: a metric target by its trigger,
    // everything else as the list does (not "Target tracking" for a cost idea).
    Gui::ProposalDetail detail;
    detail.setRecord(&r);
    const QString header = detail.findChild<QLabel *>(u"detailMeta"_s)->text();
    const QString origin = rule.startsWith(u"hpa."_s) ? u"Target tracking"_s : why;
    QVERIFY2(header.startsWith(origin + u" · "_s), qPrintable(header));
}

void TestInbox::manualFixIsApprovedOnlyOnceDone()
{
    FakeEngine engine;
    Gui::InboxView view(&engine);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto cert = record(1, u"seo-01"_s, u"renew_certificate"_s, 0, 0);
    cert.proposal.kind = Actions::ActionKind::Manual;
    cert.proposal.trigger = Actions::Trigger::Diagnosis;
    cert.proposal.provider = u"kubernetes"_s;
    cert.proposal.rule = u"diagnosis.certificate_expiry"_s;
    cert.proposal.pattern = u"certificate_expiry"_s;
    cert.proposal.verification.metric = Model::MetricKind::CertExpiryDays;
    cert.proposal.verification.below = false;
    cert.proposal.verification.threshold = 30.0;
    view.setInbox(snapshot(1, {cert, record(2, u"seo-02"_s, u"scale_up"_s, 1, 2)}));
    view.table()->setFocus();
    view.selectAction(1);
    // The detail lists the steps, for the provider, and what is checked afterwards.
    const QString detail = view.detail()->text();
    QVERIFY2(detail.contains(u"1. "_s) && detail.contains(u"kubectl describe certificate"_s)
                 && detail.contains(u"Certificate expiry averages above 30"_s),
             qPrintable(detail));
    QVERIFY(!view.findChild<QPushButton *>(u"previewButton"_s)->isVisible()); // no request to preview

    // Approving asks first; "not yet" approves nothing.
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({false});
    QTest::keyClick(view.table(), Qt::Key_A);
    QTRY_COMPARE(Gui::MessageBox::shownTextsForTests().size(), 1);
    const QString asked = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(asked.contains(u"do them yourself first"_s) && asked.contains(u"Renew the certificate"_s), qPrintable(asked));
    QTest::qWait(50);
    QVERIFY(engine.approved.isEmpty());
    Gui::MessageBox::setNextAnswersForTests({true});
    QTest::keyClick(view.table(), Qt::Key_A);
    QTRY_COMPARE(engine.approved, (QVector<qint64>{1}));
    // A fix Straja carries out is approved at once.
    view.selectAction(2);
    QTest::keyClick(view.table(), Qt::Key_A);
    QCOMPARE(engine.approved, (QVector<qint64>{1, 2}));
    QCOMPARE(Gui::MessageBox::shownTextsForTests().size(), 2);
    view.selectAction(1);
    screenshot(&view, u"inbox-manual-fix-en"_s);
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(u"ro"_s));
    QTRY_VERIFY(view.detail()->text().contains(u"Aprobați aici după ce ați terminat"_s));
    screenshot(&view, u"inbox-manual-fix-ro"_s);
    QVERIFY(languages.setLanguage(u"en"_s));
}

void TestInbox::keyboardDecidesTheSelection()
{
    FakeEngine engine;
    Gui::InboxView view(&engine);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setInbox(snapshot(1, {record(1, u"seo-01"_s, u"scale_down"_s, 3, 2), record(2, u"seo-02"_s, u"scale_up"_s, 1, 2),
                               record(3, u"seo-03"_s, u"scale_up"_s, 1, 2)}));
    view.table()->setFocus();
    view.selectAction(2);
    QCOMPARE(view.detail()->actionId(), qint64(2));
    QVERIFY(view.detail()->text().contains(u"over its target"_s) || view.detail()->text().contains(u"under its target"_s));
    QCOMPARE(view.detail()->chart()->pointCount(), 30);

    QTest::keyClick(view.table(), Qt::Key_A);
    QCOMPARE(engine.approved, (QVector<qint64>{2}));
    view.selectAction(1);
    QTest::keyClick(view.table(), Qt::Key_R);
    QCOMPARE(engine.rejected, (QVector<qint64>{1}));
    view.selectAction(3);
    QTest::keyClick(view.table(), Qt::Key_S);
    QCOMPARE(engine.snoozed, (QVector<qint64>{3}));
    QCOMPARE(engine.snoozeMs, 3600'000);

    // The shortcuts are in the tooltips, and nothing is decided outside the Open section.
    QVERIFY(view.findChild<QAction *>(u"actionApprove"_s)->toolTip().contains(u"(A)"_s));
    view.setSection(Gui::InboxModel::Section::History);
    QTest::keyClick(view.table(), Qt::Key_A);
    QCOMPARE(engine.approved.size(), 1);

    view.setSection(Gui::InboxModel::Section::Open);
    view.selectAction(1);
    view.findChild<QPushButton *>(u"previewButton"_s)->click();
    QCOMPARE(engine.previews, (QVector<qint64>{1}));
    emit engine.actionPreviewReady(1, u"PATCH /apis/apps/v1/namespaces/default/deployments/seo-01/scale"_s);
    QVERIFY(view.detail()->text().contains(u"deployments/seo-01/scale"_s));
}

void TestInbox::bulkApprovesTheSameKindOnly()
{
    FakeEngine engine;
    Gui::InboxView view(&engine);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto snoozed = record(4, u"seo-04"_s, u"scale_up"_s, 1, 2);
    snoozed.snoozedUntilMs = kOrigin + kMinute;
    view.setInbox(snapshot(1, {record(1, u"seo-01"_s, u"scale_down"_s, 3, 2), record(2, u"seo-02"_s, u"scale_up"_s, 1, 2),
                               record(3, u"seo-03"_s, u"scale_up"_s, 1, 2), snoozed}));
    view.table()->setFocus();
    view.selectAction(2);
    QAction *bulk = view.findChild<QAction *>(u"actionApproveAllOfKind"_s);
    QVERIFY(bulk->isEnabled());
    QVERIFY2(bulk->text().contains(u"3"_s), qPrintable(bulk->text()));
    QTest::keyClick(view.table(), Qt::Key_A, Qt::ShiftModifier);
    // Both visible scale-ups; not the scale-down, not the snoozed one.
    QCOMPARE(engine.approved, (QVector<qint64>{2, 3}));
    view.selectAction(1);
    QVERIFY(!bulk->isEnabled());
}

void TestInbox::bannerSaysWhatRunsWithoutAClick()
{
    FakeEngine engine;
    Gui::InboxView view(&engine);
    auto s = std::make_shared<Actions::InboxSnapshot>();
    s->generation = 1;
    view.setInbox(s);
    auto *banner = view.findChild<QLabel *>(u"automationBanner"_s);
    QVERIFY(banner->text().contains(u"off"_s));
    auto on = std::make_shared<Actions::InboxSnapshot>();
    on->generation = 2;
    on->settings.autoApproveRules = {u"hpa.cpu"_s};
    on->settings.dryRun = true;
    on->budgets = {{u"railway:acme"_s, 1000, 640, 0}};
    view.setInbox(on);
    QVERIFY(banner->text().contains(u"ON"_s));
    QVERIFY(banner->text().contains(u"hpa.cpu"_s));
    QVERIFY(banner->text().contains(u"Dry run"_s));
    QVERIFY(view.findChild<QLabel *>(u"budgetLabel"_s)->text().contains(u"640 of 1000"_s));
}

void TestInbox::trayNotifierKeepsTheMessage()
{
    Gui::TrayNotifier tray;
    tray.notifyProposals({u"Scale events-api from 3 to 5 replicas"_s, u"Restart events-web"_s});
    QCOMPARE(tray.notifications(), 1);
    QVERIFY(tray.lastTitle().contains(u"2"_s));
    QVERIFY(tray.lastMessage().contains(u"Restart events-web"_s));
    tray.notifyProposals({});
    QCOMPARE(tray.notifications(), 1);
}

void TestInbox::demoLoopFromTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("succeeded");
    QTest::newRow("en") << u"en"_s << u"Succeeded"_s;
    QTest::newRow("ro") << u"ro"_s << u"Reușită"_s;
}

void TestInbox::demoLoopFromTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, succeeded);
    QTemporaryDir dir;
    auto clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    Gui::LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    Engine::EngineOptions options;
    options.databasePath = dir.filePath(u"ws.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.operatorName = u"ana"_s;
    Engine::FleetEngine engine(options);
    Gui::MainWindow window(&engine, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy opened(&engine, &Engine::EngineApi::opened);
    engine.start();
    QVERIFY(opened.wait(10000));

    auto step = [&](int minutes) {
        for (int i = 0; i < minutes; ++i) {
            clock->advanceMs(kMinute);
            engine.refreshNow();
            QTest::qWait(120);
        }
    };
    // Quick on an idle machine, patient on a loaded one: poll after each minute.
    auto stepUntil = [&](const std::function<bool()> &done, int minutes) {
        for (int i = 0; i < minutes && !done(); ++i) {
            step(1);
            for (int polls = 0; polls < 40 && !done(); ++polls)
                QTest::qWait(25);
        }
        return done();
    };
    Gui::InboxView *inbox = window.inbox();
    QTRY_VERIFY_WITH_TIMEOUT(engine.latestSnapshot(), 10000);
    // Diagnoses too, now rather than 20 s after start: the inbox shows them all.
    QMetaObject::invokeMethod(engine.actionEngine(), &Actions::ActionEngine::evaluateNow, Qt::QueuedConnection);
    qint64 id = 0;
    stepUntil([&] {
        if (const auto snap = engine.latestInbox()) {
            for (const auto &r : snap->open)
                if (r.proposal.actedServiceId() == u"events-api" && r.proposal.fix == u"scale_up")
                    id = r.id;
        }
        return id > 0;
    }, 20);
    QVERIFY2(id > 0, "no proposal for the overloaded API");
    QVERIFY(window.trayNotifier()->notifications() > 0);

    QAction *toInbox = window.findChild<QAction *>(u"actionInbox"_s);
    toInbox->trigger();
    QCOMPARE(window.tabs()->currentWidget(), inbox);
    QVERIFY(window.tabs()->tabText(window.tabs()->indexOf(inbox)).contains(u'('));
    QTRY_VERIFY(inbox->selectAction(id));
    QTRY_COMPARE(inbox->detail()->actionId(), id);
    QVERIFY(inbox->detail()->chart()->pointCount() >= 3);
    screenshot(&window, u"inbox-"_s + language);

    // A diagnosis in the detail pane: the web tier's memory leak over the day.
    qint64 leak = 0;
    QVERIFY(stepUntil([&] {
        for (const auto &r : engine.latestInbox()->open)
            if (r.proposal.pattern == u"memory_leak")
                leak = r.id;
        return leak > 0;
    }, 10));
    QTRY_VERIFY(inbox->selectAction(leak));
    QTRY_COMPARE(inbox->detail()->actionId(), leak);
    QVERIFY(inbox->detail()->chart()->pointCount() > 100);
    QVERIFY(inbox->detail()->text().contains(language == u"ro" ? u"Scurgere de memorie"_s : u"Memory leak"_s));
    screenshot(&window, u"inbox-diagnosis-"_s + language);
    QVERIFY(inbox->selectAction(id));

    inbox->table()->setFocus();
    QTest::keyClick(inbox->table(), Qt::Key_A);
    QTRY_VERIFY_WITH_TIMEOUT(inbox->model(Gui::InboxModel::Section::Open)->rowOf(id) < 0, 5000);
    Gui::InboxModel *history = inbox->model(Gui::InboxModel::Section::History);
    // Settle (2 min) and window (5 min) of simulated time, then the verdict.
    QVERIFY(stepUntil([&] { return history->rowOf(id) >= 0; }, 30));
    QCOMPARE(history->index(history->rowOf(id), Gui::InboxModel::State).data().toString(), succeeded);
    inbox->setSection(Gui::InboxModel::Section::History);
    QVERIFY(inbox->selectAction(id));
    QTRY_COMPARE(inbox->detail()->actionId(), id);
    QVERIFY(inbox->detail()->text().contains(u"ana"_s));
    screenshot(&window, u"inbox-history-"_s + language);
}

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
