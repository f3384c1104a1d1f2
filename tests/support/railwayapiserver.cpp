#include "railwayapiserver.h"

#include <algorithm>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// The GraphQL subset Straja's executor writes: one operation, variable
// definitions, top-level fields with aliases and arguments ($variables, strings,
// numbers, booleans, input objects). Sub-selections are parsed and ignored: the
// server answers with the whole object.
class GraphQl
{
public:
    struct Field
    {
        QString alias;
        QString name;
        QJsonObject args;
    };

    GraphQl(const QString &text, const QJsonObject &variables) : m_text(text), m_variables(variables) { }

    bool parse(QString *operation, QVector<Field> *fields, QString *error)
    {
        skip();
        const QString kind = name();
        if (kind != u"query" && kind != u"mutation") {
            *error = u"Syntax Error: Unexpected Name \"%1\"."_s.arg(kind);
            return false;
        }
        *operation = kind;
        skip();
        if (peek().isLetter())
            name(); // operation name
        skip();
        if (peek() == u'(') { // variable definitions: skipped, values come from variables
            int depth = 0;
            do {
                if (peek() == u'(')
                    ++depth;
                else if (peek() == u')')
                    --depth;
                ++m_pos;
            } while (depth > 0 && m_pos < m_text.size());
        }
        skip();
        if (!expect(u'{', error))
            return false;
        for (skip(); peek() != u'}' && m_pos < m_text.size(); skip()) {
            Field f;
            f.name = name();
            skip();
            if (peek() == u':') {
                ++m_pos;
                skip();
                f.alias = f.name;
                f.name = name();
                skip();
            }
            if (f.alias.isEmpty())
                f.alias = f.name;
            if (peek() == u'(') {
                ++m_pos;
                f.args = object(u')', error);
                if (!error->isEmpty())
                    return false;
            }
            skip();
            if (peek() == u'{')
                skipBlock();
            fields->append(f);
        }
        return expect(u'}', error);
    }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    void skip()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos).isSpace() || m_text.at(m_pos) == u','))
            ++m_pos;
    }
    QString name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool expect(QChar c, QString *error)
    {
        skip();
        if (peek() != c) {
            *error = u"Syntax Error: Expected \"%1\", found \"%2\"."_s.arg(c).arg(peek());
            return false;
        }
        ++m_pos;
        return true;
    }
    void skipBlock()
    {
        int depth = 0;
        do {
            if (peek() == u'{')
                ++depth;
            else if (peek() == u'}')
                --depth;
            ++m_pos;
        } while (depth > 0 && m_pos < m_text.size());
    }
    QJsonObject object(QChar close, QString *error)
    {
        QJsonObject o;
        for (skip(); peek() != close && m_pos < m_text.size(); skip()) {
            const QString key = name();
            if (!expect(u':', error))
                return {};
            skip();
            o.insert(key, value(error));
            if (!error->isEmpty())
                return {};
        }
        ++m_pos;
        return o;
    }
    QJsonValue value(QString *error)
    {
        const QChar c = peek();
        if (c == u'$') {
            ++m_pos;
            const QString var = name();
            if (!m_variables.contains(var))
                *error = u"Variable \"$%1\" of required type was not provided."_s.arg(var);
            return m_variables.value(var);
        }
        if (c == u'"') {
            const qsizetype end = m_text.indexOf(u'"', m_pos + 1);
            const QString s = m_text.mid(m_pos + 1, end - m_pos - 1);
            m_pos = end + 1;
            return s;
        }
        if (c == u'{') {
            ++m_pos;
            return object(u'}', error);
        }
        const QString word = name();
        if (word == u"true" || word == u"false")
            return word == u"true";
        if (word == u"null")
            return QJsonValue();
        bool ok = false;
        const int n = word.toInt(&ok);
        if (!ok)
            *error = u"Syntax Error: Unexpected \"%1\"."_s.arg(word);
        return n;
    }

    QString m_text;
    QJsonObject m_variables;
    qsizetype m_pos = 0;
};

} // namespace

RailwayApiServer::RailwayApiServer(QString token, int requestsPerHour, QObject *parent)
    : ProtocolServer(parent)
    , m_token(std::move(token))
    , m_limit(requestsPerHour)
{
}

QString RailwayApiServer::iso(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

void RailwayApiServer::addService(const QString &serviceId, const QString &environmentId, int replicas,
                                  int deployments, int planCap)
{
    Service s;
    s.environmentId = environmentId;
    s.replicas = replicas;
    s.planCap = planCap;
    for (int i = 0; i < deployments; ++i) {
        Deployment d;
        d.id = u"dep-%1"_s.arg(m_nextDeployment++);
        d.createdMs = m_nowMs - (deployments - i) * 24 * 3600'000LL;
        d.updatedMs = d.createdMs;
        d.image = u"%1:%2"_s.arg(serviceId).arg(i + 1);
        d.status = i + 1 == deployments ? u"SUCCESS"_s : u"REMOVED"_s;
        s.deployments.append(d);
    }
    m_services.insert(serviceId, s);
}

int RailwayApiServer::replicas(const QString &serviceId) const
{
    return m_services.value(serviceId).replicas;
}

QString RailwayApiServer::latestDeployment(const QString &serviceId) const
{
    const Service s = m_services.value(serviceId);
    return s.deployments.isEmpty() ? QString() : s.deployments.last().id;
}

int RailwayApiServer::deploymentCount(const QString &serviceId) const
{
    return static_cast<int>(m_services.value(serviceId).deployments.size());
}

HttpReply RailwayApiServer::error(int status, const QString &code, const QString &message)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{
                               {u"errors"_s, QJsonArray{QJsonObject{{u"message"_s, message},
                                                                    {u"extensions"_s, QJsonObject{{u"code"_s, code}}}}}},
                               {u"data"_s, QJsonValue()}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

void RailwayApiServer::rateHeaders(HttpReply &reply) const
{
    reply.headers.append({"X-RateLimit-Limit", QByteArray::number(m_limit)});
    reply.headers.append({"X-RateLimit-Remaining", QByteArray::number(std::max(0, m_limit - m_used))});
    reply.headers.append({"X-RateLimit-Reset", QByteArray::number((m_windowStartMs + 3600'000) / 1000)});
}

HttpReply RailwayApiServer::faultReply(const HttpExchange &, const InjectedFault &f)
{
    HttpReply r;
    switch (f.status) {
    case 401: r = error(401, u"UNAUTHENTICATED"_s, u"Not Authorized"_s); break;
    case 403: r = error(403, u"FORBIDDEN"_s, u"Not Authorized"_s); break;
    case 404: r = error(404, u"NOT_FOUND"_s, u"Deployment not found"_s); break;
    case 409: r = error(409, u"CONFLICT"_s, u"A deployment is already in progress for this service"_s); break;
    case 422: r = error(422, u"BAD_USER_INPUT"_s, u"Invalid input"_s); break;
    case 429:
        r.status = 429;
        r.contentType = "text/plain";
        r.body = "Too many requests from this token, please try again later";
        break;
    case 503:
        r.status = 503;
        r.contentType = "text/html";
        r.body = "<html><body>503 Service Temporarily Unavailable</body></html>";
        break;
    default: r = error(f.status, u"INTERNAL_SERVER_ERROR"_s, u"Problem processing request"_s); break;
    }
    rateHeaders(r);
    return r;
}

RailwayApiServer::Service *RailwayApiServer::serviceOfDeployment(const QString &deploymentId, int *index)
{
    for (auto it = m_services.begin(); it != m_services.end(); ++it) {
        for (int i = 0; i < it->deployments.size(); ++i) {
            if (it->deployments.at(i).id == deploymentId) {
                *index = i;
                return &it.value();
            }
        }
    }
    return nullptr;
}

QJsonObject RailwayApiServer::deploymentJson(const Deployment &d, const Service &s) const
{
    const bool running = !s.deployments.isEmpty() && s.deployments.last().id == d.id;
    QJsonObject meta{{u"image"_s, d.image}};
    if (!d.commitMessage.isEmpty())
        meta.insert(u"commitMessage"_s, d.commitMessage);
    return QJsonObject{{u"id"_s, d.id},
                       {u"status"_s, d.status},
                       {u"createdAt"_s, iso(d.createdMs)},
                       {u"updatedAt"_s, iso(d.updatedMs)},
                       {u"canRollback"_s, !running},
                       {u"canRedeploy"_s, true},
                       {u"meta"_s, meta}};
}

QJsonValue RailwayApiServer::field(const QString &name, const QJsonObject &args, Failure *failure)
{
    m_operations.append(name);
    static const QStringList reads{u"projects"_s, u"project"_s, u"projectToken"_s, u"metrics"_s,
                                   u"httpDurationMetrics"_s, u"httpMetricsGroupedByStatus"_s, u"usage"_s,
                                   u"estimatedUsage"_s};
    if (reads.contains(name))
        return readField(name, args, failure);
    auto fail = [failure](int status, const QString &code, const QString &message) {
        *failure = {status, code, message};
        return QJsonValue();
    };
    if (name == u"serviceInstance" || name == u"serviceInstanceUpdate") {
        const auto it = m_services.find(args.value(u"serviceId"_s).toString());
        if (it == m_services.end() || it->environmentId != args.value(u"environmentId"_s).toString())
            return fail(404, u"NOT_FOUND"_s, u"ServiceInstance not found"_s);
        if (name == u"serviceInstance") {
            return QJsonObject{{u"numReplicas"_s, it->replicas},
                               {u"latestDeployment"_s, deploymentJson(it->deployments.last(), *it)}};
        }
        const int n = args.value(u"input"_s).toObject().value(u"numReplicas"_s).toInt(-1);
        if (n < 0 || n > it->planCap)
            return fail(422, u"BAD_USER_INPUT"_s, u"numReplicas must be between 0 and %1 on this plan"_s.arg(it->planCap));
        it->replicas = n;
        return true;
    }
    if (name == u"deployments") {
        const QJsonObject input = args.value(u"input"_s).toObject();
        const auto it = m_services.constFind(input.value(u"serviceId"_s).toString());
        if (it == m_services.cend()) {
            if (input.contains(u"environmentId"_s) && args.contains(u"first"_s) && !m_projects.isEmpty()) {
                *failure = {200, u"NOT_FOUND"_s, u"Service not found"_s, true};
                return QJsonValue();
            }
            return fail(404, u"NOT_FOUND"_s, u"Service not found"_s);
        }
        QJsonArray edges;
        const int first = args.value(u"first"_s).toInt(10);
        for (auto d = it->deployments.crbegin(); d != it->deployments.crend() && edges.size() < first; ++d)
            edges.append(QJsonObject{{u"node"_s, deploymentJson(*d, *it)}});
        return QJsonObject{{u"edges"_s, edges}};
    }
    if (name == u"deploymentRestart" || name == u"deploymentRollback" || name == u"deploymentRedeploy") {
        int index = -1;
        Service *s = serviceOfDeployment(args.value(u"id"_s).toString(), &index);
        if (!s)
            return fail(404, u"NOT_FOUND"_s, u"Deployment not found"_s);
        Deployment &d = s->deployments[index];
        const bool running = index == s->deployments.size() - 1;
        if (name == u"deploymentRestart") {
            if (!running)
                return fail(409, u"CONFLICT"_s, u"Only the active deployment can be restarted"_s);
            d.updatedMs = m_nowMs;
            m_restarts[d.id] += 1;
            return true;
        }
        if (name == u"deploymentRollback" && running)
            return fail(422, u"BAD_USER_INPUT"_s, u"Cannot rollback to the active deployment"_s);
        // Rollback and redeploy both make a new deployment from the given one.
        s->deployments.last().status = u"REMOVED"_s;
        Deployment next;
        next.id = u"dep-%1"_s.arg(m_nextDeployment++);
        next.createdMs = m_nowMs;
        next.updatedMs = m_nowMs;
        next.image = d.image;
        s->deployments.append(next);
        return QJsonObject{{u"id"_s, next.id}, {u"status"_s, next.status}};
    }
    return fail(400, u"GRAPHQL_VALIDATION_FAILED"_s, u"Cannot query field \"%1\" on type \"Query\"."_s.arg(name));
}

HttpReply RailwayApiServer::handle(const HttpExchange &request)
{
    if (request.path != u"/graphql/v2") {
        HttpReply r;
        r.status = 404;
        r.contentType = "text/plain";
        r.body = "Not Found";
        return r;
    }
    ++m_requests;
    const QByteArray bearer = request.headers.value("authorization");
    const QByteArray project = request.headers.value("project-access-token");
    m_scopeProject.clear();
    if (!m_projectToken.isEmpty() && project == m_projectToken.toUtf8())
        m_scopeProject = m_projectTokenProject;
    else if (bearer != "Bearer " + m_token.toUtf8() && project != m_token.toUtf8())
        return error(401, u"UNAUTHENTICATED"_s, u"Not Authorized"_s);
    // The hourly budget, per token.
    if (m_windowStartMs == 0 || m_nowMs >= m_windowStartMs + 3600'000) {
        m_windowStartMs = m_nowMs;
        m_used = 0;
    }
    if (m_used >= m_limit) {
        HttpReply r;
        r.status = 429;
        r.contentType = "text/plain";
        r.body = "Too many requests from this token, please try again later";
        r.headers.append({"Retry-After", QByteArray::number((m_windowStartMs + 3600'000 - m_nowMs) / 1000)});
        rateHeaders(r);
        return r;
    }
    ++m_used;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString operation;
    QVector<GraphQl::Field> fields;
    QString parseError;
    GraphQl parser(body.value(u"query"_s).toString(), body.value(u"variables"_s).toObject());
    if (!parser.parse(&operation, &fields, &parseError)) {
        HttpReply r = error(400, u"GRAPHQL_PARSE_FAILED"_s, parseError);
        rateHeaders(r);
        return r;
    }
    m_lastVariables = body.value(u"variables"_s).toObject();
    QJsonObject data;
    QJsonArray errors;
    for (const GraphQl::Field &f : fields) {
        Failure failure;
        const QJsonValue value = field(f.name, f.args, &failure);
        if (failure.partial) {
            data.insert(f.alias, QJsonValue());
            errors.append(QJsonObject{{u"message"_s, failure.message},
                                      {u"path"_s, QJsonArray{f.alias}},
                                      {u"extensions"_s, QJsonObject{{u"code"_s, failure.code}}}});
            continue;
        }
        if (failure.status != 0) {
            HttpReply r = error(failure.status, failure.code, failure.message);
            rateHeaders(r);
            return r;
        }
        data.insert(f.alias, value);
    }
    HttpReply r;
    QJsonObject answer{{u"data"_s, data}};
    if (!errors.isEmpty()) {
        answer.insert(u"errors"_s, errors);
        // Nothing answered at all: GraphQL sends data null.
        bool any = false;
        for (auto it = data.constBegin(); it != data.constEnd(); ++it)
            any = any || !it.value().isNull();
        if (!any)
            answer.insert(u"data"_s, QJsonValue());
    }
    r.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    rateHeaders(r);
    return r;
}

void RailwayApiServer::addProject(const QString &projectId, const QString &name,
                                  const QList<QPair<QString, QString>> &environments, bool hidden)
{
    m_projects.insert(projectId, Project{name, environments, hidden});
    if (!m_projectOrder.contains(projectId))
        m_projectOrder.append(projectId);
}

void RailwayApiServer::addProjectService(const QString &projectId, const QString &serviceId, const QString &name,
                                         const QString &environmentId, int replicas, const QString &region,
                                         bool sleeping)
{
    addService(serviceId, environmentId, replicas, 2);
    Service &s = m_services[serviceId];
    s.projectId = projectId;
    s.name = name;
    s.region = region;
    s.sleeping = sleeping;
}

void RailwayApiServer::removeService(const QString &serviceId)
{
    m_services.remove(serviceId);
}

void RailwayApiServer::setProjectToken(const QString &token, const QString &projectId, const QString &environmentId)
{
    m_projectToken = token;
    m_projectTokenProject = projectId;
    m_projectTokenEnvironment = environmentId;
}

void RailwayApiServer::setUsage(const QString &projectId, const QString &measurement, double value, double estimated)
{
    m_usage[projectId].insert(measurement, {value, estimated});
}

void RailwayApiServer::setCommitMessage(const QString &serviceId, const QString &message)
{
    auto it = m_services.find(serviceId);
    if (it != m_services.end() && !it->deployments.isEmpty())
        it->deployments.last().commitMessage = message;
}

void RailwayApiServer::setServiceUsage(const QString &projectId, const QString &serviceId,
                                       const QString &measurement, double value)
{
    m_serviceUsage[projectId][serviceId].insert(measurement, value);
}

void RailwayApiServer::addDeployment(const QString &serviceId, const QString &status, qint64 createdMs,
                                     const QString &commitMessage)
{
    auto it = m_services.find(serviceId);
    if (it == m_services.end())
        return;
    Deployment d;
    d.id = u"dep-%1"_s.arg(m_nextDeployment++);
    d.status = status;
    d.createdMs = createdMs;
    d.updatedMs = createdMs;
    d.image = u"%1:%2"_s.arg(serviceId).arg(it->deployments.size() + 1);
    d.commitMessage = commitMessage;
    auto at = std::upper_bound(it->deployments.begin(), it->deployments.end(), createdMs,
                               [](qint64 t, const Deployment &e) { return t < e.createdMs; });
    it->deployments.insert(at, d);
}

bool RailwayApiServer::visible(const QString &projectId) const
{
    const auto it = m_projects.constFind(projectId);
    if (it == m_projects.cend() || it->hidden)
        return false;
    return m_scopeProject.isEmpty() || m_scopeProject == projectId;
}

QJsonObject RailwayApiServer::projectJson(const QString &projectId) const
{
    const Project p = m_projects.value(projectId);
    QJsonArray environments;
    for (const auto &[id, name] : p.environments)
        environments.append(QJsonObject{{u"node"_s, QJsonObject{{u"id"_s, id}, {u"name"_s, name}}}});
    QJsonArray services;
    QStringList ids = m_services.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        const Service &s = m_services[id];
        if (s.projectId != projectId)
            continue;
        const QJsonObject instance{{u"environmentId"_s, s.environmentId},
                                   {u"region"_s, s.region.isEmpty() ? QJsonValue() : QJsonValue(s.region)},
                                   {u"numReplicas"_s, s.replicas},
                                   {u"sleepApplication"_s, s.sleeping}};
        services.append(QJsonObject{
            {u"node"_s, QJsonObject{{u"id"_s, id},
                                    {u"name"_s, s.name},
                                    {u"serviceInstances"_s,
                                     QJsonObject{{u"edges"_s, QJsonArray{QJsonObject{{u"node"_s, instance}}}}}}}}});
    }
    return QJsonObject{{u"id"_s, projectId},
                       {u"name"_s, p.name},
                       {u"environments"_s, QJsonObject{{u"edges"_s, environments}}},
                       {u"services"_s, QJsonObject{{u"edges"_s, services}}}};
}

QJsonValue RailwayApiServer::readField(const QString &name, const QJsonObject &args, Failure *failure)
{
    auto partial = [failure](const QString &code, const QString &message) {
        *failure = {200, code, message, true};
        return QJsonValue();
    };
    const qint64 from = QDateTime::fromString(args.value(u"startDate"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    const qint64 to = QDateTime::fromString(args.value(u"endDate"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
    // Aligned steps over [from, to]; with quirks every third is missing and one repeats.
    auto steps = [&](int stepSeconds) {
        QVector<qint64> out;
        const qint64 step = std::max(1, stepSeconds) * 1000LL;
        int i = 0;
        for (qint64 t = (from + step - 1) / step * step; t <= to && out.size() < 20000; t += step, ++i) {
            if (m_quirks && i % 3 == 2)
                continue;
            out.append(t / 1000);
            if (m_quirks && i == 1)
                out.append(t / 1000);
        }
        return out;
    };
    if (name == u"projectToken") {
        if (m_scopeProject.isEmpty())
            return partial(u"UNAUTHENTICATED"_s, u"Not Authorized"_s);
        return QJsonObject{{u"projectId"_s, m_projectTokenProject}, {u"environmentId"_s, m_projectTokenEnvironment}};
    }
    if (name == u"projects") {
        if (!m_scopeProject.isEmpty())
            return partial(u"UNAUTHENTICATED"_s, u"Not Authorized"_s);
        QStringList listed;
        for (const QString &id : std::as_const(m_projectOrder)) {
            if (visible(id))
                listed.append(id);
        }
        const int first = args.value(u"first"_s).toInt(20);
        const int start = args.value(u"after"_s).toString().section(u':', 1).toInt();
        QJsonArray edges;
        for (int i = start; i < listed.size() && edges.size() < first; ++i)
            edges.append(QJsonObject{{u"node"_s, projectJson(listed.at(i))}, {u"cursor"_s, u"cursor:%1"_s.arg(i + 1)}});
        const int end = start + static_cast<int>(edges.size());
        return QJsonObject{{u"edges"_s, edges},
                           {u"pageInfo"_s, QJsonObject{{u"hasNextPage"_s, end < listed.size()},
                                                       {u"endCursor"_s, u"cursor:%1"_s.arg(end)}}}};
    }
    const QString projectId = args.value(name == u"project" ? u"id"_s : u"projectId"_s).toString();
    if (!projectId.isEmpty() && !visible(projectId))
        return partial(u"FORBIDDEN"_s, u"Not Authorized"_s);
    if (name == u"project")
        return projectJson(projectId);
    if (name == u"metrics") {
        const QString environmentId = args.value(u"environmentId"_s).toString();
        const QJsonArray measurements = args.value(u"measurements"_s).toArray();
        const bool byRegion = args.value(u"groupBy"_s).toArray().contains(QJsonValue(u"REGION"_s));
        const QVector<qint64> ts = steps(args.value(u"sampleRateSeconds"_s).toInt(60));
        QJsonArray out;
        QStringList ids = m_services.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const Service &s = m_services[id];
            if (s.environmentId != environmentId || (!projectId.isEmpty() && s.projectId != projectId))
                continue;
            const Figures f = m_figures.value(id);
            const QStringList regions = byRegion ? (f.regions.isEmpty() ? QStringList{s.region} : f.regions)
                                                 : QStringList{QString()};
            for (const QJsonValue &m : measurements) {
                const QString what = m.toString();
                double value = 0;
                if (what == u"CPU_USAGE")
                    value = f.cpuVcpu;
                else if (what == u"MEMORY_USAGE_GB")
                    value = f.memoryGb;
                else if (what == u"DISK_USAGE_GB")
                    value = f.diskGb;
                else if (what == u"NETWORK_RX_GB" || what == u"NETWORK_TX_GB")
                    value = f.networkRxGb;
                else
                    continue; // limits are not reported by this server: the source's options apply
                for (const QString &region : regions) {
                    QJsonArray values;
                    for (qint64 t : ts)
                        values.append(QJsonObject{{u"ts"_s, t}, {u"value"_s, value / regions.size()}});
                    QJsonObject tags{{u"serviceId"_s, id}};
                    if (byRegion)
                        tags.insert(u"region"_s, region);
                    out.append(QJsonObject{{u"measurement"_s, what}, {u"tags"_s, tags}, {u"values"_s, values}});
                }
            }
        }
        return out;
    }
    const QString serviceId = args.value(u"serviceId"_s).toString();
    if (name == u"httpDurationMetrics" || name == u"httpMetricsGroupedByStatus") {
        const auto it = m_services.constFind(serviceId);
        if (it == m_services.cend() || it->environmentId != args.value(u"environmentId"_s).toString())
            return partial(u"NOT_FOUND"_s, u"Service not found"_s);
        const Figures f = m_figures.value(serviceId);
        const QVector<qint64> ts = steps(args.value(u"stepSeconds"_s).toInt(60));
        if (name == u"httpDurationMetrics") {
            QJsonArray samples;
            for (qint64 t : ts)
                samples.append(QJsonObject{{u"ts"_s, t},
                                           {u"p50"_s, f.p95Ms / 2},
                                           {u"p90"_s, f.p95Ms * 0.9},
                                           {u"p95"_s, f.p95Ms},
                                           {u"p99"_s, f.p95Ms * 1.5}});
            return QJsonObject{{u"samples"_s, samples}};
        }
        QJsonArray groups;
        for (const auto &[code, count] : {std::pair{200, f.count2xx}, std::pair{404, f.count4xx},
                                          std::pair{503, f.count5xx}, std::pair{429, f.count429}}) {
            QJsonArray samples;
            for (qint64 t : ts)
                samples.append(QJsonObject{{u"ts"_s, t}, {u"value"_s, count}});
            groups.append(QJsonObject{{u"statusCode"_s, code}, {u"samples"_s, samples}});
        }
        return groups;
    }
    if (name == u"usage" || name == u"estimatedUsage") {
        QJsonArray out;
        const auto usage = m_usage.value(projectId);
        if (name == u"usage" && m_serviceUsage.contains(projectId)) {
            const auto services = m_serviceUsage.value(projectId);
            for (auto s = services.cbegin(); s != services.cend(); ++s) {
                for (auto m = s->cbegin(); m != s->cend(); ++m)
                    out.append(QJsonObject{{u"measurement"_s, m.key()}, {u"value"_s, m.value()},
                                           {u"tags"_s, QJsonObject{{u"serviceId"_s, s.key()}}}});
            }
            return out;
        }
        for (auto it = usage.cbegin(); it != usage.cend(); ++it) {
            if (name == u"usage")
                out.append(QJsonObject{{u"measurement"_s, it.key()}, {u"value"_s, it.value().first},
                                       {u"tags"_s, QJsonObject{{u"serviceId"_s, QJsonValue()}}}});
            else
                out.append(QJsonObject{{u"measurement"_s, it.key()}, {u"estimatedValue"_s, it.value().second},
                                       {u"projectId"_s, projectId}});
        }
        return out;
    }
    return partial(u"GRAPHQL_VALIDATION_FAILED"_s, u"Cannot query field \"%1\" on type \"Query\"."_s.arg(name));
}
