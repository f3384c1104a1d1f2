#include "core/engine/fleetengine.h"
#include "core/experiments/experimentanalyzer.h"
#include "core/experiments/verdicttext.h"
#include "core/flags/demoflagsource.h"
#include "core/flags/flagservice.h"
#include "core/flags/murmurhash.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/flags/conversionchart.h"
#include "ui/flags/experimentmodel.h"
#include "ui/flags/experimentpanel.h"
#include "ui/flags/flagchangedialog.h"
#include "ui/flags/flagsmodel.h"
#include "ui/flags/flagsview.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
}

// The "Flags & experiments" tab on the demo fleet's flags, driven as an operator
// would: read flags per project and environment, evaluate a flag for a user,
// read the experiments' verdicts, approve (and refuse) changes, import counts
// from a CSV file, switch language.
class TestFlagsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFlagsPerProjectAndEnvironment();
    void evaluatesForAUserLikeTheSdk();
    void experimentsShowVerdictsFromTheAnalyzer();
    void changesRunOnlyAfterApproval();
    void proposalAdvancesTheWinner();
    void importsCountsFromCsv();
    void speaksRomanian();

private:
    void startWindow();
    void screenshot(const QString &name);
    Flags::FlagsSnapshotPtr waitForFlags();

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
    Gui::FlagsView *m_view = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestFlagsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFlagsView::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    startWindow();
}

void TestFlagsView::cleanup()
{
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestFlagsView::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_view = m_window->flagsView();
    QVERIFY(m_view);
    m_view->setOperatorName(u"tester"_s);
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->experiments()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    m_window->findChild<QAction *>(u"actionFlags"_s)->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), m_view);
}

void TestFlagsView::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}

Flags::FlagsSnapshotPtr TestFlagsView::waitForFlags()
{
    Flags::FlagService *service = m_engine->flags();
    // Proposals need the fleet's first snapshot (guardrails): wait for both.
    if (!QTest::qWaitFor([&] { return service->latest() && !service->latest()->sources.isEmpty()
                                      && service->latest()->sources.first().status.ok && m_engine->latestSnapshot(); },
                         15000))
        return {};
    QTest::qWait(50);
    return service->latest();
}

void TestFlagsView::showsFlagsPerProjectAndEnvironment()
{
    const Flags::FlagsSnapshotPtr flags = waitForFlags();
    QVERIFY(flags);
    QVERIFY(m_view->selectProject(u"events"_s));
    QVERIFY(m_view->selectEnvironment(u"production"_s));
    Gui::FlagsModel *model = m_view->model();
    QTRY_VERIFY(model->rowOf(u"events.dark-mode"_s) >= 0);
    QCOMPARE(model->environments(), (QStringList{u"development"_s, u"production"_s}));
    const int row = model->rowOf(u"events.dark-mode"_s);
    const int prod = model->environmentColumn(u"production"_s);
    QCOMPARE(model->index(row, prod).data().toString(), u"On · 25%"_s);
    QCOMPARE(model->index(row, model->environmentColumn(u"development"_s)).data().toString(), u"On · everyone"_s);
    QCOMPARE(model->index(row, model->trailingColumn(Gui::FlagsModel::Strategy)).data().toString(),
             u"Gradual rollout 25%"_s);
    QVERIFY(model->index(row, model->trailingColumn(Gui::FlagsModel::LastChange)).data().toString().contains(u" ago"_s));
    const int search = model->rowOf(u"events.search-v2"_s);
    QCOMPARE(model->index(search, prod).data().toString(), u"On · 10%, targeted"_s);
    const int checkout = model->rowOf(u"checkout.new-flow"_s);
    QCOMPARE(model->index(checkout, model->trailingColumn(Gui::FlagsModel::Experiments)).data().toString(),
             u"Checkout: one-page flow"_s);
    QCOMPARE(model->index(model->rowOf(u"events.voice-transcripts"_s), prod).data().toString(), u"Off"_s);

    QVERIFY(m_view->selectFlag(u"events.search-v2"_s));
    const QString details = m_view->findChild<QLabel *>(u"flagDetails"_s)->text();
    QVERIFY2(details.contains(u"production: on — Gradual rollout 10% by userId · 1 segment. Reaches 10% of users "
                              u"matching the constraints."_s),
             qPrintable(details));
    QVERIFY(m_view->statusText().contains(u"demo"_s));
    screenshot(u"flags-en"_s);

    // Another project, other flags.
    QVERIFY(m_view->selectProject(u"seo"_s));
    QTRY_VERIFY(model->rowOf(u"seo.lazy-images"_s) >= 0);
    QCOMPARE(model->rowOf(u"events.dark-mode"_s), -1);
}

void TestFlagsView::evaluatesForAUserLikeTheSdk()
{
    QVERIFY(waitForFlags());
    QVERIFY(m_view->selectProject(u"events"_s));
    QVERIFY(m_view->selectEnvironment(u"production"_s));
    QTRY_VERIFY(m_view->selectFlag(u"events.dark-mode"_s));
    auto *user = m_view->findChild<QLineEdit *>(u"evaluateUserId"_s);
    // Users on both sides of the 25% line, by the bucket the SDKs compute.
    int inside = -1, outside = -1;
    for (int id = 1; inside < 0 || outside < 0; ++id) {
        const int bucket = Flags::normalizedValue(QString::number(id), u"events.dark-mode"_s, 100);
        if (bucket <= 25 && inside < 0)
            inside = id;
        if (bucket > 25 && outside < 0)
            outside = id;
    }
    user->setText(QString::number(inside));
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"evaluateFlag"_s), Qt::LeftButton);
    QVERIFY2(m_view->evaluationText().startsWith(u"ON for user %1 in production."_s.arg(inside)),
             qPrintable(m_view->evaluationText()));
    QVERIFY(m_view->evaluationText().contains(
        u"bucket %1 is within the rollout"_s.arg(Flags::normalizedValue(QString::number(inside), u"events.dark-mode"_s, 100))));
    user->setText(QString::number(outside));
    QTest::keyClick(user, Qt::Key_Return);
    QVERIFY2(m_view->evaluationText().startsWith(u"OFF for user %1"_s.arg(outside)), qPrintable(m_view->evaluationText()));

    // A segment: only Romanian and Moldovan users can be in the search rollout.
    QVERIFY(m_view->selectFlag(u"events.search-v2"_s));
    user->setText(QString::number(inside));
    auto *props = m_view->findChild<QLineEdit *>(u"evaluateProperties"_s);
    props->setText(u"country=FR"_s);
    m_view->evaluate();
    QVERIFY(m_view->evaluationText().contains(u"constraints not met"_s));
    props->setText(u"country"_s);
    m_view->evaluate();
    QVERIFY(m_view->evaluationText().contains(u"is not name=value"_s));

    // The experiment flag names the variant.
    QVERIFY(m_view->selectFlag(u"checkout.new-flow"_s));
    props->clear();
    m_view->evaluate();
    QVERIFY(m_view->evaluationText().contains(u"Variant: "_s));
    screenshot(u"flags-evaluate-en"_s);
}

void TestFlagsView::experimentsShowVerdictsFromTheAnalyzer()
{
    const Flags::FlagsSnapshotPtr flags = waitForFlags();
    QVERIFY(flags);
    // The same counts analysed here, independently of the view.
    auto clock = Util::ManualClock(kOrigin + 30'000);
    Flags::DemoFlagSource demo(u"demo-flags"_s,
                               std::make_unique<Sources::Demo::DemoFleet>(Sources::Demo::DemoPresets::standard(7), 7,
                                                                          kOrigin),
                               clock);
    const auto inputs = demo.experiments(flags->atMs);
    QCOMPARE(inputs.size(), 3);
    QHash<QString, Experiments::VerdictKind> kinds;
    for (const Flags::ExperimentInput &in : inputs) {
        const Experiments::ExperimentReport r = Experiments::ExperimentAnalyzer::analyze(in.definition, in.data, flags->atMs);
        kinds.insert(in.definition.flagName, r.verdict.kind);
        QVERIFY(m_view->selectProject(in.definition.projectId));
        QTRY_VERIFY(m_view->experiments()->selectExperiment(in.definition.id));
        QCOMPARE(m_view->experiments()->verdictText(), Experiments::VerdictText::headline(r.verdict));
        QCOMPARE(m_view->experiments()->model()->rowCount(), in.definition.variants.size());
        QVERIFY(!m_view->experiments()->chart()->points(in.definition.controlVariant).isEmpty());
    }
    // The demo is built to show each kind of verdict.
    QCOMPARE(kinds.value(u"checkout.new-flow"_s), Experiments::VerdictKind::Winner);
    QCOMPARE(kinds.value(u"events.ticket-recommendations"_s), Experiments::VerdictKind::NotEnoughData);
    QCOMPARE(kinds.value(u"seo.headline-test"_s), Experiments::VerdictKind::SampleRatioMismatch);
    QVERIFY(m_view->selectProject(u"events"_s));
    QVERIFY(m_view->experiments()->selectExperiment(u"demo-flags:checkout.new-flow:production"_s));
    QVERIFY(m_view->experiments()->verdictText().startsWith(u"Variant one-page wins: +"_s));
    screenshot(u"experiments-en"_s);
}

void TestFlagsView::changesRunOnlyAfterApproval()
{
    QVERIFY(waitForFlags());
    QVERIFY(m_view->selectProject(u"seo"_s));
    QVERIFY(m_view->selectEnvironment(u"production"_s));
    QTRY_VERIFY(m_view->selectFlag(u"seo.new-sitemap"_s));
    QString shownRequest;
    m_view->setApprover([&](Gui::FlagChangeDialog &dialog) {
        shownRequest = dialog.requestText();
        return false;
    });
    m_view->toggleSelected();
    QCOMPARE(shownRequest, u"POST /api/admin/projects/seo/features/seo.new-sitemap/environments/production/on"_s);
    QVERIFY(m_view->statusText().startsWith(u"Not approved"_s));
    QTest::qWait(200);
    auto productionOn = [this] {
        const auto &s = m_engine->flags()->latest()->sources.first();
        return s.feature(u"seo"_s, u"seo.new-sitemap"_s)->environment(u"production"_s)->enabled;
    };
    QVERIFY(!productionOn());
    QVERIFY(m_engine->flags()->latest()->audit.isEmpty());

    // Approved: applied, verified, in the session's audit list.
    m_view->setApprover([](Gui::FlagChangeDialog &dialog) {
        return dialog.approveButton()->text() == u"Approve and apply" && !dialog.cancelButton()->isHidden();
    });
    m_view->toggleSelected();
    QTRY_VERIFY_WITH_TIMEOUT(productionOn(), 10000);
    auto *audit = m_view->findChild<QListWidget *>(u"flagAudit"_s);
    QTRY_COMPARE(audit->count(), 1);
    QVERIFY2(audit->item(0)->text().contains(u"Turn on seo.new-sitemap in production · approved by tester · verified"_s),
             qPrintable(audit->item(0)->text()));
    QTRY_VERIFY(m_view->statusText().contains(u"Applied: Turn on seo.new-sitemap in production"_s));

    // A rollout change carries what it was based on.
    m_view->setApprover([&](Gui::FlagChangeDialog &dialog) {
        shownRequest = dialog.requestText();
        return true;
    });
    m_view->setRolloutOfSelected(40);
    QVERIFY2(shownRequest.contains(u"\"op\": \"test\""_s) && shownRequest.contains(u"\"value\": \"40\""_s),
             qPrintable(shownRequest));
    QTRY_COMPARE(audit->count(), 2);
    QTRY_COMPARE(m_view->model()->index(m_view->model()->rowOf(u"seo.new-sitemap"_s),
                                         m_view->model()->environmentColumn(u"production"_s)).data().toString(),
                 u"On · 40%"_s);

    // A new run on the same store: the demo flags keep nothing themselves, the
    // verified changes are replayed before the first fetch, and nothing is sent again.
    m_testers.clear();
    m_window.reset();
    m_engine.reset();
    startWindow();
    QVERIFY(waitForFlags());
    QVERIFY(productionOn());
    const auto &s = m_engine->flags()->latest()->sources.first();
    const Flags::Strategy &strategy
        = s.feature(u"seo"_s, u"seo.new-sitemap"_s)->environment(u"production"_s)->strategies.first();
    QCOMPARE(strategy.parameter(u"rollout"_s), u"40"_s);
    QTRY_COMPARE(m_engine->flags()->latest()->audit.size(), 2);
}

void TestFlagsView::proposalAdvancesTheWinner()
{
    QVERIFY(waitForFlags());
    QVERIFY(m_view->selectProject(u"events"_s));
    QTRY_VERIFY(m_view->experiments()->selectExperiment(u"demo-flags:checkout.new-flow:production"_s));
    auto *review = m_view->experiments()->findChild<QPushButton *>(u"reviewProposal"_s);
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible() && review->isEnabled(), 10000);
    const QString proposal = m_view->experiments()->findChild<QLabel *>(u"experimentProposal"_s)->text();
    QVERIFY2(proposal.contains(u"Split the users of checkout.new-flow in production as control 0%, one-page 100%"_s),
             qPrintable(proposal));
    QVERIFY(proposal.contains(u"Guardrails are healthy"_s));
    QString summary;
    m_view->setApprover([&](Gui::FlagChangeDialog &dialog) {
        summary = dialog.findChild<QLabel *>(u"changeSummary"_s)->text();
        return true;
    });
    QTest::mouseClick(review, Qt::LeftButton);
    QVERIFY2(summary.contains(u"Guardrails are healthy:\n  • Web front end: errors "_s), qPrintable(summary));
    QVERIFY(summary.contains(u"API: errors "_s));
    // Advanced: every user now gets one-page, the experiment stops counting and the proposal goes away.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->flags()->latest()->proposals.isEmpty(), 10000);
    const auto &s = m_engine->flags()->latest()->sources.first();
    const Flags::Strategy strategy =
        s.feature(u"events"_s, u"checkout.new-flow"_s)->environment(u"production"_s)->strategies.first();
    QCOMPARE(strategy.variants.at(1).name, u"one-page"_s);
    QCOMPARE(strategy.variants.at(1).weight, 1000);
    QTRY_VERIFY(!review->isVisible());
}

void TestFlagsView::importsCountsFromCsv()
{
    QVERIFY(waitForFlags());
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("variant,exposures,conversions\ncontrol,100,4\nB,100,500\n");
    f.close();
    m_view->setFilePicker([bad] { return bad; });
    QTest::mouseClick(m_view->experiments()->findChild<QPushButton *>(u"importCounts"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(u"Line 3: 500 conversions exceed 100 exposures."_s), 10000);
    const int before = int(m_engine->flags()->latest()->experiments.size());

    const QString good = m_dir.filePath(u"pricing-page.csv"_s);
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("date,variant,exposures,conversions\n2026-03-01,control,4000,160\n2026-03-01,annual-first,4000,210\n"
            "2026-03-02,control,4100,170\n2026-03-02,annual-first,4050,230\n");
    g.close();
    m_view->setFilePicker([good] { return good; });
    QTest::mouseClick(m_view->experiments()->findChild<QPushButton *>(u"importCounts"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->flags()->latest()->experiments.size() == before + 1, 10000);
    QTRY_VERIFY(m_view->statusText().contains(u"Imported 2 points in time for \"pricing-page\"."_s));
    const Experiments::ExperimentReportPtr imported = m_engine->flags()->latest()->experiments.last();
    QCOMPARE(imported->definition.name, u"pricing-page"_s);
    QCOMPARE(imported->variants.at(0).exposures, 8100);
    QVERIFY(m_view->experiments()->selectExperiment(imported->definition.id));
    QCOMPARE(m_view->experiments()->verdictText(), Experiments::VerdictText::headline(imported->verdict));
}

void TestFlagsView::speaksRomanian()
{
    QVERIFY(waitForFlags());
    QVERIFY(m_view->selectProject(u"events"_s));
    QVERIFY(m_view->selectEnvironment(u"production"_s));
    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(m_view)), u"Indicatoare și experimente"_s);
    Gui::FlagsModel *model = m_view->model();
    QCOMPARE(model->headerData(Gui::FlagsModel::Name, Qt::Horizontal).toString(), u"Indicator"_s);
    QCOMPARE(model->index(model->rowOf(u"events.dark-mode"_s), model->environmentColumn(u"production"_s)).data().toString(),
             u"Activ · 25 %"_s);
    QTRY_VERIFY(m_view->experiments()->selectExperiment(u"demo-flags:checkout.new-flow:production"_s));
    QVERIFY2(m_view->experiments()->verdictText().startsWith(u"Varianta one-page câștigă"_s),
             qPrintable(m_view->experiments()->verdictText()));
    QVERIFY(m_view->selectFlag(u"events.dark-mode"_s));
    m_view->findChild<QLineEdit *>(u"evaluateUserId"_s)->setText(u"42"_s);
    m_view->evaluate();
    screenshot(u"flags-ro"_s);
    QVERIFY(m_view->experiments()->selectExperiment(u"demo-flags:checkout.new-flow:production"_s));
    screenshot(u"experiments-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
    QTRY_COMPARE(model->headerData(Gui::FlagsModel::Name, Qt::Horizontal).toString(), u"Flag"_s);
}

QTEST_MAIN(TestFlagsView)
#include "tst_flagsview.moc"
