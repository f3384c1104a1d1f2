#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/auditlog.h"
#include "core/util/result.h"

#include <QJsonObject>

#include <functional>
#include <initializer_list>
#include <optional>

class QSqlDatabase;

namespace Actions {

// Persistence of actions (schema 3). Every state change is one transaction that
// updates the row only if it is still in the expected state (so two paths can never
// both take the same step) and appends the audit record that describes it.
// Used on one thread, with that thread's own connection.
class ActionStore final
{
public:
    explicit ActionStore(QSqlDatabase &db) : m_db(db), m_audit(db) { }

    // A new proposal in state Proposed, with its idempotency key and audit record.
    // A given idempotency key (a schedule's edge) makes a second insert for it fail.
    Util::Result<ActionRecord> insertProposal(const Proposal &proposal, qint64 nowMs, qint64 expiresMs, bool shadow,
                                              const QString &actor, const QString &idempotencyKey = {});
    // Whether an action with this idempotency key was ever recorded.
    Util::Result<bool> hasIdempotencyKey(const QString &idempotencyKey) const;
    // New evidence for an open proposal whose remedy is unchanged. Not audited: what
    // an approval covers (kind, target, replicas) cannot change this way.
    Util::Result<void> refreshProposal(qint64 id, const Proposal &proposal, qint64 nowMs, qint64 expiresMs);

    // Moves an action from `from` to `to`. Fails with code "action.state" if the
    // action is no longer in `from` (someone else took the step) and with
    // "action.transition" if the state machine forbids the move.
    Util::Result<ActionRecord> transition(qint64 id, ActionState from, ActionState to, qint64 nowMs,
                                          const QString &actor,
                                          const std::function<void(ActionRecord &)> &mutate = {});
    Util::Result<ActionRecord> snooze(qint64 id, qint64 untilMs, qint64 nowMs, const QString &actor);
    // Records progress inside one state (an attempt, an observed provider state).
    Util::Result<void> recordExecution(qint64 id, const ExecutionInfo &execution, qint64 nowMs, const QString &actor,
                                       const QString &event);

    Util::Result<ActionRecord> load(qint64 id) const;
    Util::Result<QVector<ActionRecord>> loadInStates(std::initializer_list<ActionState> states) const;
    // Decided actions, newest first.
    Util::Result<QVector<ActionRecord>> history(int limit) const;
    // The open proposal for this remedy (forecast-only ones are kept apart from the others).
    Util::Result<std::optional<ActionRecord>> openWithDedupKey(const QString &dedupKey, bool shadow = false) const;
    // When the provider last confirmed a scaling of this service (0 = never): cooldowns count from it.
    Util::Result<qint64> lastScaleAppliedMs(const QString &actedServiceId) const;

    // Settings by scope ("automation", "guardrails", "scaling", "target") and key
    // (a service id, or "settings"). Changes are audited.
    Util::Result<QJsonObject> setting(const QString &scope, const QString &key) const;
    Util::Result<QHash<QString, QJsonObject>> settings(const QString &scope) const;
    Util::Result<void> setSetting(const QString &scope, const QString &key, const QJsonObject &value, qint64 nowMs,
                                  const QString &actor);

    AuditLog &audit() { return m_audit; }
    // The connection, for the stores that share it (schedules).
    QSqlDatabase &handle() { return m_db; }

    static QString newIdempotencyKey();

private:
    Util::Result<void> write(const ActionRecord &record, std::optional<ActionState> expected);

    QSqlDatabase &m_db;
    AuditLog m_audit;
};

} // namespace Actions
