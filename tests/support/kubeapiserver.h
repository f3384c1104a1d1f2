#pragma once

#include "protocolserver.h"

#include <QJsonArray>
#include <QJsonObject>

// The part of the Kubernetes API server Straja's executor uses, as documented
// (kubernetes.io/docs/reference/kubernetes-api/workload-resources/deployment-v1):
// apps/v1 deployments (GET, PATCH with merge, strategic-merge and JSON patches),
// their scale subresource (GET, PATCH) and ReplicaSets by label selector, with
// revisions as the deployment controller keeps them (a new pod template makes a new
// revision; going back to an old template re-uses its ReplicaSet under the next
// number), and the API's error shape (a Status object) for 401, 403, 404, 409
// (stale resourceVersion), 415, 422, 429 (Retry-After) and 5xx.
class KubeApiServer final : public ProtocolServer
{
    Q_OBJECT
public:
    explicit KubeApiServer(QString token, QObject *parent = nullptr);

    // A deployment with `replicas`, labels app=<name>, and `revisions` past deploys
    // (image web:1 .. web:N), the last one running.
    void addDeployment(const QString &ns, const QString &name, int replicas, int revisions = 2);
    QJsonObject deployment(const QString &ns, const QString &name) const;
    QJsonArray replicaSets(const QString &ns, const QString &name) const;
    QString image(const QString &ns, const QString &name) const;
    int replicas(const QString &ns, const QString &name) const;
    // A token the server knows but RBAC forbids to patch.
    void setReadOnlyToken(const QString &token) { m_readOnlyToken = token; }
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }

protected:
    HttpReply handle(const HttpExchange &request) override;
    HttpReply faultReply(const HttpExchange &request, const InjectedFault &fault) override;

private:
    struct Deployment
    {
        QJsonObject object;
        QJsonArray replicaSets;
    };
    static HttpReply status(int code, const QString &reason, const QString &message, const QJsonObject &details = {});
    HttpReply patch(Deployment &d, const HttpExchange &request, bool scale);
    void applyTemplate(Deployment &d, const QJsonObject &before);
    QString timestamp() const;

    QString m_token;
    QString m_readOnlyToken;
    QHash<QString, Deployment> m_deployments; // "ns/name"
    int m_resourceVersion = 1000;
    qint64 m_nowMs = 1772827200000LL;
};
