#include "railwayapiserver.h"

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
    return QJsonObject{{u"id"_s, d.id},
                       {u"status"_s, d.status},
                       {u"createdAt"_s, iso(d.createdMs)},
                       {u"updatedAt"_s, iso(d.updatedMs)},
                       {u"canRollback"_s, !running},
                       {u"canRedeploy"_s, true},
                       {u"meta"_s, QJsonObject{{u"image"_s, d.image}}}};
}

QJsonValue RailwayApiServer::field(const QString &name, const QJsonObject &args, Failure *failure)
{
    m_operations.append(name);
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
        if (it == m_services.cend())
            return fail(404, u"NOT_FOUND"_s, u"Service not found"_s);
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
    const QByteArray bearer = request.headers.value("authorization");
    const QByteArray project = request.headers.value("project-access-token");
    if (bearer != "Bearer " + m_token.toUtf8() && project != m_token.toUtf8())
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
    QJsonObject data;
    for (const GraphQl::Field &f : fields) {
        Failure failure;
        const QJsonValue value = field(f.name, f.args, &failure);
        if (failure.status != 0) {
            HttpReply r = error(failure.status, failure.code, failure.message);
            rateHeaders(r);
            return r;
        }
        data.insert(f.alias, value);
    }
    HttpReply r;
    r.body = QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson(QJsonDocument::Compact);
    rateHeaders(r);
    return r;
}
