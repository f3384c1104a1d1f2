#include "core/sources/http/circuitbreaker.h"
#include "core/sources/http/endpointoptions.h"
#include "core/sources/http/httpclient.h"
#include "core/sources/http/retrypolicy.h"
#include "fakehttpserver.h"
#include "memorycredentialsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using Sources::Http::AuthType;
using Sources::Http::CircuitBreaker;
using Sources::Http::EndpointOptions;
using Sources::Http::HttpClient;
using Sources::Http::Request;
using Sources::Http::Response;
using TestSupport::FakeHttpServer;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;

namespace {

QString tlsFile(const char *name)
{
    return qEnvironmentVariable("STRAJA_TEST_DATA") + u"/tls/"_s + QString::fromLatin1(name);
}

// Runs one call to completion on this thread's event loop.
Util::Result<Response> call(HttpClient &client, Request request, int waitMs = 20'000)
{
    std::optional<Util::Result<Response>> result;
    client.send(std::move(request), [&](Util::Result<Response> r) { result = std::move(r); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < waitMs)
        QTest::qWait(5);
    if (!result)
        return Util::makeError(u"test.no_answer"_s, u"no answer within %1 ms"_s.arg(waitMs));
    return *result;
}

Request get(const QUrl &url)
{
    Request r;
    r.url = url;
    return r;
}

EndpointOptions fast(const QUrl &url)
{
    EndpointOptions o;
    o.baseUrl = url;
    o.timeoutMs = 2000;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 40;
    return o;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

// The resilient HTTP client every connector uses, against a local scripted server.
class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void endpointOptionsFromJson_data();
    void endpointOptionsFromJson();
    void endpointUrlKeepsPrefix();
    void backoffGrowsWithJitterAndCap();
    void circuitBreakerStates();

    void authenticationHeaders_data();
    void authenticationHeaders();
    void missingCredentialsFailClearly();
    void loopbackAnswersAreNotCompressed();
    void unauthorizedRereadsCredentials();
    void credentialsNeverSentOverPlainHttpToOtherHosts();

    void retriesTransientStatusThenSucceeds();
    void clientErrorsAreNotRetried();
    void errorStatusKeepsItsBody();
    void connectionRefusedIsRetriedThenReported();
    void circuitOpensAfterFailuresAndRecovers();
    void slowServerHitsDeadline_data();
    void slowServerHitsDeadline();
    void hugeBodyIsRefused();
    void redirectLoopStops();
    void redirectToOtherOriginDropsCredentials();
    void tlsWithTrustedCaFile();
    void tlsWrongCaIsRefusedWithoutRetry_data();
    void tlsWrongCaIsRefusedWithoutRetry();
    void unreadableCaFileIsAConfigError();
    void cancelledCallNeverAnswers();
    void statusErrorsNameHostAndStatusOnly_data();
    void statusErrorsNameHostAndStatusOnly();
    void otherOriginErrorNamesHostOnly();
};

void TestHttpClient::endpointOptionsFromJson_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorCode"); // empty: valid
    QTest::newRow("defaults") << u"http://127.0.0.1:9090"_s << QByteArray("{}") << QString();
    QTest::newRow("bearer") << u"https://prom.example.com"_s << QByteArray(R"({"auth":"bearer"})") << QString();
    QTest::newRow("unknown auth") << u"https://h"_s << QByteArray(R"({"auth":"digest"})") << u"http.config"_s;
    QTest::newRow("timeout text") << u"https://h"_s << QByteArray(R"({"timeoutMs":"5000"})") << u"http.config"_s;
    QTest::newRow("timeout too small") << u"https://h"_s << QByteArray(R"({"timeoutMs":5})") << u"http.config"_s;
    QTest::newRow("retries") << u"https://h"_s << QByteArray(R"({"retries":0})") << QString();
    QTest::newRow("ftp") << u"ftp://h"_s << QByteArray("{}") << u"http.config"_s;
    QTest::newRow("no host") << u"http://"_s << QByteArray("{}") << u"http.config"_s;
    QTest::newRow("password in url") << u"https://u:p@h"_s << QByteArray("{}") << u"http.config"_s;
}

void TestHttpClient::endpointOptionsFromJson()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, json);
    QFETCH(QString, errorCode);
    const auto options = EndpointOptions::fromJson(QJsonDocument::fromJson(json).object(), QUrl(url), u"src"_s);
    if (errorCode.isEmpty()) {
        QVERIFY2(options.ok(), qPrintable(options.error().message));
        QCOMPARE(options->credentialsId, u"src"_s);
        const auto again = EndpointOptions::fromJson(options->toJson(), QUrl(url), u"src"_s);
        QVERIFY(again.ok());
        QCOMPARE(again->authType, options->authType);
        QCOMPARE(again->timeoutMs, options->timeoutMs);
        QCOMPARE(again->maxAttempts, options->maxAttempts);
    } else {
        QVERIFY(!options.ok());
        QCOMPARE(options.error().code, errorCode);
        QVERIFY(!options.error().message.isEmpty());
    }
}

void TestHttpClient::endpointUrlKeepsPrefix()
{
    QCOMPARE(Sources::Http::endpointUrl(QUrl(u"http://h:1/prometheus/"_s), u"/api/v1/query"),
             QUrl(u"http://h:1/prometheus/api/v1/query"_s));
    QCOMPARE(Sources::Http::endpointUrl(QUrl(u"http://h:1"_s), u"/api/v1/query"), QUrl(u"http://h:1/api/v1/query"_s));
    QVERIFY(Sources::Http::isLoopbackHost(u"127.0.0.5"_s));
    QVERIFY(!EndpointOptions::fromJson({}, QUrl(u"http://127.0.0.1:9090"_s), u"s"_s)->compress);
    QVERIFY(EndpointOptions::fromJson({}, QUrl(u"https://prom.example.com"_s), u"s"_s)->compress);
    QVERIFY(Sources::Http::isLoopbackHost(u"localhost"_s));
    QVERIFY(!Sources::Http::isLoopbackHost(u"10.0.0.1"_s));
}

void TestHttpClient::backoffGrowsWithJitterAndCap()
{
    const Sources::Http::RetryPolicy policy(6, 100, 1000);
    QRandomGenerator random(42);
    QSet<int> distinct;
    for (int round = 0; round < 50; ++round) {
        for (int attempt = 2; attempt <= 6; ++attempt) {
            const int ceiling = std::min(1000, 100 << (attempt - 2));
            const int d = policy.delayMs(attempt, random);
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(u"attempt %1: %2"_s.arg(attempt).arg(d)));
            distinct.insert(d);
        }
    }
    QVERIFY2(distinct.size() > 20, "jitter must spread the delays");
    // Retry-After is honoured up to the cap.
    QCOMPARE(policy.delayMs(2, random, 800), 800);
    QCOMPARE(policy.delayMs(2, random, 60'000), 1000);
    QVERIFY(Sources::Http::RetryPolicy::isRetryableStatus(503));
    QVERIFY(!Sources::Http::RetryPolicy::isRetryableStatus(400));
}

void TestHttpClient::circuitBreakerStates()
{
    CircuitBreaker breaker(3, 1000);
    QVERIFY(breaker.allow(0));
    breaker.recordFailure(0);
    breaker.recordFailure(10);
    QCOMPARE(breaker.state(10), CircuitBreaker::State::Closed);
    breaker.recordFailure(20);
    QCOMPARE(breaker.state(20), CircuitBreaker::State::Open);
    QVERIFY(!breaker.allow(500));
    QCOMPARE(breaker.state(1020), CircuitBreaker::State::HalfOpen);
    QVERIFY(breaker.allow(1020));   // the trial
    QVERIFY(!breaker.allow(1021));  // only one at a time
    breaker.recordFailure(1030);    // trial failed: open again at once
    QCOMPARE(breaker.state(1500), CircuitBreaker::State::Open);
    QVERIFY(breaker.allow(2030));
    breaker.recordSuccess();
    QCOMPARE(breaker.state(2031), CircuitBreaker::State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
}

void TestHttpClient::authenticationHeaders_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << int(AuthType::None) << QByteArray();
    QTest::newRow("bearer") << int(AuthType::Bearer) << QByteArray("Bearer s3cr3t-token");
    QTest::newRow("basic") << int(AuthType::Basic) << QByteArray("Basic ") + QByteArray("ana:p@ss:w").toBase64();
}

void TestHttpClient::authenticationHeaders()
{
    QFETCH(int, auth);
    QFETCH(QByteArray, expected);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &) { return FakeReply::json("{}"); });
    MemoryCredentialSource credentials;
    credentials.set(u"src"_s, {u"s3cr3t-token"_s, u"ana"_s, u"p@ss:w"_s});
    EndpointOptions options = fast(server.url());
    options.authType = AuthType(auth);
    options.credentialsId = u"src"_s;
    HttpClient client(options, &credentials);
    const auto result = call(client, get(server.url(u"/x"_s)));
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->status, 200);
    QCOMPARE(server.requests().at(0).header("authorization"), expected);
    // Looked up once, then kept.
    QVERIFY(call(client, get(server.url(u"/y"_s))).ok());
    QCOMPARE(credentials.lookups(), auth == int(AuthType::None) ? 0 : 1);
}

void TestHttpClient::loopbackAnswersAreNotCompressed()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &) { return FakeReply::json("{}"); });
    // Options as a source's JSON gives them: on this machine, compressing costs the server more than the transfer.
    auto options = EndpointOptions::fromJson({}, server.url(), u"src"_s);
    QVERIFY(options.ok());
    HttpClient plain(*options, nullptr);
    QVERIFY(call(plain, get(server.url())).ok());
    QCOMPARE(server.requests().at(0).header("accept-encoding"), QByteArray("identity"));
    options = EndpointOptions::fromJson(QJsonObject{{u"compress"_s, true}}, server.url(), u"src"_s);
    HttpClient compressed(*options, nullptr);
    QVERIFY(call(compressed, get(server.url())).ok());
    QVERIFY(server.requests().at(1).header("accept-encoding").contains("gzip"));
}

void TestHttpClient::missingCredentialsFailClearly()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    MemoryCredentialSource credentials;
    EndpointOptions options = fast(server.url());
    options.authType = AuthType::Bearer;
    options.credentialsId = u"src"_s;
    HttpClient client(options, &credentials);
    auto result = call(client, get(server.url()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.no_credentials"_s);
    credentials.setError(Util::makeError(u"keychain.locked"_s, u"the keychain is locked"_s));
    result = call(client, get(server.url()));
    QCOMPARE(result.error().code, u"http.no_credentials"_s);
    QVERIFY(result.error().message.contains(u"locked"_s));
    QCOMPARE(server.requestCount(), 0);

    HttpClient withoutStore(options, nullptr);
    QCOMPARE(call(withoutStore, get(server.url())).error().code, u"http.no_credentials"_s);
}

void TestHttpClient::unauthorizedRereadsCredentials()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &r) {
        return r.header("authorization") == "Bearer fresh" ? FakeReply::json("{}")
                                                           : FakeReply::text("token expired", 401);
    });
    MemoryCredentialSource credentials;
    credentials.set(u"src"_s, {u"old-token-123"_s, {}, {}});
    EndpointOptions options = fast(server.url());
    options.authType = AuthType::Bearer;
    options.credentialsId = u"src"_s;
    HttpClient client(options, &credentials);
    auto result = call(client, get(server.url()));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 401);
    QCOMPARE(server.requestCount(), 1); // 401 is not retried
    const Util::Error error = client.statusError(*result);
    QCOMPARE(error.code, u"http.unauthorized"_s);
    QVERIFY(error.message.contains(u"expired"_s));
    QVERIFY(!error.message.contains(u"old-token-123"_s)); // the token itself never appears
    credentials.set(u"src"_s, {u"fresh"_s, {}, {}});
    result = call(client, get(server.url()));
    QCOMPARE(result->status, 200);
    QCOMPARE(credentials.lookups(), 2);
}

void TestHttpClient::credentialsNeverSentOverPlainHttpToOtherHosts()
{
    MemoryCredentialSource credentials;
    credentials.set(u"src"_s, {u"t"_s, {}, {}});
    EndpointOptions options = fast(QUrl(u"http://metrics.example.invalid:9090"_s));
    options.authType = AuthType::Bearer;
    options.credentialsId = u"src"_s;
    HttpClient client(options, &credentials);
    const auto result = call(client, get(QUrl(u"http://metrics.example.invalid:9090/api"_s)));
    QCOMPARE(result.error().code, u"http.insecure_auth"_s);
    QCOMPARE(credentials.lookups(), 0);
}

void TestHttpClient::retriesTransientStatusThenSucceeds()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    int n = 0;
    server.setHandler([&n](const FakeRequest &) {
        ++n;
        if (n == 1)
            return FakeReply::text("busy", 503);
        if (n == 2) {
            FakeReply r = FakeReply::text("slow down", 429);
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
            return r;
        }
        return FakeReply::json(R"({"ok":true})");
    });
    HttpClient client(fast(server.url()), nullptr);
    const auto result = call(client, get(server.url()));
    QVERIFY(result.ok());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->attempts, 3);
    QCOMPARE(result->body, QByteArray(R"({"ok":true})"));
}

void TestHttpClient::clientErrorsAreNotRetried()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &) { return FakeReply::json(R"({"status":"error"})", 400); });
    HttpClient client(fast(server.url()), nullptr);
    const auto result = call(client, get(server.url()));
    QCOMPARE(result->status, 400);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Closed);
}

void TestHttpClient::errorStatusKeepsItsBody()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray error = R"({"status":"error","errorType":"bad_data","error":"parse error"})";
    server.setHandler([&error](const FakeRequest &) { return FakeReply::json(error, 400); });
    HttpClient client(fast(server.url()), nullptr);
    for (int i = 0; i < 5; ++i) {
        Request post = get(server.url(u"/api/v1/query_range"_s));
        post.method = "POST";
        post.contentType = "application/x-www-form-urlencoded";
        post.body = "query=up&start=1&end=2&step=1";
        const auto result = call(client, post);
        QVERIFY(result.ok());
        QCOMPARE(result->status, 400);
        QCOMPARE(result->body, error);
    }
    // Several at once, as a connector sends them.
    std::vector<std::optional<Util::Result<Response>>> answers(9);
    for (auto &answer : answers) {
        Request post = get(server.url(u"/api/v1/query_range"_s));
        post.method = "POST";
        post.body = "query=up";
        client.send(post, [&answer](Util::Result<Response> r) { answer = std::move(r); });
    }
    QTRY_VERIFY(std::all_of(answers.cbegin(), answers.cend(), [](const auto &a) { return a.has_value(); }));
    for (const auto &answer : answers) {
        QVERIFY(answer->ok());
        QCOMPARE(answer->value().status, 400);
        QCOMPARE(answer->value().body, error);
    }
}

void TestHttpClient::connectionRefusedIsRetriedThenReported()
{
    const QUrl url(u"http://127.0.0.1:%1"_s.arg(closedPort()));
    HttpClient client(fast(url), nullptr);
    const auto result = call(client, get(url));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.refused"_s);
    QVERIFY(result.error().message.contains(u"127.0.0.1"_s));
}

void TestHttpClient::circuitOpensAfterFailuresAndRecovers()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    bool healthy = false;
    server.setHandler([&healthy](const FakeRequest &) {
        return healthy ? FakeReply::json("{}") : FakeReply::text("down", 502);
    });
    EndpointOptions options = fast(server.url());
    options.maxAttempts = 1;
    options.breakerThreshold = 2;
    options.breakerOpenMs = 400;
    HttpClient client(options, nullptr);
    QCOMPARE(call(client, get(server.url()))->status, 502);
    QCOMPARE(call(client, get(server.url()))->status, 502);
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Open);
    const auto refused = call(client, get(server.url()));
    QCOMPARE(refused.error().code, u"http.circuit_open"_s);
    QCOMPARE(server.requestCount(), 2); // the open circuit did not call
    healthy = true;
    QTRY_COMPARE_WITH_TIMEOUT(client.circuitState(), CircuitBreaker::State::HalfOpen, 2000);
    QCOMPARE(call(client, get(server.url()))->status, 200);
    QCOMPARE(client.circuitState(), CircuitBreaker::State::Closed);
}

void TestHttpClient::slowServerHitsDeadline_data()
{
    QTest::addColumn<FakeReply>("reply");
    FakeReply hang = FakeReply::json(QByteArray(1000, ' '));
    hang.neverFinish = true;
    QTest::newRow("never finishes") << hang;
    FakeReply trickle = FakeReply::json(QByteArray(100'000, ' '));
    trickle.trickleBytes = 10;
    trickle.trickleEveryMs = 20; // bytes keep coming, so only a whole-answer deadline stops it
    QTest::newRow("trickles forever") << trickle;
    FakeReply silent;
    silent.delayMs = 60'000;
    QTest::newRow("never answers") << silent;
}

void TestHttpClient::slowServerHitsDeadline()
{
    QFETCH(FakeReply, reply);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([reply](const FakeRequest &) { return reply; });
    EndpointOptions options = fast(server.url());
    options.timeoutMs = 300;
    options.maxAttempts = 2;
    HttpClient client(options, nullptr);
    QElapsedTimer timer;
    timer.start();
    const auto result = call(client, get(server.url()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.timeout"_s);
    QCOMPARE(server.requestCount(), 2);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpClient::hugeBodyIsRefused()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray huge(50 * 1024 * 1024, 'x');
    server.setHandler([&huge](const FakeRequest &) { return FakeReply::json(huge); });
    HttpClient client(fast(server.url()), nullptr);
    const auto result = call(client, get(server.url()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.too_large"_s);
    QVERIFY(result.error().message.contains(u"32"_s));
    QCOMPARE(server.requestCount(), 1);
}

void TestHttpClient::redirectLoopStops()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeRequest &r) {
        return FakeReply::redirect(r.path == "/a" ? "/b" : "/a");
    });
    HttpClient client(fast(server.url()), nullptr);
    const auto result = call(client, get(server.url(u"/a"_s)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.redirects"_s);
    QCOMPARE(server.requestCount(), 6); // the first call and five redirects
}

void TestHttpClient::redirectToOtherOriginDropsCredentials()
{
    FakeHttpServer other;
    QVERIFY(other.listen());
    other.setHandler([](const FakeRequest &) { return FakeReply::json(R"({"moved":true})"); });
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&other](const FakeRequest &r) {
        return r.path == "/here" ? FakeReply::json("{}") : FakeReply::redirect(other.url(u"/there"_s).toEncoded(), 307);
    });
    MemoryCredentialSource credentials;
    credentials.set(u"src"_s, {u"tok"_s, {}, {}});
    EndpointOptions options = fast(server.url());
    options.authType = AuthType::Bearer;
    options.credentialsId = u"src"_s;
    HttpClient client(options, &credentials);
    const auto result = call(client, get(server.url(u"/away"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result->body, QByteArray(R"({"moved":true})"));
    QCOMPARE(server.requests().at(0).header("authorization"), QByteArray("Bearer tok"));
    QCOMPARE(other.requests().at(0).header("authorization"), QByteArray());
}

void TestHttpClient::tlsWithTrustedCaFile()
{
    QFile certFile(tlsFile("server.pem"));
    QFile keyFile(tlsFile("server.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    FakeHttpServer server;
    QVERIFY(server.listenTls(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Ec)));
    server.setHandler([](const FakeRequest &) { return FakeReply::json(R"({"tls":1})"); });
    EndpointOptions options = fast(server.url());
    options.caFile = tlsFile("ca.pem");
    HttpClient client(options, nullptr);
    const auto result = call(client, get(server.url(u"/ok"_s)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->body, QByteArray(R"({"tls":1})"));
}

void TestHttpClient::tlsWrongCaIsRefusedWithoutRetry_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::newRow("another CA") << tlsFile("other-ca.pem");
    QTest::newRow("system CAs only") << QString();
}

void TestHttpClient::tlsWrongCaIsRefusedWithoutRetry()
{
    QFETCH(QString, caFile);
    QFile certFile(tlsFile("server.pem"));
    QFile keyFile(tlsFile("server.key"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    FakeHttpServer server;
    QVERIFY(server.listenTls(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Ec)));
    server.setHandler([](const FakeRequest &) { return FakeReply::json("{}"); });
    EndpointOptions options = fast(server.url());
    options.caFile = caFile;
    HttpClient client(options, nullptr);
    QElapsedTimer timer;
    timer.start();
    const auto result = call(client, get(server.url()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.tls"_s);
    QVERIFY2(result.error().message.contains(u"127.0.0.1"_s), qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 0); // nothing was sent to an untrusted server
    QVERIFY(timer.elapsed() < 2000);     // and no retries were waited for
}

void TestHttpClient::unreadableCaFileIsAConfigError()
{
    EndpointOptions options = fast(QUrl(u"https://127.0.0.1:1"_s));
    options.caFile = tlsFile("does-not-exist.pem");
    HttpClient client(options, nullptr);
    auto result = call(client, get(options.baseUrl));
    QCOMPARE(result.error().code, u"http.config"_s);
    options.caFile = tlsFile("README.md");
    HttpClient notPem(options, nullptr);
    result = call(notPem, get(options.baseUrl));
    QCOMPARE(result.error().code, u"http.config"_s);
    QVERIFY(result.error().message.contains(u"README.md"_s));
}

void TestHttpClient::cancelledCallNeverAnswers()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    FakeReply slow = FakeReply::json("{}");
    slow.delayMs = 200;
    server.setHandler([slow](const FakeRequest &) { return slow; });
    HttpClient client(fast(server.url()), nullptr);
    bool answered = false;
    const quint64 id = client.send(get(server.url()), [&answered](Util::Result<Response>) { answered = true; });
    QTRY_COMPARE(server.requestCount(), 1);
    client.cancel(id);
    QCOMPARE(client.callsInFlight(), 0);
    QTest::qWait(400);
    QVERIFY(!answered);
}

void TestHttpClient::statusErrorsNameHostAndStatusOnly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("404 not found") << 404 << u"http.not_found"_s;
    QTest::newRow("403 forbidden") << 403 << u"http.forbidden"_s;
    QTest::newRow("410 gone") << 410 << u"http.status"_s;
    QTest::newRow("418 other") << 418 << u"http.status"_s;
}

void TestHttpClient::statusErrorsNameHostAndStatusOnly()
{
    // Some APIs carry a token in the path (webhook URLs, signed links): an error
    // message ends up in logs and screenshots, so it names the host and status only.
    QFETCH(int, status);
    QFETCH(QString, code);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([status](const FakeRequest &) { return FakeReply::text("no", status); });
    HttpClient client(fast(server.url()), nullptr);
    QUrl url = server.url();
    url.setPath(u"/hooks/tok-5ecret-path/send"_s);
    url.setQuery(u"key=q5ecret"_s);
    const auto result = call(client, get(url));
    QVERIFY(result.ok());
    QCOMPARE(result->status, status);
    const Util::Error error = client.statusError(*result);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(u"127.0.0.1:%1"_s.arg(server.url().port())), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"5ecret"_s), qPrintable(error.message));
    QVERIFY2(!error.message.contains(u"/hooks"_s), qPrintable(error.message));
}

void TestHttpClient::otherOriginErrorNamesHostOnly()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    HttpClient client(fast(server.url()), nullptr);
    const auto result = call(client, get(QUrl(u"http://localhost:%1/hooks/tok-5ecret-path"_s.arg(server.url().port()))));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"http.config"_s);
    QVERIFY2(result.error().message.contains(u"localhost"_s), qPrintable(result.error().message));
    QVERIFY2(!result.error().message.contains(u"5ecret"_s), qPrintable(result.error().message));
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
