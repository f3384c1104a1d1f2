#pragma once

#include "protocolserver.h"

#include <QJsonArray>
#include <QJsonObject>

// The part of Railway's public GraphQL API Straja uses
// (docs.railway.com/reference/public-api, guides manage-services and
// manage-deployments): POST /graphql/v2 with {query, variables}; the queries
// serviceInstance and deployments, the mutations serviceInstanceUpdate(numReplicas),
// deploymentRestart, deploymentRollback and deploymentRedeploy; Bearer or
// Project-Access-Token; an hourly request budget per token reported in
// X-RateLimit-Limit / -Remaining / -Reset, and HTTP 429 with Retry-After once it is
// spent. Errors come in GraphQL's shape ({"errors":[{message, extensions.code}]})
// with the HTTP status of their class: 401, 403, 404, 409, 422, and 5xx.
class RailwayApiServer final : public ProtocolServer
{
    Q_OBJECT
public:
    RailwayApiServer(QString token, int requestsPerHour = 1000, QObject *parent = nullptr);

    // A service instance with `deployments` past deployments (the last one running).
    void addService(const QString &serviceId, const QString &environmentId, int replicas, int deployments = 2,
                    int planCap = 10);
    int replicas(const QString &serviceId) const;
    QString latestDeployment(const QString &serviceId) const;
    int deploymentCount(const QString &serviceId) const;
    int restarts(const QString &deploymentId) const { return m_restarts.value(deploymentId); }
    // Operation names received (serviceInstance, deploymentRestart, ...), in order.
    const QStringList &operations() const { return m_operations; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    int remaining() const { return m_limit - m_used; }

protected:
    HttpReply handle(const HttpExchange &request) override;
    HttpReply faultReply(const HttpExchange &request, const InjectedFault &fault) override;

private:
    struct Deployment
    {
        QString id;
        QString status = QStringLiteral("SUCCESS");
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        QString image;
    };
    struct Service
    {
        QString environmentId;
        int replicas = 1;
        int planCap = 10;
        QVector<Deployment> deployments; // oldest first; the last is running
    };
    struct Failure
    {
        int status = 0;
        QString code;
        QString message;
    };

    static HttpReply error(int status, const QString &code, const QString &message);
    void rateHeaders(HttpReply &reply) const;
    QJsonValue field(const QString &name, const QJsonObject &args, Failure *failure);
    QJsonObject deploymentJson(const Deployment &d, const Service &s) const;
    Service *serviceOfDeployment(const QString &deploymentId, int *index);
    QString iso(qint64 ms) const;

    QString m_token;
    int m_limit;
    int m_used = 0;
    qint64 m_windowStartMs = 0;
    qint64 m_nowMs = 1772827200000LL;
    int m_nextDeployment = 100;
    QHash<QString, Service> m_services;
    QHash<QString, int> m_restarts;
    QStringList m_operations;
};
