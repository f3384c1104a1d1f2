#include "core/actions/auditlog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

const QString kHeadKey = u"audit.head"_s;

Util::Error sqlFailure(const QSqlQuery &query)
{
    return Util::makeError(u"audit.sql"_s, QCoreApplication::translate("Actions", "The audit log cannot be read or "
                                                                                  "written: %1")
                                               .arg(query.lastError().text().trimmed()));
}

// Length-prefixed fields: no choice of separators inside a field can make two
// different records hash alike.
void addField(QCryptographicHash &hash, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    hash.addData(QByteArray::number(utf8.size()));
    hash.addData(QByteArrayView(":"));
    hash.addData(utf8);
    hash.addData(QByteArrayView("\n"));
}

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.actionId = q.value(3).toLongLong();
    e.event = q.value(4).toString();
    e.payload = q.value(5).toString();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

QString headValue(qint64 seq, const QString &hash)
{
    return QString::number(seq) + u':' + hash;
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const AuditEntry &e)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("straja-audit-v1\n"));
    addField(hash, QString::number(e.seq));
    addField(hash, QString::number(e.atMs));
    addField(hash, e.actor);
    addField(hash, QString::number(e.actionId));
    addField(hash, e.event);
    addField(hash, e.payload);
    addField(hash, e.prevHash);
    return QString::fromLatin1(hash.result().toHex());
}

Util::Result<AuditEntry> AuditLog::append(qint64 atMs, const QString &actor, qint64 actionId, const QString &event,
                                          const QJsonObject &payload)
{
    QSqlQuery last(m_db);
    if (!last.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s))
        return sqlFailure(last);
    AuditEntry e;
    e.seq = 1;
    e.prevHash = genesisHash();
    if (last.next()) {
        e.seq = last.value(0).toLongLong() + 1;
        e.prevHash = last.value(1).toString();
    }
    last.finish();
    e.atMs = atMs;
    e.actor = actor;
    e.actionId = actionId;
    e.event = event;
    e.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    e.hash = hashOf(e);

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO audit_log (seq, at_ms, actor, action_id, event, payload, prev_hash, hash)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(e.seq);
    insert.addBindValue(e.atMs);
    insert.addBindValue(e.actor);
    insert.addBindValue(e.actionId);
    insert.addBindValue(e.event);
    insert.addBindValue(e.payload);
    insert.addBindValue(e.prevHash);
    insert.addBindValue(e.hash);
    if (!insert.exec())
        return sqlFailure(insert);

    QSqlQuery head(m_db);
    head.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    head.addBindValue(kHeadKey);
    head.addBindValue(headValue(e.seq, e.hash));
    if (!head.exec())
        return sqlFailure(head);
    return e;
}

Util::Result<AuditReport> AuditLog::verify() const
{
    AuditReport report;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // In seq order: a record moved to another position breaks the prev-hash link
    // at the first place it no longer fits.
    if (!q.exec(u"SELECT seq, at_ms, actor, action_id, event, payload, prev_hash, hash FROM audit_log"
                " ORDER BY seq"_s))
        return sqlFailure(q);
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    auto fail = [&report](qint64 seq, const QString &problem) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = problem;
    };
    while (q.next()) {
        const AuditEntry e = entryFrom(q);
        ++report.records;
        if (e.seq != expectedSeq) {
            fail(e.seq, e.seq > expectedSeq
                            ? QCoreApplication::translate("Actions", "Record %1 is missing (the log jumps from %2 to %3).")
                                  .arg(expectedSeq)
                                  .arg(expectedSeq - 1)
                                  .arg(e.seq)
                            : QCoreApplication::translate("Actions", "Record %1 appears out of order.").arg(e.seq));
            return report;
        }
        if (e.prevHash != expectedPrev) {
            fail(e.seq, QCoreApplication::translate("Actions", "Record %1 does not follow the record before it: a "
                                                               "record was removed, inserted or reordered there.")
                            .arg(e.seq));
            return report;
        }
        if (hashOf(e) != e.hash) {
            fail(e.seq, QCoreApplication::translate("Actions", "Record %1 was changed after it was written.").arg(e.seq));
            return report;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
        report.headHash = e.hash;
    }
    q.finish();

    QSqlQuery head(m_db);
    head.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    head.addBindValue(kHeadKey);
    if (!head.exec())
        return sqlFailure(head);
    const QString stored = head.next() ? head.value(0).toString() : QString();
    const QString actual = report.records > 0 ? headValue(report.records, report.headHash) : QString();
    if (stored != actual) {
        const qint64 storedSeq = stored.section(u':', 0, 0).toLongLong();
        fail(report.records + 1,
             storedSeq > report.records
                 ? QCoreApplication::translate("Actions", "The log ends at record %1, but record %2 had been written: "
                                                          "records were removed from the end.")
                       .arg(report.records)
                       .arg(storedSeq)
                 : QCoreApplication::translate("Actions", "The log's last record does not match the head recorded "
                                                          "with it."));
    }
    return report;
}

Util::Result<QVector<AuditEntry>> AuditLog::recent(int limit, qint64 actionId) const
{
    QSqlQuery q(m_db);
    if (actionId > 0) {
        q.prepare(u"SELECT seq, at_ms, actor, action_id, event, payload, prev_hash, hash FROM audit_log"
                  " WHERE action_id = ? ORDER BY seq DESC LIMIT ?"_s);
        q.addBindValue(actionId);
    } else {
        q.prepare(u"SELECT seq, at_ms, actor, action_id, event, payload, prev_hash, hash FROM audit_log"
                  " ORDER BY seq DESC LIMIT ?"_s);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q);
    QVector<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

} // namespace Actions
