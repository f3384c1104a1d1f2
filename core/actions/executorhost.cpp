#include "core/actions/executorhost.h"

#include "core/actions/executor.h"

#include <QCoreApplication>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Actions {

ExecutorHost::ExecutorHost(QObject *parent)
    : QObject(parent)
{
}

ExecutorHost::~ExecutorHost() = default;

void ExecutorHost::addExecutor(Executor *executor)
{
    executor->setParent(this);
    m_executors.insert(executor->provider(), executor);
    connect(executor, &Executor::observed, this, &ExecutorHost::onObserved);
    connect(executor, &Executor::applied, this, &ExecutorHost::onApplied);
    connect(executor, &Executor::budgetChanged, this, &ExecutorHost::budgetChanged);
}

Executor *ExecutorHost::executor(const QString &provider) const
{
    return m_executors.value(provider).data();
}

ProviderState ExecutorHost::missingExecutor(const ActionTarget &target)
{
    ProviderState s;
    s.serviceId = target.serviceId;
    s.error = QCoreApplication::translate("Actions", "Straja has no executor for the provider '%1'.")
                  .arg(target.provider);
    return s;
}

void ExecutorHost::prepare(quint64 requestId, const ExecutionRequest &request)
{
    Executor *e = executor(request.target.provider);
    if (!e) {
        const ProviderState s = missingExecutor(request.target);
        QMetaObject::invokeMethod(this, [this, requestId, s] { emit prepared(requestId, s, QString()); },
                                  Qt::QueuedConnection);
        return;
    }
    const quint64 inner = m_nextInner++;
    m_observes.insert(inner, {requestId, true, request});
    e->observe(inner, {request.target});
}

void ExecutorHost::send(quint64 requestId, const ExecutionRequest &request)
{
    Executor *e = executor(request.target.provider);
    if (!e) {
        ExecutionResult r;
        r.actionId = request.actionId;
        r.errorCode = u"executor.missing"_s;
        r.message = missingExecutor(request.target).error;
        QMetaObject::invokeMethod(this, [this, requestId, r] { emit applied(requestId, r); }, Qt::QueuedConnection);
        return;
    }
    const quint64 inner = m_nextInner++;
    m_sends.insert(inner, requestId);
    e->send(inner, request);
}

void ExecutorHost::observe(quint64 requestId, const QVector<ActionTarget> &targets)
{
    QHash<QString, QVector<ActionTarget>> byProvider;
    Gather gather;
    for (const ActionTarget &t : targets) {
        if (executor(t.provider))
            byProvider[t.provider].append(t);
        else
            gather.states.append(missingExecutor(t));
    }
    gather.waiting = static_cast<int>(byProvider.size());
    if (gather.waiting == 0) {
        const QVector<ProviderState> states = gather.states;
        QMetaObject::invokeMethod(this, [this, requestId, states] { emit observed(requestId, states); },
                                  Qt::QueuedConnection);
        return;
    }
    m_gathers.insert(requestId, gather);
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        const quint64 inner = m_nextInner++;
        m_observes.insert(inner, {requestId, false, {}});
        executor(it.key())->observe(inner, it.value());
    }
}

void ExecutorHost::describe(quint64 requestId, const ExecutionRequest &request)
{
    Executor *e = executor(request.target.provider);
    const QString text = e ? e->describe(request) : missingExecutor(request.target).error;
    QMetaObject::invokeMethod(this, [this, requestId, text] { emit described(requestId, text); }, Qt::QueuedConnection);
}

void ExecutorHost::replay(const QVector<AppliedChange> &changes)
{
    QHash<QString, QVector<AppliedChange>> byProvider;
    for (const AppliedChange &c : changes)
        byProvider[c.provider].append(c);
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        if (Executor *e = executor(it.key()))
            e->replay(it.value());
    }
}

void ExecutorHost::sourcesCreated(const QStringList &sourceIds)
{
    for (const QPointer<Executor> &e : std::as_const(m_executors)) {
        if (e)
            e->sourcesCreated(sourceIds);
    }
}

void ExecutorHost::onObserved(quint64 innerId, const QVector<ProviderState> &states)
{
    const auto it = m_observes.constFind(innerId);
    if (it == m_observes.cend())
        return;
    const PendingObserve pending = it.value();
    m_observes.erase(it);
    if (pending.forPrepare) {
        ProviderState before = states.value(0);
        ExecutionRequest request = pending.request;
        request.fromRevision = before.revision;
        request.toRevision = before.previousRevision;
        QString text;
        if (Executor *e = executor(request.target.provider))
            text = e->describe(request);
        emit prepared(pending.outerId, before, text);
        return;
    }
    auto gather = m_gathers.find(pending.outerId);
    if (gather == m_gathers.end())
        return;
    gather->states += states;
    if (--gather->waiting > 0)
        return;
    const QVector<ProviderState> all = gather->states;
    m_gathers.erase(gather);
    emit observed(pending.outerId, all);
}

void ExecutorHost::onApplied(quint64 innerId, const ExecutionResult &result)
{
    const auto it = m_sends.constFind(innerId);
    if (it == m_sends.cend())
        return;
    const quint64 outer = it.value();
    m_sends.erase(it);
    emit applied(outer, result);
}

} // namespace Actions
