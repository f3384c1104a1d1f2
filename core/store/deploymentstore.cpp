#include "core/store/deploymentstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

Util::Error queryError(const QSqlQuery &query)
{
    return Util::makeError(u"store.deployments"_s,
                           QCoreApplication::translate("Store", "The deployments could not be stored: %1")
                               .arg(query.lastError().text()));
}

// A null QString binds as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

bool DeploymentRecord::failed() const
{
    // Railway's DeploymentStatus values; FAILED is a build or deploy that never
    // served traffic, CRASHED one that ran and then died.
    return status.compare(u"FAILED"_s, Qt::CaseInsensitive) == 0
        || status.compare(u"CRASHED"_s, Qt::CaseInsensitive) == 0;
}

bool DeploymentRecord::wentLive() const
{
    static const QStringList kLive = {u"SUCCESS"_s, u"CRASHED"_s, u"REMOVED"_s, u"SLEEPING"_s, u"REMOVING"_s};
    return kLive.contains(status.toUpper());
}

Util::Result<void> DeploymentStore::upsert(const DeploymentRecords &records, qint64 nowMs)
{
    if (!m_db.transaction())
        return Util::makeError(u"store.deployments"_s, m_db.lastError().text());
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO deployments (id, source_id, service_id, status, created_ms, commit_message,"
                       " seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                       " source_id = excluded.source_id, service_id = excluded.service_id,"
                       " status = excluded.status, created_ms = excluded.created_ms,"
                       " commit_message = excluded.commit_message, seen_ms = excluded.seen_ms"_s)) {
        const Util::Error error = queryError(query);
        m_db.rollback();
        return error;
    }
    for (const DeploymentRecord &r : records) {
        if (r.id.isEmpty())
            continue; // nothing to key it by: it would be stored again on every refresh
        query.addBindValue(r.id);
        query.addBindValue(text(r.sourceId));
        query.addBindValue(text(r.serviceId));
        query.addBindValue(text(r.status));
        query.addBindValue(r.createdMs);
        query.addBindValue(text(r.commitMessage));
        query.addBindValue(nowMs);
        if (!query.exec()) {
            const Util::Error error = queryError(query);
            m_db.rollback();
            return error;
        }
    }
    QSqlQuery prune(m_db);
    if (!prune.prepare(u"DELETE FROM deployments WHERE created_ms < ?"_s)) {
        const Util::Error error = queryError(prune);
        m_db.rollback();
        return error;
    }
    prune.addBindValue(nowMs - kKeepMs);
    if (!prune.exec()) {
        const Util::Error error = queryError(prune);
        m_db.rollback();
        return error;
    }
    if (!m_db.commit())
        return Util::makeError(u"store.deployments"_s, m_db.lastError().text());
    return {};
}

Util::Result<DeploymentRecords> DeploymentStore::load(qint64 sinceMs) const
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"SELECT id, source_id, service_id, status, created_ms, commit_message FROM deployments"
                       " WHERE created_ms >= ? ORDER BY created_ms, id"_s))
        return queryError(query);
    query.addBindValue(sinceMs);
    if (!query.exec())
        return queryError(query);
    DeploymentRecords out;
    while (query.next()) {
        DeploymentRecord r;
        r.id = query.value(0).toString();
        r.sourceId = query.value(1).toString();
        r.serviceId = query.value(2).toString();
        r.status = query.value(3).toString();
        r.createdMs = query.value(4).toLongLong();
        r.commitMessage = query.value(5).toString();
        out.append(r);
    }
    return out;
}

} // namespace Store
