#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

#include <functional>

class QSslCertificate;
class QSslKey;
class QTcpServer;
class QTcpSocket;

namespace TestSupport {

// A request as the fake server received it.
struct FakeRequest
{
    QByteArray method;
    QByteArray path;     // without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    // The body of an application/x-www-form-urlencoded POST, or the URL query of a GET.
    QUrlQuery params() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// What the fake server does with a request: answer, or misbehave on purpose.
struct FakeReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;         // wait before answering at all
    int trickleBytes = 0;    // > 0: send the body this many bytes at a time...
    int trickleEveryMs = 0;  // ...every this many milliseconds
    bool neverFinish = false;       // announce the body, send half of it, then hang
    bool closeWithoutAnswer = false;

    static FakeReply json(const QByteArray &body, int status = 200);
    static FakeReply text(const QByteArray &body, int status, const QByteArray &contentType = "text/plain");
    static FakeReply redirect(const QByteArray &location, int status = 302);
};

// A scriptable HTTP/1.1 server on 127.0.0.1 (plain or TLS) for connector tests:
// one handler decides every answer; every request is recorded. Connections are
// kept alive like a real server's. Lives on the test's thread.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)
public:
    using Handler = std::function<FakeReply(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    void close();

    quint16 port() const;
    QUrl url(const QString &path = {}) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QVector<FakeRequest> &requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeReply &reply);
    void sendRest(QPointer<QTcpSocket> socket, QByteArray rest, int bytes, int everyMs);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QVector<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace TestSupport

Q_DECLARE_METATYPE(TestSupport::FakeReply)
