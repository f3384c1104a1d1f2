#include "core/store/migrations.h"

#include "core/store/samplestore.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

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
    Migration{6, "incidents with their timeline, silences and maintenance windows, webhook deliveries",
              {
                  "CREATE TABLE alert_incidents (id INTEGER PRIMARY KEY, project_id TEXT NOT NULL,"
                  " cause TEXT NOT NULL, state TEXT NOT NULL, severity TEXT NOT NULL, opened_ms INTEGER NOT NULL,"
                  " resolved_ms INTEGER NOT NULL DEFAULT 0, quiet_since_ms INTEGER NOT NULL DEFAULT 0,"
                  " last_notified_ms INTEGER NOT NULL DEFAULT 0, services TEXT NOT NULL DEFAULT '[]',"
                  " alerts TEXT NOT NULL DEFAULT '[]')",
                  "CREATE INDEX alert_incidents_by_state ON alert_incidents (state, opened_ms)",
                  "CREATE TABLE alert_timeline (incident_id INTEGER NOT NULL, seq INTEGER NOT NULL,"
                  " at_ms INTEGER NOT NULL, event TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',"
                  " PRIMARY KEY (incident_id, seq)) WITHOUT ROWID",
                  "CREATE TABLE alert_silences (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
                  " project_id TEXT NOT NULL DEFAULT '', service_id TEXT NOT NULL DEFAULT '',"
                  " rule_id TEXT NOT NULL DEFAULT '', starts_ms INTEGER NOT NULL, ends_ms INTEGER NOT NULL,"
                  " reason TEXT NOT NULL, created_by TEXT NOT NULL DEFAULT '')",
                  "CREATE TABLE webhook_deliveries (id INTEGER PRIMARY KEY, webhook_id TEXT NOT NULL,"
                  " incident_id INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL, state TEXT NOT NULL,"
                  " attempts INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL,"
                  " finished_ms INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', body BLOB)",
              }},
    Migration{7, "the last known flag states and experiment verdicts, for offline reports",
              {
                  // One row per flag and environment of each flag source, replaced per
                  // source whenever that source answers; a source that is down keeps its rows.
                  "CREATE TABLE flag_states (source TEXT NOT NULL, source_name TEXT NOT NULL,"
                  " project TEXT NOT NULL, feature TEXT NOT NULL, environment TEXT NOT NULL,"
                  " type TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL, rollout REAL,"
                  " conditional INTEGER NOT NULL DEFAULT 0, changed_ms INTEGER, changed_by TEXT,"
                  " fetched_ms INTEGER NOT NULL, PRIMARY KEY (source, project, feature, environment)) WITHOUT ROWID",
                  "CREATE TABLE experiment_verdicts (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                  " project TEXT NOT NULL, feature TEXT NOT NULL, environment TEXT NOT NULL,"
                  " verdict TEXT NOT NULL, variant TEXT NOT NULL DEFAULT '', lift REAL, probability REAL,"
                  " more_users INTEGER NOT NULL DEFAULT 0, srm_p REAL, users INTEGER NOT NULL DEFAULT 0,"
                  " computed_ms INTEGER NOT NULL) WITHOUT ROWID",
              }},
    Migration{8, "raw samples as one row per series and hour (issue 4: write speed)",
              {
                  "CREATE TABLE samples_chunk (series_id INTEGER NOT NULL, chunk INTEGER NOT NULL,"
                  " data BLOB NOT NULL, PRIMARY KEY (series_id, chunk)) WITHOUT ROWID",
                  "CREATE INDEX samples_chunk_by_time ON samples_chunk (chunk)",
              }},
    Migration{9, "off-peak schedules approved from cost recommendations",
              {
                  "CREATE TABLE cost_schedules (id TEXT PRIMARY KEY, service_id TEXT NOT NULL, spec TEXT NOT NULL,"
                  " state TEXT NOT NULL DEFAULT 'active', last_edge_ms INTEGER NOT NULL DEFAULT 0,"
                  " note TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL)",
              }},
    Migration{10, "deployment timelines for chart markers and diagnoses (issue 11)",
              {
                  "CREATE TABLE deployments (id TEXT PRIMARY KEY, source_id TEXT NOT NULL, service_id TEXT NOT NULL,"
                  " status TEXT NOT NULL, created_ms INTEGER NOT NULL, commit_message TEXT NOT NULL DEFAULT '',"
                  " seen_ms INTEGER NOT NULL)",
                  "CREATE INDEX deployments_by_time ON deployments (created_ms)",
              }},
};

// Migrations that move data in a way SQL alone cannot express; each runs right after
// the statements of its version, in the same transaction.
struct DataStep
{
    int version;
    Util::Result<void> (*run)(QSqlDatabase &db);
    const char *thenSql;
};

const std::array kDataSteps = {
    DataStep{8, &SampleStore::convertRawRows, "DROP TABLE samples_raw"},
};

// Numbers are assigned to branches ahead of time, so the list may hold them out of
// order after a merge; they always run in ascending order.
std::vector<const Migration *> inVersionOrder()
{
    std::vector<const Migration *> ordered;
    for (const Migration &m : kMigrations)
        ordered.push_back(&m);
    std::sort(ordered.begin(), ordered.end(), [](const Migration *a, const Migration *b) {
        return a->version < b->version;
    });
    return ordered;
}

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed();
}

} // namespace

int latestSchemaVersion()
{
    return inVersionOrder().back()->version;
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
    for (const Migration *step : inVersionOrder()) {
        const Migration &migration = *step;
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
        for (const DataStep &data : kDataSteps) {
            if (data.version != migration.version)
                continue;
            QString reason;
            if (auto moved = data.run(db); !moved)
                reason = moved.error().message;
            else if (!query.exec(QString::fromLatin1(data.thenSql)))
                reason = sqlError(query.lastError());
            if (!reason.isEmpty()) {
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
