#pragma once

#include "core/actions/budgetregistry.h"
#include "core/actions/executor.h"
#include "core/actions/httptransport.h"
#include "core/actions/requestbudget.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

namespace Util {
class Clock;
}
namespace Sources {
class CredentialSource;
}

namespace Actions {

// Railway through its public GraphQL API (docs.railway.com/reference/public-api):
//  - observe: serviceInstance { numReplicas latestDeployment } and the service's
//    deployments, for every target of one account in ONE request (aliases);
//  - scale: serviceInstanceUpdate(input: { numReplicas }), capped by the plan
//    (Hobby 10, Pro 40, Enterprise 50 replicas);
//  - restart: deploymentRestart(id: the running deployment);
//  - rollback: deploymentRollback(id: the previous deployment that can roll back).
// Railway has no autoscaler and allows 1,000 requests an hour per token: each
// account keeps a RequestBudget (observations pause before executions do; a 429 is
// waited out) and budgetChanged() reports what is left.
// Target config: serviceId and environmentId (Railway's ids), account (keychain
// entry "railway:<account>", default "default"), plan, endpoint (tests), tokenType
// ("account" or "project": Project-Access-Token header).
class RailwayExecutor final : public Executor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayExecutor)
public:
    static constexpr const char *kEndpoint = "https://backboard.railway.com/graphql/v2";

    RailwayExecutor(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                    std::shared_ptr<const Util::Clock> clock, QObject *parent = nullptr);
    ~RailwayExecutor() override;

    QString provider() const override;
    void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets) override;
    void send(quint64 requestId, const Actions::ExecutionRequest &request) override;
    QString describe(const Actions::ExecutionRequest &request) const override;

    static int replicaCap(const QString &plan);
    RequestBudgetStatus budget(const QString &account) const;
    // Budgets are per token and shared with the Railway source reading the same
    // token: the app passes BudgetRegistry::shared(); by default the executor
    // keeps its own.
    void setBudgetRegistry(std::shared_ptr<BudgetRegistry> budgets);
    // The GraphQL document and variables a request sends (for describe() and tests).
    static QJsonObject mutationFor(const ExecutionRequest &request);
    static QJsonObject observeQuery(const QVector<ActionTarget> &targets);

private:
    struct Call
    {
        QString account;
        QUrl endpoint;
        bool projectToken = false;
    };
    static Call callFor(const ActionTarget &target);
    // One POST of a GraphQL document, through the account's budget and credentials.
    void post(const Call &call, const QJsonObject &body, bool essential,
              std::function<void(HttpResponse, QString error, qint64 retryAfterMs)> done);
    ExecutionResult resultOf(const ExecutionRequest &request, const HttpResponse &response, const QString &text) const;

    HttpTransport *m_transport;
    std::shared_ptr<Sources::CredentialSource> m_credentials;
    std::shared_ptr<const Util::Clock> m_clock;
    std::shared_ptr<BudgetRegistry> m_budgets = std::make_shared<BudgetRegistry>(); // keyed "railway:<account>"
};

} // namespace Actions
