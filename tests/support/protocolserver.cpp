#include "protocolserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 409: return "Conflict";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace

ProtocolServer::ProtocolServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ProtocolServer::onConnection);
}

ProtocolServer::~ProtocolServer()
{
    // The sockets die with the server; their disconnected() must not reach a
    // half-destroyed object.
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        disconnect(socket, nullptr, this, nullptr);
}

bool ProtocolServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl ProtocolServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

int ProtocolServer::count(const QByteArray &method, const QString &pathContains) const
{
    int n = 0;
    for (const HttpExchange &e : m_log)
        n += e.method == method && (pathContains.isEmpty() || e.path.contains(pathContains)) ? 1 : 0;
    return n;
}

void ProtocolServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ProtocolServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        HttpExchange request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_log.append(request);

        HttpReply reply;
        bool faulted = false;
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            const InjectedFault f = m_faults.at(i);
            if ((f.method.isEmpty() || f.method == request.method)
                && (f.pathContains.isEmpty() || request.path.contains(f.pathContains)
                    || request.body.contains(f.pathContains.toUtf8()))) {
                m_faults.removeAt(i);
                if (f.applyFirst)
                    handle(request);
                reply = faultReply(request, f);
                if (f.retryAfterSeconds > 0)
                    reply.headers.append({"Retry-After", QByteArray::number(f.retryAfterSeconds)});
                faulted = true;
                break;
            }
        }
        if (!faulted)
            reply = handle(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
        out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        for (const auto &[name, value] : reply.headers)
            out += name + ": " + value + "\r\n";
        out += "Connection: keep-alive\r\n\r\n";
        out += reply.body;
        if (m_delayMs > 0) {
            QPointer<QTcpSocket> target(socket);
            QTimer::singleShot(m_delayMs, this, [target, out] {
                if (target)
                    target->write(out);
            });
        } else {
            socket->write(out);
        }
    }
}
