#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/traces/demotracesource.h"
#include "core/util/clock.h"
#include "ui/charts/timeserieschart.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/project/projectview.h"
#include "ui/traces/tracelistmodel.h"
#include "ui/traces/tracesview.h"
#include "ui/traces/waterfallview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC

Traces::Span span(const QString &id, const QString &parent, const QString &service, qint64 start, qint64 duration)
{
    Traces::Span s;
    s.spanId = id;
    s.service = service;
    s.operation = u"op-"_s + id;
    s.startUs = start;
    s.durationUs = duration;
    if (!parent.isEmpty())
        s.references.append({Traces::RefType::ChildOf, u"bad"_s, parent});
    return s;
}

} // namespace

// The traces tab in the real main window on the demo fleet: reached from a
// project's charts, a search, a waterfall, a 10,000-span trace, bad input.
class TestTracesView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fromTheProjectViewToAWaterfall();
    void chartMenuSearchesAroundTheClickedMoment();
    void largeTraceOpensWithoutFreezing();
    void badTracesAreShownWholeWithWarnings();
    void romanian();

private:
    void startWindow();
    void screenshot(const QString &name);
    Gui::TracesView *traces() const { return m_window->tracesView(); }

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestTracesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTracesView::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 3 * 3600'000LL);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    startWindow();
}

void TestTracesView::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestTracesView::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_engine.get(), &Engine::EngineApi::opened);
    m_engine->start();
    QVERIFY(opened.wait(20'000));
}

void TestTracesView::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}

void TestTracesView::fromTheProjectViewToAWaterfall()
{
    QAbstractItemModelTester tester(traces()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    Gui::ProjectView *project = m_window->openProject(u"events"_s, u"events-api"_s);
    QVERIFY(project);
    project->setRange(Gui::ProjectView::Range::OneHour);
    QSignalSpy searched(traces(), &Gui::TracesView::searchFinished);
    QSignalSpy shown(traces(), &Gui::TracesView::traceShown);
    project->findChild<QToolButton *>(u"tracesButton"_s)->click();
    QCOMPARE(m_window->tabs()->currentWidget(), traces());
    QCOMPARE(traces()->serviceId(), u"events-api"_s);
    QCOMPARE(traces()->toMs() - traces()->fromMs(), 3600'000LL);
    QVERIFY(searched.wait(10'000));
    const int rows = traces()->model()->rowCount();
    QVERIFY2(rows >= 20, qPrintable(traces()->statusText()));
    QVERIFY(traces()->statusText().contains(u"slowest first"_s));
    // Slowest first; the failing traces of the window are in the list too.
    const QModelIndex first = traces()->table()->model()->index(0, Gui::TraceListModel::Duration);
    const QModelIndex second = traces()->table()->model()->index(1, Gui::TraceListModel::Duration);
    QVERIFY(first.data(Gui::TraceListModel::RawRole).toLongLong() >= second.data(Gui::TraceListModel::RawRole).toLongLong());
    // The first row opens by itself as a waterfall (perhaps already: the tree of a few spans is quick).
    QTRY_VERIFY2_WITH_TIMEOUT(!shown.isEmpty(), qPrintable(traces()->statusText() + u" | "_s + traces()->traceStatusText()), 10'000);
    Gui::WaterfallView *waterfall = traces()->waterfall();
    QVERIFY(waterfall->tree());
    QCOMPARE(waterfall->rows().size(), waterfall->tree()->preorder().size());
    QVERIFY(waterfall->tree()->criticalPathUs() > 0);
    QVERIFY2(traces()->traceStatusText().contains(u"critical path"_s), qPrintable(traces()->traceStatusText()));
    // The root's own line names the service and its operation.
    QVERIFY(waterfall->spanText(waterfall->tree()->root(), 100).startsWith(u"events-api: "_s));
    // Collapse the root: one row; expand: all again.
    waterfall->setCollapsed(waterfall->tree()->root(), true);
    QCOMPARE(waterfall->rows().size(), 1);
    waterfall->setCollapsed(waterfall->tree()->root(), false);
    QCOMPARE(waterfall->rows().size(), waterfall->tree()->preorder().size());

    // Failing only: every row has errors.
    traces()->findChild<QCheckBox *>(u"traceErrorsOnly"_s)->setChecked(true);
    traces()->search();
    QVERIFY(searched.wait(10'000));
    for (int r = 0; r < traces()->model()->rowCount(); ++r)
        QVERIFY(traces()->model()->index(r, Gui::TraceListModel::Errors).data().toInt() > 0);
    traces()->findChild<QCheckBox *>(u"traceErrorsOnly"_s)->setChecked(false);
    traces()->search();
    QVERIFY(searched.wait(10'000));
    QVERIFY(traces()->model()->rowCount() >= 4);
    shown.clear();
    traces()->table()->selectRow(3);
    QTRY_VERIFY2_WITH_TIMEOUT(!shown.isEmpty(), qPrintable(traces()->statusText() + u" | "_s + traces()->traceStatusText()), 10'000);
    screenshot(u"traces-en"_s);
}

void TestTracesView::chartMenuSearchesAroundTheClickedMoment()
{
    Gui::ProjectView *project = m_window->openProject(u"events"_s, u"events-api"_s);
    project->setRange(Gui::ProjectView::Range::SixHours);
    QSignalSpy drawn(project, &Gui::ProjectView::chartsUpdated);
    QVERIFY(drawn.wait(10'000) || !project->chart(Model::MetricKind::LatencyP95)->points().isEmpty());
    Gui::Charts::TimeSeriesChart *latency = project->chart(Model::MetricKind::LatencyP95);
    const QPoint middle = latency->rect().center();
    emit latency->customContextMenuRequested(middle);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = project->findChild<QMenu *>(u"chartMenu"_s)) != nullptr);
    QAction *action = menu->findChild<QAction *>(u"actionTracesForWindow"_s);
    QVERIFY(action);
    QSignalSpy searched(traces(), &Gui::TracesView::searchFinished);
    action->trigger();
    menu->close();
    QCOMPARE(m_window->tabs()->currentWidget(), traces());
    // A window of ±7.5 minutes (6 h / 48) around a moment inside the range shown.
    const qint64 now = m_engine->nowMs();
    QVERIFY(traces()->fromMs() >= now - 6 * 3600'000LL - 8 * 60'000);
    QVERIFY(traces()->toMs() <= now);
    QVERIFY(traces()->toMs() - traces()->fromMs() <= 15 * 60'000);
    QVERIFY(traces()->toMs() - traces()->fromMs() > 0);
    QVERIFY(searched.wait(10'000));
}

void TestTracesView::largeTraceOpensWithoutFreezing()
{
    m_window->tabs()->setCurrentWidget(traces());
    const Traces::TracePtr big = Traces::DemoTraceSource::largeTrace(10'000, 3, kOrigin * 1000);
    QSignalSpy shown(traces(), &Gui::TracesView::traceShown);
    // The event loop keeps turning while the tree is built: a timer queued
    // before the call fires before the waterfall is ready.
    int ticks = 0;
    int ticksWhenShown = -1;
    QTimer ticker;
    ticker.setInterval(0);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    connect(traces(), &Gui::TracesView::traceShown, this, [&] { ticksWhenShown = ticks; });
    ticker.start();
    traces()->openTrace(big);
    QVERIFY(!traces()->waterfall()->tree() || traces()->waterfall()->tree()->tracePtr() != big); // not built on this thread
    QVERIFY(shown.wait(20'000));
    ticker.stop();
    QVERIFY2(ticksWhenShown > 0, "the GUI thread did not turn while the trace was being opened");
    Gui::WaterfallView *waterfall = traces()->waterfall();
    QCOMPARE(waterfall->tree()->tracePtr(), big);
    QCOMPARE(waterfall->rows().size(), 10'000);
    // Painted at the top and at the bottom: only the rows in view are drawn.
    QVERIFY(!waterfall->grab().isNull());
    waterfall->verticalScrollBar()->setValue(waterfall->verticalScrollBar()->maximum());
    QVERIFY(!waterfall->grab().isNull());
    QVERIFY(waterfall->verticalScrollBar()->maximum() >= 9'000 * waterfall->rowHeight());
    waterfall->verticalScrollBar()->setValue(0);
    screenshot(u"traces-10000-en"_s);
}

void TestTracesView::badTracesAreShownWholeWithWarnings()
{
    m_window->tabs()->setCurrentWidget(traces());
    auto bad = std::make_shared<Traces::Trace>();
    bad->traceId = u"bad"_s;
    const QString huge = QString(100'000, u'y');
    bad->spans = {span(u"A"_s, {}, u"web"_s, 1'000'000, 100'000),
                  span(u"B"_s, u"A"_s, u"db"_s, 990'000, 20'000),          // clock skew: before its parent
                  span(u"C"_s, u"gone"_s, u"web"_s, 1'010'000, 5'000),     // missing parent
                  span(u"D"_s, u"E"_s, u"cache"_s, 1'020'000, 1'000),      // D <-> E: a cycle
                  span(u"E"_s, u"D"_s, u"cache"_s, 1'021'000, 500),
                  span(u"F"_s, u"A"_s, u"web"_s, 1'030'000, -40)};         // negative duration
    bad->spans[0].tags.append({u"payload"_s, u"string"_s, huge});
    bad->spans[0].error = true;
    QSignalSpy shown(traces(), &Gui::TracesView::traceShown);
    traces()->openTrace(bad);
    QVERIFY(shown.wait(10'000));
    Gui::WaterfallView *waterfall = traces()->waterfall();
    QCOMPARE(waterfall->rows().size(), 7); // six spans under a synthetic root: nothing lost
    auto *warnings = traces()->findChild<QLabel *>(u"traceWarnings"_s);
    QVERIFY(warnings->isVisible());
    for (const QString &needle : {u"not in the trace"_s, u"cycle"_s, u"negative duration"_s, u"Clock skew"_s})
        QVERIFY2(warnings->text().contains(needle), qPrintable(warnings->text()));
    // The huge tag is shortened on screen and whole in the copy.
    int nodeA = -1;
    for (int n : waterfall->tree()->preorder())
        if (waterfall->tree()->span(n) && waterfall->tree()->span(n)->spanId == u"A")
            nodeA = n;
    const QString shownText = waterfall->spanText(nodeA, Gui::WaterfallView::kShownValueChars);
    QVERIFY(shownText.size() < 2'000);
    QVERIFY(shownText.contains(u"100000"_s)); // says how long the value really is
    QVERIFY(waterfall->spanText(nodeA, -1).contains(huge));
    waterfall->selectNode(nodeA);
    screenshot(u"traces-bad-en"_s);
}

void TestTracesView::romanian()
{
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_COMPARE(m_window->tabs()->tabText(m_window->tabs()->indexOf(traces())), u"Urme"_s);
    QSignalSpy searched(traces(), &Gui::TracesView::searchFinished);
    QSignalSpy shown(traces(), &Gui::TracesView::traceShown);
    traces()->showWindow(u"events-api"_s, m_engine->nowMs() - 3600'000, m_engine->nowMs());
    m_window->tabs()->setCurrentWidget(traces());
    QVERIFY(searched.wait(10'000));
    QTRY_VERIFY2_WITH_TIMEOUT(!shown.isEmpty(), qPrintable(traces()->statusText() + u" | "_s + traces()->traceStatusText()), 10'000);
    QVERIFY2(traces()->traceStatusText().contains(u"drum critic"_s), qPrintable(traces()->traceStatusText()));
    screenshot(u"traces-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

QTEST_MAIN(TestTracesView)
#include "tst_tracesview.moc"
