#include "core/actions/demoexecutor.h"

#include "core/sources/demo/demosource.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

constexpr qint64 kDeployHistoryMs = 48 * 3600'000LL;

} // namespace

DemoExecutor::DemoExecutor(Resolver resolver, std::shared_ptr<const Util::Clock> clock, QObject *parent)
    : Executor(parent)
    , m_resolve(std::move(resolver))
    , m_clock(std::move(clock))
{
}

DemoExecutor::~DemoExecutor() = default;

QString DemoExecutor::provider() const
{
    return u"demo"_s;
}

ProviderState DemoExecutor::stateOf(const QString &serviceId) const
{
    ProviderState s;
    s.serviceId = serviceId;
    s.markersSupported = true;
    Sources::Demo::DemoSource *source = m_resolve ? m_resolve(serviceId) : nullptr;
    const int index = source ? source->fleet().indexOf(serviceId) : -1;
    if (index < 0) {
        s.error = QCoreApplication::translate("Actions", "The demo fleet has no service '%1'.").arg(serviceId);
        return s;
    }
    const qint64 now = m_clock->nowMs();
    s.ok = true;
    s.replicas = source->fleet().replicasAt(index, now);
    s.deploysMs = source->fleet().deploysBetween(index, now - kDeployHistoryMs, now);
    s.markers = m_markers.value(serviceId);
    s.updatedMs = m_lastChangeMs.value(serviceId);
    // The revision is the newest deploy, or the newest change Straja made on top of it.
    const qint64 lastDeploy = s.deploysMs.isEmpty() ? 0 : s.deploysMs.last();
    s.revision = QString::number(std::max(lastDeploy, s.updatedMs));
    s.raw = QJsonObject{{u"replicas"_s, s.replicas}, {u"deploys"_s, static_cast<int>(s.deploysMs.size())}};
    return s;
}

void DemoExecutor::observe(quint64 requestId, const QVector<ActionTarget> &targets)
{
    QVector<ProviderState> states;
    for (const ActionTarget &t : targets)
        states.append(stateOf(t.serviceId));
    // Asynchronous like a network executor, so callers never rely on re-entrancy.
    QMetaObject::invokeMethod(this, [this, requestId, states] { emit observed(requestId, states); },
                              Qt::QueuedConnection);
}

QString DemoExecutor::describe(const ExecutionRequest &r) const
{
    const QString service = r.target.serviceId;
    switch (r.kind) {
    case ActionKind::Scale:
        return u"demo-fleet: scale %1 replicas=%2 (idempotency-key %3)"_s.arg(service).arg(r.replicas).arg(
            r.idempotencyKey);
    case ActionKind::Restart:
        return u"demo-fleet: restart %1 (idempotency-key %2)"_s.arg(service, r.idempotencyKey);
    case ActionKind::Rollback:
        return u"demo-fleet: rollback %1 (idempotency-key %2)"_s.arg(service, r.idempotencyKey);
    case ActionKind::Manual:
    case ActionKind::FlagChange: break;
    }
    return QString();
}

void DemoExecutor::send(quint64 requestId, const ExecutionRequest &r)
{
    ExecutionResult result;
    result.actionId = r.actionId;
    result.request = describe(r);
    Sources::Demo::DemoSource *source = m_resolve ? m_resolve(r.target.serviceId) : nullptr;
    bool ok = false;
    if (source) {
        switch (r.kind) {
        case ActionKind::Scale: ok = source->scaleService(r.target.serviceId, r.replicas); break;
        case ActionKind::Restart: ok = source->restartService(r.target.serviceId); break;
        case ActionKind::Rollback: ok = source->rollbackService(r.target.serviceId); break;
        case ActionKind::Manual:
        case ActionKind::FlagChange: break;
        }
    }
    result.ok = ok;
    if (ok) {
        m_markers[r.target.serviceId].append(r.idempotencyKey);
        m_lastChangeMs[r.target.serviceId] = m_clock->nowMs();
        m_applied.append({r.target.serviceId, provider(), r.kind, r.replicas, m_clock->nowMs(), r.idempotencyKey, {}});
        result.reply = QCoreApplication::translate("Actions", "The demo fleet applied the change.");
    } else {
        result.errorCode = u"demo.unknown"_s;
        result.message = QCoreApplication::translate("Actions", "The demo fleet has no service '%1'.")
                             .arg(r.target.serviceId);
    }
    QMetaObject::invokeMethod(this, [this, requestId, result] { emit applied(requestId, result); },
                              Qt::QueuedConnection);
}

bool DemoExecutor::apply(const AppliedChange &c)
{
    using Type = Sources::Demo::DemoFleet::InterventionType;
    Sources::Demo::DemoSource *source = m_resolve ? m_resolve(c.serviceId) : nullptr;
    if (!source || c.kind == ActionKind::Manual)
        return false;
    const Type type = c.kind == ActionKind::Scale     ? Type::Scale
                      : c.kind == ActionKind::Restart ? Type::Restart
                                                      : Type::Rollback;
    if (!source->replayIntervention(c.serviceId, type, c.replicas, c.atMs))
        return false;
    if (!m_markers.value(c.serviceId).contains(c.idempotencyKey))
        m_markers[c.serviceId].append(c.idempotencyKey);
    m_lastChangeMs[c.serviceId] = std::max(m_lastChangeMs.value(c.serviceId), c.atMs);
    return true;
}

void DemoExecutor::replay(const QVector<AppliedChange> &changes)
{
    for (const AppliedChange &c : changes) {
        if (apply(c))
            m_applied.append(c);
    }
}

void DemoExecutor::sourcesCreated(const QStringList &sourceIds)
{
    // A new simulator starts from its spec: it hears again what the old one had.
    for (const AppliedChange &c : std::as_const(m_applied)) {
        Sources::Demo::DemoSource *source = m_resolve ? m_resolve(c.serviceId) : nullptr;
        if (source && sourceIds.contains(source->sourceId()))
            apply(c);
    }
}

} // namespace Actions
