#include "core/actions/auditlog.h"
#include "core/actions/proposaltext.h"
#include "core/actions/scalesteps.h"
#include "core/business/businessservice.h"
#include "core/cost/costservice.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "ui/business/businessview.h"
#include "ui/business/geoview.h"
#include "ui/business/kpitablemodel.h"
#include "ui/cost/costchart.h"
#include "ui/cost/costtablemodel.h"
#include "ui/cost/costview.h"
#include "ui/cost/recommendationmodel.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/i18n/languagemanager.h"
#include "ui/inbox/inboxmodel.h"
#include "ui/inbox/inboxview.h"
#include "ui/inbox/schedulepanel.h"
#include "ui/mainwindow.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/overviewview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kOrigin = 1773835200000LL; // 2026-03-18 12:00 UTC
constexpr qint64 kHourMs = 3'600'000;

// Cents back from a cell as shown ("1,234.56" or "1.234,56"): the test adds up what
// the operator reads, not the model's numbers.
qint64 shownCents(const QString &text)
{
    QString digits;
    bool negative = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == u'-' || c == QChar(0x2212))
            negative = true;
    }
    return (negative ? -1 : 1) * digits.toLongLong();
}
} // namespace

// The Cost, Business and Geography tabs of the real main window on the demo fleet:
// the cost table adds up exactly as shown, recommendations carry out on the demo,
// business figures import or are refused whole; screenshots in both languages.
class TestCostView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableAddsUpAsShown();
    void recommendationIsAppliedOnTheDemo();
    void businessImportAndGeography();
    void scheduleAndManualChangeBecomeActions();
    void replicaCloserToUsersBecomesAnAction();
    void businessFiguresFromPromql();

private:
    void selectRecommendation(const QString &id);
    void startWindow();
    void showCost();
    void screenshot(QWidget *widget, const QString &name);
    void checkSums(const QString &period);

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestCostView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestCostView::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestCostView::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestCostView::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->costService()->setTimeZone(QTimeZone("Europe/Bucharest"));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() != nullptr, 10000);
}

void TestCostView::showCost()
{
    QSignalSpy shown(m_window->costView(), &Gui::CostView::reportShown);
    m_window->findChild<QAction *>(u"actionCost"_s)->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->costView());
    QVERIFY(shown.wait(60000));
}

void TestCostView::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestCostView::checkSums(const QString &period)
{
    QTreeView *tree = m_window->costView()->tableView();
    QAbstractItemModel *model = tree->model();
    const int groups = model->rowCount() - 1;
    QVERIFY2(groups >= 4, qPrintable(period)); // 3 projects and the plans
    const QModelIndex totalRow = model->index(groups, 0);
    QCOMPARE(totalRow.data(Gui::CostTableModel::KindRole).toInt(), int(Gui::CostTableModel::RowKind::Total));
    for (int column = Gui::CostTableModel::Cpu; column <= Gui::CostTableModel::Total; ++column) {
        qint64 columnSum = 0;
        for (int g = 0; g < groups; ++g) {
            const QModelIndex group = model->index(g, 0);
            qint64 lines = 0;
            for (int r = 0; r < model->rowCount(group); ++r)
                lines += shownCents(model->index(r, column, group).data().toString());
            const qint64 groupShown = shownCents(model->index(g, column).data().toString());
            QVERIFY2(lines == groupShown, qPrintable(u"%1, %2, column %3: %4 vs %5"_s.arg(period, group.data().toString())
                                                         .arg(column).arg(lines).arg(groupShown)));
            columnSum += groupShown;
        }
        QCOMPARE(columnSum, shownCents(model->index(groups, column).data().toString()));
    }
    // Every row's resources add up to its total, down to the grand total.
    std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            qint64 sum = 0;
            for (int column = Gui::CostTableModel::Cpu; column < Gui::CostTableModel::Total; ++column)
                sum += shownCents(model->index(r, column, parent).data().toString());
            QCOMPARE(sum, shownCents(model->index(r, Gui::CostTableModel::Total, parent).data().toString()));
            rows(model->index(r, 0, parent));
        }
    };
    rows({});
    // The header shows the table's grand total.
    const QString header = m_window->findChild<QLabel *>(u"costTotal"_s)->text();
    QCOMPARE(shownCents(header), shownCents(model->index(groups, Gui::CostTableModel::Total).data().toString()));
    QCOMPARE(m_window->costView()->shownTotalCents(),
             model->index(groups, Gui::CostTableModel::Total).data(Gui::CostTableModel::CentsRole).toLongLong());
}

void TestCostView::tableAddsUpAsShown()
{
    startWindow();
    showCost();
    Gui::CostView *view = m_window->costView();
    QAbstractItemModelTester tableTester(view->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester recTester(view->recommendationModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->period(), Cost::Period::MonthToDate);
    checkSums(u"month to date"_s);
    // The chart's bars are the table's project rows.
    const QAbstractItemModel *model = view->tableView()->model();
    for (int g = 0; g < model->rowCount() - 1; ++g) {
        const QString id = model->index(g, 0).data(Gui::CostTableModel::IdRole).toString();
        const int group = [&] {
            const auto &t = m_window->costService()->latest()->tables[size_t(Cost::Period::MonthToDate)];
            return int(t.groupIds.indexOf(id));
        }();
        QCOMPARE(view->chart()->value(group, Cost::Resource::Cpu) * 100.0,
                 double(model->index(g, Gui::CostTableModel::Cpu).data(Gui::CostTableModel::CentsRole).toLongLong()));
    }
    QVERIFY(view->recommendationModel()->rowCount() > 0);
    QVERIFY(m_window->findChild<QLabel *>(u"costSources"_s)->text().contains(u"https://railway.com/pricing"_s));
    screenshot(m_window.get(), u"cost-month-en"_s);

    auto *period = m_window->findChild<QComboBox *>(u"costPeriod"_s);
    period->setCurrentIndex(int(Cost::Period::Today));
    checkSums(u"today"_s);
    period->setCurrentIndex(int(Cost::Period::MonthEnd));
    checkSums(u"month end"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"costBand"_s)->text().contains(u"95%"_s));
    auto *recommendations = m_window->findChild<QTableView *>(u"costRecommendations"_s);
    recommendations->selectRow(0);
    QVERIFY(!m_window->findChild<QLabel *>(u"costRecommendationDetail"_s)->text().isEmpty());
    screenshot(m_window.get(), u"cost-monthend-en"_s);

    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(view)), u"Costuri"_s);
    checkSums(u"month end, Romanian"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"costTotal"_s)->text().contains(u','));
    screenshot(m_window.get(), u"cost-monthend-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
}

void TestCostView::recommendationIsAppliedOnTheDemo()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    // The API runs on 7 replicas from now on (3 + the guardrails' maximum step of 4),
    // far more than its load needs. The operator's scaling goes through the actions
    // engine like an approved proposal. The
    // scaling lands on the network thread at the simulated time it is handled, so
    // the clock moves a minute at a time until the overview shows it.
    m_engine->scaleService(u"events-api"_s, 7);
    auto replicas = [this] {
        return m_window->overview()->model()->indexOfService(u"events-api"_s)
            .siblingAtColumn(Gui::OverviewModel::Replicas)
            .data()
            .toString();
    };
    // One simulated minute per refresh the window has seen, not per poll of the check:
    // on a loaded machine the polls outrun the refreshes, and a clock running ahead
    // piles minutes of simulation, analysis and actions work onto the engine.
    quint64 waitFor = 0;
    auto stepUntil = [&](const QString &expected) {
        if (replicas() == expected)
            return true;
        const Engine::FleetSnapshotPtr shown = m_engine->latestSnapshot();
        if (shown && shown->generation >= waitFor) {
            waitFor = shown->generation + 2; // a refresh publishes when sent and when answered
            m_clock->advanceMs(60'000);
            m_engine->refreshNow();
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stepUntil(u"7"_s), 20000);
    m_clock->advanceMs(2 * kHourMs);
    m_engine->refreshNow();
    showCost();
    Gui::RecommendationModel *model = m_window->costView()->recommendationModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Cost::Recommendation *rec = model->at(r);
        if (rec->kind == Cost::RecommendationKind::ExcessReplicas && rec->serviceId == u"events-api")
            row = r;
    }
    QVERIFY(row >= 0);
    const int wanted = model->at(row)->proposal.toReplicas;
    QCOMPARE(model->at(row)->proposal.fromReplicas, 7);
    QVERIFY(wanted < 7);
    // The guardrails allow 4 replicas per action: one allowed step is taken, and the
    // confirmation says so before anything is sent.
    const Actions::ScaleSteps steps(7, wanted, Actions::Guardrails{});
    const int target = steps.firstStep();

    auto *view = m_window->findChild<QTableView *>(u"costRecommendations"_s);
    auto *proxy = view->model();
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, 0).data(Gui::RecommendationModel::IdRole).toString() == model->at(row)->id())
            view->selectRow(r);
    auto *apply = m_window->findChild<QPushButton *>(u"costApply"_s);
    QVERIFY(apply->isEnabled());
    // The confirmation is pre-answered: the box reports what it asked.
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({true});
    apply->click();
    QVERIFY(!Gui::MessageBox::hasPendingAnswersForTests());
    const QString asked = Gui::MessageBox::shownTextsForTests().join(u'\n');
    QVERIFY(asked.contains(u"API"_s));
    QVERIFY2(asked.contains(u"at most 4 replicas per action"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"from 7 to %1"_s.arg(target)), qPrintable(asked));
    QTRY_VERIFY_WITH_TIMEOUT(stepUntil(QString::number(target)), 60000); // patient on a loaded machine
}

void TestCostView::selectRecommendation(const QString &id)
{
    auto *view = m_window->findChild<QTableView *>(u"costRecommendations"_s);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(Gui::RecommendationModel::IdRole).toString() == id)
            view->selectRow(r);
    }
}

void TestCostView::scheduleAndManualChangeBecomeActions()
{
    startWindow();
    showCost();
    Gui::RecommendationModel *model = m_window->costView()->recommendationModel();
    const Cost::Recommendation *schedule = nullptr;
    const Cost::Recommendation *manual = nullptr;
    for (int r = 0; r < model->rowCount(); ++r) {
        const Cost::Recommendation *rec = model->at(r);
        if (!schedule && rec->proposal.action == Cost::ProposalDraft::Action::Schedule)
            schedule = rec;
        if (!manual && rec->kind == Cost::RecommendationKind::SharedResource)
            manual = rec;
    }
    QVERIFY(schedule);
    QVERIFY(manual);
    const Cost::Recommendation chosenSchedule = *schedule;
    const Cost::Recommendation chosenManual = *manual;
    auto *apply = m_window->findChild<QPushButton *>(u"costApply"_s);

    // A schedule: confirmed, stored, shown under the inbox as active.
    selectRecommendation(chosenSchedule.id());
    QVERIFY(apply->isEnabled());
    screenshot(m_window.get(), u"cost-schedule-en"_s);
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({true});
    apply->click();
    QVERIFY(!Gui::MessageBox::hasPendingAnswersForTests());
    QVERIFY(Gui::MessageBox::shownTextsForTests().join(u'\n').contains(u"Every day from"_s));
    Gui::SchedulePanel *panel = m_window->inbox()->schedules();
    QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 1, 20000);
    QCOMPARE(panel->table()->item(0, 0)->text(), chosenSchedule.proposal.serviceId);
    QCOMPARE(panel->table()->item(0, 1)->text(), Gui::SchedulePanel::windowText(
                                                     m_engine->latestInbox()->schedules.constFirst()));
    QVERIFY(panel->table()->item(0, 3)->text().startsWith(u"active"_s));

    // A manual change: recorded as done by the operator; consolidating has no
    // metric to check, so the record is the outcome.
    selectRecommendation(chosenManual.id());
    QVERIFY(apply->isEnabled());
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({true});
    apply->click();
    QVERIFY(Gui::MessageBox::shownTextsForTests().join(u'\n').contains(u"no metric"_s));
    auto manualRecord = [this]() -> std::optional<Actions::ActionRecord> {
        const Actions::InboxSnapshotPtr inbox = m_engine->latestInbox();
        for (const Actions::ActionRecord &r : inbox ? inbox->history : QVector<Actions::ActionRecord>{})
            if (r.proposal.rule == u"cost.shared"_s)
                return r;
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(manualRecord().has_value(), 20000);
    QCOMPARE(manualRecord()->state, Actions::ActionState::Succeeded);
    QCOMPARE(manualRecord()->proposal.kind, Actions::ActionKind::Manual);
    QCOMPARE(manualRecord()->decidedBy, m_engine->operatorName());

    m_window->findChild<QAction *>(u"actionInbox"_s)->trigger();
    m_window->inbox()->setSection(Gui::InboxModel::Section::History);
    screenshot(m_window.get(), u"inbox-schedules-en"_s);
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_VERIFY(panel->pauseButton()->text() == u"Suspendă"_s);
    screenshot(m_window.get(), u"inbox-schedules-ro"_s);
    m_window->findChild<QAction *>(u"actionCost"_s)->trigger();
    selectRecommendation(chosenSchedule.id());
    screenshot(m_window.get(), u"cost-schedule-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));

    // Paused, then removed after a confirmation.
    panel->pauseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->table()->item(0, 3)->text() == u"paused"_s, 60000);
    QCOMPARE(panel->pauseButton()->text(), u"Resume"_s);
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({false});
    panel->removeButton()->click();
    QTest::qWait(300);
    QCOMPARE(panel->table()->rowCount(), 1); // refused: kept
    Gui::MessageBox::setNextAnswersForTests({true});
    panel->removeButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisibleTo(m_window->inbox()), 20000);
    QVERIFY(m_engine->latestInbox()->schedules.isEmpty());
}

void TestCostView::businessImportAndGeography()
{
    startWindow();
    QSignalSpy businessShown(m_window->businessView(), &Gui::BusinessView::reportShown);
    m_window->findChild<QAction *>(u"actionBusiness"_s)->trigger();
    QVERIFY(businessShown.wait(60000));
    Gui::BusinessView *business = m_window->businessView();
    QAbstractItemModelTester kpiTester(business->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    business->selectProject(u"events"_s);
    QCOMPARE(business->model()->rowCount(), 6); // the demo's six months
    // The current month's infrastructure cost sits beside the revenue.
    const QModelIndex latest = business->model()->index(0, Gui::KpiTableModel::FirstKpi + int(Business::Kpi::CostPerUser));
    QVERIFY2(latest.data().toString() != u"n/a"_s, qPrintable(latest.data().toString()));
    screenshot(m_window.get(), u"business-en"_s);

    // A file with a bad row is refused whole, naming the line.
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("period,project,revenue,active_users\n2026-03,events,100.00,10\n2026-02,events,12;5,10\n");
    badFile.close();
    business->importFile(bad);
    QTRY_VERIFY_WITH_TIMEOUT(business->messageText().contains(u"line 3"_s), 10000);
    QVERIFY(business->messageText().contains(u"revenue"_s));
    screenshot(m_window.get(), u"business-import-error-en"_s);

    const QString good = m_dir.filePath(u"good.csv"_s);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("period,project,revenue,active_users\n2026-03,events,123456.78,1000\n");
    goodFile.close();
    businessShown.clear();
    // Through the menu, with the file picker pre-answered.
    Gui::FileDialog::setNextAnswerForTests(good);
    m_window->findChild<QAction *>(u"actionImportBusiness"_s)->trigger();
    QTRY_VERIFY2_WITH_TIMEOUT(business->messageText().contains(u"Imported 1"_s), qPrintable(business->messageText()), 10000);
    QVERIFY(businessShown.wait(10000));
    business->selectProject(u"events"_s);
    const QModelIndex revenue = business->model()->index(0, Gui::KpiTableModel::FirstKpi + int(Business::Kpi::Revenue));
    QVERIFY2(revenue.data().toString().contains(u"123,457"_s), qPrintable(revenue.data().toString()));
    QVERIFY2(business->model()->index(0, Gui::KpiTableModel::FirstKpi + int(Business::Kpi::RevenuePerUser))
                 .data()
                 .toString()
                 .contains(u"123"_s),
             "123,456.78 / 1,000 users");

    auto *tabs = m_window->findChild<QTabWidget *>(u"businessTabs"_s);
    tabs->setCurrentWidget(m_window->geoView());
    Gui::GeoView *geo = m_window->geoView();
    QVERIFY(geo->regionModel()->rowCount() >= 3);
    QCOMPARE(geo->regionModel()->item(0, Gui::GeoView::Region)->text(), u"eu-west"_s);
    QVERIFY(geo->recommendationModel()->rowCount() > 0);
    bool api = false;
    for (int r = 0; r < geo->serviceModel()->rowCount(); ++r) {
        if (geo->serviceModel()->item(r, Gui::GeoView::Service)->text() == u"API"_s
            && geo->serviceModel()->item(r, Gui::GeoView::ServiceRegion)->text() == u"us-east"_s)
            api = geo->serviceModel()->item(r, Gui::GeoView::Advice)->text().contains(u"add a replica"_s);
    }
    QVERIFY(api);
    screenshot(m_window.get(), u"geography-en"_s);

    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_COMPARE(tabs->tabText(1), u"Geografie"_s);
    screenshot(m_window.get(), u"geography-ro"_s);
    tabs->setCurrentWidget(business);
    screenshot(m_window.get(), u"business-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
}

void TestCostView::replicaCloserToUsersBecomesAnAction()
{
    startWindow();
    QSignalSpy geoShown(m_window->geoView(), &Gui::GeoView::reportShown);
    m_window->findChild<QAction *>(u"actionBusiness"_s)->trigger();
    auto *tabs = m_window->findChild<QTabWidget *>(u"businessTabs"_s);
    tabs->setCurrentWidget(m_window->geoView());
    Gui::GeoView *geo = m_window->geoView();
    QTRY_VERIFY_WITH_TIMEOUT(geo->recommendationModel()->rowCount() > 0, 60000);
    const Cost::Recommendation chosen = *geo->recommendationModel()->at(0);
    QCOMPARE(chosen.kind, Cost::RecommendationKind::DeployCloser);
    auto *apply = geo->findChild<QPushButton *>(u"geoApply"_s);
    QVERIFY(apply && !apply->isEnabled()); // nothing selected yet
    geo->selectRecommendation(chosen.id());
    QVERIFY(apply->isEnabled());
    screenshot(m_window.get(), u"geography-apply-en"_s);

    // Refused: nothing is recorded.
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({false});
    apply->click();
    QVERIFY(!Gui::MessageBox::hasPendingAnswersForTests());
    const QString asked = Gui::MessageBox::shownTextsForTests().join(u'\n');
    QVERIFY2(asked.contains(chosen.facts.value(u"region"_s).toString()) && asked.contains(u"by hand"_s),
             qPrintable(asked));
    QVERIFY2(asked.contains(u"p95"_s), qPrintable(asked)); // how it is checked afterwards
    auto record = [this]() -> std::optional<Actions::ActionRecord> {
        const Actions::InboxSnapshotPtr inbox = m_engine->latestInbox();
        if (!inbox)
            return std::nullopt;
        for (const auto *list : {&inbox->inFlight, &inbox->history})
            for (const Actions::ActionRecord &r : *list)
                if (r.proposal.rule == u"geo.replica"_s)
                    return r;
        return std::nullopt;
    };
    QTest::qWait(300);
    QVERIFY(!record());

    // Confirmed ("I have done it"): a manual action approved by the operator, with
    // the region's latency to verify and its why in the inbox.
    Gui::MessageBox::setNextAnswersForTests({true});
    apply->click();
    QTRY_VERIFY_WITH_TIMEOUT(record().has_value(), 20000);
    const Actions::ActionRecord r = *record();
    QCOMPARE(r.proposal.kind, Actions::ActionKind::Manual);
    QCOMPARE(r.proposal.fix, u"add_region_replica"_s);
    QCOMPARE(r.decidedBy, m_engine->operatorName());
    QCOMPARE(r.proposal.serviceId, chosen.serviceId);
    QCOMPARE(r.proposal.verification.metric, Model::MetricKind::LatencyP95);
    QCOMPARE(r.proposal.verification.region, chosen.facts.value(u"region"_s).toString());
    QVERIFY(r.proposal.costDeltaPerMonth > 0); // it costs
    const QString why = Actions::ProposalText::reason(r.proposal);
    QVERIFY2(why.contains(chosen.facts.value(u"region"_s).toString()) && why.contains(u"% of"_s)
                 && why.contains(u"ms"_s) && why.contains(u"$"_s),
             qPrintable(why));
    QVERIFY2(why.contains(QLocale().toString(chosen.facts.value(u"gainMs"_s).toDouble(), 'f', 0)), qPrintable(why));

    // Audited under the operator's name.
    Store::Database db;
    QVERIFY(db.open(m_engine->databasePath(), u"geo-audit"_s, Store::Database::Mode::ReadOnly).ok());
    const auto entries = Actions::AuditLog(db.handle()).recent(20, r.id);
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty());
    bool byOperator = false;
    for (const Actions::AuditEntry &e : *entries)
        byOperator = byOperator || (e.actor == m_engine->operatorName() && e.event == u"approved"_s);
    QVERIFY(byOperator);

    // The inbox shows it with its why (being verified, or decided by now).
    m_window->findChild<QAction *>(u"actionInbox"_s)->trigger();
    auto showIt = [this] {
        for (auto section : {Gui::InboxModel::Section::Running, Gui::InboxModel::Section::History}) {
            m_window->inbox()->setSection(section);
            QTableView *table = m_window->inbox()->table();
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QString why = table->model()->index(row, Gui::InboxModel::Why).data(Qt::ToolTipRole).toString();
                if (why.contains(u"Deploy closer"_s) || why.contains(u"Mai aproape"_s)) {
                    table->selectRow(row);
                    return true;
                }
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(showIt(), 20000);
    screenshot(m_window.get(), u"inbox-geo-en"_s);
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_VERIFY(showIt());
    screenshot(m_window.get(), u"inbox-geo-ro"_s);
    m_window->findChild<QAction *>(u"actionBusiness"_s)->trigger();
    tabs->setCurrentWidget(geo);
    geo->selectRecommendation(chosen.id());
    screenshot(m_window.get(), u"geography-apply-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestCostView::businessFiguresFromPromql()
{
    // The fixture's Prometheus holds four months of the shop's daily gauges.
    QFile state(QStringLiteral(STRAJA_PROMETHEUS_FIXTURE_STATE));
    QVERIFY2(state.open(QIODevice::ReadOnly), "The Prometheus fixture did not start: see prometheus_fixture_start.");
    QHash<QString, QString> env;
    for (const QByteArray &line : state.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    const QUrl url(env.value(u"PROM_URL"_s));
    const qint64 now = env.value(u"TO_MS"_s).toLongLong();
    QVERIFY(url.host() == u"127.0.0.1" && now > 0);

    auto ws = std::make_shared<Model::Workspace>();
    ws->name = u"Shop"_s;
    Model::SourceConfig prom;
    prom.id = u"prom"_s;
    prom.type = Model::SourceType::Prometheus;
    prom.name = u"Prometheus"_s;
    prom.url = url;
    prom.options.insert(u"preset"_s, u"straja-demo"_s);
    ws->sources = {prom};
    Model::Project shop{u"shop"_s, u"Shop"_s, {}};
    shop.businessQueries = {
        {u"visitors"_s, u"last_over_time(shop_visitors_daily[1d])"_s},
        {u"active_users"_s, u"last_over_time(shop_active_users[1d])"_s},
        {u"new_customers"_s, u"last_over_time(shop_new_customers_daily[1d])"_s},
        {u"customers"_s, u"last_over_time(shop_customers[1d])"_s},
        {u"churned_customers"_s, u"last_over_time(shop_churned_daily[1d])"_s},
        {u"revenue"_s, u"sum(last_over_time(shop_revenue_daily[1d]))"_s},
        {u"marketing_spend"_s, u"sum(rate(shop_marketing_daily[1d]"_s}, // broken on purpose
    };
    ws->projects = {shop};
    Model::Service api;
    api.id = u"shop-api"_s;
    api.projectId = u"shop"_s;
    api.name = u"Shop API"_s;
    api.role = u"api"_s;
    api.sourceId = u"prom"_s;
    api.provider = u"railway"_s;
    api.regions = {u"eu-west"_s};
    ws->services = {api};

    m_clock = std::make_shared<Util::ManualClock>(now);
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"promql.sqlite"_s);
    options.firstStartWorkspace = ws;
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.actions = false;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->businessService()->setTimeZone(QTimeZone::utc());
    m_window->costService()->setTimeZone(QTimeZone::utc());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() != nullptr, 10000);

    m_window->findChild<QAction *>(u"actionBusiness"_s)->trigger();
    Gui::BusinessView *business = m_window->businessView();
    QAbstractItemModelTester tester(business->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(business->model()->rowCount() >= 3, 60000);
    QCOMPARE(business->currentProject(), u"shop"_s);
    // Every month from PromQL, said so; the broken query is named with Prometheus' words.
    QVERIFY2(business->sourcesText().startsWith(u"From PromQL:"_s), qPrintable(business->sourcesText()));
    QVERIFY2(business->queryProblemsText().contains(u"Marketing spend:"_s)
                 && business->queryProblemsText().contains(u"parse error"_s),
             qPrintable(business->queryProblemsText()));
    const QModelIndex revenue = business->model()->index(1, Gui::KpiTableModel::FirstKpi + int(Business::Kpi::Revenue));
    QVERIFY2(revenue.data().toString().contains(u"$"_s), qPrintable(revenue.data().toString()));
    const QModelIndex cac = business->model()->index(1, Gui::KpiTableModel::FirstKpi + int(Business::Kpi::Cac));
    QCOMPARE(cac.data().toString(), u"n/a"_s); // no marketing spend: its query failed
    screenshot(m_window.get(), u"business-promql-en"_s);
    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_VERIFY(business->sourcesText().startsWith(u"Din PromQL:"_s));
    screenshot(m_window.get(), u"business-promql-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
}

QTEST_MAIN(TestCostView)
#include "tst_costview.moc"
