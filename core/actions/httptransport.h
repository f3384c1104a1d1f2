#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Actions {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 15'000;
    std::optional<QSslConfiguration> tls; // client certificate, private CA

    void header(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }
};

struct HttpResponse
{
    int status = 0;                       // 0: no HTTP answer (see networkError)
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString networkError;                 // set when the request never got an answer
    bool timedOut = false;

    bool ok() const { return status >= 200 && status < 300; }
};

// How executors reach a provider's HTTP API: one asynchronous call, one answer.
// A small interface so the executors can move onto the connectors' resilient
// client (core/sources/http) without changing, and tests can answer locally.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    // `done` is called exactly once, on the transport's thread.
    virtual void send(const HttpRequest &request, std::function<void(HttpResponse)> done) = 0;
};

// The transport over QNetworkAccessManager, living on the network thread.
class NetworkTransport final : public QObject, public HttpTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkTransport)
public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;

    void send(const HttpRequest &request, std::function<void(HttpResponse)> done) override;

private:
    QNetworkAccessManager *m_manager = nullptr;
};

} // namespace Actions
