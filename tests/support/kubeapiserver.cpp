#include "kubeapiserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// RFC 7386 merge (strategic merge behaves the same for the maps Straja patches).
QJsonObject merge(QJsonObject target, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else if (it.value().isObject() && target.value(it.key()).isObject())
            target.insert(it.key(), merge(target.value(it.key()).toObject(), it.value().toObject()));
        else
            target.insert(it.key(), it.value());
    }
    return target;
}

// JSON pointer set (RFC 6901, ~1 = '/', ~0 = '~'); false if a parent is missing.
bool setPointer(QJsonObject &root, const QString &pointer, const QJsonValue &value, bool mustExist)
{
    QStringList parts = pointer.split(u'/');
    parts.removeFirst();
    for (QString &p : parts)
        p.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    std::function<bool(QJsonObject &, int)> walk = [&](QJsonObject &o, int i) {
        const QString key = parts.at(i);
        if (i == parts.size() - 1) {
            if (mustExist && !o.contains(key))
                return false;
            o.insert(key, value);
            return true;
        }
        if (!o.value(key).isObject())
            return false;
        QJsonObject child = o.value(key).toObject();
        if (!walk(child, i + 1))
            return false;
        o.insert(key, child);
        return true;
    };
    return !parts.isEmpty() && walk(root, 0);
}

QJsonObject withoutHash(QJsonObject tpl)
{
    QJsonObject meta = tpl.value(u"metadata"_s).toObject();
    QJsonObject labels = meta.value(u"labels"_s).toObject();
    labels.remove(u"pod-template-hash"_s);
    meta.insert(u"labels"_s, labels);
    QJsonObject annotations = meta.value(u"annotations"_s).toObject();
    if (annotations.isEmpty())
        meta.remove(u"annotations"_s);
    tpl.insert(u"metadata"_s, meta);
    return tpl;
}

QString revisionOf(const QJsonObject &o)
{
    return o.value(u"metadata"_s).toObject().value(u"annotations"_s).toObject()
        .value(u"deployment.kubernetes.io/revision"_s).toString();
}

} // namespace

KubeApiServer::KubeApiServer(QString token, QObject *parent)
    : ProtocolServer(parent)
    , m_token(std::move(token))
{
}

QString KubeApiServer::timestamp() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs, QTimeZone::utc()).toString(Qt::ISODate);
}

HttpReply KubeApiServer::status(int code, const QString &reason, const QString &message, const QJsonObject &details)
{
    QJsonObject s{{u"kind"_s, u"Status"_s}, {u"apiVersion"_s, u"v1"_s}, {u"metadata"_s, QJsonObject()},
                  {u"status"_s, u"Failure"_s}, {u"message"_s, message}, {u"reason"_s, reason}, {u"code"_s, code}};
    if (!details.isEmpty())
        s.insert(u"details"_s, details);
    HttpReply r;
    r.status = code;
    r.body = json(s);
    return r;
}

void KubeApiServer::addDeployment(const QString &ns, const QString &name, int replicas, int revisions)
{
    Deployment d;
    QJsonObject tpl;
    for (int rev = 1; rev <= revisions; ++rev) {
        tpl = QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, QJsonObject{{u"app"_s, name}}}}},
                          {u"spec"_s, QJsonObject{{u"containers"_s,
                                                   QJsonArray{QJsonObject{{u"name"_s, name},
                                                                          {u"image"_s, u"%1:%2"_s.arg(name).arg(rev)}}}}}}};
        QJsonObject rsTemplate = tpl;
        QJsonObject meta = rsTemplate.value(u"metadata"_s).toObject();
        meta.insert(u"labels"_s, QJsonObject{{u"app"_s, name}, {u"pod-template-hash"_s, u"h%1"_s.arg(rev)}});
        rsTemplate.insert(u"metadata"_s, meta);
        const qint64 created = m_nowMs - (revisions - rev + 1) * 24 * 3600'000LL;
        d.replicaSets.append(QJsonObject{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, u"%1-h%2"_s.arg(name).arg(rev)},
                         {u"labels"_s, QJsonObject{{u"app"_s, name}, {u"pod-template-hash"_s, u"h%1"_s.arg(rev)}}},
                         {u"creationTimestamp"_s,
                          QDateTime::fromMSecsSinceEpoch(created, QTimeZone::utc()).toString(Qt::ISODate)},
                         {u"annotations"_s, QJsonObject{{u"deployment.kubernetes.io/revision"_s, QString::number(rev)}}},
                         {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"kind"_s, u"Deployment"_s}, {u"name"_s, name}}}}}},
            {u"spec"_s, QJsonObject{{u"template"_s, rsTemplate}}}});
    }
    d.object = QJsonObject{
        {u"apiVersion"_s, u"apps/v1"_s},
        {u"kind"_s, u"Deployment"_s},
        {u"metadata"_s, QJsonObject{{u"name"_s, name},
                                    {u"namespace"_s, ns},
                                    {u"resourceVersion"_s, QString::number(++m_resourceVersion)},
                                    {u"annotations"_s, QJsonObject{{u"deployment.kubernetes.io/revision"_s,
                                                                    QString::number(revisions)}}}}},
        {u"spec"_s, QJsonObject{{u"replicas"_s, replicas},
                                {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, name}}}}},
                                {u"template"_s, tpl}}},
        {u"status"_s, QJsonObject{{u"replicas"_s, replicas}, {u"readyReplicas"_s, replicas}}}};
    m_deployments.insert(ns + u'/' + name, d);
}

QJsonObject KubeApiServer::deployment(const QString &ns, const QString &name) const
{
    return m_deployments.value(ns + u'/' + name).object;
}

QJsonArray KubeApiServer::replicaSets(const QString &ns, const QString &name) const
{
    return m_deployments.value(ns + u'/' + name).replicaSets;
}

int KubeApiServer::replicas(const QString &ns, const QString &name) const
{
    return deployment(ns, name).value(u"spec"_s).toObject().value(u"replicas"_s).toInt(-1);
}

QString KubeApiServer::image(const QString &ns, const QString &name) const
{
    return deployment(ns, name).value(u"spec"_s).toObject().value(u"template"_s).toObject().value(u"spec"_s).toObject()
        .value(u"containers"_s).toArray().first().toObject().value(u"image"_s).toString();
}

HttpReply KubeApiServer::faultReply(const HttpExchange &, const InjectedFault &f)
{
    switch (f.status) {
    case 401: return status(401, u"Unauthorized"_s, u"Unauthorized"_s);
    case 403: return status(403, u"Forbidden"_s, u"forbidden: the request is not allowed"_s);
    case 404: return status(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
    case 409:
        return status(409, u"Conflict"_s,
                      u"Operation cannot be fulfilled on deployments.apps: the object has been modified; please apply "
                      "your changes to the latest version and try again"_s);
    case 422: return status(422, u"Invalid"_s, u"the change is invalid"_s);
    case 429:
        return status(429, u"TooManyRequests"_s, u"Too many requests, please try again later."_s,
                      QJsonObject{{u"retryAfterSeconds"_s, f.retryAfterSeconds}});
    case 503: {
        HttpReply r;
        r.status = 503;
        r.contentType = "text/plain";
        r.body = "upstream connect error or disconnect/reset before headers";
        return r;
    }
    default: return status(f.status, u"InternalError"_s, u"an error on the server has prevented the request"_s);
    }
}

HttpReply KubeApiServer::handle(const HttpExchange &request)
{
    const QByteArray auth = request.headers.value("authorization");
    if (auth != "Bearer " + m_token.toUtf8() && auth != "Bearer " + m_readOnlyToken.toUtf8())
        return status(401, u"Unauthorized"_s, u"Unauthorized"_s);
    static const QRegularExpression route(
        u"^/apis/apps/v1/namespaces/([^/]+)/(deployments|replicasets)(?:/([^/]+))?(/scale)?$"_s);
    const QRegularExpressionMatch m = route.match(request.path);
    if (!m.hasMatch())
        return status(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
    const QString ns = m.captured(1);
    const bool replicaSets = m.captured(2) == u"replicasets";
    const QString name = m.captured(3);
    const bool scale = !m.captured(4).isEmpty();

    if (replicaSets && request.method == "GET") {
        // labelSelector=app=web
        const QString selector = request.query.queryItemValue(u"labelSelector"_s, QUrl::FullyDecoded);
        QJsonArray items;
        for (const Deployment &d : std::as_const(m_deployments)) {
            for (const QJsonValue &rs : d.replicaSets) {
                const QJsonObject labels = rs.toObject().value(u"metadata"_s).toObject().value(u"labels"_s).toObject();
                bool match = true;
                for (const QString &term : selector.split(u',', Qt::SkipEmptyParts))
                    match = match && labels.value(term.section(u'=', 0, 0)).toString() == term.section(u'=', 1);
                if (match)
                    items.append(rs);
            }
        }
        HttpReply r;
        r.body = json(QJsonObject{{u"kind"_s, u"ReplicaSetList"_s}, {u"apiVersion"_s, u"apps/v1"_s}, {u"items"_s, items}});
        return r;
    }
    auto it = m_deployments.find(ns + u'/' + name);
    if (it == m_deployments.end()) {
        return status(404, u"NotFound"_s, u"deployments.apps \"%1\" not found"_s.arg(name),
                      QJsonObject{{u"name"_s, name}, {u"group"_s, u"apps"_s}, {u"kind"_s, u"deployments"_s}});
    }
    if (request.method == "GET") {
        HttpReply r;
        if (!scale) {
            r.body = json(it->object);
            return r;
        }
        const QJsonObject meta = it->object.value(u"metadata"_s).toObject();
        r.body = json(QJsonObject{
            {u"kind"_s, u"Scale"_s}, {u"apiVersion"_s, u"autoscaling/v1"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns},
                                        {u"resourceVersion"_s, meta.value(u"resourceVersion"_s)}}},
            {u"spec"_s, QJsonObject{{u"replicas"_s, replicas(ns, name)}}},
            {u"status"_s, QJsonObject{{u"replicas"_s, replicas(ns, name)}, {u"selector"_s, QString(u"app="_s + name)}}}});
        return r;
    }
    if (request.method == "PATCH") {
        if (auth == "Bearer " + m_readOnlyToken.toUtf8()) {
            return status(403, u"Forbidden"_s,
                          u"deployments.apps \"%1\" is forbidden: User \"system:serviceaccount:default:viewer\" cannot "
                          "patch resource \"deployments%2\" in API group \"apps\" in the namespace \"%3\""_s
                              .arg(name, scale ? u"/scale"_s : QString(), ns));
        }
        return patch(*it, request, scale);
    }
    HttpReply r = status(405, u"MethodNotAllowed"_s, u"the server does not allow this method"_s);
    return r;
}

HttpReply KubeApiServer::patch(Deployment &d, const HttpExchange &request, bool scale)
{
    const QByteArray type = request.headers.value("content-type");
    const bool mergeLike = type == "application/merge-patch+json" || type == "application/strategic-merge-patch+json";
    const bool jsonPatch = type == "application/json-patch+json";
    if (!mergeLike && !jsonPatch) {
        return status(415, u"UnsupportedMediaType"_s,
                      u"the body of the request was in an unknown format - accepted media types include: "
                      "application/json-patch+json, application/merge-patch+json, "
                      "application/apply-patch+yaml"_s);
    }
    const QString name = d.object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
    const QJsonDocument body = QJsonDocument::fromJson(request.body);
    const QJsonObject before = d.object;
    QJsonObject next = d.object;
    if (scale) {
        const QJsonObject p = body.object();
        const QString rv = p.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString();
        if (!rv.isEmpty() && rv != before.value(u"metadata"_s).toObject().value(u"resourceVersion"_s).toString()) {
            return status(409, u"Conflict"_s,
                          u"Operation cannot be fulfilled on deployments.apps \"%1\": the object has been modified; "
                          "please apply your changes to the latest version and try again"_s.arg(name));
        }
        const int replicas = p.value(u"spec"_s).toObject().value(u"replicas"_s).toInt(-1);
        if (replicas < 0) {
            return status(422, u"Invalid"_s,
                          u"Scale.autoscaling \"%1\" is invalid: spec.replicas: Invalid value: %2: must be greater than "
                          "or equal to 0"_s.arg(name).arg(replicas),
                          QJsonObject{{u"name"_s, name}, {u"group"_s, u"autoscaling"_s}, {u"kind"_s, u"Scale"_s}});
        }
        next = merge(next, QJsonObject{{u"spec"_s, QJsonObject{{u"replicas"_s, replicas}}},
                                       {u"status"_s, QJsonObject{{u"replicas"_s, replicas}, {u"readyReplicas"_s, replicas}}}});
    } else if (mergeLike) {
        next = merge(next, body.object());
    } else {
        for (const QJsonValue &op : body.array()) {
            const QJsonObject o = op.toObject();
            const QString kind = o.value(u"op"_s).toString();
            if ((kind != u"replace" && kind != u"add")
                || !setPointer(next, o.value(u"path"_s).toString(), o.value(u"value"_s), kind == u"replace")) {
                return status(422, u"Invalid"_s,
                              u"the server rejected our request due to an error in our request: op %1 %2"_s.arg(
                                  kind, o.value(u"path"_s).toString()));
            }
        }
    }
    d.object = next;
    applyTemplate(d, before);
    QJsonObject meta = d.object.value(u"metadata"_s).toObject();
    meta.insert(u"resourceVersion"_s, QString::number(++m_resourceVersion));
    d.object.insert(u"metadata"_s, meta);
    HttpReply r;
    if (scale) {
        r.body = json(QJsonObject{{u"kind"_s, u"Scale"_s}, {u"apiVersion"_s, u"autoscaling/v1"_s},
                                  {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"resourceVersion"_s, meta.value(u"resourceVersion"_s)}}},
                                  {u"spec"_s, QJsonObject{{u"replicas"_s, replicas(meta.value(u"namespace"_s).toString(), name)}}}});
    } else {
        r.body = json(d.object);
    }
    return r;
}

void KubeApiServer::applyTemplate(Deployment &d, const QJsonObject &before)
{
    const QJsonObject oldTpl = before.value(u"spec"_s).toObject().value(u"template"_s).toObject();
    const QJsonObject newTpl = d.object.value(u"spec"_s).toObject().value(u"template"_s).toObject();
    if (withoutHash(oldTpl) == withoutHash(newTpl))
        return;
    // A new template is a new revision: an existing ReplicaSet with the same
    // template is taken back under the next number, else a new one is created.
    int top = 0;
    for (const QJsonValue &rs : d.replicaSets)
        top = std::max(top, revisionOf(rs.toObject()).toInt());
    const QString name = d.object.value(u"metadata"_s).toObject().value(u"name"_s).toString();
    int found = -1;
    for (int i = 0; i < d.replicaSets.size(); ++i) {
        const QJsonObject tpl = d.replicaSets.at(i).toObject().value(u"spec"_s).toObject().value(u"template"_s).toObject();
        if (withoutHash(tpl) == withoutHash(newTpl))
            found = i;
    }
    if (found >= 0) {
        QJsonObject rs = d.replicaSets.at(found).toObject();
        QJsonObject meta = rs.value(u"metadata"_s).toObject();
        QJsonObject annotations = meta.value(u"annotations"_s).toObject();
        annotations.insert(u"deployment.kubernetes.io/revision"_s, QString::number(top + 1));
        meta.insert(u"annotations"_s, annotations);
        rs.insert(u"metadata"_s, meta);
        d.replicaSets[found] = rs;
    } else {
        QJsonObject tpl = newTpl;
        QJsonObject meta = tpl.value(u"metadata"_s).toObject();
        QJsonObject labels = meta.value(u"labels"_s).toObject();
        labels.insert(u"pod-template-hash"_s, u"h%1"_s.arg(top + 1));
        meta.insert(u"labels"_s, labels);
        tpl.insert(u"metadata"_s, meta);
        d.replicaSets.append(QJsonObject{
            {u"metadata"_s,
             QJsonObject{{u"name"_s, u"%1-h%2"_s.arg(name).arg(top + 1)},
                         {u"labels"_s, labels},
                         {u"creationTimestamp"_s, timestamp()},
                         {u"annotations"_s, QJsonObject{{u"deployment.kubernetes.io/revision"_s, QString::number(top + 1)}}},
                         {u"ownerReferences"_s, QJsonArray{QJsonObject{{u"kind"_s, u"Deployment"_s}, {u"name"_s, name}}}}}},
            {u"spec"_s, QJsonObject{{u"template"_s, tpl}}}});
    }
    QJsonObject meta = d.object.value(u"metadata"_s).toObject();
    QJsonObject annotations = meta.value(u"annotations"_s).toObject();
    annotations.insert(u"deployment.kubernetes.io/revision"_s, QString::number(top + 1));
    meta.insert(u"annotations"_s, annotations);
    d.object.insert(u"metadata"_s, meta);
}
