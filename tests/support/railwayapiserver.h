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
//
// The read side (issue 11) adds projects (edges/pageInfo pagination), project,
// projectToken, metrics (measurements, groupBy SERVICE_ID/REGION,
// sampleRateSeconds), httpDurationMetrics, httpMetricsGroupedByStatus, usage and
// estimatedUsage. Read fields that fail answer as GraphQL does: HTTP 200 with an
// `errors` entry (path = the field's alias) and that field null, the other fields
// intact (partial data).
class RailwayApiServer final : public ProtocolServer
{
    Q_OBJECT
public:
    // What a service's metrics answer: constant figures per step, so tests can
    // check the conversions exactly.
    struct Figures
    {
        double cpuVcpu = 0.5;
        double memoryGb = 1.0;
        double diskGb = 2.5;
        double networkRxGb = 0.01;
        double p95Ms = 120.0;
        int count2xx = 600;  // requests per step
        int count4xx = 30;
        int count5xx = 6;
        int count429 = 12;
        QStringList regions; // with several, the figures split evenly between them
    };

    // A project with environments (id -> name); hidden projects are not listed
    // and answer "Not Authorized" (a project the token cannot see).
    void addProject(const QString &projectId, const QString &name, const QList<QPair<QString, QString>> &environments,
                    bool hidden = false);
    // A service of a project (its instance lives in `environmentId`).
    void addProjectService(const QString &projectId, const QString &serviceId, const QString &name,
                           const QString &environmentId, int replicas, const QString &region, bool sleeping = false);
    void removeService(const QString &serviceId);
    void setFigures(const QString &serviceId, const Figures &figures) { m_figures.insert(serviceId, figures); }
    // Metrics with holes (every third step missing) and one repeated timestamp.
    void setQuirks(bool on) { m_quirks = on; }
    // A project token: accepted only as Project-Access-Token, scoped to one project.
    void setProjectToken(const QString &token, const QString &projectId, const QString &environmentId);
    void setUsage(const QString &projectId, const QString &measurement, double value, double estimated);
    // Usage of one service so far: `usage` then answers per service (as groupBy
    // SERVICE_ID does) instead of one untagged row per measurement.
    void setServiceUsage(const QString &projectId, const QString &serviceId, const QString &measurement,
                         double value);
    void setCommitMessage(const QString &serviceId, const QString &message);
    // A deployment made at `createdMs` (kept in time order; the newest is running).
    void addDeployment(const QString &serviceId, const QString &status, qint64 createdMs,
                       const QString &commitMessage = {});
    int requestCount() const { return m_requests; }
    const QJsonObject &lastVariables() const { return m_lastVariables; }

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
        QString commitMessage;
    };
    struct Project
    {
        QString name;
        QList<QPair<QString, QString>> environments;
        bool hidden = false;
    };
    struct Service
    {
        QString projectId;
        QString name;
        QString region;
        bool sleeping = false;
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
        bool partial = false; // a read field: null in data, an entry in errors, HTTP 200
    };

    static HttpReply error(int status, const QString &code, const QString &message);
    void rateHeaders(HttpReply &reply) const;
    QJsonValue field(const QString &name, const QJsonObject &args, Failure *failure);
    QJsonObject deploymentJson(const Deployment &d, const Service &s) const;
    Service *serviceOfDeployment(const QString &deploymentId, int *index);
    QString iso(qint64 ms) const;
    QJsonValue readField(const QString &name, const QJsonObject &args, Failure *failure);
    QJsonObject projectJson(const QString &projectId) const;
    bool visible(const QString &projectId) const;

    QString m_token;
    int m_limit;
    int m_used = 0;
    qint64 m_windowStartMs = 0;
    qint64 m_nowMs = 1772827200000LL;
    int m_nextDeployment = 100;
    QHash<QString, Service> m_services;
    QHash<QString, Project> m_projects;
    QStringList m_projectOrder;
    QHash<QString, Figures> m_figures;
    QHash<QString, QHash<QString, QPair<double, double>>> m_usage; // project -> measurement -> (value, estimated)
    QHash<QString, QHash<QString, QHash<QString, double>>> m_serviceUsage; // project -> service -> measurement
    bool m_quirks = false;
    QString m_projectToken;
    QString m_projectTokenProject;
    QString m_projectTokenEnvironment;
    QString m_scopeProject; // the project the current request's token is limited to
    int m_requests = 0;
    QJsonObject m_lastVariables;
    QHash<QString, int> m_restarts;
    QStringList m_operations;
};
