// Outgoing webhooks (core/alerts): Discord, Slack and generic JSON bodies posted to
// a local receiver on 127.0.0.1; retries with backoff; a receiver that answers
// 500 or hangs gives a clear, visible failure and loses nothing.
#include "core/alerts/webhooknotifier.h"
#include "core/util/clock.h"
#include "fakehttpserver.h"
#include "memorycredentialsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Alerts;
using TestSupport::FakeHttpServer;
using TestSupport::FakeReply;
using TestSupport::FakeRequest;

namespace {

constexpr qint64 kT0 = 1'767'261'000'000; // 2026-01-01 09:50 UTC

Notification sampleNotification(NotificationKind kind = NotificationKind::Opened)
{
    Incident i;
    i.id = 12;
    i.projectId = u"events"_s;
    i.cause = Cause::Performance;
    i.severity = Model::AlertSeverity::Critical;
    i.openedMs = kT0;
    i.serviceIds = {u"events-api"_s, u"shared-db"_s};
    FiringAlert errors;
    errors.key = u"events-api/error-rate-high"_s;
    errors.serviceId = u"events-api"_s;
    errors.projectId = u"events"_s;
    errors.ruleId = u"error-rate-high"_s;
    errors.metric = Model::AlertMetric::ErrorRate;
    errors.severity = Model::AlertSeverity::Critical;
    errors.value = 0.034;
    errors.threshold = 0.02;
    errors.sinceMs = kT0;
    FiringAlert am;
    am.key = u"am:abc"_s;
    am.serviceId = u"shared-db"_s;
    am.projectId = u"events"_s;
    am.ruleId = u"PostgresSlowQueries"_s;
    am.external = true;
    am.summary = u"p95 query time over 200 ms"_s;
    am.sinceMs = kT0 - 60'000;
    i.alerts = {errors, am};
    if (kind == NotificationKind::Resolved) {
        i.state = IncidentState::Resolved;
        i.resolvedMs = kT0 + 3'600'000;
    }
    return {kind, i};
}

IncidentContext sampleContext()
{
    IncidentContext c;
    c.projectName = u"Events platform"_s;
    c.serviceNames = {{u"events-api"_s, u"API"_s}, {u"shared-db"_s, u"PostgreSQL primary"_s}};
    c.chart.insert(u"events-api/error-rate-high"_s,
                   {{kT0 - 600'000, 0.01}, {kT0 - 300'000, 0.025}, {kT0, 0.034}});
    return c;
}

QJsonObject parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << body;
    return doc.object();
}

} // namespace

class TestWebhooks final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bodies_data();
    void bodies();
    void textIsLinkFree();

    void delivers();
    void retriesAfter500ThenDelivers();
    void failingReceiverIsVisibleAndRetryable();
    void hangingReceiverTimesOut();
    void clientErrorIsFinal();
    void missingAddress();
    void sendTest();

private:
    FakeHttpServer *m_server = nullptr;
    MemoryCredentialSource m_credentials;
    Util::ManualClock m_clock{kT0};
    WebhookNotifier *m_notifier = nullptr;

    void useWebhook(WebhookFormat format, const QString &path = u"/hooks/T0K3N"_s)
    {
        m_credentials.set(WebhookConfig::credentialsKey(u"ops"_s),
                          Sources::Credentials{m_server->url(path).toString(), {}, {}});
        m_notifier->setWebhooks({{u"ops"_s, u"Ops channel"_s, format, true}});
    }
};

void TestWebhooks::init()
{
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listen());
    m_notifier = new WebhookNotifier(&m_credentials, m_clock, this);
    WebhookNotifier::Options o;
    o.timeoutMs = 500;
    o.maxAttempts = 3;
    o.backoffBaseMs = 20;
    o.backoffMaxMs = 50;
    m_notifier->setOptions(o);
}

void TestWebhooks::cleanup()
{
    delete m_notifier;
    delete m_server;
}

void TestWebhooks::bodies_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("discord") << static_cast<int>(WebhookFormat::Discord);
    QTest::newRow("slack") << static_cast<int>(WebhookFormat::Slack);
    QTest::newRow("generic") << static_cast<int>(WebhookFormat::Generic);
}

void TestWebhooks::bodies()
{
    QFETCH(int, format);
    const QJsonObject o = parse(WebhookPayload::body(static_cast<WebhookFormat>(format), sampleNotification(),
                                                     sampleContext()));
    switch (static_cast<WebhookFormat>(format)) {
    case WebhookFormat::Discord: {
        QCOMPARE(o.value(u"username"_s).toString(), u"Straja"_s);
        QVERIFY(o.value(u"content"_s).toString().startsWith(u"New incident #12 – Events platform: "_s));
        const QJsonObject embed = o.value(u"embeds"_s).toArray().at(0).toObject();
        QCOMPARE(embed.value(u"color"_s).toInt(), 0xC62828);
        const QJsonArray fields = embed.value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).toObject().value(u"name"_s).toString(), u"API: Error rate is 3.40\u00A0% (limit 2.00\u00A0%)"_s);
        QCOMPARE(fields.at(0).toObject().value(u"value"_s).toString(), u"1.00\u00A0%, 2.50\u00A0%, 3.40\u00A0%"_s);
        break;
    }
    case WebhookFormat::Slack: {
        QVERIFY(o.value(u"text"_s).toString().contains(u"PostgresSlowQueries"_s));
        const QJsonArray blocks = o.value(u"blocks"_s).toArray();
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).toObject().value(u"type"_s).toString(), u"header"_s);
        QCOMPARE(blocks.at(1).toObject().value(u"text"_s).toObject().value(u"text"_s).toString(),
                 u"API: Error rate is 3.40\u00A0% (limit 2.00\u00A0%)\n1.00\u00A0%, 2.50\u00A0%, 3.40\u00A0%"_s);
        break;
    }
    case WebhookFormat::Generic: {
        QCOMPARE(o.value(u"version"_s).toInt(), 1);
        QCOMPARE(o.value(u"event"_s).toString(), u"opened"_s);
        const QJsonObject i = o.value(u"incident"_s).toObject();
        QCOMPARE(i.value(u"id"_s).toInt(), 12);
        QCOMPARE(i.value(u"cause"_s).toString(), u"performance"_s);
        QCOMPARE(i.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(i.value(u"openedAt"_s).toString(), u"2026-01-01T09:50:00Z"_s);
        const QJsonArray alerts = i.value(u"alerts"_s).toArray();
        QCOMPARE(alerts.size(), 2);
        const QJsonObject first = alerts.at(0).toObject();
        QCOMPARE(first.value(u"metric"_s).toString(), u"error_rate"_s);
        QCOMPARE(first.value(u"value"_s).toDouble(), 0.034);
        QCOMPARE(first.value(u"threshold"_s).toDouble(), 0.02);
        QCOMPARE(first.value(u"chart"_s).toArray().size(), 3);
        QCOMPARE(first.value(u"chart"_s).toArray().at(2).toArray().at(1).toDouble(), 0.034);
        QCOMPARE(alerts.at(1).toObject().value(u"type"_s).toString(), u"alertmanager"_s);
        QCOMPARE(alerts.at(1).toObject().value(u"summary"_s).toString(), u"p95 query time over 200 ms"_s);
        break;
    }
    }
}

void TestWebhooks::textIsLinkFree()
{
    for (NotificationKind kind : {NotificationKind::Opened, NotificationKind::Resolved}) {
        const QString text = WebhookPayload::text(sampleNotification(kind), sampleContext());
        QVERIFY(!text.contains(u"http"_s));
        QCOMPARE(text.count(u'\n'), 3);
        if (kind == NotificationKind::Resolved)
            QVERIFY(text.endsWith(u"Open from 2026-01-01 09:50 UTC to 2026-01-01 10:50 UTC."_s));
    }
}

void TestWebhooks::delivers()
{
    useWebhook(WebhookFormat::Generic);
    m_server->setHandler([](const FakeRequest &) { return FakeReply::json("{}", 204); });
    QSignalSpy spy(m_notifier, &WebhookNotifier::deliveryChanged);
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QCOMPARE(ids.size(), 1);
    QCOMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Sending); // nothing answered synchronously
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Delivered);
    QCOMPARE(m_server->requestCount(), 1);
    const FakeRequest &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QByteArray("/hooks/T0K3N"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.body, WebhookPayload::body(WebhookFormat::Generic, sampleNotification(), sampleContext()));
    QCOMPARE(m_notifier->delivery(ids.first())->attempts, 1);
    QVERIFY(spy.size() >= 2);
}

void TestWebhooks::retriesAfter500ThenDelivers()
{
    useWebhook(WebhookFormat::Discord);
    int calls = 0;
    m_server->setHandler([&](const FakeRequest &) {
        return ++calls < 3 ? FakeReply::text("oops", 500) : FakeReply::json("{}", 200);
    });
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Delivered);
    QCOMPARE(m_notifier->delivery(ids.first())->attempts, 3);
    QCOMPARE(m_server->requestCount(), 3);
    // Every attempt carried the same body.
    QCOMPARE(m_server->requests().at(0).body, m_server->requests().at(2).body);
}

void TestWebhooks::failingReceiverIsVisibleAndRetryable()
{
    useWebhook(WebhookFormat::Slack);
    bool healthy = false;
    m_server->setHandler([&](const FakeRequest &) {
        return healthy ? FakeReply::text("ok", 200) : FakeReply::text("internal error", 500);
    });
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Failed);
    const Delivery *d = m_notifier->delivery(ids.first());
    QCOMPARE(d->attempts, 3);
    QCOMPARE(d->message, u"Gave up after 3 attempt(s): 127.0.0.1 answered HTTP 500."_s);
    QVERIFY(!d->message.contains(u"T0K3N"_s)); // the address's secret part never shows
    QVERIFY(!d->body.isEmpty());                // kept, so it can be sent again
    healthy = true;
    QVERIFY(m_notifier->retry(ids.first()));
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Delivered);
    QCOMPARE(m_server->requests().last().body, m_server->requests().first().body);
    QCOMPARE(m_notifier->retry(ids.first()).error().code, u"webhook.not_failed"_s);
}

void TestWebhooks::hangingReceiverTimesOut()
{
    useWebhook(WebhookFormat::Generic);
    m_server->setHandler([](const FakeRequest &) {
        FakeReply r = FakeReply::json("{}", 200);
        r.delayMs = 60'000;
        return r;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QVERIFY(elapsed.elapsed() < 100); // the caller never waits
    QTRY_COMPARE_WITH_TIMEOUT(m_notifier->delivery(ids.first())->state, DeliveryState::Failed, 10'000);
    const Delivery *d = m_notifier->delivery(ids.first());
    QCOMPARE(d->attempts, 3);
    QVERIFY2(d->message.startsWith(u"Gave up after 3 attempt(s): No complete answer from 127.0.0.1:"_s), qPrintable(d->message));
}

void TestWebhooks::clientErrorIsFinal()
{
    useWebhook(WebhookFormat::Discord);
    m_server->setHandler([](const FakeRequest &) { return FakeReply::json(R"({"message": "Unknown Webhook"})", 404); });
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Failed);
    QCOMPARE(m_notifier->delivery(ids.first())->attempts, 1);
    QCOMPARE(m_notifier->delivery(ids.first())->message, u"127.0.0.1 answered HTTP 404."_s);
}

void TestWebhooks::missingAddress()
{
    m_notifier->setWebhooks({{u"nowhere"_s, u"Not set up"_s, WebhookFormat::Slack, true},
                             {u"off"_s, u"Disabled"_s, WebhookFormat::Slack, false}});
    const auto ids = m_notifier->notify(sampleNotification(), sampleContext());
    QCOMPARE(ids.size(), 1); // the disabled one is not used
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Failed);
    QVERIFY(m_notifier->delivery(ids.first())->message.contains(u"no valid address"_s));
    m_credentials.setError(Util::makeError(u"keychain.locked"_s, u"The keychain is locked."_s));
    QVERIFY(m_notifier->retry(ids.first()));
    QTRY_COMPARE(m_notifier->delivery(ids.first())->state, DeliveryState::Failed);
    QVERIFY(m_notifier->delivery(ids.first())->message.endsWith(u"The keychain is locked."_s));
    QCOMPARE(m_server->requestCount(), 0);
    m_credentials.setError({});
}

void TestWebhooks::sendTest()
{
    useWebhook(WebhookFormat::Slack);
    m_server->setHandler([](const FakeRequest &) { return FakeReply::text("ok", 200); });
    QCOMPARE(m_notifier->sendTest(u"nope"_s).error().code, u"webhook.unknown"_s);
    const auto id = m_notifier->sendTest(u"ops"_s);
    QVERIFY(id.ok());
    QTRY_COMPARE(m_notifier->delivery(*id)->state, DeliveryState::Delivered);
    QCOMPARE(parse(m_server->requests().first().body).value(u"text"_s).toString(),
             u"Test message from Straja: this webhook works."_s);
    QCOMPARE(m_notifier->delivery(*id)->incidentId, 0u);
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
