#include "core/alerts/webhooknotifier.h"

#include "core/sources/credentials.h"
#include "core/sources/http/httpclient.h"
#include "core/sources/http/retrypolicy.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Alerts {

QString deliveryStateLabel(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Sending: return QCoreApplication::translate("Alerts", "Sending");
    case DeliveryState::Delivered: return QCoreApplication::translate("Alerts", "Delivered");
    case DeliveryState::Failed: break;
    }
    return QCoreApplication::translate("Alerts", "Failed");
}

WebhookNotifier::WebhookNotifier(Sources::CredentialSource *credentials, const Util::Clock &clock, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_clock(clock)
{
}

WebhookNotifier::~WebhookNotifier()
{
    *m_alive = false;
}

void WebhookNotifier::setWebhooks(QVector<WebhookConfig> webhooks)
{
    m_webhooks = std::move(webhooks);
}

void WebhookNotifier::restore(QVector<Delivery> deliveries)
{
    std::sort(deliveries.begin(), deliveries.end(), [](const Delivery &a, const Delivery &b) { return a.id < b.id; });
    for (Delivery &d : deliveries) {
        m_nextId = std::max(m_nextId, d.id + 1);
        if (d.state == DeliveryState::Sending) {
            d.state = DeliveryState::Failed;
            d.finishedMs = m_clock.nowMs();
            d.message = QCoreApplication::translate("Alerts", "Interrupted: Straja stopped while sending it.");
            emit deliveryChanged(d);
        }
    }
    deliveries.append(m_deliveries);
    m_deliveries = std::move(deliveries);
}

Delivery *WebhookNotifier::find(quint64 id)
{
    for (Delivery &d : m_deliveries) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const Delivery *WebhookNotifier::delivery(quint64 id) const
{
    return const_cast<WebhookNotifier *>(this)->find(id);
}

const WebhookConfig *WebhookNotifier::webhook(const QString &id) const
{
    for (const WebhookConfig &w : m_webhooks) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

int WebhookNotifier::inFlight() const
{
    return static_cast<int>(std::count_if(m_deliveries.cbegin(), m_deliveries.cend(),
                                          [](const Delivery &d) { return d.state == DeliveryState::Sending; }));
}

QVector<quint64> WebhookNotifier::notify(const Notification &notification, const IncidentContext &context)
{
    QVector<quint64> ids;
    for (const WebhookConfig &w : m_webhooks) {
        if (!w.enabled)
            continue;
        ids.append(start(w, notification.incident.id, notification.kind,
                         WebhookPayload::body(w.format, notification, context)));
    }
    return ids;
}

Util::Result<quint64> WebhookNotifier::sendTest(const QString &webhookId)
{
    const WebhookConfig *w = webhook(webhookId);
    if (!w) {
        return Util::makeError(u"webhook.unknown"_s,
                               QCoreApplication::translate("Alerts", "There is no webhook '%1'.").arg(webhookId));
    }
    const QString text = QCoreApplication::translate("Alerts", "Test message from Straja: this webhook works.");
    QJsonObject body;
    switch (w->format) {
    case WebhookFormat::Discord: body = {{u"username"_s, u"Straja"_s}, {u"content"_s, text}}; break;
    case WebhookFormat::Slack: body = {{u"text"_s, text}}; break;
    case WebhookFormat::Generic:
        body = {{u"version"_s, WebhookPayload::kGenericVersion}, {u"event"_s, u"test"_s}, {u"text"_s, text}};
        break;
    }
    return start(*w, 0, NotificationKind::Opened, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Util::Result<void> WebhookNotifier::retry(quint64 deliveryId)
{
    Delivery *d = find(deliveryId);
    if (!d || d->state != DeliveryState::Failed) {
        return Util::makeError(u"webhook.not_failed"_s,
                               QCoreApplication::translate("Alerts", "Only a failed delivery can be sent again."));
    }
    d->state = DeliveryState::Sending;
    d->attempts = 0;
    d->message.clear();
    d->finishedMs = 0;
    emit deliveryChanged(*d);
    attempt(deliveryId);
    return {};
}

quint64 WebhookNotifier::start(const WebhookConfig &webhook, quint64 incidentId, NotificationKind kind,
                               QByteArray body)
{
    Delivery d;
    d.id = m_nextId++;
    d.webhookId = webhook.id;
    d.incidentId = incidentId;
    d.kind = kind;
    d.createdMs = m_clock.nowMs();
    d.body = std::move(body);
    m_deliveries.append(d);
    emit deliveryChanged(d);
    attempt(d.id);
    return d.id;
}

void WebhookNotifier::attempt(quint64 deliveryId)
{
    Delivery *d = find(deliveryId);
    if (!d)
        return;
    if (!m_credentials) {
        finished(deliveryId, DeliveryState::Failed,
                 QCoreApplication::translate("Alerts", "No keychain: the webhook's address cannot be read."));
        return;
    }
    std::weak_ptr<bool> alive = m_alive;
    m_credentials->lookup(WebhookConfig::credentialsKey(d->webhookId),
                          [this, alive, deliveryId](Util::Result<Sources::Credentials> result) {
                              if (alive.expired())
                                  return;
                              if (!result) {
                                  finished(deliveryId, DeliveryState::Failed,
                                           QCoreApplication::translate("Alerts", "The webhook's address could not "
                                                                                 "be read from the keychain: %1")
                                               .arg(result.error().message));
                                  return;
                              }
                              const QUrl url(result->bearerToken.trimmed(), QUrl::StrictMode);
                              if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")
                                  || url.host().isEmpty()) {
                                  finished(deliveryId, DeliveryState::Failed,
                                           QCoreApplication::translate("Alerts", "The webhook has no valid "
                                                                                 "address (http or https) in the "
                                                                                 "keychain."));
                                  return;
                              }
                              post(deliveryId, url);
                          });
}

void WebhookNotifier::post(quint64 deliveryId, const QUrl &url)
{
    Delivery *d = find(deliveryId);
    if (!d)
        return;
    ++d->attempts;
    Sources::Http::EndpointOptions options;
    options.baseUrl = url;
    options.timeoutMs = m_options.timeoutMs;
    options.maxAttempts = 1; // retried here, for statuses the client leaves alone (500)
    options.compress = false;
    options.maxBodyBytes = 1024 * 1024;
    options.breakerThreshold = 1'000'000;
    auto client = std::make_unique<Sources::Http::HttpClient>(options, nullptr);
    Sources::Http::HttpClient *raw = client.get();
    m_clients[deliveryId] = std::move(client);
    Sources::Http::Request request;
    request.method = "POST";
    request.url = url;
    request.body = d->body;
    request.contentType = "application/json";
    const QString host = url.host();
    raw->send(request, [this, deliveryId, host](Util::Result<Sources::Http::Response> result) {
        // The client may not be destroyed inside its own callback.
        if (auto it = m_clients.find(deliveryId); it != m_clients.end()) {
            it->second.release()->deleteLater();
            m_clients.erase(it);
        }
        if (!result) {
            retryOrFail(deliveryId, result.error().message);
            return;
        }
        const int status = result->status;
        if (result->isSuccess()) {
            finished(deliveryId, DeliveryState::Delivered, QString());
            return;
        }
        // Never the path: Discord's and Slack's carry the webhook's token.
        const QString message = QCoreApplication::translate("Alerts", "%1 answered HTTP %2.").arg(host).arg(status);
        if (status >= 500 || status == 429 || status == 408)
            retryOrFail(deliveryId, message);
        else
            finished(deliveryId, DeliveryState::Failed, message);
    });
}

void WebhookNotifier::retryOrFail(quint64 deliveryId, const QString &message)
{
    Delivery *d = find(deliveryId);
    if (!d)
        return;
    if (d->attempts >= m_options.maxAttempts) {
        finished(deliveryId, DeliveryState::Failed,
                 QCoreApplication::translate("Alerts", "Gave up after %n attempt(s): %1", nullptr, d->attempts)
                     .arg(message));
        return;
    }
    d->message = message; // shown while waiting for the next attempt
    emit deliveryChanged(*d);
    const Sources::Http::RetryPolicy policy(m_options.maxAttempts, m_options.backoffBaseMs, m_options.backoffMaxMs);
    const int delay = policy.delayMs(d->attempts + 1, m_random);
    qCInfo(lcEngine) << "webhook" << d->webhookId << "attempt" << d->attempts << "failed; again in" << delay << "ms";
    QTimer::singleShot(delay, this, [this, deliveryId] { attempt(deliveryId); });
}

void WebhookNotifier::finished(quint64 deliveryId, DeliveryState state, const QString &message)
{
    Delivery *d = find(deliveryId);
    if (!d)
        return;
    d->state = state;
    d->message = message;
    d->finishedMs = m_clock.nowMs();
    if (state == DeliveryState::Failed)
        qCWarning(lcEngine) << "webhook" << d->webhookId << "delivery" << d->id << "failed:" << message;
    emit deliveryChanged(*d);
}

} // namespace Alerts
