#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace Actions {

struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor;      // the operator's name, or "straja" for automatic steps
    qint64 actionId = 0; // 0 for settings changes
    QString event;      // proposed, approved, executing, ..., settings
    QString payload;    // compact JSON, exactly as hashed
    QString prevHash;
    QString hash;
};

// The result of walking the whole chain.
struct AuditReport
{
    bool intact = true;
    qint64 records = 0;
    QString headHash;   // hash of the last record (compare with a copy kept elsewhere)
    qint64 firstBadSeq = 0;
    QString problem;    // translated, one line
};

// The append-only, tamper-evident audit log (DESIGN §5): every record holds the
// SHA-256 of the previous one, and the newest record's hash is also kept in the
// meta table. Editing, removing or reordering any record breaks the chain at that
// record; removing records from the end is caught by the meta copy, and by
// comparing the head with a copy kept outside the database (`--expect-head`).
// SQL triggers refuse UPDATE and DELETE, so only a deliberate edit of the file
// can change history, and verify() finds it.
class AuditLog final
{
public:
    explicit AuditLog(QSqlDatabase &db) : m_db(db) { }

    // Appends inside the caller's transaction (the state change it records commits
    // with it, or neither does).
    Util::Result<AuditEntry> append(qint64 atMs, const QString &actor, qint64 actionId, const QString &event,
                                    const QJsonObject &payload);

    Util::Result<AuditReport> verify() const;

    // Newest first, at most `limit`.
    Util::Result<QVector<AuditEntry>> recent(int limit, qint64 actionId = 0) const;

    static QString hashOf(const AuditEntry &entry);
    static QString genesisHash();

private:
    QSqlDatabase &m_db;
};

} // namespace Actions
