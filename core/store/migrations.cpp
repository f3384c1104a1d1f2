#include "core/store/migrations.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

struct Migration
{
    int version;
    const char *why;
    std::initializer_list<const char *> statements;
};

// Append only: a released migration is never edited, a change is a new number.
const std::array kMigrations = {
    Migration{1, "workspace, series and sample cache with rollups",
              {
                  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                  "CREATE TABLE sources (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL,"
                  " url TEXT NOT NULL DEFAULT '', options TEXT NOT NULL DEFAULT '{}', position INTEGER NOT NULL)",
                  "CREATE TABLE projects (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                  " description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL)",
                  "CREATE TABLE services (id TEXT PRIMARY KEY,"
                  " project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,"
                  " name TEXT NOT NULL, role TEXT NOT NULL DEFAULT '', source_id TEXT NOT NULL DEFAULT '',"
                  " provider TEXT NOT NULL DEFAULT '', regions TEXT NOT NULL DEFAULT '',"
                  " min_replicas INTEGER NOT NULL DEFAULT 1, max_replicas INTEGER NOT NULL DEFAULT 10,"
                  " position INTEGER NOT NULL)",
                  "CREATE TABLE series (id INTEGER PRIMARY KEY, service_id TEXT NOT NULL, kind TEXT NOT NULL,"
                  " region TEXT NOT NULL DEFAULT '', UNIQUE (service_id, kind, region))",
                  "CREATE TABLE samples_raw (series_id INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL,"
                  " PRIMARY KEY (series_id, t)) WITHOUT ROWID",
                  "CREATE TABLE rollup_5m (series_id INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                  " vmin REAL NOT NULL, vmax REAL NOT NULL, vsum REAL NOT NULL, n INTEGER NOT NULL,"
                  " PRIMARY KEY (series_id, bucket)) WITHOUT ROWID",
                  "CREATE TABLE rollup_1h (series_id INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                  " vmin REAL NOT NULL, vmax REAL NOT NULL, vsum REAL NOT NULL, n INTEGER NOT NULL,"
                  " PRIMARY KEY (series_id, bucket)) WITHOUT ROWID",
              }},
    Migration{2, "per-service health threshold overrides",
              {
                  "ALTER TABLE services ADD COLUMN thresholds TEXT NOT NULL DEFAULT '{}'",
              }},
    Migration{3, "actions with their state machine, the hash-chained audit log, automation settings, outcomes",
              {
                  "CREATE TABLE actions (id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE,"
                  " dedup_key TEXT NOT NULL, service_id TEXT NOT NULL, acted_service_id TEXT NOT NULL,"
                  " kind TEXT NOT NULL, trigger_kind TEXT NOT NULL, rule TEXT NOT NULL, state TEXT NOT NULL,"
                  " shadow INTEGER NOT NULL DEFAULT 0, auto_approved INTEGER NOT NULL DEFAULT 0,"
                  " proposal TEXT NOT NULL, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                  " expires_ms INTEGER NOT NULL DEFAULT 0, snoozed_until_ms INTEGER NOT NULL DEFAULT 0,"
                  " decided_by TEXT NOT NULL DEFAULT '', decided_ms INTEGER NOT NULL DEFAULT 0,"
                  " reason TEXT NOT NULL DEFAULT '', execution TEXT NOT NULL DEFAULT '{}',"
                  " outcome TEXT NOT NULL DEFAULT '{}')",
                  "CREATE INDEX actions_by_state ON actions (state, acted_service_id)",
                  "CREATE INDEX actions_by_dedup ON actions (dedup_key, state)",
                  "CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, actor TEXT NOT NULL,"
                  " action_id INTEGER NOT NULL DEFAULT 0, event TEXT NOT NULL, payload TEXT NOT NULL,"
                  " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
                  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                  " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                  " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
                  "CREATE TABLE action_settings (scope TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                  " PRIMARY KEY (scope, key)) WITHOUT ROWID",
                  "CREATE TABLE knowledge (id INTEGER PRIMARY KEY, pattern TEXT NOT NULL, fix TEXT NOT NULL,"
                  " project_id TEXT NOT NULL, service_id TEXT NOT NULL, action_id INTEGER NOT NULL,"
                  " outcome TEXT NOT NULL, at_ms INTEGER NOT NULL)",
                  "CREATE INDEX knowledge_by_pattern ON knowledge (pattern, fix)",
              }},
    Migration{4, "cost profiles of services, business metric queries of projects, imported business figures",
              {
                  "ALTER TABLE services ADD COLUMN cost TEXT NOT NULL DEFAULT '{}'",
                  "ALTER TABLE projects ADD COLUMN business TEXT NOT NULL DEFAULT '{}'",
                  // No foreign key: saving the workspace rewrites the projects table,
                  // and imported figures must survive that.
                  "CREATE TABLE business_records (project_id TEXT NOT NULL, period TEXT NOT NULL,"
                  " visitors INTEGER, signups INTEGER, active_users INTEGER, customers INTEGER,"
                  " new_customers INTEGER, churned_customers INTEGER, revenue_micros INTEGER,"
                  " marketing_micros INTEGER, source TEXT NOT NULL, imported_ms INTEGER NOT NULL,"
                  " PRIMARY KEY (project_id, period)) WITHOUT ROWID",
              }},
    Migration{5, "per-service alert rules (NULL: the defaults)",
              {
                  "ALTER TABLE services ADD COLUMN alert_rules TEXT",
              }},
    // 6, 7 and 8 are reserved for other branches (alerts2, reports2, railway2).
    Migration{9, "off-peak schedules approved from cost recommendations",
              {
                  "CREATE TABLE cost_schedules (id TEXT PRIMARY KEY, service_id TEXT NOT NULL, spec TEXT NOT NULL,"
                  " state TEXT NOT NULL DEFAULT 'active', last_edge_ms INTEGER NOT NULL DEFAULT 0,"
                  " note TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL)",
              }},
};

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Util::Result<void> migrate(QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestSchemaVersion();
    const int current = schemaVersion(db);
    if (current < 0) {
        return Util::makeError(u"store.unreadable"_s,
                               QCoreApplication::translate("Store", "The database cannot be read: %1")
                                   .arg(sqlError(db.lastError())));
    }
    if (current > latestSchemaVersion()) {
        return Util::makeError(
            u"store.newer"_s,
            QCoreApplication::translate("Store", "The database was written by a newer Straja (schema %1; this "
                                                 "version understands up to %2). Update Straja to open it.")
                .arg(current)
                .arg(latestSchemaVersion()));
    }
    if (current >= targetVersion)
        return {};

    if (!db.transaction()) {
        return Util::makeError(u"store.transaction"_s,
                               QCoreApplication::translate("Store", "Cannot start a transaction: %1")
                                   .arg(sqlError(db.lastError())));
    }
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        QSqlQuery query(db);
        for (const char *statement : migration.statements) {
            if (!query.exec(QString::fromLatin1(statement))) {
                const QString reason = sqlError(query.lastError());
                db.rollback();
                return Util::makeError(u"store.migration"_s,
                                       QCoreApplication::translate("Store", "Upgrading the database to schema %1 "
                                                                            "failed: %2")
                                           .arg(migration.version)
                                           .arg(reason));
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version))) {
            const QString reason = sqlError(query.lastError());
            db.rollback();
            return Util::makeError(u"store.migration"_s, reason);
        }
        qCInfo(lcStore) << "migrated to schema" << migration.version << "-" << migration.why;
    }
    if (!db.commit()) {
        const QString reason = sqlError(db.lastError());
        db.rollback();
        return Util::makeError(u"store.migration"_s, reason);
    }
    return {};
}

} // namespace Store
