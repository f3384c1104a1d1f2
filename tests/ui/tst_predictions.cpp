#include "core/engine/analysisjob.h"
#include "core/engine/anomalyevidence.h"
#include "core/engine/fleetengine.h"
#include "core/engine/predictiontext.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/charts/timeserieschart.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/overviewview.h"
#include "ui/predictions/anomalymodel.h"
#include "ui/predictions/capacitymodel.h"
#include "ui/predictions/costmodel.h"
#include "ui/predictions/forecastmodel.h"
#include "ui/predictions/predictionsview.h"
#include "ui/project/projectview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kFive = 5 * kMinute;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC

Model::WorkspacePtr demo()
{
    return std::make_shared<const Model::Workspace>(*Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
}

Engine::HistoryResultPtr history(const Sources::Demo::DemoFleet &fleet, const QVector<Model::Service> &services,
                                 const QVector<MetricKind> &kinds, qint64 from, qint64 to, qint64 step)
{
    auto result = std::make_shared<Engine::HistoryResult>();
    for (const Model::Service &s : services) {
        for (MetricKind kind : kinds) {
            Store::StoredSeries stored{{s.id, kind, {}}, Store::Resolution::FiveMinutes, {}};
            for (const Model::Sample &sample : fleet.range(stored.key, from, to, step))
                stored.points.append({sample.t, sample.v, sample.v, sample.v});
            result->series.append(stored);
        }
    }
    return result;
}

// What the engine computes for a project, made here directly from the simulator.
Engine::AnalysisResultPtr analyse(const Sources::Demo::DemoFleet &fleet, const QString &projectId)
{
    Engine::AnalysisInput input;
    input.requestId = 1;
    input.request.projectId = projectId;
    input.nowMs = kOrigin + 30'000;
    const Model::WorkspacePtr workspace = demo();
    for (const Model::Service &s : workspace->services)
        if (s.projectId == projectId)
            input.services.append(s);
    input.fineToMs = kOrigin - kFive;
    input.fineFromMs = input.fineToMs - (14 * 288 - 1) * kFive;
    input.coarseToMs = kOrigin - kHour;
    input.coarseFromMs = input.coarseToMs - (90 * 24 - 1) * kHour;
    input.fine = history(fleet, input.services, Engine::AnalysisJob::fineKinds(input.request), input.fineFromMs,
                         input.fineToMs, kFive);
    input.coarse = history(fleet, input.services, Engine::AnalysisJob::coarseKinds(input.request),
                           input.coarseFromMs, input.coarseToMs, kHour);
    std::atomic<bool> cancelled{false};
    return Engine::AnalysisJob::run(input, cancelled);
}

QHash<QString, QString> names()
{
    QHash<QString, QString> n;
    const Model::WorkspacePtr workspace = demo();
    for (const Model::Service &s : workspace->services)
        n.insert(s.id, s.name);
    return n;
}

} // namespace

// The predictions the operator sees: the models behind the tables, the predictions
// view reached from the overview's keyboard and context menu, forecast overlays and
// anomaly markers on the project charts, anomalies in the overview; screenshots in
// both languages when STRAJA_SCREENSHOT_DIR is set.
class TestPredictions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester();
    void costTotalIsTheSumOfServices();
    void init();
    void cleanup();
    void predictionsFromTheOverviewKeyboardAndMenu();
    void forecastOverlayAndAnomalyMarkersOnCharts();

private:
    void startWindow();
    void screenshot(const QString &name);
    QString cellText(const QString &serviceId, int column) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
    Sources::Demo::DemoFleet m_fleet{Sources::Demo::DemoPresets::standard(7), 7, kOrigin};
    Engine::AnalysisResultPtr m_events;
};

void TestPredictions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_events = analyse(m_fleet, u"events"_s);
    QVERIFY(m_events);
}

void TestPredictions::modelsPassTheTester()
{
    Gui::ForecastModel forecasts;
    QAbstractItemModelTester forecastTester(&forecasts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    forecasts.setResult(m_events, names());
    QCOMPARE(forecasts.rowCount(), 12);
    const int apiRps = forecasts.rowOf(u"events-api"_s, MetricKind::Rps);
    QVERIFY(apiRps >= 0);
    const Engine::SeriesAnalysis *s = forecasts.seriesAt(apiRps);
    QCOMPARE(forecasts.index(apiRps, Gui::ForecastModel::Service).data().toString(), u"API"_s);
    QCOMPARE(forecasts.index(apiRps, Gui::ForecastModel::Mase).data().toString(),
             QLocale().toString(s->forecast.accuracy.mase, 'f', 2));
    QCOMPARE(forecasts.index(apiRps, Gui::ForecastModel::Mase).data(Gui::ForecastModel::SortRole).toDouble(),
             s->forecast.accuracy.mase);
    QVERIFY(!forecasts.index(apiRps, Gui::ForecastModel::Trust).data().toString().isEmpty());
    QVERIFY(forecasts.index(apiRps, Gui::ForecastModel::Mase).data(Qt::ToolTipRole).toString().contains(u"MASE"_s));
    forecasts.retranslate();

    Gui::CapacityModel capacity;
    QAbstractItemModelTester capacityTester(&capacity, QAbstractItemModelTester::FailureReportingMode::QtTest);
    capacity.setResult(m_events, names());
    QCOMPARE(capacity.rowCount(), 6);
    for (int row = 0; row < capacity.rowCount(); ++row) {
        QVERIFY(!capacity.index(row, Gui::CapacityModel::Crossing).data().toString().isEmpty());
        QVERIFY(!capacity.index(row, Gui::CapacityModel::Peak).data().toString().isEmpty());
        // Replicas needed carry the band's range when it spans more than one count.
        const Engine::CapacityRow &c = m_events->capacity.at(row);
        const QString needed = capacity.index(row, Gui::CapacityModel::ReplicasNeeded).data().toString();
        if (c.ok && c.replicasApply && c.projection.replicasLow < c.projection.replicasHigh) {
            QCOMPARE(needed, u"%1 (%2–%3)"_s.arg(c.projection.replicasNeeded).arg(c.projection.replicasLow)
                                 .arg(c.projection.replicasHigh));
            QVERIFY(capacity.index(row, 0).data(Qt::ToolTipRole).toString().contains(u"95% band"_s));
        } else if (c.ok && c.replicasApply) {
            QCOMPARE(needed, QString::number(c.projection.replicasNeeded));
        }
    }

    Gui::CostModel costs;
    QAbstractItemModelTester costTester(&costs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    costs.setResult(m_events, names());
    QCOMPARE(costs.rowCount(), 4);

    Gui::AnomalyModel anomalies;
    QAbstractItemModelTester anomalyTester(&anomalies, QAbstractItemModelTester::FailureReportingMode::QtTest);
    anomalies.setResult(m_events, names());
    int expected = 0;
    for (const Engine::SeriesAnalysis &series : m_events->series)
        expected += int(series.anomalies.size());
    QCOMPARE(anomalies.rowCount(), expected);
    for (int row = 1; row < anomalies.rowCount(); ++row)
        QVERIFY(anomalies.alertAt(row - 1)->atMs >= anomalies.alertAt(row)->atMs); // newest first

    // The overview's anomalies: the reason column tells them, the tester watches.
    Gui::OverviewModel overview;
    QAbstractItemModelTester overviewTester(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto fleet = std::make_shared<Engine::FleetSnapshot>();
    fleet->projects = {{u"events"_s, u"Events"_s, Engine::Health::Ok, 1, 0, 10.0}};
    Engine::ServiceStatus api;
    api.serviceId = u"events-api"_s;
    api.projectId = u"events"_s;
    api.name = u"API"_s;
    api.verdict = {Engine::Health::Ok, Engine::HealthCause::None, MetricKind::Rps, qQNaN(), qQNaN(), 0};
    fleet->services = {api};
    overview.setSnapshot(fleet);
    auto watch = std::make_shared<Engine::AnomalySnapshot>();
    Engine::AnomalyAlert alert;
    alert.serviceId = u"events-api"_s;
    alert.projectId = u"events"_s;
    alert.kind = MetricKind::LatencyP95;
    alert.value = 320;
    alert.expected = 100;
    alert.lower = 80;
    alert.upper = 120;
    alert.score = 0.97;
    watch->current = {alert};
    QSignalSpy changed(&overview, &QAbstractItemModel::dataChanged);
    overview.setAnomalies(watch);
    QVERIFY(!changed.isEmpty());
    const QModelIndex reason = overview.indexOfService(u"events-api"_s).siblingAtColumn(Gui::OverviewModel::Reason);
    QCOMPARE(reason.data().toString(), u"anomaly: p95 latency 3.2× its usual at this hour"_s);
    QVERIFY(reason.data(Qt::ToolTipRole).toString().contains(u"score 0.97"_s));
    QVERIFY(reason.data(Gui::OverviewModel::AnomalyRole).toBool());
    QVERIFY(overview.index(0, Gui::OverviewModel::Reason).data().toString().contains(u"1 with an anomaly"_s));
    overview.setAnomalies(std::make_shared<Engine::AnomalySnapshot>());
    QCOMPARE(reason.data().toString(), Engine::describeVerdict(api.verdict));
}

void TestPredictions::costTotalIsTheSumOfServices()
{
    Gui::CostModel costs;
    costs.setResult(m_events, names());
    const int total = costs.rowCount() - 1;
    QVERIFY(costs.index(total, 0).data(Gui::CostModel::IsTotalRole).toBool());
    for (int column : {int(Gui::CostModel::MonthToDate), int(Gui::CostModel::Next7Days), int(Gui::CostModel::MonthEnd)}) {
        double sum = 0;
        for (int row = 0; row < total; ++row)
            sum += costs.index(row, column).data(Gui::CostModel::SortRole).toDouble();
        QVERIFY(sum > 0);
        QCOMPARE(costs.index(total, column).data(Gui::CostModel::SortRole).toDouble(), sum);
    }
    // Shown with the currency and two decimals.
    QVERIFY(costs.index(total, Gui::CostModel::Next7Days).data().toString().endsWith(u"USD"_s));
}

void TestPredictions::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestPredictions::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestPredictions::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = demo();
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
}

void TestPredictions::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(m_window->grab().save(dir + u'/' + name + u".png"_s));
}

QString TestPredictions::cellText(const QString &serviceId, int column) const
{
    return m_window->overview()->model()->indexOfService(serviceId).siblingAtColumn(column).data().toString();
}

void TestPredictions::predictionsFromTheOverviewKeyboardAndMenu()
{
    startWindow();
    Gui::OverviewModel *model = m_window->overview()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    // The refresh path's anomalies reach the overview: the database slowed by a bad deploy.
    QTRY_VERIFY_WITH_TIMEOUT(cellText(u"shared-db"_s, Gui::OverviewModel::Reason).contains(u"anomaly: p95 latency"_s),
                             30000);
    QVERIFY(cellText(u"events-web"_s, Gui::OverviewModel::Reason).startsWith(u"forecast: Memory may reach 85"_s));
    screenshot(u"overview-anomalies-en"_s);

    // Keyboard: select the events project, Ctrl+Shift+P.
    QTreeView *tree = m_window->overview()->tree();
    QModelIndex events;
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        if (tree->model()->index(row, 0).data(Gui::OverviewModel::IdRole).toString() == u"events")
            events = tree->model()->index(row, 0);
    }
    QVERIFY(events.isValid());
    tree->setFocus();
    tree->setCurrentIndex(events);
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    Gui::PredictionsView *view = nullptr;
    QTRY_VERIFY((view = m_window->predictionsView(u"events"_s)) != nullptr);
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    QSignalSpy shown(view, &Gui::PredictionsView::resultShown);
    QVERIFY(view->isBusy() || view->result());
    if (!view->result())
        QVERIFY(shown.wait(60000));
    QVERIFY(!view->isBusy());

    // Forecast rows with their accuracy beside them.
    Gui::ForecastModel *forecasts = view->forecastModel();
    QCOMPARE(forecasts->rowCount(), 12);
    for (int row = 0; row < forecasts->rowCount(); ++row) {
        const Engine::SeriesAnalysis *s = forecasts->seriesAt(row);
        QVERIFY2(s->forecastOk, qPrintable(s->forecastError));
        for (int column : {int(Gui::ForecastModel::Peak), int(Gui::ForecastModel::PeakBand),
                           int(Gui::ForecastModel::Mase), int(Gui::ForecastModel::Smape),
                           int(Gui::ForecastModel::Coverage), int(Gui::ForecastModel::Trust)})
            QVERIFY2(!forecasts->index(row, column).data().toString().isEmpty(), qPrintable(QString::number(column)));
    }
    // The selected forecast is drawn with its band and explained.
    QVERIFY(!view->forecastChart()->forecastBand().isEmpty());
    QVERIFY(view->detailText().contains(u"MASE"_s));
    QVERIFY(view->detailText().contains(u"How much to trust it"_s));
    // Capacity: CPU and memory of three services; the Friday evening peak of the API
    // saturates its CPU within 48 hours.
    Gui::CapacityModel *capacity = view->capacityModel();
    QCOMPARE(capacity->rowCount(), 6);
    bool apiCrosses = false;
    for (int row = 0; row < capacity->rowCount(); ++row) {
        const Engine::CapacityRow *r = capacity->rowAt(row);
        if (r->serviceId == u"events-api" && r->kind == MetricKind::Cpu)
            apiCrosses = capacity->index(row, 0).data(Gui::CapacityModel::CrossesRole).toBool();
    }
    QVERIFY(apiCrosses);
    // Cost: the total row is the sum of the services.
    Gui::CostModel *costs = view->costModel();
    QCOMPARE(costs->rowCount(), 4);
    double sum = 0;
    for (int row = 0; row < 3; ++row)
        sum += costs->index(row, Gui::CostModel::MonthEnd).data(Gui::CostModel::SortRole).toDouble();
    QCOMPARE(costs->index(3, Gui::CostModel::MonthEnd).data(Gui::CostModel::SortRole).toDouble(), sum);
    screenshot(u"predictions-en"_s);
    view->showSection(Gui::PredictionsView::Section::Capacity);
    screenshot(u"predictions-capacity-en"_s);
    view->showSection(Gui::PredictionsView::Section::Cost);
    screenshot(u"predictions-cost-en"_s);
    view->showSection(Gui::PredictionsView::Section::Anomalies);
    screenshot(u"predictions-anomalies-en"_s);

    // Romanian, at run time.
    // Romanian, at run time: the words the analysis wrote are asked for again.
    view->selectForecast(u"events-web"_s, MetricKind::Memory);
    shown.clear();
    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_VERIFY(view->findChild<QLabel *>(u"predictionsTitle"_s)->text().contains(u"predicții"_s));
    QVERIFY(shown.wait(60000));
    QVERIFY(view->detailText().contains(u"încredere"_s));
    QVERIFY2(view->detailText().contains(u"Memorie"_s), qPrintable(view->detailText())); // still selected
    QVERIFY2(!view->detailText().contains(u"Seasonality"_s), qPrintable(view->detailText()));
    view->showSection(Gui::PredictionsView::Section::Forecasts);
    screenshot(u"predictions-ro"_s);
    view->showSection(Gui::PredictionsView::Section::Capacity);
    screenshot(u"predictions-capacity-ro"_s);
    view->showSection(Gui::PredictionsView::Section::Cost);
    screenshot(u"predictions-cost-ro"_s);
    view->showSection(Gui::PredictionsView::Section::Anomalies);
    screenshot(u"predictions-anomalies-ro"_s);
    m_window->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(cellText(u"shared-db"_s, Gui::OverviewModel::Reason).contains(u"anomalie"_s));
    screenshot(u"overview-anomalies-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();

    // The context menu of a service row opens its project's predictions too.
    delete view;
    QTRY_VERIFY(m_window->predictionsView(u"events"_s) == nullptr);
    const QModelIndex db = [&] {
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            const QModelIndex project = tree->model()->index(row, 0);
            if (project.data(Gui::OverviewModel::IdRole).toString() == u"shared-db")
                return tree->model()->index(0, 0, project);
        }
        return QModelIndex();
    }();
    QVERIFY(db.isValid());
    emit tree->customContextMenuRequested(tree->visualRect(db).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_window->overview()->findChild<QMenu *>(u"overviewContextMenu"_s)) != nullptr);
    auto *open = menu->findChild<QAction *>(u"contextOpenPredictions"_s);
    QVERIFY(open);
    open->trigger();
    menu->close();
    QTRY_VERIFY(m_window->predictionsView(u"shared-db"_s) != nullptr);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->predictionsView(u"shared-db"_s));
}

void TestPredictions::forecastOverlayAndAnomalyMarkersOnCharts()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    Gui::ProjectView *view = m_window->openProject(u"shared-db"_s, u"shared-db"_s);
    QVERIFY(view);
    QSignalSpy drawn(view, &Gui::ProjectView::chartsUpdated);
    QVERIFY(drawn.wait(10000));

    // Ctrl+Shift+F: every chart continues with its forecast; anomalies are marked.
    QSignalSpy overlaid(view, &Gui::ProjectView::overlayUpdated);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view->forecastShown());
    QVERIFY(view->findChild<QToolButton *>(u"showForecast"_s)->isChecked());
    QVERIFY(overlaid.wait(60000));
    const Gui::Charts::TimeSeriesChart *latency = view->chart(MetricKind::LatencyP95);
    const Gui::Charts::ForecastBand &band = latency->forecastBand();
    QVERIFY(!band.isEmpty());
    // It starts at the newest point drawn and runs six hours on (the range shown).
    QCOMPARE(band.line.first(), QPointF(latency->points().last().x(), latency->points().last().y()));
    QVERIFY(band.line.last().x() > double(latency->toMs()) + 5 * kHour);
    QVERIFY(band.line.last().x() <= double(latency->toMs()) + 6 * kHour);
    for (qsizetype i = 0; i < band.line.size(); ++i)
        QVERIFY(band.lower.at(i).y() <= band.line.at(i).y() && band.line.at(i).y() <= band.upper.at(i).y());
    // The slow database after the bad deploy (40 minutes before the demo's origin).
    const QVector<Gui::Charts::AnomalyMarker> &markers = latency->anomalyMarkers();
    QVERIFY(!markers.isEmpty());
    QVERIFY(std::all_of(markers.cbegin(), markers.cend(), [&](const Gui::Charts::AnomalyMarker &m) {
        return m.score >= 0.8 && m.x >= double(latency->fromMs()) && m.x <= double(latency->toMs());
    }));
    const auto slow = std::find_if(markers.cbegin(), markers.cend(), [](const Gui::Charts::AnomalyMarker &m) {
        return qint64(m.x) == kOrigin - 40 * kMinute;
    });
    QVERIFY(slow != markers.cend());
    for (MetricKind kind : {MetricKind::Rps, MetricKind::ErrorRate, MetricKind::Cpu, MetricKind::Memory,
                            MetricKind::Replicas})
        QVERIFY2(!view->chart(kind)->forecastBand().isEmpty(), qPrintable(Model::metricKindId(kind)));
    screenshot(u"project-forecast-en"_s);

    // Another range keeps the forecast, redrawn for it: a day ahead for 24 hours.
    view->setRange(Gui::ProjectView::Range::OneDay);
    QVERIFY(drawn.wait(10000));
    QVERIFY(latency->forecastBand().line.last().x() > double(latency->toMs()) + 23 * kHour);

    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_COMPARE(view->findChild<QToolButton *>(u"showForecast"_s)->text(), u"Arată &prognoza"_s);
    screenshot(u"project-forecast-ro"_s);
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();

    // Off again: the overlays go.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!view->forecastShown());
    QVERIFY(latency->forecastBand().isEmpty());
    QVERIFY(latency->anomalyMarkers().isEmpty());

    // The project view's button opens the predictions next to it.
    view->findChild<QPushButton *>(u"openPredictions"_s)->click();
    QTRY_VERIFY(m_window->predictionsView(u"shared-db"_s) != nullptr);
    QCOMPARE(m_window->tabs()->indexOf(m_window->predictionsView(u"shared-db"_s)),
             m_window->tabs()->indexOf(view) + 1);
}

QTEST_MAIN(TestPredictions)
#include "tst_predictions.moc"
