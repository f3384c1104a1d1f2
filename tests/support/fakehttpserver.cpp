#include "fakehttpserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

QUrlQuery FakeRequest::params() const
{
    if (method == "POST" && header("content-type").startsWith("application/x-www-form-urlencoded")) {
        // Form bodies encode spaces as '+'; QUrlQuery does not know that convention.
        QByteArray text = body;
        text.replace('+', ' ');
        return QUrlQuery(QString::fromUtf8(text));
    }
    return query;
}

FakeReply FakeReply::json(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    return r;
}

FakeReply FakeReply::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

FakeReply FakeReply::redirect(const QByteArray &location, int status)
{
    FakeReply r;
    r.status = status;
    r.contentType.clear();
    r.headers.append(qMakePair(QByteArray("Location"), QByteArray(location)));
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    m_handler = [](const FakeRequest &) { return FakeReply::text("no handler", 500); };
}

FakeHttpServer::~FakeHttpServer()
{
    close();
}

bool FakeHttpServer::listen(quint16 port)
{
    close();
    m_tls = false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FakeHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    close();
    m_tls = true;
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeHttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
    delete m_server;
    m_server = nullptr;
}

quint16 FakeHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl FakeHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_tls ? u"https"_s : u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(port());
    u.setPath(path);
    return u;
}

void FakeHttpServer::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadable(socket);
    }
}

void FakeHttpServer::onReadable(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    const qsizetype headerEnd = it->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    FakeRequest request;
    const QList<QByteArray> lines = it->left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target = QUrl::fromEncoded(requestLine.value(1));
    request.path = target.path(QUrl::FullyEncoded).toUtf8();
    request.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (it->size() < headerEnd + 4 + length)
        return; // the body is still on its way
    request.body = it->mid(headerEnd + 4, length);
    it->remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    const FakeReply reply = m_handler(request);
    if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, this, [this, socket = QPointer<QTcpSocket>(socket), reply] {
            if (socket)
                answer(socket, reply);
        });
    } else {
        answer(socket, reply);
    }
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeReply &reply)
{
    if (reply.closeWithoutAnswer) {
        socket->abort();
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    // Keep-alive, as Prometheus and most servers answer.
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (reply.neverFinish) {
        socket->write(head + reply.body.left(reply.body.size() / 2));
        return; // and nothing more, ever
    }
    if (reply.trickleBytes > 0) {
        socket->write(head);
        sendRest(socket, reply.body, reply.trickleBytes, reply.trickleEveryMs);
        return;
    }
    socket->write(head + reply.body);
    if (m_buffers.value(socket).contains("\r\n\r\n"))
        QTimer::singleShot(0, socket, [this, socket] { onReadable(socket); }); // a pipelined request
}

void FakeHttpServer::sendRest(QPointer<QTcpSocket> socket, QByteArray rest, int bytes, int everyMs)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(rest.left(bytes));
    rest.remove(0, bytes);
    if (rest.isEmpty())
        return;
    QTimer::singleShot(everyMs, this, [this, socket, rest, bytes, everyMs] { sendRest(socket, rest, bytes, everyMs); });
}

} // namespace TestSupport
