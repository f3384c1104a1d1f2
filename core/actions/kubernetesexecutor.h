#pragma once

#include "core/actions/executor.h"
#include "core/actions/httptransport.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace Sources {
class CredentialSource;
}

namespace Actions {

// Kubernetes through the API server's apps/v1 REST API (no kubectl needed):
//  - observe: GET the deployment (replicas, revision, Straja's annotations) and its
//    ReplicaSets (deploy times, the previous revision);
//  - scale: PATCH deployments/{name}/scale (merge patch, spec.replicas);
//  - restart: PATCH the pod template's annotations as `kubectl rollout restart` does
//    (kubectl.kubernetes.io/restartedAt), plus straja.io/restart = idempotency key;
//  - rollback: as `kubectl rollout undo`: the previous revision's ReplicaSet
//    template replaces the deployment's (JSON patch), with straja.io/action = key.
// Target config: kubeconfig (path), context, server (overrides the kubeconfig's),
// namespace, deployment (default: the service id), credentialId (keychain entry,
// default "kubernetes:<context>"). A token from the keychain wins over the
// kubeconfig's token; otherwise the kubeconfig's client certificate is used.
class KubernetesExecutor final : public Executor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubernetesExecutor)
public:
    KubernetesExecutor(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                       QObject *parent = nullptr);
    ~KubernetesExecutor() override;

    QString provider() const override;
    void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets) override;
    void send(quint64 requestId, const Actions::ExecutionRequest &request) override;
    QString describe(const Actions::ExecutionRequest &request) const override;

    // The annotation keys Straja writes.
    static constexpr const char *kActionAnnotation = "straja.io/action";
    static constexpr const char *kRestartAnnotation = "straja.io/restart";

    struct Endpoint
    {
        QUrl deploymentUrl; // .../namespaces/{ns}/deployments/{name}
        QUrl replicaSetsUrl; // .../namespaces/{ns}/replicasets
        QByteArray authorization; // "Bearer ..." or empty (client certificate)
        std::optional<QSslConfiguration> tls;
    };

private:
    // Where and as whom: synchronous parts (kubeconfig) and the keychain lookup.
    Util::Result<Endpoint> endpointWithoutCredentials(const ActionTarget &target, QString *credentialId,
                                                      QString *kubeconfigToken) const;
    void resolve(const ActionTarget &target, std::function<void(Util::Result<Endpoint>)> done);
    void observeOne(const ActionTarget &target, std::function<void(ProviderState)> done);
    void sendRequest(const Endpoint &endpoint, const ExecutionRequest &request, std::function<void(ExecutionResult)> done);
    void rollback(const Endpoint &endpoint, const ExecutionRequest &request, std::function<void(ExecutionResult)> done);
    HttpRequest authorized(const Endpoint &endpoint, const QByteArray &method, const QUrl &url) const;
    static QByteArray patchBody(const ExecutionRequest &request, qint64 nowMs);
    static ExecutionResult failure(const ExecutionRequest &request, const HttpResponse &response);

    HttpTransport *m_transport;
    std::shared_ptr<Sources::CredentialSource> m_credentials;
};

} // namespace Actions
