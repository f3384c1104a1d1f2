#include "core/sources/http/httpclient.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Sources::Http {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// Retry-After as seconds or as an HTTP date.
std::optional<int> retryAfterMs(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok && seconds >= 0)
        return seconds * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return static_cast<int>(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 3'600'000));
    return std::nullopt;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 0);
}

} // namespace

HttpClient::HttpClient(EndpointOptions options, CredentialSource *credentials, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentialSource(credentials)
    , m_network(new QNetworkAccessManager(this))
    , m_breaker(m_options.breakerThreshold, m_options.breakerOpenMs)
    , m_retry(m_options.maxAttempts, m_options.backoffBaseMs, m_options.backoffMaxMs)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_monotonic.start();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.caFile.isEmpty()) {
        QFile file(m_options.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_configError = Util::makeError(u"http.config"_s, tr("Cannot read the CA file %1: %2.")
                                                                  .arg(m_options.caFile, file.errorString()));
        } else {
            const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (cas.isEmpty()) {
                m_configError = Util::makeError(u"http.config"_s,
                                                tr("The CA file %1 holds no PEM certificate.").arg(m_options.caFile));
            } else {
                m_tls.addCaCertificates(cas);
            }
        }
    }
    if (m_options.authType != AuthType::None && m_options.baseUrl.scheme() == u"http"
        && !isLoopbackHost(m_options.baseUrl.host()) && !m_options.allowInsecureAuth) {
        m_configError = Util::makeError(
            u"http.insecure_auth"_s,
            tr("Refusing to send credentials to %1 over unencrypted http: use https, or allow it explicitly "
               "with the allowInsecureAuth option.")
                .arg(endpointName()));
    }
}

HttpClient::~HttpClient()
{
    *m_alive = false;
    cancelAll();
}

QString HttpClient::endpointName() const
{
    const QUrl &url = m_options.baseUrl;
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

CircuitBreaker::State HttpClient::circuitState() const
{
    return m_breaker.state(monotonicMs());
}

quint64 HttpClient::send(Request request, Callback done)
{
    const quint64 id = m_nextId++;
    Call call;
    call.id = id;
    call.url = request.url;
    call.method = request.method;
    call.body = request.body;
    call.request = std::move(request);
    call.done = std::move(done);
    call.elapsed.start();
    m_calls.emplace(id, std::move(call));

    // Failures known before any I/O still answer asynchronously, like every other outcome.
    auto failSoon = [this, id](Util::Error error) {
        QMetaObject::invokeMethod(this, [this, id, error] { finish(id, error); }, Qt::QueuedConnection);
    };
    if (m_configError) {
        failSoon(*m_configError);
        return id;
    }
    if (!sameOrigin(m_calls.at(id).url, m_options.baseUrl)) {
        // Credentials belong to the configured endpoint only.
        // Host and port only: a path or query may carry a token.
        const QUrl &url = m_calls.at(id).url;
        const QString other = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        failSoon(Util::makeError(u"http.config"_s,
                                 tr("The address is on %1, not on the configured server %2.").arg(other, endpointName())));
        return id;
    }
    if (m_options.authType == AuthType::None || m_credentials) {
        QMetaObject::invokeMethod(this, [this, id] { startAttempt(id); }, Qt::QueuedConnection);
        return id;
    }
    withCredentials(id);
    return id;
}

void HttpClient::withCredentials(quint64 callId)
{
    m_waitingForCredentials.append(callId);
    if (m_lookupInFlight)
        return;
    m_lookupInFlight = true;
    if (!m_credentialSource) {
        // Answer from the event loop, like every other outcome: callers must never be re-entered.
        QMetaObject::invokeMethod(
            this, [this] {
                onCredentials(Util::makeError(u"http.no_credentials"_s,
                                              tr("This source needs credentials but no keychain is available.")));
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<HttpClient> self(this);
    m_credentialSource->lookup(m_options.credentialsId, [self, alive = m_alive](Util::Result<Credentials> result) {
        if (!*alive || !self)
            return;
        // The contract says "asynchronously", but a synchronous answer must not
        // re-enter send(): continue from the event loop either way.
        QMetaObject::invokeMethod(
            self.data(), [self, result = std::move(result)]() mutable {
                if (self)
                    self->onCredentials(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

void HttpClient::onCredentials(Util::Result<Credentials> result)
{
    m_lookupInFlight = false;
    const QVector<quint64> waiting = std::exchange(m_waitingForCredentials, {});
    std::optional<Util::Error> error;
    if (!result) {
        error = Util::makeError(u"http.no_credentials"_s,
                                tr("The credentials of this source could not be read: %1").arg(result.error().message));
    } else if (m_options.authType == AuthType::Bearer && result->bearerToken.isEmpty()) {
        error = Util::makeError(u"http.no_credentials"_s, tr("No bearer token is stored for this source."));
    } else if (m_options.authType == AuthType::Basic && result->username.isEmpty()) {
        error = Util::makeError(u"http.no_credentials"_s, tr("No user name and password are stored for this source."));
    } else {
        m_credentials = result.value();
    }
    for (quint64 id : waiting) {
        if (error)
            finish(id, *error);
        else
            startAttempt(id);
    }
}

QByteArray HttpClient::authorizationHeader() const
{
    if (!m_credentials)
        return {};
    switch (m_options.authType) {
    case AuthType::None: return {};
    case AuthType::Bearer: return "Bearer " + m_credentials->bearerToken.toUtf8();
    case AuthType::Basic:
        return "Basic " + (m_credentials->username + u':' + m_credentials->password).toUtf8().toBase64();
    }
    return {};
}

void HttpClient::startAttempt(quint64 callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    stopTimer(call);
    if (!m_breaker.allow(monotonicMs())) {
        finish(callId, circuitOpenError());
        return;
    }
    call.trial = m_breaker.state(monotonicMs()) == CircuitBreaker::State::HalfOpen;
    ++call.attempt;
    call.timedOut = false;
    call.tlsErrors.clear();

    QNetworkRequest request(call.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Straja/" STRAJA_VERSION));
    if (!call.request.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.request.contentType);
    for (const auto &[name, value] : std::as_const(call.request.headers))
        request.setRawHeader(name, value);
    if (call.sendAuth && m_options.authType != AuthType::None)
        request.setRawHeader("Authorization", authorizationHeader());
    if (call.url.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    if (!m_options.compress)
        request.setRawHeader("Accept-Encoding", "identity"); // Qt asks for gzip otherwise

    QNetworkReply *reply = call.body.isEmpty() && (call.method == "GET" || call.method == "HEAD")
        ? m_network->sendCustomRequest(request, call.method)
        : m_network->sendCustomRequest(request, call.method, call.body);
    call.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, callId] { onReplyFinished(callId); });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, callId](qint64 received, qint64 total) { onProgress(callId, received, total); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, callId, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            onProgress(callId, 0, length.toLongLong());
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, callId](const QList<QSslError> &errors) {
        const auto found = m_calls.find(callId);
        if (found == m_calls.end())
            return;
        for (const QSslError &e : errors)
            found->second.tlsErrors.append(e.errorString());
    });

    // The transfer timeout only catches silence; a server that trickles bytes
    // forever is stopped by this deadline on the whole answer.
    call.timer = new QTimer(this);
    call.timer->setSingleShot(true);
    connect(call.timer, &QTimer::timeout, this, [this, callId] { onDeadline(callId); });
    call.timer->start(m_options.timeoutMs);
}

void HttpClient::onProgress(quint64 callId, qint64 received, qint64 total)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end() || !it->second.reply)
        return;
    if (received <= m_options.maxBodyBytes && total <= m_options.maxBodyBytes)
        return;
    abandonReply(it->second);
    m_breaker.recordSuccess(); // the server works; the answer is what we refuse
    finish(callId, Util::makeError(u"http.too_large"_s,
                                   tr("The answer from %1 is larger than %2 MB and was refused.")
                                       .arg(endpointName(), megabytes(m_options.maxBodyBytes))));
}

void HttpClient::onDeadline(quint64 callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end() || !it->second.reply)
        return;
    Call &call = it->second;
    call.timedOut = true;
    abandonReply(call);
    m_breaker.recordFailure(monotonicMs());
    if (retryLater(call, std::nullopt))
        return;
    finish(callId, transportError(call, QNetworkReply::OperationCanceledError, QString()));
}

void HttpClient::abandonReply(Call &call)
{
    // The outcome is decided here, not by the reply: an aborted reply does not
    // always report finished() (Qt 6.4 after an error), so it is let go of.
    QNetworkReply *reply = call.reply.data();
    call.reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    if (reply->isFinished()) {
        reply->deleteLater();
        return;
    }
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    if (reply->error() == QNetworkReply::NoError)
        reply->abort();
}

void HttpClient::stopTimer(Call &call)
{
    if (call.timer) {
        call.timer->stop();
        call.timer->deleteLater();
        call.timer = nullptr;
    }
}

bool HttpClient::retryLater(Call &call, std::optional<int> retryAfter)
{
    if (call.attempt >= m_retry.maxAttempts())
        return false;
    const int delay = m_retry.delayMs(call.attempt + 1, m_random, retryAfter);
    qCDebug(lcSources) << "retrying" << endpointName() << "in" << delay << "ms, attempt" << call.attempt + 1;
    stopTimer(call);
    call.timer = new QTimer(this);
    call.timer->setSingleShot(true);
    connect(call.timer, &QTimer::timeout, this, [this, id = call.id] { startAttempt(id); });
    call.timer->start(delay);
    return true;
}

void HttpClient::onReplyFinished(quint64 callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call &call = it->second;
    QNetworkReply *reply = call.reply.data();
    if (!reply)
        return;
    reply->deleteLater();
    call.reply = nullptr;
    stopTimer(call);
    const qint64 now = monotonicMs();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && !call.timedOut) {
        if (isRedirect(status) && reply->hasRawHeader("Location")) {
            m_breaker.recordSuccess();
            const QUrl next = call.url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (++call.redirects > m_options.maxRedirects) {
                finish(callId, Util::makeError(u"http.redirects"_s,
                                               tr("%1 redirected more than %2 times (a redirect loop?).")
                                                   .arg(endpointName())
                                                   .arg(m_options.maxRedirects)));
                return;
            }
            if (call.url.scheme() == u"https" && next.scheme() != u"https") {
                finish(callId, Util::makeError(u"http.redirects"_s,
                                               tr("%1 redirected from https to an unencrypted address; refused.")
                                                   .arg(endpointName())));
                return;
            }
            if (!sameOrigin(next, m_options.baseUrl))
                call.sendAuth = false; // never hand our credentials to another server
            if (status == 303 || ((status == 301 || status == 302) && call.method == "POST")) {
                call.method = "GET";
                call.body.clear();
                call.request.contentType.clear();
            }
            call.url = next;
            --call.attempt; // a redirect is not a failed attempt
            startAttempt(callId);
            return;
        }
        if (RetryPolicy::isRetryableStatus(status)) {
            m_breaker.recordFailure(now);
            if (retryLater(call, retryAfterMs(reply)))
                return;
        } else if (status >= 500) {
            m_breaker.recordFailure(now);
        } else {
            m_breaker.recordSuccess();
        }
        if (status == 401)
            m_credentials.reset(); // read them again next time: they may have been replaced
        Response response;
        response.status = status;
        response.body = reply->readAll();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.url = call.url;
        response.attempts = call.attempt;
        response.elapsedMs = call.elapsed.elapsed();
        finish(callId, std::move(response));
        return;
    }

    const int error = reply->error();
    m_breaker.recordFailure(now);
    const bool tls = error == QNetworkReply::SslHandshakeFailedError || !call.tlsErrors.isEmpty();
    if (!tls && retryLater(call, std::nullopt))
        return;
    finish(callId, transportError(call, error, reply->errorString()));
}

Util::Error HttpClient::transportError(const Call &call, int networkError, const QString &detail) const
{
    const QString where = endpointName();
    if (call.timedOut || networkError == QNetworkReply::OperationCanceledError
        || networkError == QNetworkReply::TimeoutError) {
        return Util::makeError(u"http.timeout"_s, tr("No complete answer from %1 within %2 s.")
                                                      .arg(where)
                                                      .arg(QLocale().toString(m_options.timeoutMs / 1000.0, 'g', 3)));
    }
    if (!call.tlsErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        const QString why = call.tlsErrors.isEmpty() ? detail : call.tlsErrors.join(u"; "_s);
        return Util::makeError(u"http.tls"_s, tr("The TLS certificate of %1 is not trusted (%2). If your own CA "
                                                 "signed it, give that CA's file in the source's settings.")
                                                  .arg(where, why));
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return Util::makeError(u"http.refused"_s, tr("%1 refused the connection: is the server running?").arg(where));
    case QNetworkReply::HostNotFoundError:
        return Util::makeError(u"http.host"_s, tr("The host of %1 was not found.").arg(where));
    case QNetworkReply::RemoteHostClosedError:
        return Util::makeError(u"http.closed"_s, tr("%1 closed the connection before answering.").arg(where));
    default: break;
    }
    return Util::makeError(u"http.network"_s, tr("Network error talking to %1: %2").arg(where, detail));
}

Util::Error HttpClient::circuitOpenError() const
{
    const qint64 waitMs = std::max<qint64>(0, m_breaker.retryAtMs() - monotonicMs());
    const QDateTime at = QDateTime::currentDateTime().addMSecs(waitMs);
    return Util::makeError(u"http.circuit_open"_s,
                           tr("%1 failed %n time(s) in a row; not asking again before %2.", nullptr,
                              m_breaker.consecutiveFailures())
                               .arg(endpointName(), QLocale().toString(at.time(), QLocale::LongFormat)));
}

Util::Error HttpClient::statusError(const Response &response) const
{
    const QString where = endpointName();
    switch (response.status) {
    case 401:
        return Util::makeError(u"http.unauthorized"_s,
                               tr("%1 refused the credentials (HTTP 401): the token or password is wrong or has "
                                  "expired.")
                                   .arg(where));
    case 403:
        return Util::makeError(u"http.forbidden"_s,
                               tr("%1 denied access (HTTP 403): the credentials lack a permission.").arg(where));
    case 404:
        return Util::makeError(u"http.not_found"_s,
                               tr("%1 answered HTTP 404 (not found): is the address right?").arg(where));
    default: break;
    }
    return Util::makeError(u"http.status"_s, tr("%1 answered HTTP %2.").arg(where).arg(response.status));
}

void HttpClient::finish(quint64 callId, Util::Result<Response> result)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call call = std::move(it->second);
    m_calls.erase(it);
    stopTimer(call);
    if (call.trial && !result && result.error().code == u"http.circuit_open")
        m_breaker.releaseTrial();
    if (call.done)
        call.done(std::move(result));
}

void HttpClient::cancel(quint64 callId)
{
    const auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    Call call = std::move(it->second);
    m_calls.erase(it);
    stopTimer(call);
    abandonReply(call);
    if (call.trial)
        m_breaker.releaseTrial();
    m_waitingForCredentials.removeAll(callId);
}

void HttpClient::cancelAll()
{
    while (!m_calls.empty())
        cancel(m_calls.begin()->first);
}

} // namespace Sources::Http
