#include "core/actions/railwayexecutor.h"

#include "core/sources/credentials.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

qint64 parseTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString firstError(const QJsonObject &answer, QString *code = nullptr)
{
    const QJsonArray errors = answer.value(u"errors"_s).toArray();
    if (errors.isEmpty())
        return QString();
    const QJsonObject e = errors.first().toObject();
    if (code)
        *code = e.value(u"extensions"_s).toObject().value(u"code"_s).toString();
    return e.value(u"message"_s).toString();
}

} // namespace

RailwayExecutor::RailwayExecutor(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                                 std::shared_ptr<const Util::Clock> clock, QObject *parent)
    : Executor(parent)
    , m_transport(transport)
    , m_credentials(std::move(credentials))
    , m_clock(std::move(clock))
{
}

RailwayExecutor::~RailwayExecutor() = default;

QString RailwayExecutor::provider() const
{
    return u"railway"_s;
}

int RailwayExecutor::replicaCap(const QString &plan)
{
    if (plan == u"enterprise")
        return 50;
    if (plan == u"pro")
        return 40;
    return 10; // Hobby
}

RequestBudgetStatus RailwayExecutor::budget(const QString &account) const
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    return m_budgets->status(u"railway:"_s + account, now);
}

void RailwayExecutor::setBudgetRegistry(std::shared_ptr<BudgetRegistry> budgets)
{
    if (budgets)
        m_budgets = std::move(budgets);
}

RailwayExecutor::Call RailwayExecutor::callFor(const ActionTarget &target)
{
    Call c;
    c.account = target.config.value(u"account"_s).toString(u"default"_s);
    c.endpoint = QUrl(target.config.value(u"endpoint"_s).toString(QString::fromLatin1(kEndpoint)));
    c.projectToken = target.config.value(u"tokenType"_s).toString() == u"project";
    return c;
}

QJsonObject RailwayExecutor::observeQuery(const QVector<ActionTarget> &targets)
{
    // One document for every service of the account: each request counts against
    // the hourly budget, so they are batched with aliases.
    QStringList definitions;
    QStringList fields;
    QJsonObject variables;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QString s = u"s%1"_s.arg(i);
        const QString e = u"e%1"_s.arg(i);
        definitions.append(u"$%1: String!, $%2: String!"_s.arg(s, e));
        fields.append(u"i%1: serviceInstance(serviceId: $%2, environmentId: $%3) { numReplicas latestDeployment "
                      "{ id status createdAt updatedAt } }"_s.arg(i).arg(s, e));
        fields.append(u"d%1: deployments(first: 20, input: { serviceId: $%2, environmentId: $%3 }) { edges { node "
                      "{ id status createdAt updatedAt canRollback } } }"_s.arg(i).arg(s, e));
        variables.insert(s, targets.at(i).config.value(u"serviceId"_s).toString(targets.at(i).serviceId));
        variables.insert(e, targets.at(i).config.value(u"environmentId"_s).toString());
    }
    const QString query = u"query straja_observe("_s + definitions.join(u", "_s) + u") { "_s + fields.join(u" "_s)
                          + u" }"_s;
    return QJsonObject{{u"query"_s, query}, {u"variables"_s, variables}};
}

QJsonObject RailwayExecutor::mutationFor(const ExecutionRequest &r)
{
    const QJsonObject &config = r.target.config;
    const QString serviceId = config.value(u"serviceId"_s).toString(r.target.serviceId);
    const QString environmentId = config.value(u"environmentId"_s).toString();
    switch (r.kind) {
    case ActionKind::Scale:
        return QJsonObject{{u"query"_s, u"mutation straja_scale($serviceId: String!, $environmentId: String!, "
                                        "$replicas: Int!) { serviceInstanceUpdate(serviceId: $serviceId, "
                                        "environmentId: $environmentId, input: { numReplicas: $replicas }) }"_s},
                           {u"variables"_s, QJsonObject{{u"serviceId"_s, serviceId},
                                                        {u"environmentId"_s, environmentId},
                                                        {u"replicas"_s, r.replicas}}}};
    case ActionKind::Restart:
        return QJsonObject{{u"query"_s, u"mutation straja_restart($id: String!) { deploymentRestart(id: $id) }"_s},
                           {u"variables"_s, QJsonObject{{u"id"_s, r.fromRevision}}}};
    case ActionKind::Rollback:
        return QJsonObject{{u"query"_s, u"mutation straja_rollback($id: String!) { deploymentRollback(id: $id) "
                                        "{ id status } }"_s},
                           {u"variables"_s, QJsonObject{{u"id"_s, r.toRevision}}}};
    case ActionKind::Manual:
    case ActionKind::FlagChange: break;
    }
    return {};
}

QString RailwayExecutor::describe(const ExecutionRequest &r) const
{
    const Call call = callFor(r.target);
    return u"POST "_s + call.endpoint.toString() + u"\n"_s
           + (call.projectToken ? u"Project-Access-Token: ***\n"_s : u"Authorization: Bearer ***\n"_s)
           + u"Content-Type: application/json\n\n"_s
           + QString::fromUtf8(QJsonDocument(mutationFor(r)).toJson(QJsonDocument::Compact));
}

void RailwayExecutor::post(const Call &call, const QJsonObject &body, bool essential,
                           std::function<void(HttpResponse, QString, qint64)> done)
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const QString key = u"railway:"_s + call.account;
    qint64 wait = 0;
    if (!m_budgets->acquire(key, essential, now, &wait)) {
        const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(now + wait).time(), QLocale::ShortFormat);
        const QString why = QCoreApplication::translate("Actions", "The Railway request budget of '%1' is spent; "
                                                                   "waiting until %2.")
                                .arg(call.account, until);
        // Answer later, as a request would: callers may not rely on re-entrancy.
        QMetaObject::invokeMethod(this, [done, why, wait] { done(HttpResponse{}, why, wait); }, Qt::QueuedConnection);
        return;
    }
    emit budgetChanged(m_budgets->status(key, now));
    QPointer<RailwayExecutor> self(this);
    auto go = [self, call, body, done](const QString &token) {
        if (!self)
            return;
        if (token.isEmpty()) {
            done(HttpResponse{}, QCoreApplication::translate("Actions", "No Railway token for '%1' in the keychain.")
                                     .arg(call.account),
                 0);
            return;
        }
        HttpRequest http;
        http.method = "POST";
        http.url = call.endpoint;
        http.header("Content-Type", "application/json");
        if (call.projectToken)
            http.header("Project-Access-Token", token.toUtf8());
        else
            http.header("Authorization", "Bearer " + token.toUtf8());
        http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        self->m_transport->send(http, [self, call, done](HttpResponse r) {
            if (!self)
                return;
            const qint64 at = self->m_clock ? self->m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
            const QString key = u"railway:"_s + call.account;
            self->m_budgets->update(key, r, at);
            emit self->budgetChanged(self->m_budgets->status(key, at));
            done(r, QString(), r.status == 429 ? std::max<qint64>(0, self->m_budgets->blockedUntilMs(key) - at) : 0);
        });
    };
    if (!m_credentials) {
        QMetaObject::invokeMethod(this, [go] { go(QString()); }, Qt::QueuedConnection);
        return;
    }
    m_credentials->lookup(u"railway:"_s + call.account, [go](Util::Result<Sources::Credentials> c) {
        go(c ? c->bearerToken : QString());
    });
}

void RailwayExecutor::observe(quint64 requestId, const QVector<ActionTarget> &targets)
{
    QHash<QString, QVector<ActionTarget>> byAccount;
    for (const ActionTarget &t : targets)
        byAccount[callFor(t).account + u'|' + callFor(t).endpoint.toString()].append(t);
    if (byAccount.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, requestId] { emit observed(requestId, {}); }, Qt::QueuedConnection);
        return;
    }
    auto states = std::make_shared<QVector<ProviderState>>();
    auto waiting = std::make_shared<int>(static_cast<int>(byAccount.size()));
    QPointer<RailwayExecutor> self(this);
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const QVector<ActionTarget> group = it.value();
        post(callFor(group.first()), observeQuery(group), false,
             [self, requestId, group, states, waiting](HttpResponse r, const QString &error, qint64) {
                 const QJsonObject answer = parse(r.body);
                 const QJsonObject data = answer.value(u"data"_s).toObject();
                 QString why = error;
                 if (why.isEmpty() && !r.ok())
                     why = r.status == 0 ? r.networkError
                                         : QCoreApplication::translate("Actions", "Railway answered HTTP %1: %2")
                                               .arg(r.status)
                                               .arg(firstError(answer).isEmpty() ? QString::fromUtf8(r.body.left(120))
                                                                                 : firstError(answer));
                 for (qsizetype i = 0; i < group.size(); ++i) {
                     ProviderState s;
                     s.serviceId = group.at(i).serviceId;
                     const QJsonObject instance = data.value(u"i%1"_s.arg(i)).toObject();
                     if (!why.isEmpty() || instance.isEmpty()) {
                         s.error = !why.isEmpty() ? why : firstError(answer);
                         if (s.error.isEmpty())
                             s.error = QCoreApplication::translate("Actions", "Railway knows no such service instance.");
                         states->append(s);
                         continue;
                     }
                     s.ok = true;
                     s.replicas = instance.value(u"numReplicas"_s).toInt(1);
                     const QJsonObject latest = instance.value(u"latestDeployment"_s).toObject();
                     s.revision = latest.value(u"id"_s).toString();
                     s.updatedMs = parseTime(latest.value(u"updatedAt"_s).toString());
                     const QJsonArray edges = data.value(u"d%1"_s.arg(i)).toObject().value(u"edges"_s).toArray();
                     qint64 previousAt = 0;
                     for (const QJsonValue &edge : edges) {
                         const QJsonObject node = edge.toObject().value(u"node"_s).toObject();
                         const qint64 created = parseTime(node.value(u"createdAt"_s).toString());
                         if (created > 0)
                             s.deploysMs.append(created);
                         if (node.value(u"id"_s).toString() != s.revision && node.value(u"canRollback"_s).toBool()
                             && created > previousAt) {
                             previousAt = created;
                             s.previousRevision = node.value(u"id"_s).toString();
                         }
                     }
                     std::sort(s.deploysMs.begin(), s.deploysMs.end());
                     s.raw = QJsonObject{{u"numReplicas"_s, s.replicas}, {u"latestDeployment"_s, latest}};
                     states->append(s);
                 }
                 if (--*waiting == 0 && self)
                     emit self->observed(requestId, *states);
             });
    }
}

ExecutionResult RailwayExecutor::resultOf(const ExecutionRequest &request, const HttpResponse &r,
                                          const QString &text) const
{
    ExecutionResult result;
    result.actionId = request.actionId;
    result.request = text;
    result.httpStatus = r.status;
    const QJsonObject answer = parse(r.body);
    QString code;
    const QString error = firstError(answer, &code);
    if (r.status == 0) {
        result.errorCode = u"network"_s;
        result.message = QCoreApplication::translate("Actions", "Railway did not answer: %1").arg(r.networkError);
        return result;
    }
    if (r.status == 429) {
        result.errorCode = u"http.429"_s;
        result.retryable = true;
        result.message = QCoreApplication::translate("Actions", "Railway's rate limit was reached (429).");
        return result;
    }
    if (!r.ok() || !error.isEmpty()) {
        result.errorCode = r.ok() ? u"graphql."_s + (code.isEmpty() ? u"error"_s : code) : u"http.%1"_s.arg(r.status);
        // A 409 or a conflict reported by GraphQL did not change anything: try again.
        result.retryable = r.status == 409 || code == u"CONFLICT";
        const QString why = !error.isEmpty() ? error : QString::fromUtf8(r.body.left(160)).trimmed();
        result.message = QCoreApplication::translate("Actions", "Railway refused (HTTP %1): %2").arg(r.status).arg(why);
        return result;
    }
    const QJsonObject data = answer.value(u"data"_s).toObject();
    const QJsonValue value = data.isEmpty() ? QJsonValue() : data.begin().value();
    if (value.isBool() && !value.toBool()) {
        result.errorCode = u"graphql.false"_s;
        result.message = QCoreApplication::translate("Actions", "Railway answered that nothing was changed.");
        return result;
    }
    result.ok = true;
    result.reply = QCoreApplication::translate("Actions", "Railway accepted it: %1")
                       .arg(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return result;
}

void RailwayExecutor::send(quint64 requestId, const ExecutionRequest &request)
{
    QPointer<RailwayExecutor> self(this);
    auto answer = [self, requestId](ExecutionResult result) {
        if (self)
            emit self->applied(requestId, result);
    };
    const QString plan = request.target.config.value(u"plan"_s).toString(u"hobby"_s);
    ExecutionResult refused;
    refused.actionId = request.actionId;
    if (request.kind == ActionKind::Scale && request.replicas > replicaCap(plan)) {
        refused.errorCode = u"railway.plan"_s;
        refused.message = QCoreApplication::translate("Actions", "Railway's %1 plan allows at most %2 replicas.")
                              .arg(plan)
                              .arg(replicaCap(plan));
    } else if ((request.kind == ActionKind::Restart && request.fromRevision.isEmpty())
               || (request.kind == ActionKind::Rollback && request.toRevision.isEmpty())) {
        refused.errorCode = u"railway.deployment"_s;
        refused.message = request.kind == ActionKind::Restart
                              ? QCoreApplication::translate("Actions", "The service has no running deployment to "
                                                                       "restart.")
                              : QCoreApplication::translate("Actions", "There is no earlier deployment that can be "
                                                                       "rolled back to.");
    }
    if (!refused.errorCode.isEmpty()) {
        QMetaObject::invokeMethod(this, [answer, refused] { answer(refused); }, Qt::QueuedConnection);
        return;
    }
    const QString text = describe(request);
    post(callFor(request.target), mutationFor(request), true,
         [self, request, text, answer](HttpResponse r, const QString &error, qint64 retryAfterMs) {
             if (!self)
                 return;
             if (!error.isEmpty()) {
                 ExecutionResult result;
                 result.actionId = request.actionId;
                 result.request = text;
                 result.errorCode = u"railway.budget"_s;
                 result.retryable = retryAfterMs > 0; // nothing was sent
                 result.retryAfterMs = retryAfterMs;
                 result.message = error;
                 answer(result);
                 return;
             }
             ExecutionResult result = self->resultOf(request, r, text);
             result.retryAfterMs = retryAfterMs;
             answer(result);
         });
}

} // namespace Actions
