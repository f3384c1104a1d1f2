#pragma once

#include "core/alerts/webhookpayload.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <map>
#include <memory>

namespace Sources {
class CredentialSource;
}
namespace Sources::Http {
class HttpClient;
}
namespace Util {
class Clock;
}

namespace Alerts {

// An outgoing webhook. Its address is a secret (Discord and Slack put the token
// in it), so it lives in the keychain under credentialsKey(id), as the
// credentials' bearer token, never in the workspace or the store.
struct WebhookConfig
{
    QString id;
    QString name;
    WebhookFormat format = WebhookFormat::Generic;
    bool enabled = true;

    static QString credentialsKey(const QString &webhookId) { return u"webhook:" + webhookId; }
};

enum class DeliveryState { Sending, Delivered, Failed };
QString deliveryStateLabel(DeliveryState state);

// One notification to one webhook; kept (failed ones too) so that nothing is lost
// silently: the alerts view lists them and can send a failed one again.
struct Delivery
{
    quint64 id = 0;
    QString webhookId;
    quint64 incidentId = 0; // 0: a test message
    NotificationKind kind = NotificationKind::Opened;
    DeliveryState state = DeliveryState::Sending;
    int attempts = 0;
    qint64 createdMs = 0;
    qint64 finishedMs = 0;
    QString message; // why it failed, in the current language
    QByteArray body;
};

// Posts incident notifications to Discord, Slack and generic JSON webhooks over
// the shared HTTP client (deadline per attempt, TLS), with its own retries: a
// 5xx, a 429 or a transport failure is tried again after an exponential backoff
// with jitter, up to maxAttempts; a 4xx is final. Lives on one thread; every call
// returns at once and answers by deliveryChanged.
class WebhookNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookNotifier)
public:
    struct Options
    {
        int timeoutMs = 10'000;
        int maxAttempts = 4;
        int backoffBaseMs = 1'000;
        int backoffMaxMs = 30'000;
    };

    // `credentials` must outlive the notifier.
    WebhookNotifier(Sources::CredentialSource *credentials, const Util::Clock &clock, QObject *parent = nullptr);
    ~WebhookNotifier() override;

    void setOptions(Options options) { m_options = options; }
    void setWebhooks(QVector<WebhookConfig> webhooks);
    const QVector<WebhookConfig> &webhooks() const { return m_webhooks; }

    // Sends to every enabled webhook; returns the deliveries started.
    QVector<quint64> notify(const Notification &notification, const IncidentContext &context);
    // A short message saying Straja can reach the webhook.
    Util::Result<quint64> sendTest(const QString &webhookId);
    // Sends a failed delivery again, as it was.
    Util::Result<void> retry(quint64 deliveryId);

    // Takes over the deliveries a previous run stored; one that was still being
    // sent when it stopped is marked failed (it can be sent again).
    void restore(QVector<Delivery> deliveries);
    const QVector<Delivery> &deliveries() const { return m_deliveries; }
    const Delivery *delivery(quint64 id) const;
    int inFlight() const;

signals:
    void deliveryChanged(const Alerts::Delivery &delivery);

private:
    Delivery *find(quint64 id);
    const WebhookConfig *webhook(const QString &id) const;
    quint64 start(const WebhookConfig &webhook, quint64 incidentId, NotificationKind kind, QByteArray body);
    void attempt(quint64 deliveryId);
    void post(quint64 deliveryId, const QUrl &url);
    void finished(quint64 deliveryId, DeliveryState state, const QString &message);
    void retryOrFail(quint64 deliveryId, const QString &message);

    Sources::CredentialSource *m_credentials;
    const Util::Clock &m_clock;
    Options m_options;
    QVector<WebhookConfig> m_webhooks;
    QVector<Delivery> m_deliveries;
    std::map<quint64, std::unique_ptr<Sources::Http::HttpClient>> m_clients; // per delivery in flight
    QRandomGenerator m_random{0x5EB0};
    quint64 m_nextId = 1;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Alerts
Q_DECLARE_METATYPE(Alerts::Delivery)
