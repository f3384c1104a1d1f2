#pragma once

#include "core/actions/executor.h"

#include <QHash>

#include <functional>
#include <memory>

namespace Util {
class Clock;
}
namespace Sources::Demo {
class DemoSource;
}

namespace Actions {

// The demo fleet as a provider: the same scale / restart / rollback as a real one,
// applied to the simulator, so the whole loop (propose, approve, execute, verify)
// works on first start. Idempotency keys are kept in memory for as long as the
// simulator's own interventions are; after a restart the engine replays what it
// recorded.
class DemoExecutor final : public Executor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoExecutor)
public:
    // Finds the demo source that simulates a service (nullptr if none).
    using Resolver = std::function<Sources::Demo::DemoSource *(const QString &serviceId)>;

    DemoExecutor(Resolver resolver, std::shared_ptr<const Util::Clock> clock, QObject *parent = nullptr);
    ~DemoExecutor() override;

    QString provider() const override;
    void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets) override;
    void send(quint64 requestId, const Actions::ExecutionRequest &request) override;
    QString describe(const Actions::ExecutionRequest &request) const override;
    void replay(const QVector<Actions::AppliedChange> &changes) override;
    void sourcesCreated(const QStringList &sourceIds) override;

private:
    ProviderState stateOf(const QString &serviceId) const;
    bool apply(const AppliedChange &change);

    Resolver m_resolve;
    std::shared_ptr<const Util::Clock> m_clock;
    QHash<QString, QStringList> m_markers;  // service -> idempotency keys applied
    QHash<QString, qint64> m_lastChangeMs;  // service -> when it was last changed
    QVector<AppliedChange> m_applied;       // everything the simulators were told, to tell new ones
};

} // namespace Actions
