#include "core/actions/kubernetesexecutor.h"

#include "core/actions/kubeconfig.h"
#include "core/sources/credentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

constexpr auto kRevisionAnnotation = "deployment.kubernetes.io/revision";

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

qint64 parseTime(const QString &rfc3339)
{
    const QDateTime t = QDateTime::fromString(rfc3339, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString annotation(const QJsonObject &object, const char *key)
{
    return object.value(u"metadata"_s).toObject().value(u"annotations"_s).toObject().value(QLatin1String(key)).toString();
}

// A Kubernetes Status object says why; fall back to the HTTP reason.
QString statusMessage(const HttpResponse &r)
{
    const QJsonObject status = json(r.body);
    const QString message = status.value(u"message"_s).toString();
    return message.isEmpty() ? QString::fromUtf8(r.body.left(200)).trimmed() : message;
}

QSslConfiguration tlsFor(const KubeContext &c)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!c.caPem.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromData(c.caPem, QSsl::Pem));
    if (c.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!c.clientCertPem.isEmpty() && !c.clientKeyPem.isEmpty()) {
        tls.setLocalCertificate(QSslCertificate(c.clientCertPem, QSsl::Pem));
        QSslKey key(c.clientKeyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(c.clientKeyPem, QSsl::Ec, QSsl::Pem);
        tls.setPrivateKey(key);
    }
    return tls;
}

} // namespace

KubernetesExecutor::KubernetesExecutor(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                                       QObject *parent)
    : Executor(parent)
    , m_transport(transport)
    , m_credentials(std::move(credentials))
{
}

KubernetesExecutor::~KubernetesExecutor() = default;

QString KubernetesExecutor::provider() const
{
    return u"kubernetes"_s;
}

Util::Result<KubernetesExecutor::Endpoint>
KubernetesExecutor::endpointWithoutCredentials(const ActionTarget &target, QString *credentialId,
                                               QString *kubeconfigToken) const
{
    const QJsonObject &config = target.config;
    QString server = config.value(u"server"_s).toString();
    QString ns = config.value(u"namespace"_s).toString();
    const QString deployment = config.value(u"deployment"_s).toString(target.serviceId);
    Endpoint e;
    QString contextName;
    const QString path = config.value(u"kubeconfig"_s).toString(server.isEmpty() ? KubeConfig::defaultPath() : QString());
    if (!path.isEmpty()) {
        auto kubeconfig = KubeConfig::load(path);
        if (!kubeconfig)
            return kubeconfig.error();
        auto context = kubeconfig->context(config.value(u"context"_s).toString());
        if (!context)
            return context.error();
        contextName = context->name;
        if (server.isEmpty())
            server = context->server;
        if (ns.isEmpty())
            ns = context->defaultNamespace;
        e.tls = tlsFor(*context);
        if (kubeconfigToken)
            *kubeconfigToken = context->token;
    }
    if (config.value(u"insecureSkipTlsVerify"_s).toBool()) {
        QSslConfiguration tls = e.tls.value_or(QSslConfiguration::defaultConfiguration());
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        e.tls = tls;
    }
    const QUrl base(server);
    if (server.isEmpty() || !base.isValid() || base.host().isEmpty()) {
        return Util::makeError(u"kubernetes.config"_s,
                               QCoreApplication::translate("Actions", "No Kubernetes API server is configured for %1: "
                                                                      "give a kubeconfig or a server.")
                                   .arg(target.serviceId));
    }
    if (ns.isEmpty())
        ns = u"default"_s;
    const QString root = base.toString(QUrl::StripTrailingSlash) + u"/apis/apps/v1/namespaces/"_s
                         + QString::fromLatin1(QUrl::toPercentEncoding(ns));
    e.deploymentUrl = QUrl(root + u"/deployments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(deployment)));
    e.replicaSetsUrl = QUrl(root + u"/replicasets"_s);
    if (credentialId) {
        *credentialId = config.value(u"credentialId"_s)
                            .toString(u"kubernetes:"_s + (contextName.isEmpty() ? base.host() : contextName));
    }
    return e;
}

void KubernetesExecutor::resolve(const ActionTarget &target, std::function<void(Util::Result<Endpoint>)> done)
{
    QString credentialId;
    QString kubeconfigToken;
    auto endpoint = endpointWithoutCredentials(target, &credentialId, &kubeconfigToken);
    if (!endpoint) {
        // Always answer later: callers may not rely on re-entrancy.
        QMetaObject::invokeMethod(this, [done, error = endpoint.error()] { done(error); }, Qt::QueuedConnection);
        return;
    }
    Endpoint e = std::move(endpoint).value();
    auto finish = [e, kubeconfigToken, done](const QString &token) mutable {
        const QString use = !token.isEmpty() ? token : kubeconfigToken;
        if (!use.isEmpty())
            e.authorization = "Bearer " + use.toUtf8();
        if (e.authorization.isEmpty() && (!e.tls || e.tls->localCertificate().isNull())) {
            done(Util::makeError(u"kubernetes.credentials"_s,
                                 QCoreApplication::translate("Actions", "No credentials for the Kubernetes API: put a "
                                                                        "token in the keychain or a client certificate "
                                                                        "in the kubeconfig.")));
            return;
        }
        done(e);
    };
    if (!m_credentials) {
        QMetaObject::invokeMethod(this, [finish]() mutable { finish(QString()); }, Qt::QueuedConnection);
        return;
    }
    QPointer<KubernetesExecutor> self(this);
    m_credentials->lookup(credentialId, [self, finish](Util::Result<Sources::Credentials> credentials) mutable {
        if (!self)
            return;
        finish(credentials ? credentials->bearerToken : QString());
    });
}

HttpRequest KubernetesExecutor::authorized(const Endpoint &e, const QByteArray &method, const QUrl &url) const
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.tls = e.tls;
    r.header("Accept", "application/json");
    if (!e.authorization.isEmpty())
        r.header("Authorization", e.authorization);
    return r;
}

ExecutionResult KubernetesExecutor::failure(const ExecutionRequest &request, const HttpResponse &r)
{
    ExecutionResult result;
    result.actionId = request.actionId;
    result.httpStatus = r.status;
    if (r.status == 0) {
        result.errorCode = u"network"_s;
        result.message = QCoreApplication::translate("Actions", "The Kubernetes API did not answer: %1")
                             .arg(r.networkError);
        return result;
    }
    result.errorCode = u"http.%1"_s.arg(r.status);
    const QString why = statusMessage(r);
    switch (r.status) {
    case 401:
        result.message = QCoreApplication::translate("Actions", "The Kubernetes API refused the credentials (401): %1")
                             .arg(why);
        break;
    case 403:
        result.message = QCoreApplication::translate("Actions", "Not allowed by the cluster's RBAC (403): %1").arg(why);
        break;
    case 404:
        result.message = QCoreApplication::translate("Actions", "The deployment does not exist (404): %1").arg(why);
        break;
    case 409:
        result.retryable = true;
        result.message = QCoreApplication::translate("Actions", "Conflict with another change (409): %1").arg(why);
        break;
    case 422:
        result.message = QCoreApplication::translate("Actions", "The API server rejected the change (422): %1").arg(why);
        break;
    case 429:
        result.retryable = true;
        result.retryAfterMs = r.headers.value("retry-after").toLongLong() * 1000;
        result.message = QCoreApplication::translate("Actions", "The API server asks to slow down (429): %1").arg(why);
        break;
    default:
        result.message = QCoreApplication::translate("Actions", "The Kubernetes API failed (%1): %2").arg(r.status).arg(why);
        break;
    }
    return result;
}

void KubernetesExecutor::observe(quint64 requestId, const QVector<ActionTarget> &targets)
{
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, requestId] { emit observed(requestId, {}); }, Qt::QueuedConnection);
        return;
    }
    auto states = std::make_shared<QVector<ProviderState>>(targets.size());
    auto waiting = std::make_shared<int>(static_cast<int>(targets.size()));
    QPointer<KubernetesExecutor> self(this);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        observeOne(targets.at(i), [self, requestId, states, waiting, i](ProviderState state) {
            (*states)[i] = std::move(state);
            if (--*waiting == 0 && self)
                emit self->observed(requestId, *states);
        });
    }
}

void KubernetesExecutor::observeOne(const ActionTarget &target, std::function<void(ProviderState)> done)
{
    QPointer<KubernetesExecutor> self(this);
    const QString serviceId = target.serviceId;
    auto fail = [serviceId, done](const QString &why) {
        ProviderState s;
        s.serviceId = serviceId;
        s.error = why;
        done(s);
    };
    resolve(target, [self, serviceId, done, fail](Util::Result<Endpoint> endpoint) {
        if (!self)
            return;
        if (!endpoint) {
            fail(endpoint.error().message);
            return;
        }
        const Endpoint e = *endpoint;
        self->m_transport->send(self->authorized(e, "GET", e.deploymentUrl), [self, e, serviceId, done, fail](
                                                                                  HttpResponse r) {
            if (!self)
                return;
            if (!r.ok()) {
                fail(failure(ExecutionRequest{}, r).message);
                return;
            }
            const QJsonObject deployment = json(r.body);
            ProviderState s;
            s.serviceId = serviceId;
            s.ok = true;
            s.markersSupported = true;
            s.replicas = deployment.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(1);
            s.revision = annotation(deployment, kRevisionAnnotation);
            for (const QString &m : {annotation(deployment, kActionAnnotation),
                                     annotation(deployment.value(u"spec"_s).toObject().value(u"template"_s).toObject(),
                                                kRestartAnnotation)}) {
                if (!m.isEmpty())
                    s.markers.append(m);
            }
            s.raw = QJsonObject{
                {u"resourceVersion"_s,
                 deployment.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString()},
                {u"readyReplicas"_s, deployment.value(u"status"_s).toObject().value(u"readyReplicas"_s).toInt()}};
            // The ReplicaSets tell when each revision was deployed.
            QStringList selector;
            const QJsonObject labels = deployment.value(u"spec"_s).toObject().value(u"selector"_s).toObject()
                                           .value(u"matchLabels"_s).toObject();
            for (auto it = labels.begin(); it != labels.end(); ++it)
                selector.append(it.key() + u'=' + it.value().toString());
            QUrl url = e.replicaSetsUrl;
            url.setQuery(QUrlQuery{{u"labelSelector"_s, selector.join(u',')}});
            self->m_transport->send(self->authorized(e, "GET", url), [s, done](HttpResponse rs) mutable {
                if (rs.ok()) {
                    const int current = s.revision.toInt();
                    int previous = 0;
                    for (const QJsonValue &item : json(rs.body).value(u"items"_s).toArray()) {
                        const QJsonObject o = item.toObject();
                        const qint64 created = parseTime(o.value(u"metadata"_s).toObject()
                                                             .value(u"creationTimestamp"_s).toString());
                        if (created > 0)
                            s.deploysMs.append(created);
                        const int revision = annotation(o, kRevisionAnnotation).toInt();
                        if (revision < current)
                            previous = std::max(previous, revision);
                    }
                    std::sort(s.deploysMs.begin(), s.deploysMs.end());
                    if (previous > 0)
                        s.previousRevision = QString::number(previous);
                }
                done(s);
            });
        });
    });
}

QByteArray KubernetesExecutor::patchBody(const ExecutionRequest &r, qint64 nowMs)
{
    switch (r.kind) {
    case ActionKind::Scale:
        return compact(QJsonObject{{u"spec"_s, QJsonObject{{u"replicas"_s, r.replicas}}}});
    case ActionKind::Restart: {
        const QString at = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).toString(Qt::ISODate);
        const QJsonObject templateMeta{
            {u"annotations"_s, QJsonObject{{u"kubectl.kubernetes.io/restartedAt"_s, at},
                                           {QLatin1String(kRestartAnnotation), r.idempotencyKey}}}};
        return compact(QJsonObject{
            {u"metadata"_s, QJsonObject{{u"annotations"_s, QJsonObject{{QLatin1String(kActionAnnotation),
                                                                         r.idempotencyKey}}}}},
            {u"spec"_s, QJsonObject{{u"template"_s, QJsonObject{{u"metadata"_s, templateMeta}}}}}});
    }
    case ActionKind::Rollback:
    case ActionKind::Manual:
    case ActionKind::FlagChange: break;
    }
    return {};
}

QString KubernetesExecutor::describe(const ExecutionRequest &r) const
{
    auto endpoint = endpointWithoutCredentials(r.target, nullptr, nullptr);
    if (!endpoint)
        return endpoint.error().message;
    const QString auth = u"Authorization: Bearer ***\n"_s;
    switch (r.kind) {
    case ActionKind::Scale:
        return u"PATCH "_s + endpoint->deploymentUrl.toString() + u"/scale\n"_s + auth
               + u"Content-Type: application/merge-patch+json\n\n"_s + QString::fromUtf8(patchBody(r, 0));
    case ActionKind::Restart:
        return u"PATCH "_s + endpoint->deploymentUrl.toString() + u"\n"_s + auth
               + u"Content-Type: application/strategic-merge-patch+json\n\n"_s
               + QString::fromUtf8(patchBody(r, QDateTime::currentMSecsSinceEpoch()));
    case ActionKind::Rollback:
        return u"GET "_s + endpoint->replicaSetsUrl.toString() + u"?labelSelector=…\n"_s + u"PATCH "_s
               + endpoint->deploymentUrl.toString() + u"\n"_s + auth
               + u"Content-Type: application/json-patch+json\n\n"_s
               + u"[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":<template of revision %1>},"
                 "{\"op\":\"add\",\"path\":\"/metadata/annotations/straja.io~1action\",\"value\":\"%2\"}]"_s.arg(
                     r.toRevision.isEmpty() ? u"N-1"_s : r.toRevision, r.idempotencyKey);
    case ActionKind::Manual:
    case ActionKind::FlagChange: break;
    }
    return QString();
}

void KubernetesExecutor::send(quint64 requestId, const ExecutionRequest &request)
{
    QPointer<KubernetesExecutor> self(this);
    auto answer = [self, requestId](ExecutionResult result) {
        if (self)
            emit self->applied(requestId, result);
    };
    resolve(request.target, [self, request, answer](Util::Result<Endpoint> endpoint) {
        if (!self)
            return;
        if (!endpoint) {
            ExecutionResult result;
            result.actionId = request.actionId;
            result.errorCode = endpoint.error().code;
            result.message = endpoint.error().message;
            answer(result);
            return;
        }
        if (request.kind == ActionKind::Rollback)
            self->rollback(*endpoint, request, answer);
        else
            self->sendRequest(*endpoint, request, answer);
    });
}

void KubernetesExecutor::sendRequest(const Endpoint &e, const ExecutionRequest &request,
                                     std::function<void(ExecutionResult)> done)
{
    const bool scale = request.kind == ActionKind::Scale;
    HttpRequest http = authorized(e, "PATCH", scale ? QUrl(e.deploymentUrl.toString() + u"/scale"_s) : e.deploymentUrl);
    http.header("Content-Type", scale ? QByteArray("application/merge-patch+json")
                                               : QByteArray("application/strategic-merge-patch+json"));
    http.body = patchBody(request, QDateTime::currentMSecsSinceEpoch());
    const QString text = describe(request);
    m_transport->send(http, [request, text, done](HttpResponse r) {
        if (!r.ok()) {
            ExecutionResult result = failure(request, r);
            result.request = text;
            done(result);
            return;
        }
        ExecutionResult result;
        result.actionId = request.actionId;
        result.ok = true;
        result.httpStatus = r.status;
        result.request = text;
        const QJsonObject answer = json(r.body);
        result.reply = QCoreApplication::translate("Actions", "Kubernetes accepted it (HTTP %1, resourceVersion %2).")
                           .arg(r.status)
                           .arg(answer.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString());
        done(result);
    });
}

void KubernetesExecutor::rollback(const Endpoint &e, const ExecutionRequest &request,
                                  std::function<void(ExecutionResult)> done)
{
    // As `kubectl rollout undo`: read the deployment and its ReplicaSets, take the
    // newest revision before the current one, and put its template back.
    QPointer<KubernetesExecutor> self(this);
    m_transport->send(authorized(e, "GET", e.deploymentUrl), [self, e, request, done](HttpResponse r) {
        if (!self)
            return;
        if (!r.ok()) {
            done(failure(request, r));
            return;
        }
        const QJsonObject deployment = json(r.body);
        const int current = annotation(deployment, kRevisionAnnotation).toInt();
        QStringList selector;
        const QJsonObject labels = deployment.value(u"spec"_s).toObject().value(u"selector"_s).toObject()
                                       .value(u"matchLabels"_s).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            selector.append(it.key() + u'=' + it.value().toString());
        QUrl url = e.replicaSetsUrl;
        url.setQuery(QUrlQuery{{u"labelSelector"_s, selector.join(u',')}});
        self->m_transport->send(self->authorized(e, "GET", url), [self, e, request, current, done](HttpResponse rs) {
            if (!self)
                return;
            if (!rs.ok()) {
                done(failure(request, rs));
                return;
            }
            QJsonObject previous;
            int best = 0;
            for (const QJsonValue &item : json(rs.body).value(u"items"_s).toArray()) {
                const int revision = annotation(item.toObject(), kRevisionAnnotation).toInt();
                if (revision < current && revision > best) {
                    best = revision;
                    previous = item.toObject();
                }
            }
            if (best == 0) {
                ExecutionResult result;
                result.actionId = request.actionId;
                result.errorCode = u"kubernetes.no_previous"_s;
                result.message = QCoreApplication::translate("Actions", "There is no earlier revision to roll back to.");
                done(result);
                return;
            }
            QJsonObject tpl = previous.value(u"spec"_s).toObject().value(u"template"_s).toObject();
            QJsonObject meta = tpl.value(u"metadata"_s).toObject();
            QJsonObject tplLabels = meta.value(u"labels"_s).toObject();
            tplLabels.remove(u"pod-template-hash"_s); // the controller's, not the template's
            meta.insert(u"labels"_s, tplLabels);
            tpl.insert(u"metadata"_s, meta);
            const QJsonArray patch{
                QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/spec/template"_s}, {u"value"_s, tpl}},
                QJsonObject{{u"op"_s, u"add"_s},
                            {u"path"_s, u"/metadata/annotations/straja.io~1action"_s},
                            {u"value"_s, request.idempotencyKey}}};
            HttpRequest http = self->authorized(e, "PATCH", e.deploymentUrl);
            http.header("Content-Type", "application/json-patch+json");
            http.body = compact(patch);
            ExecutionRequest described = request;
            described.toRevision = QString::number(best);
            const QString text = self->describe(described);
            self->m_transport->send(http, [request, text, best, done](HttpResponse pr) {
                ExecutionResult result;
                if (!pr.ok()) {
                    result = failure(request, pr);
                } else {
                    result.actionId = request.actionId;
                    result.ok = true;
                    result.httpStatus = pr.status;
                    result.reply = QCoreApplication::translate("Actions", "Kubernetes rolled back to revision %1 "
                                                                          "(HTTP %2).")
                                       .arg(best)
                                       .arg(pr.status);
                }
                result.request = text;
                done(result);
            });
        });
    });
}

} // namespace Actions
