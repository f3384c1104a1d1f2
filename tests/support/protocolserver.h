#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>
#include <QVector>

// A small HTTP/1.1 server on 127.0.0.1 for protocol tests: keep-alive, bodies by
// Content-Length, one handler call per request, a log of every request, and
// injected faults (the next matching request answers with a given status).
struct HttpExchange
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";
};

struct InjectedFault
{
    QByteArray method;      // empty: any
    QString pathContains;   // empty: any
    int status = 500;
    int retryAfterSeconds = 0;
    bool applyFirst = false; // do the work, then fail the answer (a lost reply)
};

class ProtocolServer : public QObject
{
    Q_OBJECT
public:
    explicit ProtocolServer(QObject *parent = nullptr);
    ~ProtocolServer() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    const QVector<HttpExchange> &log() const { return m_log; }
    int count(const QByteArray &method, const QString &pathContains = {}) const;
    void clearLog() { m_log.clear(); }
    void inject(const InjectedFault &fault) { m_faults.append(fault); }
    // Every answer waits this long (a slow server); 0: answers at once.
    void setReplyDelayMs(int ms) { m_delayMs = ms; }

protected:
    virtual HttpReply handle(const HttpExchange &request) = 0;
    // The body a fault answers with (a provider's error shape).
    virtual HttpReply faultReply(const HttpExchange &request, const InjectedFault &fault) = 0;

private:
    void onConnection();
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    QVector<HttpExchange> m_log;
    QVector<InjectedFault> m_faults;
    QHash<class QTcpSocket *, QByteArray> m_buffers;
    int m_delayMs = 0;
};
