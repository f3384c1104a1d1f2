#pragma once

#include "core/flags/admintransport.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Flags {

// AdminTransport over QNetworkAccessManager: a deadline per attempt, and GETs
// retried twice after a network failure or a 502/503/504 with exponential backoff
// and jitter (changes are never retried blindly: the caller verifies instead).
// Lives on the engine's network thread.
class NetworkAdminTransport final : public QObject, public AdminTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkAdminTransport)
public:
    // `caFile`: an extra CA certificate (PEM) to trust; a file that cannot be read
    // fails every request with the reason.
    NetworkAdminTransport(QUrl baseUrl, int timeoutMs, const QString &caFile = QString(), QObject *parent = nullptr);
    ~NetworkAdminTransport() override;

    void setToken(const QString &token) override { m_token = token; }
    void send(const AdminRequest &request, Callback done) override;
    void cancelAll() override;

private:
    void attempt(const AdminRequest &request, Callback done, int attemptNo, quint64 epoch);

    QUrl m_baseUrl;
    int m_timeoutMs;
    QString m_token;
    QSslConfiguration m_tls;
    QString m_configError; // translated; non-empty: nothing is sent
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_epoch = 0; // bumped by cancelAll(); answers of older epochs are dropped
};

} // namespace Flags
