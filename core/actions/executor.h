#pragma once

#include "core/actions/actiontypes.h"

#include <QObject>

namespace Actions {

// One provider's executor (demo, Kubernetes, Railway). Lives on the engine's
// network thread; observe() and send() return at once and answer later with
// exactly one observed() or applied() carrying the same request id.
class Executor : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Executor)
public:
    using QObject::QObject;
    ~Executor() override = default;

    virtual QString provider() const = 0;
    // Reads the current state of each target (batched into as few requests as the
    // provider allows).
    virtual void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets) = 0;
    // Sends the change. Must carry request.idempotencyKey to the provider where the
    // provider can keep it (an annotation), so a restart can tell whether it landed.
    virtual void send(quint64 requestId, const Actions::ExecutionRequest &request) = 0;
    // The exact request send() would make, credentials redacted (dry-run, audit).
    virtual QString describe(const Actions::ExecutionRequest &request) const = 0;
    // Changes confirmed in an earlier run; only a provider without memory of its own
    // (the demo fleet) needs them.
    virtual void replay(const QVector<Actions::AppliedChange> &changes) { Q_UNUSED(changes) }
    // Connectors with these source ids were created anew (a workspace change):
    // an in-memory provider puts back what it had been told.
    virtual void sourcesCreated(const QStringList &sourceIds) { Q_UNUSED(sourceIds) }

signals:
    void observed(quint64 requestId, const QVector<Actions::ProviderState> &states);
    void applied(quint64 requestId, const Actions::ExecutionResult &result);
    void budgetChanged(const Actions::RequestBudgetStatus &budget);
};

} // namespace Actions
