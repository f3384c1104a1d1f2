#include "core/actions/actionstore.h"

#include "core/actions/actionjson.h"
#include "core/actions/actionstatemachine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

const QString kColumns = u"id, idempotency_key, state, shadow, auto_approved, proposal, created_ms, updated_ms,"
                         " expires_ms, snoozed_until_ms, decided_by, decided_ms, reason, execution, outcome"_s;

Util::Error sqlFailure(const QSqlQuery &query)
{
    return Util::makeError(u"action.sql"_s,
                           QCoreApplication::translate("Actions", "Saving or reading actions failed: %1")
                               .arg(query.lastError().text().trimmed()));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

ActionRecord recordFrom(const QSqlQuery &q)
{
    ActionRecord r;
    r.id = q.value(0).toLongLong();
    r.idempotencyKey = q.value(1).toString();
    r.state = ActionStateMachine::stateFromId(q.value(2).toString()).value_or(ActionState::Failed);
    r.shadow = q.value(3).toBool();
    r.autoApproved = q.value(4).toBool();
    r.proposal = proposalFromJson(parse(q.value(5).toString()));
    r.createdMs = q.value(6).toLongLong();
    r.updatedMs = q.value(7).toLongLong();
    r.expiresMs = q.value(8).toLongLong();
    r.snoozedUntilMs = q.value(9).toLongLong();
    r.decidedBy = q.value(10).toString();
    r.decidedMs = q.value(11).toLongLong();
    r.reason = q.value(12).toString();
    r.execution = executionFromJson(parse(q.value(13).toString()));
    r.outcome = outcomeFromJson(parse(q.value(14).toString()));
    return r;
}

// Commits on success, rolls back otherwise: every return path of a store call
// leaves no half-written step behind. IMMEDIATE takes the write lock up front
// (waiting out the sample writer's transactions through the busy timeout): a
// deferred transaction that read first could not upgrade once another connection
// had written, and would fail instead of waiting.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db)
    {
        // A long sample write on a loaded machine can hold the lock past one busy
        // timeout (5 s); an operator's decision must not be lost to that, so the
        // lock is asked for a few times before the step fails visibly.
        for (int attempt = 0; attempt < kLockAttempts; ++attempt) {
            m_error.clear();
            if (run(u"BEGIN IMMEDIATE"_s)) {
                m_open = true;
                return;
            }
            if (!m_error.contains(u"locked"_s))
                return; // failed for another reason: say so at once
        }
    }
    ~Transaction()
    {
        if (m_open)
            run(u"ROLLBACK"_s);
    }
    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }
    bool commit()
    {
        m_open = false;
        return run(u"COMMIT"_s);
    }

private:
    bool run(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            m_error = q.lastError().text().trimmed();
        return ok;
    }

    static constexpr int kLockAttempts = 6;
    QSqlDatabase &m_db;
    QString m_error;
    bool m_open = false;
};

Util::Error transactionFailure(const QString &reason)
{
    return Util::makeError(u"action.sql"_s,
                           QCoreApplication::translate("Actions", "Saving or reading actions failed: %1").arg(reason));
}

// What the audit record of a transition says: enough to reconstruct who decided
// what and what reached the provider, without the bulky evidence.
QJsonObject transitionPayload(const ActionRecord &r, ActionState from, ActionState to)
{
    QJsonObject o{{u"from"_s, ActionStateMachine::stateId(from)}, {u"to"_s, ActionStateMachine::stateId(to)},
                  {u"idempotencyKey"_s, r.idempotencyKey}};
    if (!r.reason.isEmpty())
        o.insert(u"reason"_s, r.reason);
    switch (to) {
    case ActionState::Approved:
        o.insert(u"approved"_s, proposalSummary(r.proposal));
        o.insert(u"auto"_s, r.autoApproved);
        break;
    case ActionState::Executing:
    case ActionState::DryRun:
        o.insert(u"request"_s, r.execution.request);
        o.insert(u"observedBefore"_s, r.execution.observedBefore);
        break;
    case ActionState::Verifying:
        o.insert(u"providerReply"_s, r.execution.providerReply);
        o.insert(u"appliedMs"_s, static_cast<double>(r.execution.appliedMs));
        break;
    case ActionState::Succeeded:
    case ActionState::Failed:
    case ActionState::RolledBack:
        o.insert(u"outcome"_s, outcomeToJson(r.outcome));
        break;
    case ActionState::Proposed:
    case ActionState::Rejected:
    case ActionState::Expired:
        break;
    }
    return o;
}

} // namespace

QString ActionStore::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Util::Result<void> ActionStore::write(const ActionRecord &r, std::optional<ActionState> expected)
{
    QSqlQuery q(m_db);
    QString sql = u"UPDATE actions SET state = ?, auto_approved = ?, proposal = ?, updated_ms = ?, expires_ms = ?,"
                  " snoozed_until_ms = ?, decided_by = ?, decided_ms = ?, reason = ?, execution = ?, outcome = ?"
                  " WHERE id = ?"_s;
    if (expected)
        sql += u" AND state = ?"_s;
    q.prepare(sql);
    q.addBindValue(ActionStateMachine::stateId(r.state));
    q.addBindValue(r.autoApproved ? 1 : 0);
    q.addBindValue(compact(proposalToJson(r.proposal)));
    q.addBindValue(r.updatedMs);
    q.addBindValue(r.expiresMs);
    q.addBindValue(r.snoozedUntilMs);
    q.addBindValue(r.decidedBy.isNull() ? u""_s : r.decidedBy);
    q.addBindValue(r.decidedMs);
    q.addBindValue(r.reason.isNull() ? u""_s : r.reason);
    q.addBindValue(compact(executionToJson(r.execution)));
    q.addBindValue(compact(outcomeToJson(r.outcome)));
    q.addBindValue(r.id);
    if (expected)
        q.addBindValue(ActionStateMachine::stateId(*expected));
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() != 1) {
        return Util::makeError(u"action.state"_s, QCoreApplication::translate("Actions", "Action %1 has already moved "
                                                                                         "on; nothing was changed.")
                                                      .arg(r.id));
    }
    return {};
}

Util::Result<bool> ActionStore::hasIdempotencyKey(const QString &idempotencyKey) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM actions WHERE idempotency_key = ?"_s);
    q.addBindValue(idempotencyKey);
    if (!q.exec())
        return sqlFailure(q);
    return q.next();
}

Util::Result<ActionRecord> ActionStore::insertProposal(const Proposal &proposal, qint64 nowMs, qint64 expiresMs,
                                                       bool shadow, const QString &actor,
                                                       const QString &idempotencyKey)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionFailure(tx.error());
    ActionRecord r;
    r.idempotencyKey = idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey;
    r.state = ActionState::Proposed;
    r.proposal = proposal;
    r.shadow = shadow;
    r.createdMs = nowMs;
    r.updatedMs = nowMs;
    r.expiresMs = expiresMs;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO actions (idempotency_key, dedup_key, service_id, acted_service_id, kind, trigger_kind,"
              " rule, state, shadow, proposal, created_ms, updated_ms, expires_ms)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(r.idempotencyKey);
    q.addBindValue(proposal.dedupKey());
    q.addBindValue(proposal.serviceId);
    q.addBindValue(proposal.actedServiceId());
    q.addBindValue(ActionStateMachine::kindId(proposal.kind));
    q.addBindValue(ActionStateMachine::triggerId(proposal.trigger));
    q.addBindValue(proposal.rule);
    q.addBindValue(ActionStateMachine::stateId(r.state));
    q.addBindValue(shadow ? 1 : 0);
    q.addBindValue(compact(proposalToJson(proposal)));
    q.addBindValue(nowMs);
    q.addBindValue(nowMs);
    q.addBindValue(expiresMs);
    if (!q.exec())
        return sqlFailure(q);
    r.id = q.lastInsertId().toLongLong();
    QJsonObject payload = proposalSummary(proposal);
    payload.insert(u"idempotencyKey"_s, r.idempotencyKey);
    payload.insert(u"shadow"_s, shadow);
    if (auto audited = m_audit.append(nowMs, actor, r.id, u"proposed"_s, payload); !audited)
        return audited.error();
    if (!tx.commit())
        return transactionFailure(tx.error());
    return r;
}

Util::Result<void> ActionStore::refreshProposal(qint64 id, const Proposal &proposal, qint64 nowMs, qint64 expiresMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE actions SET proposal = ?, updated_ms = ?, expires_ms = ? WHERE id = ? AND state = ?"_s);
    q.addBindValue(compact(proposalToJson(proposal)));
    q.addBindValue(nowMs);
    q.addBindValue(expiresMs);
    q.addBindValue(id);
    q.addBindValue(ActionStateMachine::stateId(ActionState::Proposed));
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Util::Result<ActionRecord> ActionStore::transition(qint64 id, ActionState from, ActionState to, qint64 nowMs,
                                                   const QString &actor,
                                                   const std::function<void(ActionRecord &)> &mutate)
{
    if (!ActionStateMachine::canTransition(from, to)) {
        return Util::makeError(u"action.transition"_s,
                               QCoreApplication::translate("Actions", "An action cannot go from %1 to %2.")
                                   .arg(ActionStateMachine::stateLabel(from), ActionStateMachine::stateLabel(to)));
    }
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionFailure(tx.error());
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    ActionRecord r = std::move(loaded).value();
    if (r.state != from) {
        return Util::makeError(u"action.state"_s,
                               QCoreApplication::translate("Actions", "Action %1 is %2, not %3; nothing was changed.")
                                   .arg(id)
                                   .arg(ActionStateMachine::stateLabel(r.state), ActionStateMachine::stateLabel(from)));
    }
    if (mutate)
        mutate(r);
    r.state = to;
    r.updatedMs = nowMs;
    if (from == ActionState::Proposed) {
        r.decidedBy = actor;
        r.decidedMs = nowMs;
    }
    if (auto written = write(r, from); !written)
        return written.error();
    if (auto audited = m_audit.append(nowMs, actor, id, ActionStateMachine::stateId(to), transitionPayload(r, from, to));
        !audited)
        return audited.error();
    if (!tx.commit())
        return transactionFailure(tx.error());
    return r;
}

Util::Result<ActionRecord> ActionStore::snooze(qint64 id, qint64 untilMs, qint64 nowMs, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionFailure(tx.error());
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    ActionRecord r = std::move(loaded).value();
    if (r.state != ActionState::Proposed) {
        return Util::makeError(u"action.state"_s,
                               QCoreApplication::translate("Actions", "Only an open proposal can be snoozed."));
    }
    r.snoozedUntilMs = untilMs;
    r.updatedMs = nowMs;
    // Snoozed past its expiry, a proposal would vanish unseen: it lives until shown again.
    r.expiresMs = std::max(r.expiresMs, untilMs + 60'000);
    if (auto written = write(r, ActionState::Proposed); !written)
        return written.error();
    if (auto audited = m_audit.append(nowMs, actor, id, u"snoozed"_s,
                                      QJsonObject{{u"untilMs"_s, static_cast<double>(untilMs)}});
        !audited)
        return audited.error();
    if (!tx.commit())
        return transactionFailure(tx.error());
    return r;
}

Util::Result<void> ActionStore::recordExecution(qint64 id, const ExecutionInfo &execution, qint64 nowMs,
                                                const QString &actor, const QString &event)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionFailure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE actions SET execution = ?, updated_ms = ? WHERE id = ?"_s);
    q.addBindValue(compact(executionToJson(execution)));
    q.addBindValue(nowMs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (auto audited = m_audit.append(nowMs, actor, id, event,
                                      QJsonObject{{u"attempts"_s, execution.attempts},
                                                  {u"providerReply"_s, execution.providerReply}});
        !audited)
        return audited.error();
    if (!tx.commit())
        return transactionFailure(tx.error());
    return {};
}

Util::Result<ActionRecord> ActionStore::load(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM actions WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next()) {
        return Util::makeError(u"action.missing"_s,
                               QCoreApplication::translate("Actions", "There is no action %1.").arg(id));
    }
    return recordFrom(q);
}

Util::Result<QVector<ActionRecord>> ActionStore::loadInStates(std::initializer_list<ActionState> states) const
{
    QStringList marks;
    for (std::size_t i = 0; i < states.size(); ++i)
        marks.append(u"?"_s);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns + u" FROM actions WHERE state IN ("_s + marks.join(u',') + u") ORDER BY id"_s);
    for (ActionState s : states)
        q.addBindValue(ActionStateMachine::stateId(s));
    if (!q.exec())
        return sqlFailure(q);
    QVector<ActionRecord> records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

Util::Result<QVector<ActionRecord>> ActionStore::history(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM actions WHERE state NOT IN ('proposed', 'approved', 'executing', 'verifying')"
                " ORDER BY updated_ms DESC, id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q);
    QVector<ActionRecord> records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

Util::Result<std::optional<ActionRecord>> ActionStore::openWithDedupKey(const QString &dedupKey, bool shadow) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kColumns
              + u" FROM actions WHERE dedup_key = ? AND state = 'proposed' AND shadow = ? LIMIT 1"_s);
    q.addBindValue(dedupKey);
    q.addBindValue(shadow ? 1 : 0);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<ActionRecord>();
    return std::optional<ActionRecord>(recordFrom(q));
}

Util::Result<qint64> ActionStore::lastScaleAppliedMs(const QString &actedServiceId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT execution FROM actions WHERE acted_service_id = ? AND kind = 'scale' AND shadow = 0"
              " AND state IN ('verifying', 'succeeded', 'failed', 'rolled_back') ORDER BY updated_ms DESC LIMIT 5"_s);
    q.addBindValue(actedServiceId);
    if (!q.exec())
        return sqlFailure(q);
    qint64 last = 0;
    while (q.next())
        last = std::max(last, executionFromJson(parse(q.value(0).toString())).appliedMs);
    return last;
}

Util::Result<QJsonObject> ActionStore::setting(const QString &scope, const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM action_settings WHERE scope = ? AND key = ?"_s);
    q.addBindValue(scope);
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(q);
    return q.next() ? parse(q.value(0).toString()) : QJsonObject();
}

Util::Result<QHash<QString, QJsonObject>> ActionStore::settings(const QString &scope) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key, value FROM action_settings WHERE scope = ?"_s);
    q.addBindValue(scope);
    if (!q.exec())
        return sqlFailure(q);
    QHash<QString, QJsonObject> out;
    while (q.next())
        out.insert(q.value(0).toString(), parse(q.value(1).toString()));
    return out;
}

Util::Result<void> ActionStore::setSetting(const QString &scope, const QString &key, const QJsonObject &value,
                                           qint64 nowMs, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return transactionFailure(tx.error());
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO action_settings (scope, key, value) VALUES (?, ?, ?)"
              " ON CONFLICT(scope, key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(compact(value));
    if (!q.exec())
        return sqlFailure(q);
    if (auto audited = m_audit.append(nowMs, actor, 0, u"settings"_s,
                                      QJsonObject{{u"scope"_s, scope}, {u"key"_s, key}, {u"value"_s, value}});
        !audited)
        return audited.error();
    if (!tx.commit())
        return transactionFailure(tx.error());
    return {};
}

} // namespace Actions
