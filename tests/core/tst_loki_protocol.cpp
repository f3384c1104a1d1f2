#include "core/engine/fleetengine.h"
#include "core/sources/loki/lokiresponse.h"
#include "core/sources/loki/lokisource.h"
#include "fakehttpserver.h"
#include "fakeprometheus.h"
#include "lokiprotocolserver.h"
#include "memorycredentialsource.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sources::Loki::LokiOptions;
using Sources::Loki::LokiSource;
using TestSupport::FakeHttpServer;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;
using TestSupport::LokiProtocolServer;

namespace {

constexpr qint64 kT0 = 1772712000000LL; // 2026-03-05 12:00 UTC
constexpr qint64 kSecond = 1000;

Model::Workspace workspace(const QJsonObject &loki, const QJsonObject &extra = {})
{
    Model::Workspace ws;
    ws.name = u"Logs"_s;
    Model::SourceConfig source;
    source.id = u"prom"_s;
    source.type = Model::SourceType::Prometheus;
    source.name = u"Production"_s;
    source.url = QUrl(u"http://127.0.0.1:1"_s);
    source.options = extra;
    source.options.insert(u"preset"_s, u"straja-demo"_s);
    source.options.insert(u"loki"_s, loki);
    ws.sources = {source};
    ws.projects = {{u"events"_s, u"Events"_s, {}}};
    Model::Service api;
    api.id = u"events-api"_s;
    api.projectId = u"events"_s;
    api.name = u"API"_s;
    api.sourceId = u"prom"_s;
    Model::Service web = api;
    web.id = u"events-web"_s;
    web.name = u"Web"_s;
    ws.services = {api, web};
    return ws;
}

struct Answer
{
    Sources::LogLines lines;
    std::optional<Util::Error> error;
};

Answer fetchLogs(LokiSource &source, const Sources::LogQuery &query)
{
    QSignalSpy ok(&source, &Sources::LogSource::logsFetched);
    QSignalSpy failed(&source, &Sources::LogSource::failed);
    source.fetchLogs(4, query);
    Answer answer;
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20'000))
        answer.error = Util::makeError(u"test.timeout"_s, u"no answer"_s);
    else if (!ok.isEmpty())
        answer.lines = *ok.at(0).at(1).value<Sources::LogLinesPtr>();
    else
        answer.error = failed.at(0).at(1).value<Util::Error>();
    return answer;
}

} // namespace

// The Loki connector against a local server that implements Loki's documented
// HTTP API and error shapes (Loki itself cannot be installed here).
class TestLokiProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readsTheNewestLinesOfAService();
    void lineFiltersAndServiceMapReachTheServer();
    void tenantHeaderIsSent();
    void listsLabels();
    void errorsAreClear_data();
    void errorsAreClear();
    void optionsAreChecked_data();
    void optionsAreChecked();
    void parserRejectsBadAnswers_data();
    void parserRejectsBadAnswers();
    void engineAnswersLogRequests();

private:
    std::unique_ptr<FakeHttpServer> m_server;
    LokiProtocolServer m_loki;
};

void TestLokiProtocol::initTestCase()
{
    qRegisterMetaType<Util::Error>();
    qRegisterMetaType<Sources::LogLinesPtr>();
}

void TestLokiProtocol::init()
{
    m_loki = LokiProtocolServer();
    for (int i = 0; i < 30; ++i) {
        m_loki.push({{u"service"_s, u"events-api"_s}, {u"pod"_s, u"api-1"_s}}, kT0 + i * kSecond,
                    i % 10 == 0 ? u"level=error msg=\"upstream timeout\" n=%1"_s.arg(i) : u"level=info n=%1"_s.arg(i));
        m_loki.push({{u"service"_s, u"events-api"_s}, {u"pod"_s, u"api-2"_s}}, kT0 + i * kSecond + 500,
                    u"level=info pod2 n=%1"_s.arg(i));
        m_loki.push({{u"service"_s, u"web-frontend"_s}}, kT0 + i * kSecond, u"GET / 200 n=%1"_s.arg(i));
    }
    m_server = std::make_unique<FakeHttpServer>();
    QVERIFY(m_server->listen());
    m_server->setHandler([this](const FakeRequest &r) { return m_loki.handle(r); });
}

void TestLokiProtocol::readsTheNewestLinesOfAService()
{
    auto options = LokiOptions::fromJson(QJsonObject{{u"url"_s, m_server->url().toString()}}, u"prom"_s);
    QVERIFY(options.ok());
    LokiSource source(workspace({}), u"prom"_s, *options, nullptr);
    const Answer answer = fetchLogs(source, {u"events-api"_s, kT0, kT0 + 60 * kSecond, 7});
    QVERIFY2(!answer.error, answer.error ? qPrintable(answer.error->message) : "");
    QCOMPARE(answer.lines.size(), 7);
    // The newest seven of both pods, handed over oldest first.
    QCOMPARE(answer.lines.last().line, u"level=info pod2 n=29"_s);
    QCOMPARE(answer.lines.last().tMs, kT0 + 29 * kSecond + 500);
    QCOMPARE(answer.lines.first().tMs, kT0 + 26 * kSecond + 500);
    for (qsizetype i = 1; i < answer.lines.size(); ++i)
        QVERIFY(answer.lines[i - 1].tMs <= answer.lines[i].tMs);
    QVERIFY(answer.lines.first().stream.contains(u"service=\"events-api\""_s));
    const FakeRequest &sent = m_server->requests().last();
    QCOMPARE(sent.path, QByteArray("/loki/api/v1/query_range"));
    QCOMPARE(sent.query.queryItemValue(u"direction"_s), u"backward"_s);
    QCOMPARE(sent.query.queryItemValue(u"start"_s), QString::number(kT0) + u"000000"_s);
    // Time range respected: nothing before 10 s.
    const Answer late = fetchLogs(source, {u"events-api"_s, kT0 + 10 * kSecond, kT0 + 12 * kSecond, 100});
    QCOMPARE(late.lines.size(), 4);
}

void TestLokiProtocol::lineFiltersAndServiceMapReachTheServer()
{
    const QJsonObject loki{{u"url"_s, m_server->url().toString()},
                           {u"query"_s, u"{service=\"$service\"} |= \"level=error\" != \"debug+\""_s}};
    auto options = LokiOptions::fromJson(loki, u"prom"_s);
    QVERIFY(options.ok());
    LokiSource source(workspace(loki, QJsonObject{{u"serviceMap"_s, QJsonObject{{u"events-web"_s, u"web-frontend"_s}}}}),
                      u"prom"_s, *options, nullptr);
    QCOMPARE(source.logQuery(u"events-web"_s), u"{service=\"web-frontend\"} |= \"level=error\" != \"debug+\""_s);
    const Answer errors = fetchLogs(source, {u"events-api"_s, kT0, kT0 + 60 * kSecond, 100});
    QVERIFY(!errors.error);
    QCOMPARE(errors.lines.size(), 3);
    for (const Sources::LogLine &l : errors.lines)
        QVERIFY(l.line.contains(u"upstream timeout"_s));
    // '+' travelled percent-encoded, not as a space.
    QVERIFY(m_server->requests().last().query.queryItemValue(u"query"_s, QUrl::FullyDecoded).contains(u"debug+"_s));
}

void TestLokiProtocol::tenantHeaderIsSent()
{
    m_loki.requireTenant(u"team-a"_s);
    auto without = LokiOptions::fromJson(QJsonObject{{u"url"_s, m_server->url().toString()}}, u"prom"_s);
    LokiSource plain(workspace({}), u"prom"_s, *without, nullptr);
    const Answer refused = fetchLogs(plain, {u"events-api"_s, kT0, kT0 + 60 * kSecond, 10});
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, u"http.unauthorized"_s);
    QVERIFY2(refused.error->message.contains(u"no org id"_s), qPrintable(refused.error->message));

    auto with = LokiOptions::fromJson(QJsonObject{{u"url"_s, m_server->url().toString()}, {u"tenant"_s, u"team-a"_s}},
                                      u"prom"_s);
    LokiSource tenant(workspace({}), u"prom"_s, *with, nullptr);
    const Answer answer = fetchLogs(tenant, {u"events-api"_s, kT0, kT0 + 60 * kSecond, 10});
    QVERIFY(!answer.error);
    QCOMPARE(answer.lines.size(), 10);
    QCOMPARE(m_server->requests().last().header("x-scope-orgid"), QByteArray("team-a"));
}

void TestLokiProtocol::listsLabels()
{
    auto options = LokiOptions::fromJson(QJsonObject{{u"url"_s, m_server->url().toString()}}, u"prom"_s);
    LokiSource source(workspace({}), u"prom"_s, *options, nullptr);
    QSignalSpy spy(&source, &LokiSource::labelsFetched);
    source.fetchLabels(2);
    QVERIFY(spy.wait(10'000));
    QCOMPARE(spy.at(0).at(1).toStringList(), (QStringList{u"pod"_s, u"service"_s}));
}

void TestLokiProtocol::errorsAreClear_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("LogQL syntax error") << u"{service=\"$service\"} |= oops"_s << 10 << u"loki.bad_request"_s
                                        << u"parse error at line 1"_s;
    QTest::newRow("empty-compatible selector") << u"{service=~\".*\"}"_s << 10 << u"loki.bad_request"_s
                                               << u"at least one"_s;
    QTest::newRow("metric query") << u"{service=\"$service\"} |= \"x\" "_s << 10 << QString() << QString();
    QTest::newRow("limit over the server's") << u"{service=\"$service\"}"_s << 5001 << u"loki.bad_request"_s
                                             << u"max entries limit"_s;
}

void TestLokiProtocol::errorsAreClear()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    auto options = LokiOptions::fromJson(QJsonObject{{u"url"_s, m_server->url().toString()}, {u"query"_s, query}},
                                         u"prom"_s);
    QVERIFY(options.ok());
    options.value().limit = limit;
    LokiSource source(workspace({}), u"prom"_s, *options, nullptr);
    // The connector never asks for more than Loki's default maximum.
    const Answer answer = fetchLogs(source, {u"events-api"_s, kT0, kT0 + 60 * kSecond, limit});
    if (code.isEmpty()) {
        QVERIFY(!answer.error);
        return;
    }
    if (limit > LokiProtocolServer::kMaxEntriesLimit) {
        QVERIFY2(!answer.error, "the limit is clamped to 5000 before asking");
        QCOMPARE(m_server->requests().last().query.queryItemValue(u"limit"_s), u"5000"_s);
        return;
    }
    QVERIFY(answer.error);
    QCOMPARE(answer.error->code, code);
    QVERIFY2(answer.error->message.contains(messagePart), qPrintable(answer.error->message));
}

void TestLokiProtocol::optionsAreChecked_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no url") << QJsonObject{} << u"Loki"_s;
    QTest::newRow("query without selector") << QJsonObject{{u"url"_s, u"http://127.0.0.1:3100"_s},
                                                           {u"query"_s, u"service=\"x\""_s}}
                                            << u"stream selector"_s;
    QTest::newRow("bad auth") << QJsonObject{{u"url"_s, u"http://127.0.0.1:3100"_s}, {u"auth"_s, u"ntlm"_s}}
                              << u"ntlm"_s;
}

void TestLokiProtocol::optionsAreChecked()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, messagePart);
    const auto options = LokiOptions::fromJson(json, u"prom"_s);
    QVERIFY(!options.ok());
    QVERIFY2(options.error().message.contains(messagePart), qPrintable(options.error().message));
}

void TestLokiProtocol::parserRejectsBadAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("HTML") << QByteArray("<html>login</html>") << u"loki.format"_s;
    QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":{"resultType":"streams","result":[{)")
                               << u"loki.format"_s;
    QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})")
                            << u"loki.format"_s;
    QTest::newRow("error envelope") << QByteArray(R"({"status":"error","errorType":"timeout","error":"too slow"})")
                                    << u"loki.timeout"_s;
    QTest::newRow("bad time") << QByteArray(R"({"status":"success","data":{"resultType":"streams","result":[
                                 {"stream":{},"values":[["soon","x"]]}]}})")
                              << u"loki.format"_s;
    QTest::newRow("entry not a pair") << QByteArray(R"({"status":"success","data":{"resultType":"streams","result":[
                                         {"stream":{},"values":[["1"]]}]}})")
                                      << u"loki.format"_s;
}

void TestLokiProtocol::parserRejectsBadAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    const auto lines = Sources::Loki::parseStreams(body, 10);
    QVERIFY(!lines.ok());
    QCOMPARE(lines.error().code, code);
}

void TestLokiProtocol::engineAnswersLogRequests()
{
    // Metrics from a fake Prometheus, logs from the Loki stand-in, through the engine.
    FakeHttpServer prometheus;
    QVERIFY(prometheus.listen());
    const TestSupport::FakePrometheus fake(nullptr);
    prometheus.setHandler([&fake](const FakeRequest &r) { return fake.handle(r); });
    Model::Workspace ws = workspace(QJsonObject{{u"url"_s, m_server->url().toString()}});
    ws.sources.first().url = prometheus.url();
    Model::SourceConfig second = ws.sources.first();
    second.id = u"nolog"_s;
    second.options.remove(u"loki"_s);
    ws.sources.append(second);
    ws.services[1].sourceId = u"nolog"_s;

    QTemporaryDir dir;
    Engine::EngineOptions options;
    options.databasePath = dir.filePath(u"logs.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(ws);
    options.poller.refreshIntervalMs = 3600 * 1000;
    Engine::FleetEngine engine(options);
    QSignalSpy opened(&engine, &Engine::EngineApi::opened);
    engine.start();
    QVERIFY(opened.wait(20'000));

    QSignalSpy logs(&engine, &Engine::EngineApi::logsReady);
    const quint64 id = engine.requestLogs({u"events-api"_s, kT0, kT0 + 60 * kSecond, 5});
    QVERIFY(logs.wait(20'000));
    auto result = logs.last().at(0).value<Engine::LogResultPtr>();
    QCOMPARE(result->requestId, id);
    QVERIFY(result->available);
    QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
    QCOMPARE(result->sourceName, u"Production"_s);
    QCOMPARE(result->lines.size(), 5);

    const quint64 none = engine.requestLogs({u"events-web"_s, kT0, kT0 + 60 * kSecond, 5});
    QVERIFY(logs.wait(20'000));
    result = logs.last().at(0).value<Engine::LogResultPtr>();
    QCOMPARE(result->requestId, none);
    QVERIFY(!result->available); // its source has no Loki: the view says so instead of showing nothing

    m_server->close(); // Loki goes away: a clear message, nothing else breaks
    engine.requestLogs({u"events-api"_s, kT0, kT0 + 60 * kSecond, 5});
    QVERIFY(logs.wait(30'000));
    result = logs.last().at(0).value<Engine::LogResultPtr>();
    QVERIFY(result->available);
    QVERIFY2(result->error.contains(u"refused"_s), qPrintable(result->error));
}

QTEST_GUILESS_MAIN(TestLokiProtocol)
#include "tst_loki_protocol.moc"
