#include "core/engine/fleetengine.h"
#include "core/model/metricformat.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/charts/timeserieschart.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/overviewview.h"
#include "ui/project/projectview.h"
#include "ui/statusbar/sourcestatusbar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
}

// Drives the real main window on the demo fleet, as an operator would: reads the
// overview, switches language, opens a project from the keyboard, reads charts.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overviewShowsSimulatorValues();
    void languageSwitchesAtRunTimeAndIsRemembered();
    void keyboardOpensProjectWithCharts();
    void damagedStoreShowsReasonInsteadOfData();

private:
    void startWindow(const QString &databasePath = {});
    void screenshot(const QString &name);
    QString cellText(const QString &serviceId, int column) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
    Sources::Demo::DemoFleet m_fleet{Sources::Demo::DemoPresets::standard(7), 7, kOrigin};
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestMainWindow::startWindow(const QString &databasePath)
{
    Engine::EngineOptions options;
    options.databasePath = databasePath.isEmpty() ? m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())))
                                                  : databasePath;
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
}

void TestMainWindow::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150); // let charts finish their animation-free repaint
    QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}

QString TestMainWindow::cellText(const QString &serviceId, int column) const
{
    return m_window->overview()->model()->indexOfService(serviceId).siblingAtColumn(column).data().toString();
}

void TestMainWindow::overviewShowsSimulatorValues()
{
    startWindow();
    Gui::OverviewModel *model = m_window->overview()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!cellText(u"events-api"_s, Gui::OverviewModel::Cpu).isEmpty()
                                 && cellText(u"events-api"_s, Gui::OverviewModel::Cpu) != u"n/a",
                             10000);
    const int api = m_fleet.indexOf(u"events-api"_s);
    for (const auto &[column, kind] : {std::pair{int(Gui::OverviewModel::Rps), MetricKind::Rps},
                                       std::pair{int(Gui::OverviewModel::Latency), MetricKind::LatencyP95},
                                       std::pair{int(Gui::OverviewModel::Cpu), MetricKind::Cpu},
                                       std::pair{int(Gui::OverviewModel::Replicas), MetricKind::Replicas}}) {
        QCOMPARE(cellText(u"events-api"_s, column), Model::formatMetricNumber(kind, m_fleet.value(api, kind, kOrigin)));
    }
    // Worst first: the project with the throttled voice service heads the list.
    QTreeView *tree = m_window->findChild<QTreeView *>(u"overviewTree"_s);
    QVERIFY(tree);
    QCOMPARE(tree->model()->index(0, 0).data(Gui::OverviewModel::IdRole).toString(), u"events"_s);
    QCOMPARE(cellText(u"events-voice"_s, Gui::OverviewModel::Health), u"Degraded"_s);
    QVERIFY(cellText(u"events-voice"_s, Gui::OverviewModel::Reason).contains(u"429"_s));
    QTRY_VERIFY(m_window->sourceStatus()->sourceTexts().value(0).contains(u"Demo fleet: OK"_s));
    QVERIFY(m_window->windowTitle().contains(u"demo"_s));
    screenshot(u"overview-en"_s);
}

void TestMainWindow::languageSwitchesAtRunTimeAndIsRemembered()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(cellText(u"events-voice"_s, Gui::OverviewModel::Health) == u"Degraded"_s, 10000);
    auto *romanian = m_window->findChild<QAction *>(u"actionLanguage_ro"_s);
    QVERIFY(romanian);
    romanian->trigger();
    QTRY_COMPARE(m_window->tabs()->tabText(0), u"Prezentare generală"_s);
    QTRY_COMPARE(cellText(u"events-voice"_s, Gui::OverviewModel::Health), u"Degradat"_s);
    QCOMPARE(m_window->overview()->model()->headerData(Gui::OverviewModel::Health, Qt::Horizontal).toString(),
             u"Stare"_s);
    // Numbers follow the Romanian locale: a decimal comma.
    const QString voiceRps = cellText(u"events-voice"_s, Gui::OverviewModel::Rps);
    QVERIFY2(voiceRps.contains(u','), qPrintable(voiceRps));
    QVERIFY(romanian->isChecked());
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"ro"_s);
    QCOMPARE(Gui::LanguageManager::savedLanguage(), u"ro"_s);
    screenshot(u"overview-ro"_s);

    m_window->openProject(u"events"_s, u"events-api"_s);
    auto *view = m_window->projectView(u"events"_s);
    QVERIFY(view);
    QSignalSpy drawn(view, &Gui::ProjectView::chartsUpdated);
    QVERIFY(drawn.wait(10000));
    // Project names are the workspace's data and stay as stored; the interface around them is Romanian.
    QCOMPARE(view->findChild<QLabel *>(u"projectTitle"_s)->text(), m_engine->workspace()->project(u"events"_s)->name);
    QVERIFY(view->findChild<QLabel *>(u"serviceSummary"_s)->text().contains(u"Latență p95"_s));
    screenshot(u"project-ro"_s);

    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
    QTRY_COMPARE(m_window->tabs()->tabText(0), u"Overview"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
}

void TestMainWindow::keyboardOpensProjectWithCharts()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(cellText(u"shared-db"_s, Gui::OverviewModel::Health) != u"Unknown"_s, 10000);

    // Ctrl+F, type, arrow down into the list, Enter: the project opens.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_window->findChild<QLineEdit *>(u"overviewFilter"_s);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"Postgre"_s);
    QTreeView *tree = m_window->findChild<QTreeView *>(u"overviewTree"_s);
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(tree->hasFocus());
    QTest::keyClick(tree, Qt::Key_Down); // from the project row to its service
    QCOMPARE(tree->currentIndex().data(Gui::OverviewModel::IdRole).toString(), u"shared-db"_s);
    QTest::keyClick(tree, Qt::Key_Return);

    Gui::ProjectView *view = nullptr;
    QTRY_VERIFY((view = m_window->projectView(u"shared-db"_s)) != nullptr);
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    QCOMPARE(view->currentServiceId(), u"shared-db"_s);
    QSignalSpy drawn(view, &Gui::ProjectView::chartsUpdated);
    QVERIFY(drawn.wait(10000));

    const int db = m_fleet.indexOf(u"shared-db"_s);
    for (MetricKind kind : {MetricKind::Rps, MetricKind::LatencyP95, MetricKind::Cpu, MetricKind::Memory}) {
        const auto *chart = view->chart(kind);
        QVERIFY(chart);
        QCOMPARE(chart->points().size(), 360); // 6 hours at one point a minute
        const QPointF last = chart->points().last();
        QCOMPARE(last.y(), m_fleet.value(db, kind, static_cast<qint64>(last.x())));
    }
    // Of the kinds only some services report, the primary has its connection pool
    // charted, and no cache, certificate or queue chart.
    QVERIFY(view->chart(MetricKind::PoolUsage)->isVisible());
    QCOMPARE(view->chart(MetricKind::PoolUsage)->points().size(), 360);
    for (MetricKind kind : {MetricKind::CacheHitRatio, MetricKind::CertExpiryDays, MetricKind::QueueDepth})
        QVERIFY2(!view->chart(kind)->isVisible(), qPrintable(Model::metricKindId(kind)));
    QVERIFY(view->findChild<QLabel *>(u"serviceSummary"_s)->text().contains(u"p95 latency"_s));
    screenshot(u"project-en"_s);

    // 30 days reads hourly buckets.
    view->setRange(Gui::ProjectView::Range::ThirtyDays);
    QVERIFY(drawn.wait(10000));
    QVERIFY(view->chart(MetricKind::Rps)->points().size() >= 700);
    screenshot(u"project-30d-en"_s);

    // Ctrl+W closes the project tab; the permanent tabs stay.
    const int tabs = m_window->tabs()->count();
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabs()->count(), tabs - 1);
    QVERIFY(!m_window->projectView(u"shared-db"_s));
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->count(), tabs - 1);
}

void TestMainWindow::damagedStoreShowsReasonInsteadOfData()
{
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all");
    f.close();
    startWindow(path);
    auto *message = m_window->findChild<QLabel *>(u"startupMessage"_s);
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"damaged"_s), 10000);
    QVERIFY(message->isVisible());
    QCOMPARE(QFile(path).size(), qint64(21));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
