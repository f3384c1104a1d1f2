#pragma once

#include "core/actions/actioncontext.h"

#include <QHash>

namespace Actions {

// Drives approved actions through the executors on the network thread: reads the
// provider, checks the guardrails, persists "executing" before it sends, and on an
// ambiguous answer (a dropped connection, a 5xx) or after a restart reads the
// provider back (reconcile) before any second send: a change is never sent twice
// blindly. Dry runs and previews ask the executor to describe the request only.
class ExecutionDriver final
{
    Q_DISABLE_COPY_MOVE(ExecutionDriver)
public:
    explicit ExecutionDriver(ActionContext &context);

    void start(const ActionRecord &record);
    // An executing action whose send may or may not have reached the provider.
    void reconcile(const ActionRecord &record);
    // The request an action would send, for the operator (answered by previewReady).
    void preview(const ActionRecord &record);

    // Answers addressed to the driver; false when the answer is someone else's.
    bool onPrepared(quint64 requestId, const ProviderState &before, const QString &request);
    void onSent(const SendJob &job, const ExecutionResult &result);
    bool onObserved(quint64 requestId, const QVector<ProviderState> &states);
    bool onDescribed(quint64 requestId, const QString &request);

private:
    void finishPrepare(qint64 actionId, const ProviderState &before, const QString &request);
    void finishReconcile(qint64 actionId, const ProviderState &now);

    ActionContext &m_ctx;
    QHash<quint64, qint64> m_prepares;   // request -> action
    QHash<quint64, qint64> m_reconciles; // request -> action
    QHash<quint64, qint64> m_describes;  // request -> action (dry run when the action is busy)
};

} // namespace Actions
