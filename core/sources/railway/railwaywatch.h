#pragma once

#include "core/model/workspace.h"
#include "core/sources/railway/railwaytypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace Util {
class Clock;
}
namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Sources::Railway {

class RailwaySource;

// Reads what Railway knows beside the metrics, on its own slower schedule: each
// Railway source's deployment timeline (every 15 minutes by default) and its
// usage with Railway's estimate of the bill (hourly). Both share the token's
// hourly budget with the refreshes and the executor, so a round is skipped while
// less than a fifth of the budget is left: the interval stretches to the next
// round instead of starving the metrics. Lives on the engine's thread; the
// requests are asynchronous and the answers small.
class RailwayWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayWatch)
public:
    static constexpr qint64 kDefaultDeploymentsMs = 15LL * 60'000;
    static constexpr qint64 kDefaultUsageMs = 60LL * 60'000;
    static constexpr int kMinBudgetPercent = 20;

    RailwayWatch(CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                 std::shared_ptr<Actions::BudgetRegistry> budgets, Actions::HttpTransport *transport = nullptr,
                 QObject *parent = nullptr);
    ~RailwayWatch() override;

    // The sources to watch; a source whose settings changed gets a new connector,
    // and a new source is asked at once.
    void setWorkspace(const Model::WorkspacePtr &workspace);
    void setIntervals(qint64 deploymentsMs, qint64 usageMs);
    void fetchDeploymentsNow();
    void fetchUsageNow();

signals:
    // `error` empty when every service answered; what came is in `deployments` either way.
    void deploymentsFetched(const QString &sourceId, Sources::Railway::DeploymentListPtr deployments,
                            const QString &error);
    void usageFetched(const QString &sourceId, Sources::Railway::UsageListPtr usage, const QString &error,
                      qint64 atMs);
    // A round was skipped for the budget (translated, for the status note).
    void postponed(const QString &sourceId, const QString &why);

private:
    bool budgetAllows(const QString &sourceId, RailwaySource *source);
    qint64 nowMs() const;

    CredentialSource *m_credentials = nullptr;
    std::shared_ptr<const Util::Clock> m_clock;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    Actions::HttpTransport *m_transport = nullptr;
    QTimer *m_deploymentsTimer = nullptr;
    QTimer *m_usageTimer = nullptr;
    QHash<QString, QPointer<RailwaySource>> m_sources; // source id -> connector used for these reads
    QHash<QString, Model::SourceConfig> m_configs;
    quint64 m_nextId = 1;
};

} // namespace Sources::Railway
