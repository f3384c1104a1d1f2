#include "core/engine/fleetengine.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/sources/prometheus/querymapping.h"
#include "fakehttpserver.h"
#include "fakeprometheus.h"
#include "lokiprotocolserver.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/alertbadgedelegate.h"
#include "ui/overview/overviewview.h"
#include "ui/project/logexcerpt.h"
#include "ui/project/projectalerts.h"
#include "ui/project/projectview.h"
#include "ui/sources/prometheussettingspage.h"
#include "ui/sources/railwaysettingspage.h"
#include "ui/statusbar/sourcestatusbar.h"
#include "ui/workspace/railwaydiscoverydialog.h"
#include "ui/workspace/draftcredentialsource.h"
#include "core/secrets/secretkeys.h"
#include "ui/charts/timeserieschart.h"
#include "ui/cost/costview.h"
#include "ui/cost/railwayusagepanel.h"
#include "core/cost/costservice.h"
#include "core/cost/pricetable.h"
#include "core/store/database.h"
#include "core/store/deploymentstore.h"
#include "core/model/workspacecheck.h"
#include "core/actions/budgetregistry.h"
#include "core/sources/railway/railwayoptions.h"
#include "memorycredentialsource.h"
#include "jaegerprotocolserver.h"
#include "core/model/workspacejson.h"
#include "core/sources/jaeger/jaegersource.h"
#include "ui/sources/jaegersettingspage.h"
#include "ui/workspace/sourcedialog.h"
#include "railwayapiserver.h"

#include <QComboBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using TestSupport::FakeHttpServer;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;

namespace {

constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

// What the operator sees of Prometheus, Alertmanager and Loki: alert badges on the
// overview, the project's alerts and a service's logs, and the Prometheus
// settings page with its "test query" — against local servers.
class TestSourcesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overviewAndProjectShowAlertsAndLogs();
    void settingsPageTestsQueries();
    void settingsPageRejectsBadInput_data();
    void settingsPageRejectsBadInput();
    void railwayPageDiscoversAndStatusBarShowsBudget();
    void railwayDiscoveryPreviewsThenApplies();
    void sourceNoteShowsInStatusBar();
    void jaegerPageMapsServicesFromTestConnection();
    void deploymentMarkersFromRailway();
    void railwayUsageBesideCostModel();
    void discoveryWorksOnUnsavedSource();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    Sources::Demo::DemoFleet m_fleet{Sources::Demo::DemoPresets::standard(7), 7, kOrigin};
    std::unique_ptr<FakeHttpServer> m_prometheus;
    std::unique_ptr<FakeHttpServer> m_alertmanager;
    std::unique_ptr<FakeHttpServer> m_lokiServer;
    std::unique_ptr<TestSupport::FakePrometheus> m_fake;
    TestSupport::LokiProtocolServer m_loki;
};

void TestSourcesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSourcesUi::init()
{
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    // The fake Prometheus serves the demo simulator's values under the demo preset's names.
    m_fake = std::make_unique<TestSupport::FakePrometheus>([this](const QString &metric, const QString &service,
                                                                  qint64 t) {
        for (MetricKind kind : Model::allMetricKinds()) {
            if (Sources::Prometheus::QueryMapping::demoGaugeName(kind) == metric)
                return m_fleet.value(m_fleet.indexOf(service), kind, t);
        }
        return std::numeric_limits<double>::quiet_NaN();
    });
    m_prometheus = std::make_unique<FakeHttpServer>();
    QVERIFY(m_prometheus->listen());
    // Services without a disk answer NaN there, which the connector drops.
    m_prometheus->setHandler([this](const FakeRequest &r) { return m_fake->handle(r); });
    m_alertmanager = std::make_unique<FakeHttpServer>();
    QVERIFY(m_alertmanager->listen());
    const QByteArray now = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate).toLatin1();
    const QByteArray alerts = R"([
        {"labels":{"alertname":"LatencyP95High","service":"events-api","severity":"warning"},
         "annotations":{"summary":"p95 latency of events-api is 640 ms"},"startsAt":")" + now + R"(",
         "status":{"state":"active"},"fingerprint":"1"},
        {"labels":{"alertname":"ErrorRateHigh","service":"events-web","severity":"critical"},
         "annotations":{"summary":"events-web fails 4.1% of requests"},"startsAt":")" + now + R"(",
         "status":{"state":"active"},"fingerprint":"2"},
        {"labels":{"alertname":"CertificateExpiry","project":"events","severity":"warning"},
         "annotations":{"summary":"tickets.example.com expires in 9 days"},"startsAt":")" + now + R"(",
         "status":{"state":"active"},"fingerprint":"3"},
        {"labels":{"alertname":"Watchdog","severity":"none"},"startsAt":")" + now + R"(",
         "status":{"state":"active"},"fingerprint":"4"}])";
    m_alertmanager->setHandler([alerts](const FakeRequest &) { return FakeReply::json(alerts); });
    m_loki = TestSupport::LokiProtocolServer();
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 40; ++i) {
        m_loki.push({{u"service"_s, u"events-api"_s}}, t - (40 - i) * 30'000,
                    i % 7 == 3 ? u"level=error msg=\"upstream timeout\" route=/tickets/checkout duration=2.31s"_s
                               : u"level=info msg=\"request served\" route=/tickets status=200 duration=%1ms"_s.arg(40 + i));
    }
    m_lokiServer = std::make_unique<FakeHttpServer>();
    QVERIFY(m_lokiServer->listen());
    m_lokiServer->setHandler([this](const FakeRequest &r) { return m_loki.handle(r); });
}

void TestSourcesUi::cleanup()
{
    m_languages.reset();
}

void TestSourcesUi::overviewAndProjectShowAlertsAndLogs()
{
    Model::Workspace ws = m_fleet.workspace(u"prod"_s);
    Model::SourceConfig &source = ws.sources.first();
    source.type = Model::SourceType::Prometheus;
    source.name = u"Prometheus"_s;
    source.url = m_prometheus->url();
    source.options = QJsonObject{{u"preset"_s, u"straja-demo"_s},
                                 {u"alertmanager"_s, QJsonObject{{u"url"_s, m_alertmanager->url().toString()}}},
                                 {u"loki"_s, QJsonObject{{u"url"_s, m_lokiServer->url().toString()}}}};
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ui.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(ws);
    options.poller.refreshIntervalMs = 1000;
    Engine::FleetEngine engine(options);
    Gui::MainWindow window(&engine, m_languages.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    engine.start();

    Gui::OverviewView *overview = window.overview();
    QTRY_VERIFY_WITH_TIMEOUT(!overview->alertSummaryText().isEmpty(), 20'000);
    QCOMPARE(overview->alertSummaryText(), u"4 firing alerts (1 not matched to a project)"_s);
    const QModelIndex events = overview->model()->indexOfProject(u"events"_s);
    const QModelIndex api = overview->model()->indexOfService(u"events-api"_s);
    QTRY_COMPARE_WITH_TIMEOUT(overview->alertBadges()->alertCount(events), 3, 20'000);
    QCOMPARE(overview->alertBadges()->alertCount(api), 1);
    QCOMPARE(overview->alertBadges()->alertCount(overview->model()->indexOfProject(u"seo"_s)), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!api.siblingAtColumn(Gui::OverviewModel::Rps).data().toString().isEmpty(), 20'000);
    screenshot(&window, u"connectors-overview-en"_s);

    Gui::ProjectView *project = window.openProject(u"events"_s, u"events-api"_s);
    QVERIFY(project);
    QTRY_COMPARE_WITH_TIMEOUT(project->alerts()->list()->topLevelItemCount(), 3, 20'000);
    QStringList names;
    for (int i = 0; i < 3; ++i)
        names << project->alerts()->list()->topLevelItem(i)->text(Gui::ProjectAlerts::Alert);
    names.sort();
    QCOMPARE(names, (QStringList{u"CertificateExpiry"_s, u"ErrorRateHigh"_s, u"LatencyP95High"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(project->logs()->text().contains(u"upstream timeout"_s), 20'000);
    QCOMPARE(project->logs()->text().count(u'\n') + 1, 40);
    screenshot(&window, u"connectors-project-en"_s);

    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_VERIFY(overview->alertSummaryText().startsWith(u"4 alerte"_s));
    QTRY_COMPARE(project->alerts()->list()->headerItem()->text(Gui::ProjectAlerts::Severity), u"Gravitate"_s);
    screenshot(&window, u"connectors-project-ro"_s);
    window.tabs()->setCurrentIndex(0);
    screenshot(&window, u"connectors-overview-ro"_s);

    // Alertmanager and Loki go away: stale markers, the last alerts and lines stay.
    m_alertmanager->close();
    m_lokiServer->close();
    QTRY_VERIFY_WITH_TIMEOUT(overview->alertSummaryText().contains(u"învechite"_s), 30'000);
    QVERIFY(project->alerts()->statusText().contains(u"învechite"_s));
    project->logs()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(project->logs()->statusText().contains(u"refuzat"_s), 30'000);
    QVERIFY(project->logs()->text().contains(u"upstream timeout"_s));
    QCOMPARE(project->alerts()->list()->topLevelItemCount(), 3);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::settingsPageTestsQueries()
{
    Model::Workspace ws = m_fleet.workspace(u"prod"_s);
    Model::SourceConfig config = ws.sources.first();
    config.type = Model::SourceType::Prometheus;
    config.url = m_prometheus->url();
    config.options = QJsonObject{{u"preset"_s, u"straja-demo"_s}};
    auto *created = Gui::createSourceSettingsPage(Model::SourceType::Prometheus, config,
                                                  std::make_shared<const Model::Workspace>(ws), nullptr);
    QVERIFY(created);
    QVERIFY(!Gui::createSourceSettingsPage(Model::SourceType::Demo, config, nullptr, nullptr));
    std::unique_ptr<Gui::PrometheusSettingsPage> page(qobject_cast<Gui::PrometheusSettingsPage *>(created));
    QVERIFY(page);
    page->resize(900, 820);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    auto *queries = page->findChild<QTableWidget *>(u"queries"_s);
    auto *service = page->findChild<QComboBox *>(u"testService"_s);
    auto *test = page->findChild<QPushButton *>(u"testQuery"_s);
    QVERIFY(queries && service && test);
    QCOMPARE(queries->item(Model::metricIndex(MetricKind::Cpu), 1)->text(),
             u"straja_demo_cpu_percent{$label=~\"$services\"}"_s);

    // Test the CPU query for events-api: the value the server has is shown.
    queries->selectRow(Model::metricIndex(MetricKind::Cpu));
    service->setCurrentIndex(service->findData(u"events-api"_s));
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->testRunning() && page->testResultText().contains(u"1 series"_s), 20'000);
    QVERIFY(page->testResultText().contains(u"straja_demo_cpu_percent{service=~\"events-api\"}"_s));
    QVERIFY(page->testResultText().contains(u"{service=\"events-api\"}"_s));
    QVERIFY(page->testResultText().contains(u"%"_s));
    screenshot(page.get(), u"connectors-settings-en"_s);

    // An edited query with a syntax error: Prometheus' own message.
    queries->item(Model::metricIndex(MetricKind::Cpu), 1)->setText(u"rate(cpu[5m]"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->testRunning() && page->testResultText().contains(u"Error:"_s), 20'000);
    QVERIFY(page->testResultText().contains(u"parse error"_s));

    // A preset replaces the queries and the label; apply() writes only what differs.
    page->applyPreset(u"node"_s);
    QCOMPARE(page->findChild<QLineEdit *>(u"serviceLabel"_s)->text(), u"instance"_s);
    QVERIFY(queries->item(Model::metricIndex(MetricKind::Rps), 1)->text().isEmpty());
    queries->item(Model::metricIndex(MetricKind::Rps), 1)->setText(u"sum by ($label) (rate(nginx_requests[$window]))"_s);
    page->findChild<QLineEdit *>(u"alertmanagerUrl"_s)->setText(u"http://127.0.0.1:9093"_s);
    const auto applied = page->apply(config);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied->options.value(u"preset"_s).toString(), u"node"_s);
    QCOMPARE(applied->options.value(u"queries"_s).toObject().keys(), QStringList{u"rps"_s});
    QCOMPARE(applied->options.value(u"alertmanager"_s).toObject().value(u"url"_s).toString(), u"http://127.0.0.1:9093"_s);
    QVERIFY(!applied->options.contains(u"loki"_s));

    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_COMPARE(test->text(), u"Testează &interogarea"_s); // LanguageChange is posted
    screenshot(page.get(), u"connectors-settings-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::settingsPageRejectsBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("Alertmanager address") << u"alertmanagerUrl"_s << u"alertmanager:9093"_s << u"Alertmanager"_s;
    QTest::newRow("service label") << u"serviceLabel"_s << u"my-label"_s << u"my-label"_s;
    QTest::newRow("Loki address") << u"lokiUrl"_s << u"loki"_s << u"Loki"_s;
}

void TestSourcesUi::settingsPageRejectsBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    Model::SourceConfig config;
    config.id = u"p"_s;
    config.type = Model::SourceType::Prometheus;
    config.url = m_prometheus->url();
    Gui::PrometheusSettingsPage page(config, nullptr, nullptr);
    QVERIFY(!page.findChild<QLineEdit *>(u"sourceUrl"_s)); // the source dialog owns the address
    QVERIFY(page.apply(config).ok());
    page.findChild<QLineEdit *>(field)->setText(value);
    const auto applied = page.apply(config);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(messagePart), qPrintable(applied.error().message));
    // The test button says why instead of running anything.
    page.runTestQuery();
    QVERIFY(page.testResultText().startsWith(u"Cannot test:"_s));
    QVERIFY(!page.testRunning());
}

void TestSourcesUi::railwayPageDiscoversAndStatusBarShowsBudget()
{
    RailwayApiServer server(u"rw-ui-token"_s);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    server.addProjectService(u"p1"_s, u"s2"_s, u"Postgres"_s, u"e1"_s, 1, u"europe-west4"_s);
    server.addProject(u"p2"_s, u"Blog"_s, {{u"e2"_s, u"production"_s}});
    server.addProjectService(u"p2"_s, u"s3"_s, u"site"_s, u"e2"_s, 1, u"us-west1"_s, true);
    MemoryCredentialSource credentials;
    credentials.setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);
    Model::SourceConfig config;
    config.id = u"railway"_s;
    config.name = u"Railway"_s;
    config.type = Model::SourceType::Railway;
    config.url = QUrl(server.url().toString() + u"/graphql/v2"_s);
    config.options = QJsonObject{{u"account"_s, u"ui-test"_s}};
    std::unique_ptr<Gui::RailwaySettingsPage> page(qobject_cast<Gui::RailwaySettingsPage *>(
        Gui::createSourceSettingsPage(Model::SourceType::Railway, config, nullptr, &credentials)));
    QVERIFY(page);
    page->resize(720, 560);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTest::mouseClick(page->findChild<QPushButton *>(u"discover"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->inventory() != nullptr, 10'000);
    const QString found = page->discoveryText();
    QVERIFY2(found.contains(u"Found 3 services in 2 projects"_s), qPrintable(found));
    QVERIFY2(found.contains(u"events-api — 3 replicas, region europe-west4"_s), qPrintable(found));
    QVERIFY2(found.contains(u"sleeps when idle"_s), qPrintable(found));
    // The page's fields become the source's options; the token is not among them.
    page->findChild<QComboBox *>(u"tokenKind"_s)->setCurrentIndex(1);
    const auto applied = page->apply(config);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied->options.value(u"tokenKind"_s).toString(), u"project"_s);
    QCOMPARE(applied->options.value(u"account"_s).toString(), u"ui-test"_s);
    QVERIFY(!QJsonDocument(applied->options).toJson().contains("rw-ui-token"));
    page->findChild<QComboBox *>(u"tokenKind"_s)->setCurrentIndex(0);
    screenshot(page.get(), u"railway-settings-en"_s);

    // The token's budget in the status bar: the discovery spent one request.
    Gui::SourceStatusBar bar;
    auto snapshot = std::make_shared<Engine::FleetSnapshot>();
    snapshot->atMs = QDateTime::currentMSecsSinceEpoch();
    bar.setSnapshot(snapshot);
    QVERIFY2(bar.budgetText().contains(u"Railway ui-test: 999/1000 API requests left"_s), qPrintable(bar.budgetText()));
    bar.resize(520, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    screenshot(&bar, u"railway-budget-en"_s);

    // A wrong token: a clear message, the page stays usable.
    credentials.setBearer(u"railway:ui-test"_s, u"expired"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"discover"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->discoveryText().contains(u"refused the token"_s), 10'000);
    QVERIFY(page->findChild<QPushButton *>(u"discover"_s)->isEnabled());

    QVERIFY(m_languages->setLanguage(u"ro"_s));
    credentials.setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);
    QTRY_VERIFY(page->findChild<QPushButton *>(u"discover"_s)->text() != u"Discover projects and services"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"discover"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->discoveryText().contains(u"events-api"_s), 10'000);
    screenshot(page.get(), u"railway-settings-ro"_s);
    bar.setSnapshot(snapshot);
    screenshot(&bar, u"railway-budget-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::railwayDiscoveryPreviewsThenApplies()
{
    RailwayApiServer server(u"rw-ui-token"_s);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    server.addProjectService(u"p1"_s, u"s2"_s, u"Postgres"_s, u"e1"_s, 1, u"europe-west4"_s);
    server.addProject(u"p2"_s, u"Blog"_s, {{u"e2"_s, u"production"_s}});
    server.addProjectService(u"p2"_s, u"s3"_s, u"site"_s, u"e2"_s, 1, u"us-west1"_s, true);
    MemoryCredentialSource credentials;
    credentials.setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);

    // The workspace knows events-api (renamed and tuned by the operator) and a
    // service Railway no longer has.
    Model::Workspace draft;
    draft.name = u"Ops"_s;
    Model::SourceConfig config;
    config.id = u"railway"_s;
    config.name = u"Railway"_s;
    config.type = Model::SourceType::Railway;
    config.url = QUrl(server.url().toString() + u"/graphql/v2"_s);
    auto ref = [](const QString &serviceId) {
        return QJsonObject{{u"projectId"_s, u"p1"_s}, {u"environmentId"_s, u"e1"_s}, {u"serviceId"_s, serviceId}};
    };
    config.options = QJsonObject{{u"account"_s, u"ui-test"_s},
                                 {u"services"_s, QJsonObject{{u"events-api"_s, ref(u"s1"_s)}, {u"gone"_s, ref(u"s9"_s)}}}};
    draft.sources.append(config);
    draft.projects.append(Model::Project{u"tickets"_s, u"Tickets"_s, QString()});
    for (const QString &id : {u"events-api"_s, u"gone"_s}) {
        Model::Service s;
        s.id = id;
        s.projectId = u"tickets"_s;
        s.name = id == u"events-api" ? u"Events API"_s : u"Old worker"_s;
        s.role = u"api"_s;
        s.sourceId = u"railway"_s;
        s.provider = u"railway"_s;
        s.maxReplicas = 6;
        draft.services.append(s);
    }

    auto budgets = std::make_shared<Actions::BudgetRegistry>();
    Gui::RailwayDiscoveryDialog dialog(draft, u"railway"_s, &credentials, nullptr, nullptr, budgets);
    QSignalSpy shown(&dialog, &Gui::RailwayDiscoveryDialog::previewShown);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QPushButton *>(u"applyDiscovery"_s)->isEnabled()); // nothing to apply yet
    dialog.start();
    QVERIFY(shown.wait(10'000));
    const QStringList lines = dialog.previewLines();
    QVERIFY2(lines.contains(u"Added: postgres"_s) && lines.contains(u"Added: site"_s), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(u"Marked removed (kept with their history): gone"_s), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(u"Kept: events-api"_s), qPrintable(lines.join(u'|')));
    QVERIFY2(dialog.statusText().contains(u"Apply to add 2, mark 1 removed"_s), qPrintable(dialog.statusText()));
    screenshot(&dialog, u"railway-discovery-en"_s);

    QPushButton *apply = dialog.findChild<QPushButton *>(u"applyDiscovery"_s);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Model::Workspace &merged = dialog.workspace();
    QCOMPARE(merged.services.size(), 4); // two added, none deleted
    QCOMPARE(merged.service(u"events-api"_s)->name, u"Events API"_s); // the operator's name survives
    QCOMPARE(merged.service(u"events-api"_s)->maxReplicas, 6);
    QVERIFY(merged.project(merged.service(u"site"_s)->projectId)->name == u"Blog"_s);
    const auto options = Sources::Railway::RailwayOptions::fromConfig(*merged.source(u"railway"_s));
    QVERIFY(options.ok());
    QVERIFY(options->services.value(u"gone"_s).removed);
    QVERIFY(Model::checkWorkspace(merged).isEmpty());

    // A token Railway refuses: a clear message and nothing to apply.
    credentials.setBearer(u"railway:ui-test"_s, u"expired"_s);
    Gui::RailwayDiscoveryDialog refused(draft, u"railway"_s, &credentials, nullptr, nullptr, budgets);
    QSignalSpy refusedShown(&refused, &Gui::RailwayDiscoveryDialog::previewShown);
    refused.start();
    QVERIFY(refusedShown.wait(10'000));
    QVERIFY2(refused.statusText().contains(u"refused the token"_s), qPrintable(refused.statusText()));
    QVERIFY(!refused.canApply());
    QVERIFY(refused.previewLines().isEmpty());

    QVERIFY(m_languages->setLanguage(u"ro"_s));
    credentials.setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);
    Gui::RailwayDiscoveryDialog romanian(draft, u"railway"_s, &credentials, nullptr, nullptr, budgets);
    QSignalSpy roShown(&romanian, &Gui::RailwayDiscoveryDialog::previewShown);
    romanian.show();
    QVERIFY(QTest::qWaitForWindowExposed(&romanian));
    romanian.start();
    QVERIFY(roShown.wait(10'000));
    QVERIFY(romanian.canApply());
    screenshot(&romanian, u"railway-discovery-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::sourceNoteShowsInStatusBar()
{
    Gui::SourceStatusBar bar;
    bar.setBudgets(std::make_shared<Actions::BudgetRegistry>());
    auto snapshot = std::make_shared<Engine::FleetSnapshot>();
    snapshot->atMs = kOrigin;
    Engine::SourceStatus railway;
    railway.sourceId = u"railway"_s;
    railway.name = u"Railway"_s;
    railway.health = Engine::SourceHealth::Ok;
    railway.newestSampleMs = kOrigin - 40'000;
    railway.note = u"Discovery at 12:00: 1 service added (worker); 1 marked removed (web)"_s;
    snapshot->sources.append(railway);
    bar.setSnapshot(snapshot);
    QCOMPARE(bar.sourceTexts().size(), 1);
    QVERIFY2(bar.sourceTexts().first().contains(railway.note), qPrintable(bar.sourceTexts().first()));
    QVERIFY(bar.findChild<QLabel *>(u"sourceStatus"_s)->toolTip().contains(u"1 marked removed (web)"_s));
    bar.resize(760, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    screenshot(&bar, u"railway-note-en"_s);
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_VERIFY(!bar.sourceTexts().first().contains(u"data 40 s old"_s));
    screenshot(&bar, u"railway-note-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}


namespace {

// A one-span trace of `service` in Jaeger's wire format, so /api/services lists it.
QJsonObject jaegerTrace(const QString &traceId, const QString &service)
{
    const QJsonObject span{{u"traceID"_s, traceId}, {u"spanID"_s, QString(traceId + u"01"_s)},
                           {u"operationName"_s, u"GET /"_s}, {u"references"_s, QJsonArray()},
                           {u"startTime"_s, 1772712000000000LL}, {u"duration"_s, 1200},
                           {u"tags"_s, QJsonArray()}, {u"logs"_s, QJsonArray()}, {u"processID"_s, u"p1"_s}};
    return QJsonObject{{u"traceID"_s, traceId}, {u"spans"_s, QJsonArray{span}},
                       {u"processes"_s, QJsonObject{{u"p1"_s, QJsonObject{{u"serviceName"_s, service}}}}}};
}

} // namespace

namespace {

// A Railway workspace of one project and service watched through `server`.
Model::Workspace railwayWorkspace(const RailwayApiServer &server)
{
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    Model::SourceConfig config;
    config.id = u"railway"_s;
    config.name = u"Railway"_s;
    config.type = Model::SourceType::Railway;
    config.url = QUrl(server.url().toString() + u"/graphql/v2"_s);
    config.options = QJsonObject{
        {u"account"_s, u"ui-test"_s},
        {u"services"_s, QJsonObject{{u"events-api"_s, QJsonObject{{u"projectId"_s, u"p1"_s},
                                                                   {u"environmentId"_s, u"e1"_s},
                                                                   {u"serviceId"_s, u"s1"_s}}}}}};
    ws.sources.append(config);
    ws.projects.append({u"tickets"_s, u"Tickets"_s, {}, {}});
    Model::Service api;
    api.id = u"events-api"_s;
    api.projectId = u"tickets"_s;
    api.name = u"events-api"_s;
    api.role = u"api"_s;
    api.sourceId = u"railway"_s;
    api.provider = u"railway"_s;
    ws.services.append(api);
    return ws;
}

} // namespace

void TestSourcesUi::jaegerPageMapsServicesFromTestConnection()
{
    TestSupport::JaegerProtocolServer jaeger;
    jaeger.addTrace(jaegerTrace(u"a1"_s, u"api-gateway"_s));
    jaeger.addTrace(jaegerTrace(u"a2"_s, u"postgres"_s));
    jaeger.addTrace(jaegerTrace(u"a3"_s, u"frontend"_s));
    FakeHttpServer server;
    QVERIFY(server.listen());
    // Jaeger behind a proxy that wants the token: a wrong one is refused with 401.
    server.setHandler([&jaeger](const FakeRequest &r) {
        if (r.header("authorization") != "Bearer jaeger-token")
            return FakeReply::text("unauthorized\n", 401);
        return jaeger.handle(r);
    });
    MemoryCredentialSource credentials;
    credentials.setBearer(u"tracing"_s, u"jaeger-token"_s);

    auto workspace = std::make_shared<Model::Workspace>();
    for (const auto &[id, name] : {std::pair{u"events-api"_s, u"Events API"_s}, {u"shared-db"_s, u"Database"_s},
                                   {u"frontend"_s, u"Frontend"_s}}) {
        Model::Service service;
        service.id = id;
        service.name = name;
        service.projectId = u"events"_s;
        workspace->services.append(service);
    }
    Model::SourceConfig config;
    config.id = u"tracing"_s;
    config.name = u"Tracing"_s;
    config.type = Model::SourceType::Jaeger;
    config.url = server.url();
    config.auth = Model::SourceAuth::Bearer;
    // A mapping for a service the workspace no longer has, and a shared HTTP key the page must keep.
    config.options = QJsonObject{{u"services"_s, QJsonObject{{u"events-api"_s, u"old-gateway"_s},
                                                             {u"gone-svc"_s, u"legacy"_s}}},
                                 {u"timeoutMs"_s, 8000}};

    std::unique_ptr<Gui::JaegerSettingsPage> page(qobject_cast<Gui::JaegerSettingsPage *>(
        Gui::createSourceSettingsPage(Model::SourceType::Jaeger, config, workspace, &credentials)));
    QVERIFY(page);
    auto *table = page->findChild<QTableWidget *>(u"jaegerMapping"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4); // three services + the kept mapping of gone-svc
    QCOMPARE(page->mappedName(u"events-api"_s), u"old-gateway"_s);
    QCOMPARE(page->mappedName(u"shared-db"_s), QString());
    QCOMPARE(page->mappedName(u"gone-svc"_s), u"legacy"_s);
    page->resize(640, 460);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));

    QSignalSpy finished(page.get(), &Gui::JaegerSettingsPage::testFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    const QString result = page->resultText();
    QVERIFY2(result.contains(u"Connected. Jaeger knows 3 services: api-gateway, frontend, postgres"_s), qPrintable(result));
    // events-api's old name, shared-db under its own id and gone-svc's are not among them; frontend is.
    QVERIFY2(result.contains(u"old-gateway, shared-db, legacy"_s), qPrintable(result));
    QCOMPARE(page->jaegerServices(), (QStringList{u"api-gateway"_s, u"frontend"_s, u"postgres"_s}));
    auto *apiCombo = page->findChild<QComboBox *>(u"jaegerName:events-api"_s);
    QVERIFY(apiCombo);
    QCOMPARE(apiCombo->count(), 3);
    QCOMPARE(apiCombo->currentText(), u"old-gateway"_s); // the pick-list does not overwrite the row
    QVERIFY(server.requests().constLast().path == "/api/services");

    // Pick from the list, type one, clear one; the id itself is not written out.
    apiCombo->setCurrentIndex(apiCombo->findText(u"api-gateway"_s));
    page->setMappedName(u"shared-db"_s, u"postgres"_s);
    page->setMappedName(u"gone-svc"_s, QString());
    page->setMappedName(u"frontend"_s, u"frontend"_s);
    const auto applied = page->apply(config);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QCOMPARE(applied->options.value(u"services"_s).toObject(),
             (QJsonObject{{u"events-api"_s, u"api-gateway"_s}, {u"shared-db"_s, u"postgres"_s}}));
    QCOMPARE(applied->options.value(u"timeoutMs"_s).toInt(), 8000);
    QVERIFY(!QJsonDocument(applied->options).toJson().contains("jaeger-token"));

    // Through the workspace file and back: the connector reads the same names, a new page shows them.
    Model::Workspace saved = *workspace;
    saved.name = u"Tracing test"_s;
    saved.sources.append(*applied);
    for (Model::Service &s : saved.services)
        s.sourceId = u"tracing"_s;
    Model::Project project;
    project.id = u"events"_s;
    project.name = u"Events"_s;
    saved.projects.append(project);
    const QByteArray file = Model::workspaceToJson(saved);
    const auto reread = Model::workspaceFromJson(file);
    QVERIFY2(reread.ok(), reread.ok() ? file.constData() : qPrintable(reread.error().message));
    const Model::SourceConfig *again = reread->source(u"tracing"_s);
    QVERIFY(again);
    QCOMPARE(again->options, applied->options);
    const auto options = Sources::Jaeger::JaegerOptions::fromConfig(*again);
    QVERIFY(options.ok());
    Sources::Jaeger::JaegerSource source(options.value(), &credentials);
    QCOMPARE(source.jaegerService(u"events-api"_s), u"api-gateway"_s);
    QCOMPARE(source.jaegerService(u"frontend"_s), u"frontend"_s);
    Gui::JaegerSettingsPage reopened(*again, std::make_shared<const Model::Workspace>(*reread), &credentials);
    QCOMPARE(reopened.mappedName(u"shared-db"_s), u"postgres"_s);
    QCOMPARE(reopened.findChild<QTableWidget *>(u"jaegerMapping"_s)->rowCount(), 3);

    // A refused token and an unreachable server: a message, the button usable again, the rows kept.
    credentials.setBearer(u"tracing"_s, u"wrong"_s);
    page->setConnection(*applied);
    QTest::mouseClick(page->findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
    QVERIFY2(page->resultText().contains(u"401"_s), qPrintable(page->resultText()));
    QVERIFY(!page->resultText().contains(u"Connected"_s));
    QVERIFY(page->findChild<QPushButton *>(u"testConnection"_s)->isEnabled());
    QCOMPARE(page->mappedName(u"events-api"_s), u"api-gateway"_s);
    Model::SourceConfig badUrl = *applied;
    badUrl.url = QUrl(u"jaeger.example.org"_s);
    QVERIFY(!page->apply(badUrl).ok());

    // The page in the source dialog, both languages (no keychain here: auth none).
    credentials.setBearer(u"tracing"_s, u"jaeger-token"_s);
    Model::SourceConfig open = *applied;
    open.auth = Model::SourceAuth::None;
    server.setHandler([&jaeger](const FakeRequest &r) { return jaeger.handle(r); });
    for (const QString &language : {u"en"_s, u"ro"_s}) {
        QVERIFY(m_languages->setLanguage(language));
        Gui::SourceDialog dialog(open, {}, nullptr, std::nullopt, workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *dialogPage = dialog.findChild<Gui::JaegerSettingsPage *>();
        QVERIFY(dialogPage);
        QSignalSpy done(dialogPage, &Gui::JaegerSettingsPage::testFinished);
        QTest::mouseClick(dialogPage->findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10'000);
        QVERIFY2(dialogPage->resultText().contains(u"api-gateway, frontend, postgres"_s),
                 qPrintable(dialogPage->resultText()));
        if (language == u"ro"_s)
            QVERIFY2(!dialogPage->resultText().startsWith(u"Connected"_s), qPrintable(dialogPage->resultText()));
        QCOMPARE(dialog.source().options.value(u"services"_s).toObject().value(u"events-api"_s).toString(),
                 u"api-gateway"_s);
        dialog.resize(640, 760);
        screenshot(&dialog, u"jaeger-settings-"_s + language);
    }
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::deploymentMarkersFromRailway()
{
    auto server = std::make_unique<RailwayApiServer>(u"rw-ui-token"_s);
    QVERIFY(server->listen());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    server->setNowMs(now);
    server->addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    // Two deployments days ago (outside the 6-hour charts) and two inside them.
    server->addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 2, u"europe-west4"_s);
    server->addDeployment(u"s1"_s, u"SUCCESS"_s, now - 2 * 3600'000, u"Cache product prices"_s);
    server->addDeployment(u"s1"_s, u"FAILED"_s, now - 40 * 60'000, u"Broken migration\n\ndetails"_s);
    auto credentials = std::make_shared<MemoryCredentialSource>();
    credentials->setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);

    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"deploys.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(railwayWorkspace(*server));
    options.credentials = credentials;
    options.actions = false;
    options.railwayRediscoveryMs = 0;
    {
        Engine::FleetEngine engine(options);
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(engine.latestDeployments() && engine.latestDeployments()->size() == 4, 20'000);

        // Railway -> store: the rows are in the database, not only in memory.
        Store::Database db;
        QVERIFY(db.open(options.databasePath, u"check"_s, Store::Database::Mode::ReadOnly).ok());
        QCOMPARE(Store::DeploymentStore(db.handle()).load(0)->size(), 4);

        Gui::ProjectView view(&engine, u"tickets"_s);
        view.resize(1200, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        Gui::Charts::TimeSeriesChart *latency = view.chart(MetricKind::LatencyP95);
        QTRY_COMPARE_WITH_TIMEOUT(latency->deployMarkers().size(), 4, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(latency->toMs() > 0, 20'000); // the range is set once history came
        const QVector<Gui::Charts::DeployMarker> shown = latency->visibleDeployMarkers();
        QCOMPARE(shown.size(), 2);
        QVERIFY(!shown.first().failed);
        QVERIFY(shown.last().failed);
        QVERIFY2(shown.first().tip.contains(u"Cache product prices"_s), qPrintable(shown.first().tip));
        QVERIFY2(shown.last().tip.startsWith(u"Deployment failed"_s), qPrintable(shown.last().tip));
        QVERIFY(!shown.last().tip.contains(u"details"_s)); // the commit's first line only
        // Every chart of the service carries them.
        QCOMPARE(view.chart(MetricKind::Cpu)->visibleDeployMarkers().size(), 2);

        // The keyboard reaches them: Left from nowhere picks the newest, Left again the older.
        QCOMPARE(latency->focusPolicy(), Qt::StrongFocus);
        latency->setFocus();
        QTest::keyClick(latency, Qt::Key_Left);
        QCOMPARE(latency->currentDeployMarker(), 1);
        QVERIFY(latency->accessibleDescription().contains(u"Broken migration"_s));
        QTest::keyClick(latency, Qt::Key_Left);
        QCOMPARE(latency->currentDeployMarker(), 0);
        QVERIFY(latency->accessibleDescription().contains(u"Cache product prices"_s));
        screenshot(&view, u"deploy-markers-en"_s);

        QVERIFY(m_languages->setLanguage(u"ro"_s));
        QTRY_VERIFY(latency->visibleDeployMarkers().last().tip.startsWith(u"Implementare"_s));
        QCOMPARE(latency->currentDeployMarker(), 0); // the keyboard's place survives the language change
        QVERIFY2(latency->accessibleDescription().startsWith(u"Implementare reușită"_s),
                 qPrintable(latency->accessibleDescription()));
        screenshot(&view, u"deploy-markers-ro"_s);
        QVERIFY(m_languages->setLanguage(u"en"_s));
        QCOMPARE(server->operations().count(u"deployments"_s) >= 1, true);
    }
    // The next run shows the kept timeline even while Railway cannot be reached.
    server.reset();
    options.railwayDeploymentsMs = 0;
    options.railwayUsageMs = 0;
    Engine::FleetEngine again(options);
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(again.latestDeployments() && again.latestDeployments()->size() == 4, 20'000);
}

void TestSourcesUi::railwayUsageBesideCostModel()
{
    RailwayApiServer server(u"rw-ui-token"_s);
    QVERIFY(server.listen());
    server.setNowMs(QDateTime::currentMSecsSinceEpoch());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 2, u"europe-west4"_s);
    // 11,200 vCPU-minutes and 1,700 GB-minutes expected by the month's end:
    // 11200 x 0.000463 + 1700 x 0.000231 = 5.1856 + 0.3927 = 5.5783 USD.
    server.setUsage(u"p1"_s, u"CPU_USAGE"_s, 5400.0, 11'200.0);
    server.setUsage(u"p1"_s, u"MEMORY_USAGE_GB"_s, 812.5, 1700.0);
    // So far by service: 5400 vCPU-minutes = 2.5002 USD, beside Straja's month to date of 2.50.
    server.setServiceUsage(u"p1"_s, u"s1"_s, u"CPU_USAGE"_s, 5400.0);
    auto credentials = std::make_shared<MemoryCredentialSource>();
    credentials->setBearer(u"railway:ui-test"_s, u"rw-ui-token"_s);
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"usage.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(railwayWorkspace(server));
    options.credentials = credentials;
    options.actions = false;
    options.railwayRediscoveryMs = 0;
    Engine::FleetEngine engine(options);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.latestUsage() && !engine.latestUsage()->sources.isEmpty()
                                 && !engine.latestUsage()->sources.first().projects.isEmpty(),
                             20'000);
    const Engine::SourceUsage &read = engine.latestUsage()->sources.first();
    QCOMPARE(read.sourceId, u"railway"_s);
    QVERIFY(read.error.isEmpty());
    QVERIFY(std::abs(read.atMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    const auto catalog = Cost::PriceCatalog::builtIn();
    QVERIFY(catalog.ok());
    const Cost::PriceVersion prices = catalog->table(u"railway"_s)->latest();
    auto reportWith = [](double monthEnd) {
        auto report = std::make_shared<Cost::CostReport>();
        Cost::ServiceCost c;
        c.serviceId = u"events-api"_s;
        c.projectId = u"tickets"_s;
        c.pricing = u"railway"_s;
        c.periods[size_t(Cost::Period::MonthEnd)][Cost::Resource::Cpu] = Cost::Money::fromUnits(monthEnd);
        c.periods[size_t(Cost::Period::MonthToDate)][Cost::Resource::Cpu] = Cost::Money::fromUnits(2.5);
        report->services.append(c);
        return Cost::CostReportPtr(report);
    };
    Gui::RailwayUsagePanel panel;
    panel.setPrices(prices);
    panel.setWorkspace(engine.workspace());
    panel.setUsage(engine.latestUsage());
    panel.setCostReport(reportWith(5.60)); // 0.4% above Railway: agrees
    QCOMPARE(panel.rows().size(), 1);
    const Gui::RailwayUsagePanel::Row agree = panel.rows().first();
    QVERIFY2(std::abs(agree.railway - 5.5783) < 0.0005, qPrintable(QString::number(agree.railway)));
    QCOMPARE(agree.name, u"Tickets"_s);
    QCOMPARE(agree.projectId, u"p1"_s);
    QVERIFY(agree.hasStraja);
    QVERIFY(!agree.differs);
    QCOMPARE(agree.services.size(), 1);
    QCOMPARE(agree.services.first().name, u"events-api"_s);
    QVERIFY(agree.services.first().hasRailway);
    QVERIFY2(std::abs(agree.services.first().railway - 2.5002) < 0.0005,
             qPrintable(QString::number(agree.services.first().railway)));
    QVERIFY(!agree.services.first().differs);
    QVERIFY(!panel.tree()->topLevelItem(0)->text(Gui::RailwayUsagePanel::Difference).contains(u"⚠"_s));

    panel.setCostReport(reportWith(6.00)); // 7.6% above: marked
    const Gui::RailwayUsagePanel::Row differ = panel.rows().first();
    QVERIFY(differ.differs);
    QVERIFY(std::abs(differ.difference - (6.00 - 5.5783) / 5.5783) < 0.001);
    QCOMPARE(panel.tree()->topLevelItem(0)->text(Gui::RailwayUsagePanel::Difference), u"⚠ 7.6%"_s);
    QVERIFY(!panel.tree()->topLevelItem(0)->text(Gui::RailwayUsagePanel::ReadAt).isEmpty());

    // In the cost tab, beside the cost model's figures.
    Cost::CostService costs(&engine);
    Gui::CostView view(&engine, &costs);
    view.resize(1200, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(view.railwayUsage()->isVisible() && view.railwayUsage()->rows().size() == 1, 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(view.railwayUsage()->rows().first().hasStraja, 30'000);
    screenshot(&view, u"railway-usage-en"_s);
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    QTRY_VERIFY(view.railwayUsage()->tree()->headerItem()->text(Gui::RailwayUsagePanel::ReadAt) != u"Read at"_s);
    screenshot(&view, u"railway-usage-ro"_s);
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestSourcesUi::discoveryWorksOnUnsavedSource()
{
    RailwayApiServer server(u"rw-new-token"_s);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    // A source just added in the editor: its token was typed but is not in the keychain yet.
    MemoryCredentialSource keychain;
    keychain.setBearer(u"railway:other"_s, u"someone-elses"_s);
    const QString key = Secrets::sourceSecretKey(u"railway:new-acct"_s, Secrets::SecretField::Token);
    Gui::DraftCredentialSource draftCredentials(&keychain, {Gui::SecretEdit{key, u"rw-new-token"_s}});
    Model::Workspace draft;
    draft.name = u"Ops"_s;
    Model::SourceConfig config;
    config.id = u"railway-new"_s;
    config.name = u"Railway"_s;
    config.type = Model::SourceType::Railway;
    config.url = QUrl(server.url().toString() + u"/graphql/v2"_s);
    config.options = QJsonObject{{u"account"_s, u"new-acct"_s}};
    draft.sources.append(config);

    // Without the unsaved token (the keychain alone) Railway refuses: why the editor passes the draft's.
    {
        auto budgets = std::make_shared<Actions::BudgetRegistry>();
        Gui::RailwayDiscoveryDialog dialog(draft, u"railway-new"_s, &keychain, nullptr, nullptr, budgets);
        dialog.show();
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(u"could not be asked"_s), 10'000);
        QVERIFY(!dialog.canApply());
    }
    auto budgets = std::make_shared<Actions::BudgetRegistry>();
    Gui::RailwayDiscoveryDialog dialog(draft, u"railway-new"_s, &draftCredentials, nullptr, nullptr, budgets);
    QSignalSpy shown(&dialog, &Gui::RailwayDiscoveryDialog::previewShown);
    dialog.show();
    dialog.start();
    QVERIFY(shown.wait(10'000));
    QVERIFY(dialog.canApply());
    QVERIFY2(dialog.previewLines().contains(u"Added: events-api"_s), qPrintable(dialog.previewLines().join(u'|')));
    QCOMPARE(server.log().last().headers.value("authorization"), QByteArray("Bearer rw-new-token"));
    QCOMPARE(keychain.lookups(), 1); // only the first dialog asked the keychain
}

QTEST_MAIN(TestSourcesUi)
#include "tst_sourcesui.moc"
