// The Railway connector and discovery against a local server that speaks the
// documented GraphQL shapes (tests/support/railwayapiserver): pagination, project
// tokens, unit conversions, region grouping, holes and duplicates, partial data,
// 401, 429 with Retry-After, a slow answer, the refresh interval and the token
// staying in the request header.
#include "core/actions/budgetregistry.h"
#include "core/analysis/diagnosis/deploytimes.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/store/database.h"
#include "core/store/deploymentstore.h"
#include "core/model/workspacejson.h"
#include "core/sources/railway/discoverymerge.h"
#include "core/sources/railway/railwayclient.h"
#include "core/sources/railway/railwaydiscovery.h"
#include "core/sources/railway/railwaysource.h"
#include "core/sources/railway/rediscoveryschedule.h"
#include "core/util/clock.h"

#include "memorycredentialsource.h"
#include "railwayapiserver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Sources::Railway;

namespace {

constexpr qint64 kNow = 1772827200'000LL; // 2026-03-06 20:00 UTC
const QString kToken = u"rw-secret-token-7f3a"_s;

} // namespace

class TestRailwayProtocol : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void discoveryPagesThroughProjects();
    void discoveryWithProjectToken();
    void wrongKindOfToken_data();
    void wrongKindOfToken();
    void fetchConvertsUnits();
    void fetchByRegion();
    void holesAndDuplicatesAreCleaned();
    void serviceDeletedBetweenRefreshes();
    void projectTheTokenCannotSee();
    void expiredToken();
    void rateLimitIsWaitedOut();
    void slowAnswerFailsOnlyThisRefresh();
    void refreshIntervalAndGap();
    void deploymentsWithCommitMessages();
    void tokenStaysInTheHeader();
    void usageAndEstimate();
    void scheduledDiscoveryAddsAndMarksRemoved();
    void scheduledDiscoveryWaitsOnLowBudget();
    void deploymentsStoredIdempotently();
    void diagnosisCitesTheTimelinesDeploy();
    void scheduledDiscoveryWaitsWhileEditorIsOpen();

private:
    Model::SourceConfig config(const QJsonObject &extra = {}) const;
    RailwaySource *source(const QJsonObject &extra = {});
    // Runs one fetch; returns the batch, or null with `error` set.
    Model::SeriesBatchPtr fetch(RailwaySource *source, const QVector<Model::SeriesKey> &keys, qint64 fromMs,
                                qint64 toMs, Util::Error *error = nullptr);
    static QVector<Model::Sample> samplesOf(const Model::SeriesBatchPtr &batch, const Model::SeriesKey &key);

    std::unique_ptr<RailwayApiServer> m_server;
    std::unique_ptr<MemoryCredentialSource> m_credentials;
    std::unique_ptr<Util::ManualClock> m_clock;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    std::vector<std::unique_ptr<RailwaySource>> m_sources;
    quint64 m_nextId = 1;
};

void TestRailwayProtocol::init()
{
    m_server = std::make_unique<RailwayApiServer>(kToken);
    QVERIFY(m_server->listen());
    m_server->setNowMs(kNow);
    m_server->addProject(u"p1"_s, u"Shop"_s, {{u"e1"_s, u"production"_s}, {u"e1s"_s, u"staging"_s}});
    m_server->addProjectService(u"p1"_s, u"s-api"_s, u"api"_s, u"e1"_s, 2, u"europe-west4"_s);
    m_server->addProjectService(u"p1"_s, u"s-web"_s, u"web"_s, u"e1"_s, 1, u"us-west1"_s, true);
    m_credentials = std::make_unique<MemoryCredentialSource>();
    m_credentials->setBearer(u"railway:acme"_s, kToken);
    m_clock = std::make_unique<Util::ManualClock>(kNow);
    m_budgets = std::make_shared<Actions::BudgetRegistry>();
}

void TestRailwayProtocol::cleanup()
{
    m_sources.clear();
    m_server.reset();
}

Model::SourceConfig TestRailwayProtocol::config(const QJsonObject &extra) const
{
    Model::SourceConfig c;
    c.id = u"rw"_s;
    c.type = Model::SourceType::Railway;
    c.name = u"Railway"_s;
    c.url = QUrl(m_server->url().toString() + u"/graphql/v2"_s);
    c.options = QJsonObject{
        {u"account"_s, u"acme"_s},
        {u"services"_s, QJsonObject{{u"api"_s, QJsonObject{{u"projectId"_s, u"p1"_s}, {u"environmentId"_s, u"e1"_s},
                                                            {u"serviceId"_s, u"s-api"_s}, {u"replicas"_s, 2}}},
                                    {u"web"_s, QJsonObject{{u"projectId"_s, u"p1"_s}, {u"environmentId"_s, u"e1"_s},
                                                            {u"serviceId"_s, u"s-web"_s}, {u"sleeping"_s, true}}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c.options.insert(it.key(), it.value());
    return c;
}

RailwaySource *TestRailwayProtocol::source(const QJsonObject &extra)
{
    m_sources.push_back(
        std::make_unique<RailwaySource>(config(extra), m_credentials.get(), *m_clock, nullptr, nullptr, m_budgets));
    return m_sources.back().get();
}

Model::SeriesBatchPtr TestRailwayProtocol::fetch(RailwaySource *source, const QVector<Model::SeriesKey> &keys,
                                                 qint64 fromMs, qint64 toMs, Util::Error *error)
{
    QSignalSpy ok(source, &Sources::MetricSource::fetched);
    QSignalSpy failed(source, &Sources::MetricSource::failed);
    const quint64 id = m_nextId++;
    source->fetch(id, Sources::RangeRequest{keys, fromMs, toMs, 60'000});
    if (!QTest::qWaitFor([&] { return ok.size() + failed.size() > 0; }, 10'000))
        return nullptr;
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().at(1).value<Util::Error>();
        return nullptr;
    }
    if (ok.first().at(0).toULongLong() != id)
        return nullptr;
    return ok.first().at(1).value<Model::SeriesBatchPtr>();
}

QVector<Model::Sample> TestRailwayProtocol::samplesOf(const Model::SeriesBatchPtr &batch, const Model::SeriesKey &key)
{
    for (const Model::SeriesData &d : *batch) {
        if (d.key == key)
            return d.samples;
    }
    return {};
}

void TestRailwayProtocol::discoveryPagesThroughProjects()
{
    for (int i = 2; i <= 25; ++i) {
        const QString p = u"p%1"_s.arg(i);
        m_server->addProject(p, u"Site %1"_s.arg(i), {{p + u"-prod"_s, u"production"_s}});
        m_server->addProjectService(p, p + u"-svc"_s, u"api"_s, p + u"-prod"_s, 1, u"us-east4"_s);
    }
    m_server->addProject(u"hidden"_s, u"Not mine"_s, {{u"eh"_s, u"production"_s}}, true);
    auto options = RailwayOptions::fromConfig(config());
    QVERIFY(options.ok());
    RailwayDiscovery discovery(*options, m_credentials.get(), m_clock.get(), nullptr, m_budgets);
    QSignalSpy done(&discovery, &RailwayDiscovery::discovered);
    discovery.discover(7);
    QVERIFY(done.wait(10'000));
    QCOMPARE(done.first().at(0).toULongLong(), 7u);
    QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    const auto inventory = done.first().at(1).value<InventoryPtr>();
    QCOMPARE(inventory->projectIds.size(), 25); // two pages of 20 + 5, the hidden project not among them
    QCOMPARE(inventory->instances.size(), 26);  // staging instances are not watched
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->lastVariables().value(u"f0_after"_s).toString(), u"cursor:20"_s);

    Model::Workspace ws;
    ws.name = u"Ops"_s;
    ws.sources.append(config(QJsonObject{{u"services"_s, QJsonObject()}}));
    const auto merged = DiscoveryMerge::merge(ws, u"rw"_s, *inventory);
    QVERIFY2(merged.ok(), qPrintable(merged.error().message));
    QCOMPARE(merged->added.size(), 26);
    QCOMPARE(merged->workspace.projects.size(), 25);
    QCOMPARE(discovery.client()->budget().remaining, 998);
}

void TestRailwayProtocol::discoveryWithProjectToken()
{
    m_server->setProjectToken(u"pt-123"_s, u"p1"_s, u"e1s"_s);
    m_server->addProjectService(u"p1"_s, u"s-stg"_s, u"api-staging"_s, u"e1s"_s, 1, QString());
    m_credentials->setBearer(u"railway:acme"_s, u"pt-123"_s);
    auto options = RailwayOptions::fromConfig(config(QJsonObject{{u"tokenKind"_s, u"project"_s}}));
    QVERIFY(options.ok());
    RailwayDiscovery discovery(*options, m_credentials.get(), m_clock.get(), nullptr, m_budgets);
    QSignalSpy done(&discovery, &RailwayDiscovery::discovered);
    discovery.discover(1);
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    const auto inventory = done.first().at(1).value<InventoryPtr>();
    QCOMPARE(inventory->projectToken, u"p1"_s);
    QCOMPARE(inventory->instances.size(), 1); // the token's environment, not the one named "production"
    QCOMPARE(inventory->instances.first().serviceId, u"s-stg"_s);
    QVERIFY(m_server->log().last().headers.value("project-access-token") == "pt-123");
    QVERIFY(!m_server->log().last().headers.contains("authorization"));
}

void TestRailwayProtocol::wrongKindOfToken_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("hint");
    QTest::newRow("project token sent as Bearer") << u"account"_s << u"pt-123"_s << u"Bearer"_s;
    QTest::newRow("account token sent as project token") << u"project"_s << kToken << u"Project-Access-Token"_s;
}

void TestRailwayProtocol::wrongKindOfToken()
{
    QFETCH(QString, configured);
    QFETCH(QString, token);
    QFETCH(QString, hint);
    m_server->setProjectToken(u"pt-123"_s, u"p1"_s, u"e1"_s);
    m_credentials->setBearer(u"railway:acme"_s, token);
    auto options = RailwayOptions::fromConfig(config(QJsonObject{{u"tokenKind"_s, configured}}));
    QVERIFY(options.ok());
    RailwayDiscovery discovery(*options, m_credentials.get(), m_clock.get(), nullptr, m_budgets);
    QSignalSpy done(&discovery, &RailwayDiscovery::discovered);
    discovery.discover(1);
    QVERIFY(done.wait(10'000));
    const QString error = done.first().at(2).toString();
    QVERIFY2(error.contains(u"refused the token"_s) && error.contains(hint), qPrintable(error));
}

void TestRailwayProtocol::fetchConvertsUnits()
{
    RailwaySource *s = source();
    using K = Model::MetricKind;
    QVector<Model::SeriesKey> keys;
    for (K kind : {K::Cpu, K::Memory, K::Disk, K::LatencyP95, K::Rps, K::ErrorRate, K::Throttled, K::Replicas})
        keys.append({u"api"_s, kind, {}});
    keys.append({u"web"_s, K::Replicas, {}});
    keys.append({u"unknown"_s, K::Cpu, {}});
    const auto batch = fetch(s, keys, kNow - 600'000, kNow);
    QVERIFY(batch);
    QCOMPARE(batch->size(), keys.size());
    QCOMPARE(m_server->requestCount(), 1); // the environment's metrics and api's two HTTP fields: one request
    auto last = [&](K kind, const QString &service = u"api"_s) {
        const auto samples = samplesOf(batch, {service, kind, {}});
        return samples.isEmpty() ? -1.0 : samples.last().v;
    };
    QCOMPARE(samplesOf(batch, {u"api"_s, K::Cpu, {}}).size(), 11); // 10 minutes at 60 s, both ends
    QCOMPARE(last(K::Cpu), 6.25);     // 0.5 vCPU of 8
    QCOMPARE(last(K::Memory), 12.5);  // 1 GB of 8 GB
    QCOMPARE(last(K::Disk), 50.0);    // 2.5 GB of a 5 GB volume
    QCOMPARE(last(K::LatencyP95), 120.0);
    QCOMPARE(last(K::Rps), 10.8);     // (600 + 30 + 6 + 12) per 60 s
    QCOMPARE(last(K::ErrorRate), 6.0 / 648.0);
    QCOMPARE(last(K::Throttled), 0.2);
    QCOMPARE(last(K::Replicas), 2.0);
    QCOMPARE(last(K::Replicas, u"web"_s), 0.0); // asleep
    QVERIFY(samplesOf(batch, {u"unknown"_s, K::Cpu, {}}).isEmpty());
    const QJsonObject vars = m_server->lastVariables();
    QCOMPARE(vars.value(u"f0_groupBy"_s).toArray(), QJsonArray{u"SERVICE_ID"_s});
    QCOMPARE(vars.value(u"f0_sampleRateSeconds"_s).toInt(), 60);
}

void TestRailwayProtocol::fetchByRegion()
{
    RailwayApiServer::Figures f;
    f.cpuVcpu = 2.0;
    f.regions = {u"europe-west4"_s, u"us-west1"_s};
    m_server->setFigures(u"s-api"_s, f);
    RailwaySource *s = source();
    const Model::SeriesKey eu{u"api"_s, Model::MetricKind::Cpu, u"europe-west4"_s};
    const Model::SeriesKey all{u"api"_s, Model::MetricKind::Cpu, {}};
    const auto batch = fetch(s, {eu, all}, kNow - 120'000, kNow);
    QVERIFY(batch);
    QCOMPARE(m_server->lastVariables().value(u"f0_groupBy"_s).toArray(),
             (QJsonArray{u"SERVICE_ID"_s, u"REGION"_s}));
    QCOMPARE(samplesOf(batch, eu).last().v, 12.5);   // 1 of 2 vCPU in Europe, of an 8 vCPU limit
    QCOMPARE(samplesOf(batch, all).last().v, 25.0);  // both regions
}

void TestRailwayProtocol::holesAndDuplicatesAreCleaned()
{
    m_server->setQuirks(true);
    RailwaySource *s = source();
    const Model::SeriesKey key{u"api"_s, Model::MetricKind::Cpu, {}};
    const auto batch = fetch(s, {key}, kNow - 600'000, kNow);
    QVERIFY(batch);
    const auto samples = samplesOf(batch, key);
    QCOMPARE(samples.size(), 8); // 11 steps, every third missing, the repeated one once
    for (qsizetype i = 1; i < samples.size(); ++i)
        QVERIFY(samples.at(i).t > samples.at(i - 1).t);
}

void TestRailwayProtocol::serviceDeletedBetweenRefreshes()
{
    RailwaySource *s = source();
    const Model::SeriesKey api{u"api"_s, Model::MetricKind::Rps, {}};
    const Model::SeriesKey web{u"web"_s, Model::MetricKind::Rps, {}};
    QVERIFY(fetch(s, {api, web}, kNow - 300'000, kNow));
    m_server->removeService(u"s-web"_s);
    m_clock->advanceMs(300'000);
    const auto batch = fetch(s, {api, web}, kNow + 1, kNow + 300'000);
    QVERIFY(batch); // the rest of the answer is kept
    QVERIFY(!samplesOf(batch, api).isEmpty());
    QVERIFY(samplesOf(batch, web).isEmpty());
    QVERIFY2(s->lastWarning().contains(u"Service not found"_s), qPrintable(s->lastWarning()));
}

void TestRailwayProtocol::projectTheTokenCannotSee()
{
    m_server->addProject(u"p1"_s, u"Shop"_s, {{u"e1"_s, u"production"_s}}, true);
    RailwaySource *s = source();
    Util::Error error;
    QVERIFY(!fetch(s, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow, &error));
    QCOMPARE(error.code, u"railway.unauthorized"_s);
    QVERIFY2(error.message.contains(u"Not Authorized"_s), qPrintable(error.message));
}

void TestRailwayProtocol::expiredToken()
{
    m_credentials->setBearer(u"railway:acme"_s, u"expired"_s);
    RailwaySource *s = source();
    Util::Error error;
    QVERIFY(!fetch(s, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow, &error));
    QCOMPARE(error.code, u"railway.unauthorized"_s);
    QVERIFY2(error.message.contains(u"expired"_s), qPrintable(error.message));

    m_credentials->setBearer(u"railway:acme"_s, QString());
    QVERIFY(!fetch(s, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow + 1, &error));
    QCOMPARE(error.code, u"railway.token"_s);
    QVERIFY2(error.message.contains(u"keychain"_s), qPrintable(error.message));
}

void TestRailwayProtocol::rateLimitIsWaitedOut()
{
    RailwaySource *s = source();
    const QVector<Model::SeriesKey> keys{{u"api"_s, Model::MetricKind::Cpu, {}}};
    m_server->inject(InjectedFault{"POST", {}, 429, 120, false});
    Util::Error error;
    QVERIFY(!fetch(s, keys, kNow - 300'000, kNow, &error));
    QCOMPARE(error.code, u"railway.429"_s);
    QVERIFY2(error.message.contains(u"120 s"_s), qPrintable(error.message));
    const int sent = m_server->requestCount();
    // Within Retry-After nothing is sent: the budget answers.
    m_clock->advanceMs(60'000);
    QVERIFY(!fetch(s, keys, kNow - 300'000, kNow + 60'000, &error));
    QCOMPARE(error.code, u"railway.budget"_s);
    QCOMPARE(m_server->requestCount(), sent);
    // The server said no requests are left until its reset (X-RateLimit-Reset, an
    // hour here): after it the source asks again, for the whole gap.
    m_clock->setNowMs(kNow + 3601'000);
    QVERIFY(fetch(s, keys, kNow - 300'000, kNow + 3601'000));
    QCOMPARE(m_server->requestCount(), sent + 1);
    QCOMPARE(m_server->lastVariables().value(u"f0_startDate"_s).toString(), u"2026-03-06T19:55:00.000Z"_s);
}

void TestRailwayProtocol::slowAnswerFailsOnlyThisRefresh()
{
    RailwaySource *slow = source(QJsonObject{{u"timeoutSeconds"_s, 0.5}});
    m_server->setReplyDelayMs(3000);
    QElapsedTimer timer;
    timer.start();
    Util::Error error;
    QVERIFY(!fetch(slow, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow, &error));
    QCOMPARE(error.code, u"railway.timeout"_s);
    QVERIFY2(timer.elapsed() < 2500, "the refresh gave up at its deadline, not at the server's pace");
    // Another Railway server (another token) answers meanwhile.
    RailwayApiServer other(kToken);
    QVERIFY(other.listen());
    other.addProject(u"p1"_s, u"Shop"_s, {{u"e1"_s, u"production"_s}});
    other.addProjectService(u"p1"_s, u"s-api"_s, u"api"_s, u"e1"_s, 2, QString());
    Model::SourceConfig c = config();
    c.url = QUrl(other.url().toString() + u"/graphql/v2"_s);
    RailwaySource fast(c, m_credentials.get(), *m_clock, nullptr, nullptr, m_budgets);
    QVERIFY(fetch(&fast, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow));
}

void TestRailwayProtocol::refreshIntervalAndGap()
{
    RailwaySource *s = source(QJsonObject{{u"refreshSeconds"_s, 300}});
    const QVector<Model::SeriesKey> keys{{u"api"_s, Model::MetricKind::Cpu, {}}};
    QVERIFY(fetch(s, keys, kNow - 600'000, kNow));
    QCOMPARE(m_server->requestCount(), 1);
    // The poller ticks every minute: Railway is not asked until the interval is up.
    for (int minute = 1; minute < 5; ++minute) {
        m_clock->advanceMs(60'000);
        const auto batch = fetch(s, keys, kNow + (minute - 1) * 60'000 + 1, kNow + minute * 60'000);
        QVERIFY(batch);
        QVERIFY(samplesOf(batch, keys.first()).isEmpty());
    }
    QCOMPARE(m_server->requestCount(), 1);
    m_clock->advanceMs(60'000);
    const auto batch = fetch(s, keys, kNow + 240'001, kNow + 300'000);
    QVERIFY(batch);
    QCOMPARE(m_server->requestCount(), 2);
    // ... and then for everything since the last answer, not just the last minute.
    QCOMPARE(m_server->lastVariables().value(u"f0_startDate"_s).toString(), u"2026-03-06T20:00:00.001Z"_s);
    QCOMPARE(samplesOf(batch, keys.first()).size(), 5);
    QCOMPARE(s->currentIntervalMs(), 300'000);
    // What the health rules are told: not stale between two of these refreshes.
    const Sources::MetricSource *asMetricSource = s;
    QCOMPARE(asMetricSource->newDataIntervalMs(), 300'000);
}

void TestRailwayProtocol::deploymentsWithCommitMessages()
{
    m_server->setCommitMessage(u"s-api"_s, u"Cache product prices\n\nand more"_s);
    RailwaySource *s = source();
    QSignalSpy done(s, &RailwaySource::deploymentsFetched);
    s->fetchDeployments(3, {});
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    const auto list = done.first().at(1).value<DeploymentListPtr>();
    QCOMPARE(list->size(), 4); // two each
    QCOMPARE(m_server->requestCount(), 1); // all services in one request
    const auto found = std::find_if(list->cbegin(), list->cend(), [](const Deployment &d) {
        return d.serviceId == u"api" && d.status == u"SUCCESS";
    });
    QVERIFY(found != list->cend());
    const Deployment &latest = *found;
    QCOMPARE(latest.commitMessage, u"Cache product prices"_s);
    QCOMPARE(latest.status, u"SUCCESS"_s);
}

void TestRailwayProtocol::tokenStaysInTheHeader()
{
    RailwaySource *s = source();
    QVERIFY(fetch(s, {{u"api"_s, Model::MetricKind::Cpu, {}}}, kNow - 300'000, kNow));
    const HttpExchange &e = m_server->log().last();
    QCOMPARE(e.headers.value("authorization"), "Bearer " + kToken.toUtf8());
    QVERIFY(!e.body.contains(kToken.toUtf8()));
    QVERIFY(!e.path.contains(kToken));
    // Nothing the workspace keeps carries the token: the source names only its keychain entry.
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    ws.sources.append(config());
    const QByteArray saved = Model::workspaceToJson(ws);
    QVERIFY(!saved.contains(kToken.toUtf8()));
    QVERIFY(saved.contains("\"account\""));
}

void TestRailwayProtocol::usageAndEstimate()
{
    m_server->setUsage(u"p1"_s, u"CPU_USAGE"_s, 5400.0, 11'200.0);
    m_server->setUsage(u"p1"_s, u"MEMORY_USAGE_GB"_s, 812.5, 1700.0);
    RailwaySource *s = source();
    QSignalSpy done(s, &RailwaySource::usageFetched);
    s->fetchUsage(4);
    QVERIFY(done.wait(10'000));
    QVERIFY2(done.first().at(2).toString().isEmpty(), qPrintable(done.first().at(2).toString()));
    const auto usage = done.first().at(1).value<UsageListPtr>();
    QCOMPARE(usage->size(), 1);
    QCOMPARE(usage->first().projectId, u"p1"_s);
    QCOMPARE(usage->first().measured.value(u"CPU_USAGE"_s), 5400.0);
    QCOMPARE(usage->first().estimated.value(u"MEMORY_USAGE_GB"_s), 1700.0);
    QCOMPARE(m_server->requestCount(), 1);
}


void TestRailwayProtocol::scheduledDiscoveryAddsAndMarksRemoved()
{
    // A workspace that knows the token but none of its services yet.
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    ws.sources.append(config(QJsonObject{{u"services"_s, QJsonObject()}}));
    auto clock = std::make_shared<Util::ManualClock>(kNow);
    RediscoverySchedule schedule(m_credentials.get(), clock, m_budgets);
    schedule.setWorkspace(std::make_shared<const Model::Workspace>(ws));
    QSignalSpy discovered(&schedule, &RediscoverySchedule::workspaceDiscovered);
    QSignalSpy notes(&schedule, &RediscoverySchedule::noteChanged);

    schedule.runNow();
    QVERIFY(discovered.wait(10'000));
    auto first = discovered.first().at(0).value<Model::WorkspacePtr>();
    QCOMPARE(discovered.first().at(1).toString(), u"rw"_s);
    QCOMPARE(first->services.size(), 2);
    QVERIFY(first->service(u"api"_s));
    // No translator here: the source text, plural marker included.
    QVERIFY2(schedule.notes().value(u"rw"_s).contains(u"2 service(s) added (api, web)"_s),
             qPrintable(schedule.notes().value(u"rw"_s)));

    // The operator tunes a discovered service; then Railway changes: a worker is
    // added, the web service deleted.
    Model::Workspace tuned = *first;
    for (Model::Service &s : tuned.services) {
        if (s.id == u"api") {
            s.name = u"Shop API"_s;
            s.thresholds[Model::MetricKind::LatencyP95].degraded = 250.0;
            s.maxReplicas = 4;
        }
    }
    schedule.setWorkspace(std::make_shared<const Model::Workspace>(tuned));
    m_server->addProjectService(u"p1"_s, u"s-worker"_s, u"worker"_s, u"e1"_s, 1, u"europe-west4"_s);
    m_server->removeService(u"s-web"_s);
    discovered.clear();
    schedule.runNow();
    QVERIFY(discovered.wait(10'000));
    const auto second = discovered.first().at(0).value<Model::WorkspacePtr>();
    QCOMPARE(second->services.size(), 3); // web is kept (marked), worker added
    QVERIFY(second->service(u"worker"_s));
    QVERIFY(second->service(u"web"_s));
    const Model::Service *api = second->service(u"api"_s);
    QCOMPARE(api->name, u"Shop API"_s);
    QCOMPARE(api->thresholds[Model::MetricKind::LatencyP95].degraded, 250.0);
    QCOMPARE(api->maxReplicas, 4);
    const auto options = RailwayOptions::fromConfig(*second->source(u"rw"_s));
    QVERIFY(options.ok());
    QVERIFY(options->services.value(u"web"_s).removed);
    QVERIFY(!options->services.value(u"worker"_s).removed);
    QVERIFY(!options->services.value(u"api"_s).removed);
    const QString note = schedule.notes().value(u"rw"_s);
    QVERIFY2(note.contains(u"1 service(s) added (worker)"_s) && note.contains(u"1 marked removed (web)"_s),
             qPrintable(note));
    QVERIFY(!notes.isEmpty());

    // Nothing new on Railway: no save is asked for.
    schedule.setWorkspace(second);
    discovered.clear();
    const int requests = m_server->requestCount();
    schedule.runNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() > requests, 10'000);
    QTest::qWait(100);
    QVERIFY(discovered.isEmpty());
}

void TestRailwayProtocol::scheduledDiscoveryWaitsOnLowBudget()
{
    Model::Workspace ws;
    ws.sources.append(config(QJsonObject{{u"services"_s, QJsonObject()}}));
    m_budgets->setLimit(u"railway:acme"_s, 100);
    for (int i = 0; i < 85; ++i)
        QVERIFY(m_budgets->acquire(u"railway:acme"_s, false, kNow));
    auto clock = std::make_shared<Util::ManualClock>(kNow);
    RediscoverySchedule schedule(m_credentials.get(), clock, m_budgets);
    schedule.setWorkspace(std::make_shared<const Model::Workspace>(ws));
    QSignalSpy discovered(&schedule, &RediscoverySchedule::workspaceDiscovered);
    schedule.runNow();
    QTest::qWait(200);
    QVERIFY(discovered.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY2(schedule.notes().value(u"rw"_s).contains(u"15 of 100"_s), qPrintable(schedule.notes().value(u"rw"_s)));
}

QTEST_GUILESS_MAIN(TestRailwayProtocol)
void TestRailwayProtocol::deploymentsStoredIdempotently()
{
    m_server->addDeployment(u"s-api"_s, u"BUILDING"_s, kNow - 5 * 60'000, u"Tune the pool"_s);
    RailwaySource *s = source();
    QSignalSpy done(s, &RailwaySource::deploymentsFetched);
    s->fetchDeployments(5, {});
    QVERIFY(done.wait(10'000));
    const auto list = done.first().at(1).value<DeploymentListPtr>();
    QCOMPARE(list->size(), 5);
    Store::DeploymentRecords records;
    for (const Deployment &d : *list)
        records.append({d.id, u"rw"_s, d.serviceId, d.status, d.createdMs, d.commitMessage});

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Store::Database db;
    QVERIFY(db.open(dir.filePath(u"d.sqlite"_s), u"deploys"_s, Store::Database::Mode::ReadWrite).ok());
    Store::DeploymentStore store(db.handle());
    const auto first = store.upsert(records, kNow);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    // The same timeline again, the build now finished: still five rows, the status updated.
    for (Store::DeploymentRecord &r : records) {
        if (r.status == u"BUILDING")
            r.status = u"SUCCESS"_s;
    }
    QVERIFY(store.upsert(records, kNow + 60'000).ok());
    const auto loaded = store.load(kNow - 30LL * 24 * 3600'000);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->size(), 5);
    QCOMPARE(loaded->last().status, u"SUCCESS"_s);
    QCOMPARE(loaded->last().commitMessage, u"Tune the pool"_s);
    QCOMPARE(loaded->last().serviceId, u"api"_s);
    QVERIFY(std::is_sorted(loaded->cbegin(), loaded->cend(), [](const auto &a, const auto &b) {
        return a.createdMs < b.createdMs;
    }));
    // Deployments older than what the store keeps go on the next write.
    Store::DeploymentRecord old = records.first();
    old.id = u"dep-ancient"_s;
    old.createdMs = kNow - Store::DeploymentStore::kKeepMs - 3600'000;
    QVERIFY(store.upsert({old}, kNow).ok());
    QCOMPARE(store.load(0)->size(), 5);
}

void TestRailwayProtocol::diagnosisCitesTheTimelinesDeploy()
{
    // A deploy an hour ago after which errors rose, and a later build that failed
    // (it never ran, so it must not be blamed).
    m_server->addDeployment(u"s-api"_s, u"SUCCESS"_s, kNow - 60 * 60'000, u"Switch price cache to Redis"_s);
    m_server->addDeployment(u"s-api"_s, u"FAILED"_s, kNow - 30 * 60'000, u"Broken migration"_s);
    RailwaySource *s = source();
    QSignalSpy done(s, &RailwaySource::deploymentsFetched);
    s->fetchDeployments(6, {u"api"_s});
    QVERIFY(done.wait(10'000));
    Store::DeploymentRecords records;
    for (const Deployment &d : *done.first().at(1).value<DeploymentListPtr>())
        records.append({d.id, u"rw"_s, d.serviceId, d.status, d.createdMs, d.commitMessage});
    QCOMPARE(records.size(), 4);

    Analysis::DiagnosisInput input;
    input.serviceId = u"api"_s;
    input.role = u"api"_s;
    input.nowMs = kNow;
    Analysis::SignalSeries errors;
    errors.signal = Analysis::Signal::ErrorRate;
    for (qint64 t = kNow - 4 * 3600'000; t <= kNow; t += 60'000)
        errors.points.append({t, t < kNow - 60 * 60'000 + 60'000 ? 0.002 : 0.08});
    input.series.append(errors);
    // Without the timeline the diagnosis has no deploy to blame.
    bool blamedWithout = false;
    for (const Analysis::Finding &f : Analysis::DiagnosisCatalogue().diagnose(input))
        blamedWithout = blamedWithout || f.pattern == u"errors_after_deploy";
    QVERIFY(!blamedWithout);

    Analysis::DeployTimes::feed(input, Analysis::DeployTimes::fromTimeline(records));
    std::optional<Analysis::Finding> finding;
    for (const Analysis::Finding &f : Analysis::DiagnosisCatalogue().diagnose(input)) {
        if (f.pattern == u"errors_after_deploy")
            finding = f;
    }
    QVERIFY(finding);
    const auto deployMs = static_cast<qint64>(finding->facts.value(u"deployMs"_s).toDouble());
    QCOMPARE(deployMs, kNow - 60 * 60'000);
    QVERIFY(finding->fixes.contains(u"rollback"_s));
    const Store::DeploymentRecord *cited = Analysis::DeployTimes::find(records, u"api"_s, deployMs);
    QVERIFY(cited);
    QCOMPARE(cited->commitMessage, u"Switch price cache to Redis"_s);
    // An executor's observation of the same deploy does not count it twice.
    QCOMPARE(Analysis::DeployTimes::merged({kNow - 3600'000}, {kNow - 3600'000 + 400, kNow}).size(), 2);
}

void TestRailwayProtocol::scheduledDiscoveryWaitsWhileEditorIsOpen()
{
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    ws.sources.append(config(QJsonObject{{u"services"_s, QJsonObject()}}));
    auto clock = std::make_shared<Util::ManualClock>(kNow);
    RediscoverySchedule schedule(m_credentials.get(), clock, m_budgets);
    schedule.setWorkspace(std::make_shared<const Model::Workspace>(ws));
    QSignalSpy discovered(&schedule, &RediscoverySchedule::workspaceDiscovered);

    // The editor opens; the schedule's discovery finds two services meanwhile.
    schedule.setHeld(true);
    schedule.runNow();
    QTRY_VERIFY_WITH_TIMEOUT(schedule.waitingSourceIds().contains(u"rw"_s), 10'000);
    QVERIFY(discovered.isEmpty()); // nothing saved under the operator's hands
    QVERIFY2(schedule.notes().value(u"rw"_s).contains(u"waits until the workspace editor is closed"_s),
             qPrintable(schedule.notes().value(u"rw"_s)));

    // The operator saves their own edit (a renamed workspace, a project of their own).
    Model::Workspace edited = ws;
    edited.name = u"Operations"_s;
    edited.projects.append({u"mine"_s, u"Mine"_s, {}, {}});
    schedule.setWorkspace(std::make_shared<const Model::Workspace>(edited));
    QVERIFY(discovered.isEmpty());

    // The editor closes: the discovery lands on top of the operator's saved workspace, without asking Railway again.
    const int requests = m_server->requestCount();
    schedule.setHeld(false);
    QCOMPARE(discovered.size(), 1);
    const auto merged = discovered.first().at(0).value<Model::WorkspacePtr>();
    QCOMPARE(merged->name, u"Operations"_s);
    QVERIFY(merged->project(u"mine"_s));
    QVERIFY(merged->service(u"api"_s));
    QVERIFY(merged->service(u"web"_s));
    QCOMPARE(m_server->requestCount(), requests);
    QVERIFY(schedule.waitingSourceIds().isEmpty());
    QVERIFY(!schedule.notes().value(u"rw"_s).contains(u"waits"_s));
}

#include "tst_railway_protocol.moc"
