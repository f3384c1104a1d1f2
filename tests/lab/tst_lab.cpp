#include "core/engine/fleetengine.h"
#include "core/sources/alertmanager/alertmanagersource.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/sources/prometheus/prometheussource.h"
#include "labenvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Sources::Prometheus::PrometheusSource;
using TestSupport::LabEnvironment;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kFiveMinutes = 5 * kMinute;

Model::SourceConfig prometheusConfig(const QUrl &url, QJsonObject options = {})
{
    Model::SourceConfig config;
    config.id = u"lab"_s;
    config.type = Model::SourceType::Prometheus;
    config.name = u"Lab Prometheus"_s;
    config.url = url;
    if (!options.contains(u"preset"_s))
        options.insert(u"preset"_s, u"straja-demo"_s);
    config.options = options;
    return config;
}

struct Fetched
{
    Model::SeriesBatchPtr batch;
    QString error;
};

Fetched fetch(PrometheusSource &source, const Sources::RangeRequest &request)
{
    QSignalSpy ok(&source, &Sources::MetricSource::fetched);
    QSignalSpy failed(&source, &Sources::MetricSource::failed);
    source.fetch(1, request);
    Fetched result;
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 60'000)) {
        result.error = u"no answer in 60 s"_s;
        return result;
    }
    if (!ok.isEmpty())
        result.batch = ok.at(0).at(1).value<Model::SeriesBatchPtr>();
    else
        result.error = failed.at(0).at(1).value<Util::Error>().message;
    return result;
}

Sources::Prometheus::TestQueryOutcomePtr testQuery(PrometheusSource &source, MetricKind kind, const QStringList &services)
{
    QSignalSpy spy(&source, &PrometheusSource::testQueryFinished);
    source.testQuery(9, kind, services, QString(), QDateTime::currentMSecsSinceEpoch());
    if (!spy.wait(30'000))
        return nullptr;
    return spy.at(0).at(1).value<Sources::Prometheus::TestQueryOutcomePtr>();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

const Engine::ServiceStatus *serviceIn(const Engine::FleetSnapshot &snapshot, const QString &id)
{
    for (const auto &s : snapshot.services)
        if (s.serviceId == id)
            return &s;
    return nullptr;
}

} // namespace

// Straja against the lab's real Prometheus, node_exporter and Alertmanager
// (started by the lab_up CTest fixture, scripts/lab.sh).
class TestLab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valuesEqualTheBackfill_data();
    void valuesEqualTheBackfill();
    void rangeSplittingIsExactAtTheBoundaries();
    void engineShowsBackfilledHistoryAndLabAlerts();
    void presetQueriesAreValidPromQL_data();
    void presetQueriesAreValidPromQL();
    void nodeExporterPresetReadsThisHost();
    void alertmanagerAlertsAreMatchedToTheWorkspace();
    void killingPrometheusMidRefreshMarksStaleAndRecoveryClearsIt();

private:
    LabEnvironment m_env;
    std::unique_ptr<Sources::Demo::DemoFleet> m_fleet;
    QUrl m_prometheus;
    qint64 m_end = 0;
};

void TestLab::initTestCase()
{
    qRegisterMetaType<Util::Error>();
    qRegisterMetaType<Model::SeriesBatchPtr>();
    m_env = LabEnvironment::load();
    QVERIFY2(m_env.isValid(), qPrintable(m_env.error()));
    const quint64 seed = m_env.number(u"SEED"_s);
    auto spec = Sources::Demo::DemoPresets::byName(m_env.value(u"PRESET"_s), seed);
    QVERIFY(spec);
    m_fleet = std::make_unique<Sources::Demo::DemoFleet>(std::move(*spec), seed, m_env.number(u"ORIGIN_MS"_s));
    m_prometheus = m_env.url(u"PROMETHEUS_URL"_s);
    m_end = m_env.number(u"BACKFILL_END_MS"_s);
    QVERIFY(m_end > 0);
}

void TestLab::valuesEqualTheBackfill_data()
{
    QTest::addColumn<QString>("service");
    QTest::newRow("events-api") << u"events-api"_s;
    QTest::newRow("shared-db (has a disk)") << u"shared-db"_s;
    QTest::newRow("an SEO site") << u"seo-07"_s;
}

void TestLab::valuesEqualTheBackfill()
{
    QFETCH(QString, service);
    const int index = m_fleet->indexOf(service);
    QVERIFY(index >= 0);
    PrometheusSource source(prometheusConfig(m_prometheus), nullptr);
    Sources::RangeRequest request;
    for (MetricKind kind : Model::allMetricKinds())
        request.series.append({service, kind, {}});
    request.fromMs = m_end - 7 * 86'400'000LL;
    request.toMs = m_end;
    request.stepMs = kFiveMinutes; // the backfill's own step: one stored sample per point
    const Fetched fetched = fetch(source, request);
    QVERIFY2(fetched.batch, qPrintable(fetched.error));
    int compared = 0;
    for (const Model::SeriesData &data : *fetched.batch) {
        const bool exists = !std::isnan(m_fleet->value(index, data.key.kind, m_end));
        QCOMPARE(data.samples.size(), exists ? 7 * 288 + 1 : 0);
        for (const Model::Sample &s : data.samples) {
            const double expected = m_fleet->value(index, data.key.kind, s.t);
            // Exactly: the backfill wrote 17 digits and Prometheus answers the shortest exact form.
            if (s.v != expected) {
                QFAIL(qPrintable(u"%1 %2 at %3: got %4, backfilled %5"_s.arg(service, Model::metricKindId(data.key.kind))
                                     .arg(s.t)
                                     .arg(s.v, 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
            }
            ++compared;
        }
    }
    QVERIFY(compared > 7 * 288 * 7);
}

void TestLab::rangeSplittingIsExactAtTheBoundaries()
{
    // 30 days at 1 min = 43,201 points per series: four calls of at most 11,000.
    PrometheusSource source(prometheusConfig(m_prometheus), nullptr);
    Sources::RangeRequest request;
    request.series = {{u"events-api"_s, MetricKind::Cpu, {}}, {u"seo-01"_s, MetricKind::Rps, {}}};
    request.fromMs = m_end - 30 * 86'400'000LL;
    request.toMs = m_end;
    request.stepMs = kMinute;
    const Fetched fetched = fetch(source, request);
    QVERIFY2(fetched.batch, qPrintable(fetched.error));
    for (const Model::SeriesData &data : *fetched.batch) {
        const int index = m_fleet->indexOf(data.key.serviceId);
        QCOMPARE(data.samples.size(), 43'201);
        for (qsizetype i = 0; i < data.samples.size(); ++i) {
            const Model::Sample &s = data.samples.at(i);
            QCOMPARE(s.t, request.fromMs + i * kMinute); // no gap, no duplicate where chunks meet
            // Between backfilled samples Prometheus answers the latest one (5 min lookback).
            const double expected = m_fleet->value(index, data.key.kind, s.t / kFiveMinutes * kFiveMinutes);
            if (s.v != expected)
                QFAIL(qPrintable(u"point %1 (t=%2): got %3, backfilled %4"_s.arg(i).arg(s.t).arg(s.v).arg(expected)));
        }
        // The points either side of each chunk boundary.
        for (qsizetype edge : {10'999, 11'000, 21'999, 22'000, 32'999, 33'000})
            QCOMPARE(data.samples.at(edge).t, request.fromMs + edge * kMinute);
    }
}

void TestLab::engineShowsBackfilledHistoryAndLabAlerts()
{
    QTemporaryDir dir;
    Model::Workspace ws = m_fleet->workspace(u"lab"_s);
    ws.sources.first() = prometheusConfig(
        m_prometheus, QJsonObject{{u"alertmanager"_s, QJsonObject{{u"url"_s, m_env.value(u"ALERTMANAGER_URL"_s)}}}});
    Engine::EngineOptions options;
    options.databasePath = dir.filePath(u"lab.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(ws);
    options.poller.refreshIntervalMs = 1000;
    Engine::FleetEngine engine(options);
    Engine::FleetSnapshotPtr latest;
    connect(&engine, &Engine::EngineApi::snapshotReady, this, [&latest](Engine::FleetSnapshotPtr s) { latest = s; });
    engine.start();

    // The lab's canary rule fires for events-api; it reaches the overview through Alertmanager.
    QTRY_VERIFY_WITH_TIMEOUT(latest && serviceIn(*latest, u"events-api"_s)
                                 && serviceIn(*latest, u"events-api"_s)->firingAlerts >= 1,
                             90'000);
    bool canary = false;
    for (const Sources::Alert &alert : latest->alerts) {
        if (alert.name == u"StrajaLabCanary") {
            canary = true;
            QCOMPARE(alert.serviceId, u"events-api"_s);
            QCOMPARE(alert.projectId, u"events"_s);
        }
    }
    QVERIFY(canary);
    for (const Engine::ProjectStatus &p : latest->projects) {
        if (p.projectId == u"events")
            QVERIFY(p.firingAlerts >= 1);
    }
    QCOMPARE(latest->alertSources.size(), 1);
    QCOMPARE(latest->alertSources.at(0).health, Engine::SourceHealth::Ok);

    // History over the backfill, read through the engine and its store.
    QSignalSpy history(&engine, &Engine::EngineApi::historyReady);
    Engine::HistoryRequest request;
    request.series = {{u"events-api"_s, MetricKind::LatencyP95, {}}};
    request.fromMs = m_end - 6 * 3'600'000LL;
    request.toMs = m_end;
    const quint64 id = engine.requestHistory(request);
    QVERIFY(history.wait(60'000));
    const auto result = history.last().at(0).value<Engine::HistoryResultPtr>();
    QCOMPARE(result->requestId, id);
    QVERIFY2(!result->stale, qPrintable(result->message));
    const Store::StoredSeries &series = result->series.at(0);
    QVERIFY(series.points.size() >= 6 * 12);
    const int index = m_fleet->indexOf(u"events-api"_s);
    for (const Store::StoredPoint &p : series.points) {
        const qint64 bucket = p.t / kFiveMinutes * kFiveMinutes;
        QVERIFY2(p.mean == m_fleet->value(index, MetricKind::LatencyP95, bucket) || result->stepMs > kFiveMinutes,
                 qPrintable(u"t=%1 mean=%2"_s.arg(p.t).arg(p.mean)));
    }
}

void TestLab::presetQueriesAreValidPromQL_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("kind");
    for (const QString &preset : Sources::Prometheus::QueryMapping::presetIds()) {
        const auto mapping = Sources::Prometheus::QueryMapping::fromPreset(preset);
        for (MetricKind kind : Model::allMetricKinds()) {
            if (!mapping->query(kind).isEmpty())
                QTest::addRow("%s %s", qPrintable(preset), qPrintable(Model::metricKindId(kind))) << preset << int(kind);
        }
    }
}

void TestLab::presetQueriesAreValidPromQL()
{
    QFETCH(QString, preset);
    QFETCH(int, kind);
    PrometheusSource source(prometheusConfig(m_prometheus, QJsonObject{{u"preset"_s, preset}}), nullptr);
    const auto outcome = testQuery(source, MetricKind(kind), {u"events-api"_s, u"web.1"_s});
    QVERIFY(outcome);
    // The real server parses and runs every preset query (an empty answer is fine).
    QVERIFY2(outcome->error.isEmpty(), qPrintable(outcome->promql + u": "_s + outcome->error));
}

void TestLab::nodeExporterPresetReadsThisHost()
{
    const QString instance = u"127.0.0.1:"_s + m_env.value(u"NODE_PORT"_s);
    PrometheusSource source(prometheusConfig(m_prometheus, QJsonObject{{u"preset"_s, u"node"_s},
                                                                       {u"serviceMap"_s, QJsonObject{{u"host"_s, instance}}}}),
                            nullptr);
    // node_exporter is scraped every 15 s and rate() needs two samples: wait for them.
    QTRY_VERIFY_WITH_TIMEOUT(!testQuery(source, MetricKind::Cpu, {u"host"_s})->series.isEmpty(), 90'000);
    for (MetricKind kind : {MetricKind::Cpu, MetricKind::Memory, MetricKind::Replicas}) {
        const auto outcome = testQuery(source, kind, {u"host"_s});
        QVERIFY2(outcome && outcome->error.isEmpty(), outcome ? qPrintable(outcome->error) : "no answer");
        QCOMPARE(outcome->series.size(), 1);
        QCOMPARE(outcome->series.at(0).label(u"instance"), instance);
        const double v = outcome->series.at(0).samples.at(0).v;
        if (kind == MetricKind::Replicas)
            QCOMPARE(v, 1.0);
        else
            QVERIFY2(v >= 0.0 && v <= 100.0, qPrintable(QString::number(v)));
    }
}

void TestLab::alertmanagerAlertsAreMatchedToTheWorkspace()
{
    // Alerts posted straight to Alertmanager's API v2, as Prometheus would send them.
    const QUrl alertmanager = m_env.url(u"ALERTMANAGER_URL"_s);
    const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QJsonArray alerts{
        QJsonObject{{u"labels"_s, QJsonObject{{u"alertname"_s, u"TestServiceAlert"_s}, {u"service"_s, u"events-web"_s},
                                              {u"severity"_s, u"critical"_s}, {u"run"_s, stamp}}},
                    {u"annotations"_s, QJsonObject{{u"summary"_s, u"web is on fire"_s}}}},
        QJsonObject{{u"labels"_s, QJsonObject{{u"alertname"_s, u"TestProjectAlert"_s}, {u"project"_s, u"SEO sites"_s},
                                              {u"run"_s, stamp}}}},
        QJsonObject{{u"labels"_s, QJsonObject{{u"alertname"_s, u"TestOrphanAlert"_s}, {u"run"_s, stamp}}}},
    };
    QNetworkAccessManager network;
    QNetworkRequest post(QUrl(alertmanager.toString() + u"/api/v2/alerts"_s));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.post(post, QJsonDocument(alerts).toJson());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    const Model::Workspace ws = m_fleet->workspace(u"lab"_s);
    auto options = Sources::Alertmanager::AlertmanagerOptions::fromJson(
        QJsonObject{{u"url"_s, alertmanager.toString()}}, u"lab"_s, u"service"_s);
    QVERIFY(options.ok());
    Sources::Alertmanager::AlertmanagerSource source(ws, u"lab"_s, *options, nullptr);
    QSignalSpy fetched(&source, &Sources::AlertSource::alertsFetched);
    source.fetchAlerts(3);
    QVERIFY(fetched.wait(20'000));
    const auto list = fetched.at(0).at(1).value<Sources::AlertListPtr>();
    int found = 0;
    for (const Sources::Alert &alert : *list) {
        if (alert.label(u"run") != stamp)
            continue;
        ++found;
        QVERIFY(alert.isFiring());
        QVERIFY(!alert.fingerprint.isEmpty());
        QVERIFY(alert.startsAtMs > 0);
        if (alert.name == u"TestServiceAlert") {
            QCOMPARE(alert.serviceId, u"events-web"_s);
            QCOMPARE(alert.projectId, u"events"_s);
            QCOMPARE(alert.severity, u"critical"_s);
            QCOMPARE(alert.summary, u"web is on fire"_s);
        } else if (alert.name == u"TestProjectAlert") {
            QCOMPARE(alert.serviceId, QString());
            QCOMPARE(alert.projectId, u"seo"_s); // matched by the project's name
        } else {
            QCOMPARE(alert.projectId, QString());
        }
    }
    QCOMPARE(found, 3);
}

void TestLab::killingPrometheusMidRefreshMarksStaleAndRecoveryClearsIt()
{
    // A Prometheus of this test's own (the lab's must stay up for the others),
    // scraping the lab's demo fleet every second.
    QTemporaryDir dir;
    const quint16 port = freePort();
    QFile config(dir.filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: straja-demo\n"
                 "    static_configs:\n      - targets: ['127.0.0.1:"
                 + m_env.value(u"DEMO_PORT"_s).toLatin1() + "']\n");
    config.close();
    const QStringList arguments{u"--config.file="_s + config.fileName(),
                                u"--storage.tsdb.path="_s + dir.filePath(u"data"_s),
                                u"--web.listen-address=127.0.0.1:"_s + QString::number(port),
                                u"--storage.tsdb.retention.time=100y"_s};
    auto prometheus = std::make_unique<QProcess>();
    prometheus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    prometheus->setStandardOutputFile(QProcess::nullDevice());
    prometheus->start(u"prometheus"_s, arguments);
    QVERIFY2(prometheus->waitForStarted(10'000), qPrintable(prometheus->errorString()));
    auto stopPrometheus = qScopeGuard([&] {
        if (prometheus && prometheus->state() != QProcess::NotRunning) {
            prometheus->kill();
            prometheus->waitForFinished(10'000);
        }
    });

    QTemporaryDir store;
    Model::Workspace ws = m_fleet->workspace(u"lab"_s);
    // A 1 s step (the poller asks again once a step has passed); give up on a dead
    // server at once and try again on the next refresh.
    ws.sources.first() = prometheusConfig(QUrl(u"http://127.0.0.1:%1"_s.arg(port)),
                                          QJsonObject{{u"stepMs"_s, 1000}, {u"retries"_s, 0}, {u"timeoutMs"_s, 2000},
                                                      {u"circuitOpenMs"_s, 500}});
    Engine::EngineOptions options;
    options.databasePath = store.filePath(u"kill.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(ws);
    options.poller.refreshIntervalMs = 500;
    Engine::FleetEngine engine(options);
    Engine::FleetSnapshotPtr latest;
    connect(&engine, &Engine::EngineApi::snapshotReady, this, [&latest](Engine::FleetSnapshotPtr s) { latest = s; });
    engine.start();

    auto sourceHealth = [&] { return latest ? latest->sources.at(0).health : Engine::SourceHealth::Unknown; };
    auto api = [&] { return latest ? serviceIn(*latest, u"events-api"_s) : nullptr; };
    QTRY_VERIFY_WITH_TIMEOUT(sourceHealth() == Engine::SourceHealth::Ok && api()
                                 && !std::isnan(api()->latest[MetricKind::Rps]),
                             60'000);
    QVERIFY(api()->verdict.health != Engine::Health::Stale);
    const double rpsBefore = api()->latest[MetricKind::Rps];

    // Kill it while a refresh is on its way.
    engine.refreshNow();
    prometheus->kill();
    QVERIFY(prometheus->waitForFinished(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(sourceHealth(), Engine::SourceHealth::Down, 30'000);
    QCOMPARE(api()->verdict.health, Engine::Health::Stale);
    QCOMPARE(api()->verdict.cause, Engine::HealthCause::SourceDown);
    QVERIFY(latest->sources.at(0).downSinceMs > 0);
    QVERIFY2(latest->sources.at(0).message.contains(QString::number(port)), qPrintable(latest->sources.at(0).message));
    QVERIFY(!std::isnan(api()->latest[MetricKind::Rps])); // the earlier data stays on screen
    QVERIFY(api()->latest[MetricKind::Rps] > 0.0 && rpsBefore > 0.0);

    // Back on the same port and data: the next refreshes clear the staleness.
    prometheus = std::make_unique<QProcess>();
    prometheus->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    prometheus->setStandardOutputFile(QProcess::nullDevice());
    prometheus->start(u"prometheus"_s, arguments);
    QVERIFY(prometheus->waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(sourceHealth() == Engine::SourceHealth::Ok && api()
                                 && api()->verdict.health != Engine::Health::Stale,
                             60'000);
    QVERIFY(latest->sources.at(0).message.isEmpty());
}

QTEST_GUILESS_MAIN(TestLab)
#include "tst_lab.moc"
