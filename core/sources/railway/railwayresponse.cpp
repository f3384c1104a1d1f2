#include "core/sources/railway/railwayresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

QJsonArray edges(const QJsonValue &connection)
{
    return connection.toObject().value("edges"_L1).toArray();
}

QJsonObject node(const QJsonValue &edge)
{
    return edge.toObject().value("node"_L1).toObject();
}

bool readNumber(const QJsonValue &v, double *out)
{
    if (v.isDouble()) {
        *out = v.toDouble();
        return std::isfinite(*out);
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().toDouble(&ok);
        return ok && std::isfinite(*out);
    }
    return false;
}

QVector<Model::Sample> samplesOf(const QJsonArray &values, const QString &valueKey)
{
    QVector<Model::Sample> out;
    out.reserve(values.size());
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        double value = 0;
        const qint64 t = RailwayResponse::timeMs(o.value("ts"_L1));
        if (t > 0 && readNumber(o.value(valueKey), &value))
            out.append({t, value});
    }
    return RailwayResponse::clean(std::move(out));
}

} // namespace

qint64 RailwayResponse::timeMs(const QJsonValue &ts)
{
    double n = 0;
    if (ts.isDouble() && readNumber(ts, &n)) {
        // Railway sends unix seconds; milliseconds are recognised by size.
        return n > 1e11 ? static_cast<qint64>(n) : static_cast<qint64>(n * 1000.0);
    }
    if (ts.isString()) {
        bool ok = false;
        n = ts.toString().toDouble(&ok);
        if (ok)
            return timeMs(QJsonValue(n));
        const QDateTime t = QDateTime::fromString(ts.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : 0;
    }
    return 0;
}

QVector<Model::Sample> RailwayResponse::clean(QVector<Model::Sample> samples)
{
    samples.erase(std::remove_if(samples.begin(), samples.end(), [](const Model::Sample &s) { return !std::isfinite(s.v); }),
                  samples.end());
    std::stable_sort(samples.begin(), samples.end(), [](const Model::Sample &a, const Model::Sample &b) { return a.t < b.t; });
    QVector<Model::Sample> out;
    out.reserve(samples.size());
    for (const Model::Sample &s : std::as_const(samples)) {
        if (!out.isEmpty() && out.last().t == s.t)
            out.last() = s; // a repeated timestamp: the later answer wins
        else
            out.append(s);
    }
    return out;
}

Util::Result<RailwayResponse::Envelope> RailwayResponse::envelope(int httpStatus, const QByteArray &body, TokenKind kind)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    Envelope e;
    e.data = root.value("data"_L1).toObject();
    for (const QJsonValue &v : root.value("errors"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        GraphQlProblem p;
        p.message = o.value("message"_L1).toString();
        p.code = o.value("extensions"_L1).toObject().value("code"_L1).toString();
        for (const QJsonValue &seg : o.value("path"_L1).toArray()) {
            if (seg.isString()) {
                p.paths.append(seg.toString());
                break;
            }
        }
        e.problems.append(p);
    }
    const QString first = e.problems.isEmpty() ? QString() : e.problems.first().message;
    const QString tokenHint = kind == TokenKind::Project
                                  ? QCoreApplication::translate("Railway", "Is it a project token? The source is set "
                                                                          "to send it as Project-Access-Token.")
                                  : QCoreApplication::translate("Railway", "Is it an account or team token? The source "
                                                                          "is set to send it as a Bearer token.");
    const bool notAuthorized = httpStatus == 401 || httpStatus == 403
                               || first.contains("Not Authorized"_L1, Qt::CaseInsensitive);
    if (notAuthorized && (e.data.isEmpty() || httpStatus == 401 || httpStatus == 403)) {
        return Util::makeError(httpStatus == 403 ? u"railway.forbidden"_s : u"railway.unauthorized"_s,
                               QCoreApplication::translate("Railway", "Railway refused the token (%1): it may be "
                                                                      "expired, revoked, of the wrong kind, or not "
                                                                      "allowed to see this project. %2")
                                   .arg(first.isEmpty() ? QString::number(httpStatus) : first, tokenHint));
    }
    if (httpStatus == 429)
        return Util::makeError(u"railway.429"_s, QCoreApplication::translate("Railway", "Railway's rate limit was "
                                                                                         "reached (429)."));
    if (httpStatus < 200 || httpStatus >= 300) {
        const QString why = !first.isEmpty() ? first : QString::fromUtf8(body.left(160)).simplified();
        return Util::makeError(u"railway.http"_s,
                               QCoreApplication::translate("Railway", "Railway answered HTTP %1: %2").arg(httpStatus).arg(why));
    }
    if (doc.isNull() || !doc.isObject())
        return Util::makeError(u"railway.format"_s,
                               QCoreApplication::translate("Railway", "Railway's answer is not GraphQL JSON."));
    if (e.data.isEmpty() && !e.problems.isEmpty())
        return Util::makeError(u"railway.graphql"_s,
                               QCoreApplication::translate("Railway", "Railway: %1").arg(first));
    return e;
}

Util::Result<InventoryPage> RailwayResponse::projectsPage(const QJsonValue &field, const QString &environment)
{
    const QJsonObject o = field.toObject();
    if (!o.contains("edges"_L1))
        return Util::makeError(u"railway.format"_s,
                               QCoreApplication::translate("Railway", "Railway's project list has no edges."));
    InventoryPage page;
    for (const QJsonValue &edge : o.value("edges"_L1).toArray()) {
        const Inventory one = project(node(edge), environment);
        page.inventory.instances += one.instances;
        page.inventory.projectIds += one.projectIds;
    }
    const QJsonObject info = o.value("pageInfo"_L1).toObject();
    page.hasNextPage = info.value("hasNextPage"_L1).toBool(false);
    page.endCursor = info.value("endCursor"_L1).toString();
    return page;
}

Inventory RailwayResponse::project(const QJsonValue &field, const QString &environment, const QString &environmentId)
{
    Inventory inv;
    const QJsonObject p = field.toObject();
    const QString projectId = p.value("id"_L1).toString();
    if (projectId.isEmpty())
        return inv;
    inv.projectIds.append(projectId);
    QHash<QString, QString> envNames;
    for (const QJsonValue &edge : edges(p.value("environments"_L1))) {
        const QJsonObject env = node(edge);
        envNames.insert(env.value("id"_L1).toString(), env.value("name"_L1).toString());
    }
    for (const QJsonValue &edge : edges(p.value("services"_L1))) {
        const QJsonObject s = node(edge);
        for (const QJsonValue &ie : edges(s.value("serviceInstances"_L1))) {
            const QJsonObject i = node(ie);
            const QString envId = i.value("environmentId"_L1).toString();
            const QString envName = envNames.value(envId);
            // No environment name: every environment (the action target's id picker).
            if (!environmentId.isEmpty() ? envId != environmentId : (!environment.isEmpty() && envName != environment))
                continue;
            Instance in;
            in.projectId = projectId;
            in.projectName = p.value("name"_L1).toString();
            in.environmentId = envId;
            in.environmentName = envName;
            in.serviceId = s.value("id"_L1).toString();
            in.serviceName = s.value("name"_L1).toString();
            in.region = i.value("region"_L1).toString();
            in.replicas = i.value("numReplicas"_L1).toInt(1);
            in.sleeping = i.value("sleepApplication"_L1).toBool(false);
            if (!in.serviceId.isEmpty())
                inv.instances.append(in);
        }
    }
    return inv;
}

QVector<RawSeries> RailwayResponse::metrics(const QJsonValue &field)
{
    QVector<RawSeries> out;
    for (const QJsonValue &v : field.toArray()) {
        const QJsonObject o = v.toObject();
        RawSeries s;
        s.measurement = o.value("measurement"_L1).toString();
        const QJsonObject tags = o.value("tags"_L1).toObject();
        s.serviceId = tags.value("serviceId"_L1).toString();
        s.region = tags.value("region"_L1).toString();
        s.samples = samplesOf(o.value("values"_L1).toArray(), u"value"_s);
        if (!s.measurement.isEmpty())
            out.append(std::move(s));
    }
    return out;
}

HttpSeries RailwayResponse::httpDuration(const QJsonValue &field)
{
    HttpSeries h;
    const QJsonArray samples = field.toObject().value("samples"_L1).toArray();
    h.p50 = samplesOf(samples, u"p50"_s);
    h.p90 = samplesOf(samples, u"p90"_s);
    h.p95 = samplesOf(samples, u"p95"_s);
    h.p99 = samplesOf(samples, u"p99"_s);
    return h;
}

void RailwayResponse::httpStatus(const QJsonValue &field, HttpSeries &into)
{
    for (const QJsonValue &v : field.toArray()) {
        const QJsonObject o = v.toObject();
        const int code = o.value("statusCode"_L1).toInt(0);
        if (code < 100 || code > 599)
            continue;
        QVector<Model::Sample> &target = into.countsByStatus[code];
        target = clean(target + samplesOf(o.value("samples"_L1).toArray(), u"value"_s));
    }
}

DeploymentList RailwayResponse::deployments(const QJsonValue &field, const QString &serviceId)
{
    DeploymentList out;
    for (const QJsonValue &edge : edges(field)) {
        const QJsonObject n = node(edge);
        Deployment d;
        d.id = n.value("id"_L1).toString();
        d.serviceId = serviceId;
        d.status = n.value("status"_L1).toString();
        d.createdMs = timeMs(n.value("createdAt"_L1));
        const QJsonObject meta = n.value("meta"_L1).toObject();
        d.commitMessage = meta.value("commitMessage"_L1).toString().section(u'\n', 0, 0).trimmed();
        if (!d.id.isEmpty() && d.createdMs > 0)
            out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const Deployment &a, const Deployment &b) { return a.createdMs < b.createdMs; });
    return out;
}

void RailwayResponse::usage(const QJsonValue &field, Usage &into)
{
    for (const QJsonValue &v : field.toArray()) {
        const QJsonObject o = v.toObject();
        double value = 0;
        if (!readNumber(o.value("value"_L1), &value))
            continue;
        const QString m = o.value("measurement"_L1).toString();
        const QString service = o.value("tags"_L1).toObject().value("serviceId"_L1).toString();
        into.measured[m] += value;
        if (!service.isEmpty())
            into.byService[service][m] += value;
    }
}

void RailwayResponse::estimatedUsage(const QJsonValue &field, Usage &into)
{
    for (const QJsonValue &v : field.toArray()) {
        const QJsonObject o = v.toObject();
        double value = 0;
        if (readNumber(o.value("estimatedValue"_L1), &value))
            into.estimated[o.value("measurement"_L1).toString()] += value;
    }
}

} // namespace Sources::Railway
