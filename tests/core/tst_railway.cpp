// Railway as a source, without a network: GraphQL batches, answer parsing (shapes
// recorded from Railway's API documentation and CLI queries, see docs/railway.md),
// unit conversions, region grouping, discovery merges and the request budget
// arithmetic for a 30-project / 100-service workspace.
#include "core/actions/budgetregistry.h"
#include "core/model/workspacecheck.h"
#include "core/sources/railway/discoverymerge.h"
#include "core/sources/railway/graphqlbatch.h"
#include "core/sources/railway/metricmapping.h"
#include "core/sources/railway/railwayoptions.h"
#include "core/sources/railway/railwayqueries.h"
#include "core/sources/railway/railwayresponse.h"
#include "core/sources/railway/refreshplan.h"
#include "core/sources/railway/usagecheck.h"
#include "core/cost/pricetable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sources::Railway;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

Model::Workspace railwayWorkspace()
{
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    Model::SourceConfig source;
    source.id = u"rw"_s;
    source.type = Model::SourceType::Railway;
    source.name = u"Railway"_s;
    source.options = QJsonObject{{u"account"_s, u"acme"_s}};
    ws.sources.append(source);
    return ws;
}

Instance instance(const QString &project, const QString &service, const QString &name, const QString &region = {})
{
    Instance in;
    in.projectId = project;
    in.projectName = u"Shop "_s + project;
    in.environmentId = u"env-"_s + project;
    in.environmentName = u"production"_s;
    in.serviceId = service;
    in.serviceName = name;
    in.region = region;
    in.replicas = 2;
    return in;
}

} // namespace

class TestRailway : public QObject
{
    Q_OBJECT

private slots:
    void batchSendsArgumentsAsVariables();
    void envelope_data();
    void envelope();
    void projectsPageAndEnvironmentFilter();
    void metricsWithHolesAndDuplicates();
    void timestamps_data();
    void timestamps();
    void unitConversions_data();
    void unitConversions();
    void optionsReadMegabytesAndGigabytes();
    void regionGrouping();
    void httpCountsBecomeRatesAndShares();
    void deploymentsAndUsage();
    void mergeAddsMarksAndKeepsSettings();
    void mergeRefusesOtherSources();
    void refreshPlanFitsThirtyProjects();
    void stretchedInterval_data();
    void stretchedInterval();
    void sharedBudgetCountsEveryUser();
    void estimatedUsageAgainstTheCostModel_data();
    void estimatedUsageAgainstTheCostModel();
};

void TestRailway::batchSendsArgumentsAsVariables()
{
    GraphQlBatch batch(u"straja_metrics"_s);
    const QString a = RailwayQueries::metrics(batch, u"p1"_s, u"e1"_s, 0, 3600'000, 60'000, true);
    const QString b = RailwayQueries::deployments(batch, u"s\"1"_s, u"e1"_s, 20);
    QCOMPARE(a, u"f0"_s);
    QCOMPARE(b, u"f1"_s);
    QCOMPARE(batch.size(), 2);
    const QJsonObject doc = batch.document();
    const QString query = doc.value(u"query"_s).toString();
    QVERIFY2(query.startsWith(u"query straja_metrics($f0_projectId: String"_s), qPrintable(query));
    QVERIFY2(query.contains(u"f1: deployments(first: $f1_first, input: { serviceId: $f1_serviceId, environmentId: "
                            "$f1_environmentId })"_s),
             qPrintable(query));
    QVERIFY(!query.contains(u"s\"1"_s)); // ids never spliced into the document
    const QJsonObject vars = doc.value(u"variables"_s).toObject();
    QCOMPARE(vars.value(u"f1_serviceId"_s).toString(), u"s\"1"_s);
    QCOMPARE(vars.value(u"f0_sampleRateSeconds"_s).toInt(), 60);
    QCOMPARE(vars.value(u"f0_groupBy"_s).toArray(), (QJsonArray{u"SERVICE_ID"_s, u"REGION"_s}));
    QCOMPARE(vars.value(u"f0_startDate"_s).toString(), u"1970-01-01T00:00:00.000Z"_s);
    QVERIFY(vars.value(u"f0_measurements"_s).toArray().contains(QJsonValue(u"MEMORY_USAGE_GB"_s)));
}

void TestRailway::envelope_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");      // empty: success
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("data") << 200 << QByteArray(R"({"data":{"f0":[]}})") << 0 << QString() << 0 << QString();
    QTest::newRow("errors with 200 and no data")
        << 200 << QByteArray(R"({"errors":[{"message":"Problem processing request","path":["f0"]}],"data":null})")
        << 0 << u"railway.graphql"_s << 0 << u"Problem processing request"_s;
    QTest::newRow("partial data")
        << 200
        << QByteArray(R"({"errors":[{"message":"Service not found","path":["f1"],"extensions":{"code":"NOT_FOUND"}}],)"
                      R"("data":{"f0":[],"f1":null}})")
        << 0 << QString() << 1 << QString();
    QTest::newRow("not authorized with 200, account token")
        << 200 << QByteArray(R"({"errors":[{"message":"Not Authorized"}],"data":null})") << 0
        << u"railway.unauthorized"_s << 0 << u"Bearer"_s;
    QTest::newRow("401, project token")
        << 401 << QByteArray(R"({"errors":[{"message":"Not Authorized"}]})") << 1 << u"railway.unauthorized"_s << 0
        << u"Project-Access-Token"_s;
    QTest::newRow("403") << 403 << QByteArray(R"({"errors":[{"message":"Not Authorized"}]})") << 0
                         << u"railway.forbidden"_s << 0 << u"expired"_s;
    QTest::newRow("429") << 429 << QByteArray("Too many requests") << 0 << u"railway.429"_s << 0 << u"429"_s;
    QTest::newRow("503 html") << 503 << QByteArray("<html>503 Service Temporarily Unavailable</html>") << 0
                              << u"railway.http"_s << 0 << u"503"_s;
    QTest::newRow("not json") << 200 << QByteArray("<html>ok</html>") << 0 << u"railway.format"_s << 0 << QString();
}

void TestRailway::envelope()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, problems);
    QFETCH(QString, mentions);
    const auto e = RailwayResponse::envelope(status, body, kind == 1 ? TokenKind::Project : TokenKind::Account);
    if (code.isEmpty()) {
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->problems.size(), problems);
        if (problems > 0)
            QCOMPARE(e->problems.first().paths, QStringList{u"f1"_s});
        return;
    }
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, code);
    QVERIFY2(e.error().message.contains(mentions), qPrintable(e.error().message));
}

void TestRailway::projectsPageAndEnvironmentFilter()
{
    const auto page = RailwayResponse::projectsPage(json(R"({
        "edges": [{"node": {"id": "p1", "name": "Shop",
            "environments": {"edges": [{"node": {"id": "e-prod", "name": "production"}},
                                       {"node": {"id": "e-stg", "name": "staging"}}]},
            "services": {"edges": [{"node": {"id": "s-api", "name": "api",
                "serviceInstances": {"edges": [
                    {"node": {"environmentId": "e-prod", "region": "europe-west4", "numReplicas": 3, "sleepApplication": false}},
                    {"node": {"environmentId": "e-stg", "region": "us-west1", "numReplicas": 1, "sleepApplication": true}}]}}},
                {"node": {"id": "s-db", "name": "Postgres",
                "serviceInstances": {"edges": [
                    {"node": {"environmentId": "e-prod", "region": null, "numReplicas": 1, "sleepApplication": true}}]}}}]}}}],
        "pageInfo": {"hasNextPage": true, "endCursor": "c1"}})"),
                                                    u"production"_s);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QVERIFY(page->hasNextPage);
    QCOMPARE(page->endCursor, u"c1"_s);
    QCOMPARE(page->inventory.projectIds, QStringList{u"p1"_s});
    QCOMPARE(page->inventory.instances.size(), 2);
    const Instance &api = page->inventory.instances.at(0);
    QCOMPARE(api.serviceId, u"s-api"_s);
    QCOMPARE(api.environmentId, u"e-prod"_s);
    QCOMPARE(api.region, u"europe-west4"_s);
    QCOMPARE(api.replicas, 3);
    QVERIFY(!api.sleeping);
    QVERIFY(page->inventory.instances.at(1).sleeping);
    QVERIFY(page->inventory.instances.at(1).region.isEmpty());

    const auto staging = RailwayResponse::project(
        json(R"({"id":"p1","name":"Shop","environments":{"edges":[{"node":{"id":"e-stg","name":"staging"}}]},
                 "services":{"edges":[{"node":{"id":"s-api","name":"api","serviceInstances":{"edges":[
                 {"node":{"environmentId":"e-stg","numReplicas":1}}]}}}]}})"),
        u"production"_s, u"e-stg"_s);
    QCOMPARE(staging.instances.size(), 1); // a project token's environment wins over the name

    QVERIFY(!RailwayResponse::projectsPage(json(R"({"nodes":[]})"), u"production"_s).ok());
}

void TestRailway::metricsWithHolesAndDuplicates()
{
    const QVector<RawSeries> raw = RailwayResponse::metrics(json(R"([
        {"measurement": "CPU_USAGE", "tags": {"serviceId": "s1"},
         "values": [{"ts": 1772827320, "value": 0.5}, {"ts": 1772827200, "value": 0.25},
                    {"ts": 1772827320, "value": 0.75}, {"ts": 1772827440, "value": null},
                    {"ts": "bad", "value": 1}, {"ts": 1772827560, "value": "0.125"}]},
        {"measurement": "MEMORY_USAGE_GB", "tags": {"serviceId": "s1", "region": null}, "values": []},
        {"tags": {"serviceId": "s1"}, "values": [{"ts": 1, "value": 1}]}])"));
    QCOMPARE(raw.size(), 2); // the series without a measurement is dropped
    const QVector<Model::Sample> &cpu = raw.first().samples;
    QCOMPARE(cpu.size(), 3); // sorted, the repeated timestamp once (the later answer), the null and bad ts dropped
    QCOMPARE(cpu.at(0).t, 1772827200'000LL);
    QCOMPARE(cpu.at(0).v, 0.25);
    QCOMPARE(cpu.at(1).t, 1772827320'000LL);
    QCOMPARE(cpu.at(1).v, 0.75);
    QCOMPARE(cpu.at(2).t, 1772827560'000LL); // the hole at ...440 stays a hole
    QCOMPARE(cpu.at(2).v, 0.125);
    QVERIFY(raw.at(1).samples.isEmpty());
}

void TestRailway::timestamps_data()
{
    QTest::addColumn<QJsonValue>("ts");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << QJsonValue(1772827200) << 1772827200'000LL;
    QTest::newRow("milliseconds") << QJsonValue(1772827200123.0) << 1772827200123LL;
    QTest::newRow("seconds as text") << QJsonValue(u"1772827200"_s) << 1772827200'000LL;
    QTest::newRow("iso") << QJsonValue(u"2026-03-06T20:00:00.000Z"_s) << 1772827200'000LL;
    QTest::newRow("garbage") << QJsonValue(u"yesterday"_s) << 0LL;
}

void TestRailway::timestamps()
{
    QFETCH(QJsonValue, ts);
    QFETCH(qint64, ms);
    QCOMPARE(RailwayResponse::timeMs(ts), ms);
}

void TestRailway::unitConversions_data()
{
    QTest::addColumn<QString>("measurement");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("limit"); // Railway's own limit at that time; 0: none sent
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("percent");
    // Options: 2 vCPU, 512 MB of memory, a 5 GB volume.
    QTest::newRow("cpu vCPU of option limit") << u"CPU_USAGE"_s << 0.5 << 0.0 << int(Model::MetricKind::Cpu) << 25.0;
    QTest::newRow("cpu vCPU of Railway's limit") << u"CPU_USAGE"_s << 0.5 << 8.0 << int(Model::MetricKind::Cpu) << 6.25;
    QTest::newRow("memory GB of MB option") << u"MEMORY_USAGE_GB"_s << 0.256 << 0.0 << int(Model::MetricKind::Memory)
                                           << 50.0;
    QTest::newRow("memory GB of Railway's GB") << u"MEMORY_USAGE_GB"_s << 0.256 << 1.024
                                               << int(Model::MetricKind::Memory) << 25.0;
    QTest::newRow("disk GB of volume") << u"DISK_USAGE_GB"_s << 1.25 << 0.0 << int(Model::MetricKind::Disk) << 25.0;
    // Not percentages: GB moved in a 60 s sample -> bytes per second.
    QTest::newRow("network received GB per step") << u"NETWORK_RX_GB"_s << 0.06 << 0.0
                                                  << int(Model::MetricKind::NetworkIn) << 1e6;
    QTest::newRow("network sent GB per step") << u"NETWORK_TX_GB"_s << 0.0003 << 0.0
                                              << int(Model::MetricKind::NetworkOut) << 5000.0;
}

void TestRailway::unitConversions()
{
    QFETCH(QString, measurement);
    QFETCH(double, value);
    QFETCH(double, limit);
    QFETCH(int, kind);
    QFETCH(double, percent);
    Model::SourceConfig config = railwayWorkspace().sources.first();
    config.options.insert(u"cpuLimitVcpu"_s, 2);
    config.options.insert(u"memoryLimitMb"_s, 512);
    config.options.insert(u"volumeGb"_s, 5);
    const auto options = RailwayOptions::fromConfig(config);
    QVERIFY2(options.ok(), qPrintable(options.error().message));
    QVector<RawSeries> raw{RawSeries{measurement, u"s1"_s, {}, {{1000, value}}}};
    if (limit > 0)
        raw.append(RawSeries{measurement == u"CPU_USAGE" ? u"CPU_LIMIT"_s : u"MEMORY_LIMIT_GB"_s, u"s1"_s, {},
                             {{1000, limit}}});
    const auto series = MetricMapping::resources(raw, u"s1"_s, {},
                                                 {options->cpuLimitVcpu, options->memoryLimitGb, options->volumeGb});
    const auto samples = series.value(static_cast<Model::MetricKind>(kind));
    QCOMPARE(samples.size(), 1);
    QVERIFY2(qAbs(samples.first().v - percent) < 1e-9 * std::max(1.0, qAbs(percent)),
             qPrintable(QString::number(samples.first().v)));
}

void TestRailway::optionsReadMegabytesAndGigabytes()
{
    Model::SourceConfig config = railwayWorkspace().sources.first();
    auto o = RailwayOptions::fromConfig(config);
    QVERIFY(o.ok());
    QCOMPARE(o->endpoint.toString(), QString::fromLatin1(RailwayOptions::kEndpoint));
    QCOMPARE(o->credentialKey(), u"railway:acme"_s);
    QCOMPARE(o->memoryLimitGb, 8.0);
    config.options.insert(u"memoryLimitMb"_s, 2048);
    config.options.insert(u"volumeMb"_s, 500);
    config.options.insert(u"tokenKind"_s, u"project"_s);
    o = RailwayOptions::fromConfig(config);
    QVERIFY(o.ok());
    QCOMPARE(o->memoryLimitGb, 2.048);
    QCOMPARE(o->volumeGb, 0.5);
    QVERIFY(o->tokenKind == TokenKind::Project);
    // Written back in GB, and read again the same.
    Model::SourceConfig again = config;
    o->writeTo(again);
    QVERIFY(!again.options.contains(u"memoryLimitMb"_s));
    QCOMPARE(RailwayOptions::fromConfig(again)->memoryLimitGb, 2.048);

    config.options.insert(u"tokenKind"_s, u"personal"_s);
    const auto bad = RailwayOptions::fromConfig(config);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(u"personal"_s), qPrintable(bad.error().message));
    config.options.insert(u"tokenKind"_s, u"account"_s);
    config.options.insert(u"memoryLimitMb"_s, 0);
    QVERIFY(!RailwayOptions::fromConfig(config).ok());
}

void TestRailway::regionGrouping()
{
    const QVector<RawSeries> raw{
        RawSeries{u"CPU_USAGE"_s, u"s1"_s, u"europe-west4"_s, {{1000, 0.5}, {2000, 1.0}}},
        RawSeries{u"CPU_USAGE"_s, u"s1"_s, u"us-west1"_s, {{1000, 1.5}, {2000, 1.0}}},
        RawSeries{u"CPU_USAGE"_s, u"s2"_s, u"us-west1"_s, {{1000, 4.0}}},
    };
    const MetricMapping::Limits limits{4.0, 8.0, 5.0};
    const auto total = MetricMapping::resources(raw, u"s1"_s, {}, limits).value(Model::MetricKind::Cpu);
    QCOMPARE(total.size(), 2);
    QCOMPARE(total.at(0).v, 50.0); // 0.5 + 1.5 of 4 vCPU: the regions add up
    QCOMPARE(total.at(1).v, 50.0);
    const auto eu = MetricMapping::resources(raw, u"s1"_s, u"europe-west4"_s, limits).value(Model::MetricKind::Cpu);
    QCOMPARE(eu.size(), 2);
    QCOMPARE(eu.at(0).v, 12.5);
    QVERIFY(MetricMapping::resources(raw, u"s1"_s, u"asia"_s, limits).isEmpty());
}

void TestRailway::httpCountsBecomeRatesAndShares()
{
    HttpSeries h = RailwayResponse::httpDuration(json(R"({"samples":[{"ts":60,"p50":40,"p90":90,"p95":120,"p99":300},
                                                                   {"ts":120,"p50":41,"p95":null}]})"));
    QCOMPARE(h.p95.size(), 1);
    QCOMPARE(h.p50.size(), 2);
    RailwayResponse::httpStatus(json(R"([{"statusCode":200,"samples":[{"ts":60,"value":540},{"ts":120,"value":0}]},
                                        {"statusCode":503,"samples":[{"ts":60,"value":6}]},
                                        {"statusCode":429,"samples":[{"ts":60,"value":54}]},
                                        {"statusCode":0,"samples":[{"ts":60,"value":999}]}])"),
                                h);
    const auto kinds = MetricMapping::http(h, 60'000);
    const auto rps = kinds.value(Model::MetricKind::Rps);
    QCOMPARE(rps.size(), 2);
    QCOMPARE(rps.at(0).v, 10.0); // (540 + 6 + 54) / 60 s; status 0 ignored
    QCOMPARE(rps.at(1).v, 0.0);
    const auto errors = kinds.value(Model::MetricKind::ErrorRate);
    QCOMPARE(errors.size(), 1); // no requests at 120: no error rate rather than a made-up 0
    QCOMPARE(errors.at(0).v, 0.01);
    QCOMPARE(kinds.value(Model::MetricKind::Throttled).at(0).v, 0.9);
    QCOMPARE(kinds.value(Model::MetricKind::LatencyP95).at(0).v, 120.0);
}

void TestRailway::deploymentsAndUsage()
{
    const DeploymentList d = RailwayResponse::deployments(
        json(R"({"edges":[{"node":{"id":"d2","status":"SUCCESS","createdAt":"2026-03-06T10:00:00.000Z",
                             "meta":{"commitMessage":"Cache prices\n\nlong body","branch":"main"}}},
                          {"node":{"id":"d1","status":"REMOVED","createdAt":"2026-03-05T10:00:00Z","meta":null}},
                          {"node":{"id":"d0","status":"FAILED"}}]})"),
        u"shop-api"_s);
    QCOMPARE(d.size(), 2); // the one without a date is dropped
    QCOMPARE(d.at(0).id, u"d1"_s); // oldest first, for the chart markers
    QCOMPARE(d.at(1).commitMessage, u"Cache prices"_s);
    QCOMPARE(d.at(1).serviceId, u"shop-api"_s);

    Usage u;
    RailwayResponse::usage(json(R"([{"measurement":"CPU_USAGE","value":1200.5,"tags":{"serviceId":"s1"}},
                                   {"measurement":"CPU_USAGE","value":99.5,"tags":{"serviceId":"s2"}},
                                   {"measurement":"MEMORY_USAGE_GB","value":"bad","tags":{}}])"),
                           u);
    RailwayResponse::estimatedUsage(json(R"([{"measurement":"CPU_USAGE","estimatedValue":2600,"projectId":"p"}])"), u);
    QCOMPARE(u.measured.value(u"CPU_USAGE"_s), 1300.0);
    QCOMPARE(u.byService.value(u"s2"_s).value(u"CPU_USAGE"_s), 99.5);
    QVERIFY(!u.measured.contains(u"MEMORY_USAGE_GB"_s));
    QCOMPARE(u.estimated.value(u"CPU_USAGE"_s), 2600.0);
}

void TestRailway::mergeAddsMarksAndKeepsSettings()
{
    Inventory first;
    first.projectIds = {u"p1"_s, u"p2"_s};
    first.instances = {instance(u"p1"_s, u"s-api"_s, u"api"_s, u"europe-west4"_s),
                       instance(u"p1"_s, u"s-db"_s, u"Postgres"_s), instance(u"p2"_s, u"s-api2"_s, u"api"_s)};
    auto merged = DiscoveryMerge::merge(railwayWorkspace(), u"rw"_s, first);
    QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    QCOMPARE(merged->added, (QStringList{u"api"_s, u"postgres"_s, u"shop-p2-api"_s}));
    Model::Workspace ws = merged->workspace;
    QCOMPARE(ws.projects.size(), 2);
    QCOMPARE(ws.service(u"postgres"_s)->role, u"database"_s);
    QCOMPARE(ws.service(u"api"_s)->regions, QStringList{u"europe-west4"_s});
    QCOMPARE(ws.service(u"api"_s)->provider, u"railway"_s);
    QCOMPARE(ws.service(u"api"_s)->thresholds.staleAfterSeconds, 660); // two 5-minute refreshes + 1 min
    QVERIFY2(Model::checkWorkspace(ws).isEmpty(), "the merged workspace must be valid");

    // The operator tunes a service; Railway then drops the database and adds a worker.
    for (Model::Service &s : ws.services) {
        if (s.id == u"api") {
            s.name = u"Storefront API"_s;
            s.maxReplicas = 4;
            s.thresholds[Model::MetricKind::LatencyP95].degraded = 150;
        }
    }
    Inventory second;
    second.projectIds = {u"p1"_s}; // p2 is no longer visible to the token
    second.instances = {instance(u"p1"_s, u"s-api"_s, u"api"_s, u"us-west1"_s),
                        instance(u"p1"_s, u"s-work"_s, u"email worker"_s)};
    merged = DiscoveryMerge::merge(ws, u"rw"_s, second);
    QVERIFY(merged.ok());
    QCOMPARE(merged->added, QStringList{u"email-worker"_s});
    QCOMPARE(merged->removed, QStringList{u"postgres"_s});
    QCOMPARE(merged->unseen, QStringList{u"shop-p2-api"_s});
    const Model::Service *api = merged->workspace.service(u"api"_s);
    QCOMPARE(api->name, u"Storefront API"_s);
    QCOMPARE(api->maxReplicas, 4);
    QCOMPARE(api->thresholds[Model::MetricKind::LatencyP95].degraded, 150.0);
    QVERIFY(merged->workspace.service(u"postgres"_s)); // kept, with its history
    const auto options = RailwayOptions::fromConfig(merged->workspace.sources.first());
    QVERIFY(options.ok());
    QVERIFY(options->services.value(u"postgres"_s).removed);
    QCOMPARE(options->services.value(u"api"_s).region, u"us-west1"_s);
    QVERIFY(!options->services.value(u"shop-p2-api"_s).removed);

    // The database comes back.
    second.instances.append(instance(u"p1"_s, u"s-db"_s, u"Postgres"_s));
    merged = DiscoveryMerge::merge(merged->workspace, u"rw"_s, second);
    QVERIFY(merged.ok());
    QCOMPARE(merged->returned, QStringList{u"postgres"_s});
    QVERIFY(merged->added.isEmpty());
    QVERIFY(!RailwayOptions::fromConfig(merged->workspace.sources.first())->services.value(u"postgres"_s).removed);
}

void TestRailway::mergeRefusesOtherSources()
{
    Model::Workspace ws = railwayWorkspace();
    ws.sources.first().type = Model::SourceType::Prometheus;
    const auto merged = DiscoveryMerge::merge(ws, u"rw"_s, {});
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().code, u"railway.merge"_s);
    QVERIFY(!DiscoveryMerge::merge(railwayWorkspace(), u"nope"_s, {}).ok());
}

void TestRailway::refreshPlanFitsThirtyProjects()
{
    RefreshPlan::Input in;
    in.projects = 30;
    in.services = 100;
    in.refreshIntervalMs = 300'000;
    const RefreshPlan::Figures f = RefreshPlan::compute(in);
    // 30 environment metrics fields + 2 x 100 HTTP fields = 230 fields / 10 per request.
    QCOMPARE(f.metricsRequestsPerRefresh, 23);
    QCOMPARE(f.deploymentRequests, 10);
    QCOMPARE(f.usageRequests, 6);
    QCOMPARE(f.discoveryRequests, 2);
    // 23 x 12 + 10 x 4 + 6 x 1 + 2 x 2 = 326 requests an hour.
    QCOMPARE(f.requestsPerHour, 326.0);
    QCOMPARE(f.usableRequestsPerHour, 950);
    QVERIFY(f.fits);
    qInfo().noquote() << "30 projects / 100 services every 5 min:" << f.summary();

    in.refreshIntervalMs = 60'000; // every minute would not fit
    const RefreshPlan::Figures fast = RefreshPlan::compute(in);
    QVERIFY(!fast.fits);
    qInfo().noquote() << "same every minute:" << fast.summary();
    QCOMPARE(fast.shortestIntervalMs, f.shortestIntervalMs);
    QVERIFY(f.shortestIntervalMs < 300'000 && f.shortestIntervalMs > 60'000);
}

void TestRailway::stretchedInterval_data()
{
    QTest::addColumn<int>("perRefresh");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<qint64>("untilReset");
    QTest::addColumn<qint64>("interval");
    QTest::newRow("plenty") << 23 << 900 << 3600'000LL << 300'000LL;
    QTest::newRow("low: 4 refreshes left in the hour") << 23 << 50 + 92 << 3600'000LL << 900'000LL;
    QTest::newRow("spent: wait for the reset") << 23 << 60 << 1200'000LL << 1200'000LL;
    QTest::newRow("nothing to ask") << 0 << 0 << 3600'000LL << 300'000LL;
}

void TestRailway::stretchedInterval()
{
    QFETCH(int, perRefresh);
    QFETCH(int, remaining);
    QFETCH(qint64, untilReset);
    QFETCH(qint64, interval);
    QCOMPARE(RefreshPlan::stretchedIntervalMs(300'000, perRefresh, remaining, 50, untilReset), interval);
}

void TestRailway::sharedBudgetCountsEveryUser()
{
    Actions::BudgetRegistry registry;
    registry.setLimit(u"railway:acme"_s, 40);
    const qint64 now = 1772827200'000LL;
    int granted = 0;
    // The source and the executor take turns; refreshes stop at the reserve (2 of 40).
    for (int i = 0; i < 50; ++i)
        granted += registry.acquire(u"railway:acme"_s, false, now + i) ? 1 : 0;
    QCOMPARE(granted, 38);
    qint64 wait = 0;
    QVERIFY(!registry.acquire(u"railway:acme"_s, false, now + 100, &wait));
    QVERIFY(wait > 0);
    QVERIFY(registry.acquire(u"railway:acme"_s, true, now + 100)); // an execution still may
    QCOMPARE(registry.remaining(u"railway:acme"_s, now + 100), 1);
    QCOMPARE(registry.remaining(u"railway:other"_s, now), 1000); // another token: its own budget
    Actions::HttpResponse limited;
    limited.status = 429;
    limited.headers.insert("retry-after", "30");
    registry.update(u"railway:other"_s, limited, now);
    QCOMPARE(registry.blockedUntilMs(u"railway:other"_s), now + 30'000);
    QVERIFY(!registry.acquire(u"railway:other"_s, true, now + 1000));
    QVERIFY(registry.acquire(u"railway:other"_s, true, now + 31'000));
}

void TestRailway::estimatedUsageAgainstTheCostModel_data()
{
    QTest::addColumn<double>("straja");
    QTest::addColumn<bool>("differs");
    // Railway's estimate priced below: 20.0016 + 19.9584 + 0.749952 + 0.5 = 41.209952.
    QTest::newRow("2.9% apart") << 40.0 << false;
    QTest::newRow("4.9% over") << 43.2 << false;
    QTest::newRow("7.8% apart") << 38.0 << true;
    QTest::newRow("Straja sees nothing") << 0.0 << true;
}

void TestRailway::estimatedUsageAgainstTheCostModel()
{
    QFETCH(double, straja);
    QFETCH(bool, differs);
    // Railway's published prices per minute (and egress per GB), in nanos.
    Cost::PriceVersion prices;
    prices.vcpu = Cost::Rate{Cost::Nanos{463'000}, 60'000, true};     // $0.000463 per vCPU-minute
    prices.memoryGb = Cost::Rate{Cost::Nanos{231'000}, 60'000, true}; // $0.000231 per GB-minute
    prices.volumeGb = Cost::Rate{Cost::Nanos{3'472}, 60'000, true};   // $0.000003472 per GB-minute
    prices.egressGb = Cost::Rate{Cost::Nanos{50'000'000}, 0, true};   // $0.05 per GB
    Usage u;
    u.projectId = u"p1"_s;
    u.estimated = {{u"CPU_USAGE"_s, 43'200.0},       // one vCPU all month
                   {u"MEMORY_USAGE_GB"_s, 86'400.0}, // two GB all month
                   {u"DISK_USAGE_GB"_s, 216'000.0},  // a 5 GB volume
                   {u"NETWORK_TX_GB"_s, 10.0},
                   {u"NETWORK_RX_GB"_s, 99.0}};      // ingress is free
    const UsageCheck::Comparison c = UsageCheck::compare(u, prices, straja);
    QVERIFY2(qAbs(c.railway - 41.209952) < 1e-9, qPrintable(QString::number(c.railway, 'f', 9)));
    QCOMPARE(c.differs, differs);
    QVERIFY2(c.text().contains(differs ? u"apart"_s : u"agrees"_s), qPrintable(c.text()));
}

QTEST_GUILESS_MAIN(TestRailway)
#include "tst_railway.moc"
