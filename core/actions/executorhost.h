#pragma once

#include "core/actions/actiontypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Actions {

class Executor;

// The executors' side of the action engine, on the network thread: routes each
// request to the executor of the target's provider and answers with value types
// by queued signals. prepare() is the read half of an execution (observe the
// target, render the exact request) and send() the write half; the engine
// persists "executing" between the two.
class ExecutorHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutorHost)
public:
    explicit ExecutorHost(QObject *parent = nullptr);
    ~ExecutorHost() override;

    // Takes ownership. One executor per provider id.
    void addExecutor(Executor *executor);
    Executor *executor(const QString &provider) const;

public slots:
    void prepare(quint64 requestId, const Actions::ExecutionRequest &request);
    void send(quint64 requestId, const Actions::ExecutionRequest &request);
    void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets);
    void describe(quint64 requestId, const Actions::ExecutionRequest &request);
    void replay(const QVector<Actions::AppliedChange> &changes);
    void sourcesCreated(const QStringList &sourceIds);

signals:
    void prepared(quint64 requestId, const Actions::ProviderState &before, const QString &request);
    void applied(quint64 requestId, const Actions::ExecutionResult &result);
    void observed(quint64 requestId, const QVector<Actions::ProviderState> &states);
    void described(quint64 requestId, const QString &request);
    void budgetChanged(const Actions::RequestBudgetStatus &budget);

private:
    struct PendingObserve
    {
        quint64 outerId = 0;
        bool forPrepare = false;
        ExecutionRequest request;
    };
    struct Gather
    {
        int waiting = 0;
        QVector<ProviderState> states;
    };

    void onObserved(quint64 innerId, const QVector<Actions::ProviderState> &states);
    void onApplied(quint64 innerId, const Actions::ExecutionResult &result);
    static ProviderState missingExecutor(const ActionTarget &target);

    QHash<QString, QPointer<Executor>> m_executors;
    QHash<quint64, PendingObserve> m_observes; // inner id -> what it is for
    QHash<quint64, quint64> m_sends;           // inner id -> outer id
    QHash<quint64, Gather> m_gathers;          // outer observe id -> answers so far
    quint64 m_nextInner = 1;
};

} // namespace Actions
