#pragma once

#include "core/sources/credentials.h"
#include "core/sources/http/circuitbreaker.h"
#include "core/sources/http/endpointoptions.h"
#include "core/sources/http/httpmessage.h"
#include "core/sources/http/retrypolicy.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <functional>
#include <map>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Sources::Http {

// A resilient HTTP client for one endpoint, shared by every connector (Prometheus,
// Alertmanager, Loki, and later Railway, Kubernetes, Unleash, Jaeger). Adds to
// QNetworkAccessManager: a deadline per attempt, retries with exponential backoff
// and jitter, a circuit breaker, bearer/basic authentication from a
// CredentialSource, TLS verification with an optional per-endpoint CA file, a
// body size cap and a redirect limit that never carries credentials to another
// origin.
//
// Lives on one thread (the engine's network thread) and answers there, always
// asynchronously: `done` runs exactly once per call unless the call is cancelled.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using Callback = std::function<void(Util::Result<Response>)>;

    // `credentials` may be null when authType is none; it must outlive the client.
    HttpClient(EndpointOptions options, CredentialSource *credentials, QObject *parent = nullptr);
    ~HttpClient() override;

    const EndpointOptions &options() const { return m_options; }
    // "host:port", for messages.
    QString endpointName() const;

    quint64 send(Request request, Callback done);
    // The call's `done` will not run; a request on the wire is aborted.
    void cancel(quint64 callId);
    void cancelAll();
    int callsInFlight() const { return static_cast<int>(m_calls.size()); }

    CircuitBreaker::State circuitState() const;
    // Makes jitter reproducible in tests.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    // The standard one-line message for an answer whose status the connector
    // could not explain better from the body.
    Util::Error statusError(const Response &response) const;

private:
    struct Call
    {
        quint64 id = 0;
        Request request;
        Callback done;
        QUrl url;             // current, after redirects
        QByteArray method;
        QByteArray body;
        bool sendAuth = true; // false once redirected to another origin
        int attempt = 0;
        int redirects = 0;
        bool trial = false;   // the half-open circuit's trial call
        bool timedOut = false;
        QStringList tlsErrors;
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr; // deadline of the attempt, or delay before the next one
        QElapsedTimer elapsed;
    };

    qint64 monotonicMs() const { return m_monotonic.elapsed(); }
    void withCredentials(quint64 callId);
    void onCredentials(Util::Result<Credentials> result);
    void startAttempt(quint64 callId);
    void onReplyFinished(quint64 callId);
    void onProgress(quint64 callId, qint64 received, qint64 total);
    void onDeadline(quint64 callId);
    void abandonReply(Call &call);
    bool retryLater(Call &call, std::optional<int> retryAfterMs);
    void finish(quint64 callId, Util::Result<Response> result);
    void stopTimer(Call &call);
    Util::Error transportError(const Call &call, int networkError, const QString &detail) const;
    Util::Error circuitOpenError() const;
    QByteArray authorizationHeader() const;

    EndpointOptions m_options;
    CredentialSource *m_credentialSource = nullptr;
    std::optional<Credentials> m_credentials;
    bool m_lookupInFlight = false;
    QVector<quint64> m_waitingForCredentials;
    std::optional<Util::Error> m_configError;
    QSslConfiguration m_tls;
    QNetworkAccessManager *m_network = nullptr;
    CircuitBreaker m_breaker;
    RetryPolicy m_retry;
    QRandomGenerator m_random;
    QElapsedTimer m_monotonic;
    std::map<quint64, Call> m_calls;
    quint64 m_nextId = 1;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Sources::Http
