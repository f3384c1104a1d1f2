#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/httptransport.h"
#include "core/sources/railway/railwayoptions.h"
#include "core/sources/railway/railwayresponse.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Util {
class Clock;
}
namespace Actions {
class BudgetRegistry;
}
namespace Sources {
class CredentialSource;
}

namespace Sources::Railway {

// Posts GraphQL documents to Railway for the connector and for discovery: the
// token comes from the keychain entry "railway:<account>" for each request (it is
// held only in the request's header), every request is counted against the
// token's shared budget first, and the answer's X-RateLimit-* / Retry-After
// headers update that budget. Lives on the thread of its parent.
class RailwayClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayClient)
public:
    using Done = std::function<void(Util::Result<RailwayResponse::Envelope>)>;

    // `transport` null: a NetworkTransport of its own. `budgets` null: the shared registry.
    RailwayClient(RailwayOptions options, CredentialSource *credentials, const Util::Clock *clock,
                  Actions::HttpTransport *transport = nullptr, std::shared_ptr<Actions::BudgetRegistry> budgets = {},
                  QObject *parent = nullptr);
    ~RailwayClient() override;

    // `essential` requests may use the reserve kept for executions (discovery the
    // operator asked for); refreshes may not.
    void post(const QJsonObject &document, bool essential, Done done);
    Actions::RequestBudgetStatus budget() const;
    qint64 nowMs() const;
    const RailwayOptions &options() const { return m_options; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int requestsSent() const { return m_sent; }

signals:
    void budgetChanged(const Actions::RequestBudgetStatus &status);

private:
    RailwayOptions m_options;
    CredentialSource *m_credentials = nullptr;
    const Util::Clock *m_clock = nullptr;
    Actions::HttpTransport *m_transport = nullptr;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    int m_timeoutMs = 20'000;
    int m_sent = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Sources::Railway
