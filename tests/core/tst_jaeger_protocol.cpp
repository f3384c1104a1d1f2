#include "core/model/workspacecheck.h"
#include "core/model/workspacejson.h"
#include "core/sources/jaeger/jaegerresponse.h"
#include "core/sources/jaeger/jaegersource.h"
#include "core/traces/demotracesource.h"
#include "core/traces/traceservice.h"
#include "fakehttpserver.h"
#include "jaegerprotocolserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Sources::Jaeger::JaegerOptions;
using Sources::Jaeger::JaegerSource;
using TestSupport::FakeHttpServer;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;
using TestSupport::JaegerProtocolServer;

namespace {

constexpr qint64 kT0Us = 1'772'712'000'000'000LL; // 2026-03-05 12:00 UTC

QByteArray recorded()
{
    QFile file(qEnvironmentVariable("STRAJA_TEST_DATA") + u"/jaeger/hotrod-trace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A small trace of `service` with the given root duration; errors on request.
Traces::Trace smallTrace(const QString &id, const QString &service, qint64 startUs, qint64 durationUs, bool error)
{
    Traces::Trace t;
    t.traceId = id;
    Traces::Span root;
    root.spanId = id + u"01"_s;
    root.service = service;
    root.operation = u"GET /api/events"_s;
    root.startUs = startUs;
    root.durationUs = durationUs;
    root.tags = {{u"http.status_code"_s, u"int64"_s, error ? u"500"_s : u"200"_s}};
    if (error)
        root.tags.append({u"error"_s, u"bool"_s, u"true"_s});
    Traces::Span db;
    db.spanId = id + u"02"_s;
    db.service = u"shared-db"_s;
    db.operation = u"SELECT events"_s;
    db.startUs = startUs + durationUs / 10;
    db.durationUs = durationUs / 2;
    db.references = {{Traces::RefType::ChildOf, id, root.spanId}};
    t.spans = {root, db};
    return t;
}

Model::SourceConfig jaegerConfig(const QUrl &url, const QJsonObject &options = {})
{
    Model::SourceConfig c;
    c.id = u"jaeger"_s;
    c.type = Model::SourceType::Jaeger;
    c.name = u"Tracing"_s;
    c.url = url;
    c.options = options;
    return c;
}

struct Answer
{
    QList<QVariant> arguments;
    std::optional<Util::Error> error;
};

template<typename Signal>
Answer wait(JaegerSource &source, Signal signal, const std::function<void()> &call)
{
    QSignalSpy ok(&source, signal);
    QSignalSpy failed(&source, &Traces::TraceSource::failed);
    call();
    Answer answer;
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20'000))
        answer.error = Util::makeError(u"test.timeout"_s, u"no answer"_s);
    else if (!ok.isEmpty())
        answer.arguments = ok.first();
    else
        answer.error = failed.first().at(1).value<Util::Error>();
    return answer;
}

} // namespace

// The Jaeger connector against a local server implementing Jaeger's query API
// and its error shapes (Jaeger itself cannot be installed here).
class TestJaegerProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Util::Error>();
        qRegisterMetaType<Traces::TracePtr>();
        qRegisterMetaType<Traces::TraceListPtr>();
    }

    void init()
    {
        m_jaeger = JaegerProtocolServer();
        const QJsonObject hotrod = QJsonDocument::fromJson(recorded()).object().value("data"_L1).toArray().first().toObject();
        QVERIFY(!hotrod.isEmpty());
        m_jaeger.addTrace(hotrod);
        for (int i = 0; i < 12; ++i)
            m_jaeger.addTrace(smallTrace(u"a%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"events-api"_s,
                                         kT0Us + i * 1'000'000LL, 10'000 + i * 10'000, i % 4 == 3));
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const FakeRequest &r) { return m_jaeger.handle(r); });
    }

    void parsesTheRecordedFormat()
    {
        auto parsed = Sources::Jaeger::parseTraces(recorded());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->traces.size(), 1);
        const Traces::Trace &t = *parsed->traces.first();
        QCOMPARE(t.traceId, u"4f3b1c0a9e2d7b61"_s);
        QCOMPARE(t.spans.size(), 5);
        QCOMPARE(t.services(), (QStringList{u"frontend"_s, u"mysql"_s, u"redis"_s}));
        QCOMPARE(t.spans.at(1).service, u"mysql"_s);
        QCOMPARE(t.spans.at(1).parentSpanId(), u"4f3b1c0a9e2d7b61"_s);
        QCOMPARE(t.spans.at(4).references.first().type, Traces::RefType::FollowsFrom);
        QCOMPARE(t.spans.at(0).startUs, 1772712000000000LL);
        QCOMPARE(t.spans.at(0).durationUs, 712340);
        QVERIFY(!t.spans.at(0).error);
        QVERIFY(t.spans.at(2).error); // otel.status_code=ERROR
        QVERIFY(t.spans.at(3).error); // error=true
        QCOMPARE(t.errorCount(), 2);
        QCOMPARE(t.spans.at(0).logs.size(), 1);
        QCOMPARE(t.spans.at(0).logs.first().fields.first().value, u"HTTP request received"_s);
        QCOMPARE(t.spans.at(0).tags.at(1).value, u"true"_s);      // bool
        QCOMPARE(t.spans.at(0).tags.at(5).value, u"200"_s);       // int64
        QCOMPARE(t.spans.at(1).tags.at(3).value, u"0.25"_s);      // float64
        const auto tree = Traces::TraceTree::build(parsed->traces.first());
        QVERIFY(!tree->hasSyntheticRoot());
        QCOMPARE(tree->preorder().size(), 5);
    }

    void parserRejectsBadAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("needle");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"\"data\""_s;
        QTest::newRow("data not a list") << QByteArray(R"({"data":{"x":1}})") << u"not a list"_s;
        QTest::newRow("trace without id") << QByteArray(R"({"data":[{"spans":[]}]})") << u"traceID"_s;
        QTest::newRow("span without id")
            << QByteArray(R"({"data":[{"traceID":"t","spans":[{"operationName":"x"}],"processes":{}}]})")
            << u"spanID"_s;
        QTest::newRow("truncated") << QByteArray(R"({"data":[{"traceID":"t","spans":[)") << u"not JSON"_s;
    }

    void parserRejectsBadAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, needle);
        auto parsed = Sources::Jaeger::parseTraces(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, u"jaeger.format"_s);
        QVERIFY2(parsed.error().message.contains(needle), qPrintable(parsed.error().message));
    }

    void hugeTagValuesAreKeptWhole()
    {
        Traces::Trace t = smallTrace(u"big"_s, u"events-api"_s, kT0Us, 1000, false);
        const QString huge(2 * 1024 * 1024, u'x');
        t.spans[0].tags.append({u"payload"_s, u"string"_s, huge});
        const QByteArray body = QJsonDocument(QJsonObject{{u"data"_s, QJsonArray{JaegerProtocolServer::toJson(t)}}})
                                    .toJson(QJsonDocument::Compact);
        auto parsed = Sources::Jaeger::parseTraces(body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->traces.first()->spans.first().tags.last().value.size(), huge.size());
    }

    void listsServicesAndOperations()
    {
        auto options = JaegerOptions::fromConfig(jaegerConfig(m_server->url()));
        QVERIFY(options.ok());
        JaegerSource source(*options, nullptr);
        Answer services = wait(source, &Traces::TraceSource::namesFetched, [&] { source.fetchServices(1); });
        QVERIFY(!services.error);
        QCOMPARE(services.arguments.at(1).toStringList(),
                 (QStringList{u"events-api"_s, u"frontend"_s, u"mysql"_s, u"redis"_s, u"shared-db"_s}));
        Answer ops = wait(source, &Traces::TraceSource::namesFetched, [&] { source.fetchOperations(2, u"frontend"_s); });
        QVERIFY(!ops.error);
        QCOMPARE(ops.arguments.at(1).toStringList(),
                 (QStringList{u"/driver.DriverService/FindNearest"_s, u"HTTP GET /dispatch"_s,
                              u"publish dispatch.completed"_s}));
        QCOMPARE(m_server->requests().last().path, QByteArray("/api/services/frontend/operations"));
        // The other operations endpoint's object form reads the same.
        auto names = Sources::Jaeger::parseNames(R"({"data":[{"name":"b","spanKind":"server"},{"name":"a","spanKind":"client"}]})");
        QVERIFY(names.ok());
        QCOMPARE(names.value(), (QStringList{u"a"_s, u"b"_s}));
    }

    void searchSendsTheFilters()
    {
        auto options = JaegerOptions::fromConfig(
            jaegerConfig(m_server->url(), QJsonObject{{u"services"_s, QJsonObject{{u"api"_s, u"events-api"_s}}}}));
        QVERIFY(options.ok());
        JaegerSource source(*options, nullptr);
        Traces::TraceQuery q;
        q.service = u"api"_s; // a Straja id mapped to Jaeger's name
        q.operation = u"GET /api/events"_s;
        q.minDurationUs = 50'000;
        q.maxDurationUs = 110'000;
        q.startUs = kT0Us;
        q.endUs = kT0Us + 3'600'000'000LL;
        q.limit = 50;
        q.errorsOnly = true;
        Answer found = wait(source, &Traces::TraceSource::tracesFound, [&] { source.findTraces(3, q); });
        QVERIFY2(!found.error, found.error ? qPrintable(found.error->message) : "");
        const auto traces = found.arguments.at(1).value<Traces::TraceListPtr>();
        // a07 (80 ms, error) only: a03 is too short, a11 too long.
        QCOMPARE(traces->size(), 1);
        QCOMPARE(traces->first()->traceId, u"a07"_s);
        const FakeRequest &sent = m_server->requests().last();
        QCOMPARE(sent.path, QByteArray("/api/traces"));
        QCOMPARE(sent.query.queryItemValue(u"service"_s, QUrl::FullyDecoded), u"events-api"_s);
        QCOMPARE(sent.query.queryItemValue(u"operation"_s, QUrl::FullyDecoded), u"GET /api/events"_s);
        QCOMPARE(sent.query.queryItemValue(u"minDuration"_s), u"50000us"_s);
        QCOMPARE(sent.query.queryItemValue(u"maxDuration"_s), u"110000us"_s);
        QCOMPARE(sent.query.queryItemValue(u"start"_s), QString::number(kT0Us));
        QCOMPARE(sent.query.queryItemValue(u"limit"_s), u"50"_s);
        QCOMPARE(sent.query.queryItemValue(u"tags"_s, QUrl::FullyDecoded), u"{\"error\":\"true\"}"_s);
    }

    void searchHonoursTheLimit()
    {
        JaegerSource source(*JaegerOptions::fromConfig(jaegerConfig(m_server->url())), nullptr);
        Traces::TraceQuery q;
        q.service = u"events-api"_s;
        q.limit = 5;
        Answer found = wait(source, &Traces::TraceSource::tracesFound, [&] { source.findTraces(4, q); });
        QVERIFY(!found.error);
        QCOMPARE(found.arguments.at(1).value<Traces::TraceListPtr>()->size(), 5);
    }

    void fetchesOneTrace()
    {
        JaegerSource source(*JaegerOptions::fromConfig(jaegerConfig(m_server->url())), nullptr);
        Answer got = wait(source, &Traces::TraceSource::traceFetched, [&] { source.fetchTrace(5, u"4f3b1c0a9e2d7b61"_s); });
        QVERIFY(!got.error);
        QCOMPARE(got.arguments.at(1).value<Traces::TracePtr>()->spans.size(), 5);
        QCOMPARE(m_server->requests().last().path, QByteArray("/api/traces/4f3b1c0a9e2d7b61"));
    }

    void errorsAreClear_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<FakeReply>("reply");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown trace") << u"trace"_s << FakeReply() << u"jaeger.not_found"_s << u"retention"_s;
        QTest::newRow("missing service") << u"search-no-service"_s << FakeReply() << u"jaeger.bad_request"_s
                                         << u"parameter 'service' is required"_s;
        QTest::newRow("storage down")
            << u"search"_s
            << FakeReply::json(JaegerProtocolServer::errorBody(500, u"elasticsearch: no available connection"_s), 500)
            << u"http.status"_s << u"elasticsearch: no available connection"_s;
        QTest::newRow("proxy html") << u"search"_s
                                    << FakeReply::text("<html>502 Bad Gateway</html>", 502, "text/html")
                                    << u"http.status"_s << u"502"_s;
        QTest::newRow("wrong address") << u"wrong-path"_s << FakeReply() << u"http.not_found"_s << u"404"_s;
    }

    void errorsAreClear()
    {
        QFETCH(QString, what);
        QFETCH(FakeReply, reply);
        QFETCH(QString, code);
        QFETCH(QString, needle);
        if (reply.status != 200 || !reply.body.isEmpty())
            m_server->setHandler([reply](const FakeRequest &) { return reply; });
        QJsonObject options{{u"retries"_s, 0}};
        QUrl url = m_server->url();
        if (what == u"wrong-path")
            url = m_server->url(u"/not-jaeger"_s);
        JaegerSource source(*JaegerOptions::fromConfig(jaegerConfig(url, options)), nullptr);
        Answer answer;
        if (what == u"trace") {
            answer = wait(source, &Traces::TraceSource::traceFetched, [&] { source.fetchTrace(6, u"ffff"_s); });
        } else {
            Traces::TraceQuery q;
            q.service = what == u"search-no-service" ? QString() : u"events-api"_s;
            answer = wait(source, &Traces::TraceSource::tracesFound, [&] { source.findTraces(6, q); });
        }
        QVERIFY(answer.error);
        QVERIFY2(answer.error->code.startsWith(code), qPrintable(answer.error->code + u": "_s + answer.error->message));
        QVERIFY2(answer.error->message.contains(needle), qPrintable(answer.error->message));
    }

    void badParametersAreRefusedByTheServer()
    {
        // What Jaeger says to a malformed duration, checked against our stand-in.
        FakeRequest r;
        r.method = "GET";
        r.path = "/api/traces";
        r.query.setQuery(u"service=events-api&minDuration=abc"_s);
        FakeReply reply = m_jaeger.handle(r);
        QCOMPARE(reply.status, 400);
        QCOMPARE(Sources::Jaeger::errorText(reply.body), u"unable to parse param 'minDuration': time: invalid duration \"abc\""_s);
        r.query.setQuery(u"service=events-api&minDuration=2s&maxDuration=1s"_s);
        QCOMPARE(m_jaeger.handle(r).status, 400);
    }

    void slowAnswersTimeOut()
    {
        m_jaeger.setDelayMs(1500);
        JaegerSource source(*JaegerOptions::fromConfig(jaegerConfig(
                                m_server->url(), QJsonObject{{u"timeoutMs"_s, 300}, {u"retries"_s, 0}})),
                            nullptr);
        QElapsedTimer timer;
        timer.start();
        Answer answer = wait(source, &Traces::TraceSource::namesFetched, [&] { source.fetchServices(7); });
        QVERIFY(answer.error);
        QVERIFY2(answer.error->code.contains(u"timeout"_s), qPrintable(answer.error->code));
        QVERIFY(timer.elapsed() < 1400); // gave up before the server answered
    }

    void optionsAreChecked()
    {
        Model::SourceConfig c = jaegerConfig(QUrl(u"http://127.0.0.1:16686"_s), QJsonObject{{u"auth"_s, u"kerberos"_s}});
        c.auth = Model::SourceAuth::None;
        QVERIFY(JaegerOptions::fromConfig(c).ok()); // the config's auth wins over a stray option
        c.options = QJsonObject{{u"timeoutMs"_s, u"soon"_s}};
        auto bad = JaegerOptions::fromConfig(c);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(u"Jaeger: "_s), qPrintable(bad.error().message));
        QVERIFY(bad.error().message.contains(u"timeoutMs"_s));
        c.options = {};
        c.url = QUrl(u"ftp://127.0.0.1/"_s);
        QVERIFY(!JaegerOptions::fromConfig(c).ok());
    }

    void workspaceFilesKeepAJaegerSource()
    {
        Model::Workspace ws;
        ws.name = u"Traced"_s;
        ws.sources = {jaegerConfig(QUrl(u"https://jaeger.example.org"_s),
                                   QJsonObject{{u"services"_s, QJsonObject{{u"api"_s, u"api-gateway"_s}}}})};
        ws.sources[0].auth = Model::SourceAuth::Bearer;
        QVERIFY(Model::checkWorkspace(ws).isEmpty());
        auto back = Model::workspaceFromJson(Model::workspaceToJson(ws));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->sources.first().type, Model::SourceType::Jaeger);
        QCOMPARE(back->sources.first().options.value("services"_L1).toObject().value("api"_L1).toString(), u"api-gateway"_s);
        QVERIFY(Model::workspaceToJson(ws).contains("\"jaeger\""));
        auto options = JaegerOptions::fromConfig(back->sources.first());
        QVERIFY(options.ok());
        QCOMPARE(options->endpoint.authType, Sources::Http::AuthType::Bearer);
        JaegerSource source(*options, nullptr);
        QCOMPARE(source.jaegerService(u"api"_s), u"api-gateway"_s);
        QCOMPARE(source.jaegerService(u"web"_s), u"web"_s);
    }

    void serviceUsesJaegerWhenTheWorkspaceHasOne()
    {
        auto ws = std::make_shared<Model::Workspace>();
        ws->name = u"Traced"_s;
        ws->sources = {jaegerConfig(m_server->url())};
        Traces::TraceService service;
        service.setWorkspace(ws);
        QCOMPARE(service.backend(), Traces::TraceService::Backend::Jaeger);
        QSignalSpy found(&service, &Traces::TraceService::tracesFound);
        QSignalSpy trees(&service, &Traces::TraceService::treeReady);
        QSignalSpy failed(&service, &Traces::TraceService::failed);
        Traces::TraceQuery q;
        q.service = u"frontend"_s;
        const quint64 searchId = service.findTraces(q);
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 1, 10'000);
        QCOMPARE(found.first().at(0).toULongLong(), searchId);
        const quint64 openId = service.openTrace(u"4f3b1c0a9e2d7b61"_s);
        QTRY_COMPARE_WITH_TIMEOUT(trees.size(), 1, 10'000);
        QCOMPARE(trees.first().at(0).toULongLong(), openId);
        QCOMPARE(trees.first().at(1).value<Traces::TraceTreePtr>()->preorder().size(), 5);
        QCOMPARE(failed.size(), 0);

        // A workspace change answers what was still pending, and nothing else arrives for it.
        m_jaeger.setDelayMs(500);
        const quint64 stale = service.findTraces(q);
        service.setWorkspace(std::make_shared<Model::Workspace>());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toULongLong(), stale);
        QCOMPARE(service.backend(), Traces::TraceService::Backend::None);
        QTest::qWait(800);
        QCOMPARE(found.size(), 1);
        // Without a trace source: a clear answer, not silence.
        service.findTraces(q);
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.last().at(1).value<Util::Error>().code, u"traces.no_source"_s);
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
    JaegerProtocolServer m_jaeger;
};

QTEST_GUILESS_MAIN(TestJaegerProtocol)
#include "tst_jaeger_protocol.moc"
