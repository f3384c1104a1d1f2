#include "core/flags/networkadmintransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFile>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {
constexpr int kMaxAttemptsForReads = 3;
constexpr int kBackoffBaseMs = 200;
constexpr qint64 kMaxBodyBytes = 64LL * 1024 * 1024;
}

NetworkAdminTransport::NetworkAdminTransport(QUrl baseUrl, int timeoutMs, const QString &caFile, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_tls = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_configError = QCoreApplication::translate("Flags", "Cannot read the CA file %1: %2.")
                            .arg(caFile, file.errorString());
        return;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (cas.isEmpty())
        m_configError = QCoreApplication::translate("Flags", "The CA file %1 holds no PEM certificate.").arg(caFile);
    else
        m_tls.addCaCertificates(cas);
}

NetworkAdminTransport::~NetworkAdminTransport()
{
    cancelAll();
}

void NetworkAdminTransport::cancelAll()
{
    ++m_epoch;
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void NetworkAdminTransport::send(const AdminRequest &request, Callback done)
{
    attempt(request, std::move(done), 1, m_epoch);
}

void NetworkAdminTransport::attempt(const AdminRequest &request, Callback done, int attemptNo, quint64 epoch)
{
    if (!m_configError.isEmpty()) {
        QTimer::singleShot(0, this, [done, error = m_configError] { done(Util::makeError(u"flags.config"_s, error)); });
        return;
    }
    QUrl url = m_baseUrl;
    const QString basePath = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype query = request.path.indexOf(u'?');
    url.setPath(basePath + (query < 0 ? request.path : request.path.left(query)), QUrl::TolerantMode);
    if (query >= 0)
        url.setQuery(request.path.mid(query + 1), QUrl::TolerantMode);

    QNetworkRequest r(url);
    if (url.scheme() == u"https")
        r.setSslConfiguration(m_tls);
    r.setTransferTimeout(m_timeoutMs);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("User-Agent", "Straja/" STRAJA_VERSION);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", m_token.toUtf8());
    if (!request.body.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    QNetworkReply *reply = m_network->sendCustomRequest(r, request.method, request.body);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBodyBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, done, attemptNo, epoch] {
        reply->deleteLater();
        if (epoch != m_epoch)
            return; // cancelled: nobody waits for this answer any more
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool read = request.method == "GET";
        const bool transient = status == 0 || status == 502 || status == 503 || status == 504;
        if (read && transient && attemptNo < kMaxAttemptsForReads) {
            const int base = kBackoffBaseMs << (attemptNo - 1);
            const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
            QTimer::singleShot(delay, this, [this, request, done, attemptNo, epoch] {
                if (epoch == m_epoch)
                    attempt(request, done, attemptNo + 1, epoch);
            });
            return;
        }
        if (status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError;
            const QString reason = timedOut
                ? QCoreApplication::translate("Flags", "no answer within %1 s").arg(m_timeoutMs / 1000.0)
                : reply->errorString();
            done(Util::makeError(u"flags.unreachable"_s,
                                 QCoreApplication::translate("Flags", "Cannot reach Unleash at %1: %2")
                                     .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo), reason)));
            return;
        }
        done(AdminResponse{status, reply->readAll()});
    });
}

} // namespace Flags
