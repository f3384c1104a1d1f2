#include "core/store/workspacestore.h"

#include "core/model/costprofilejson.h"
#include "core/model/sourcetype.h"
#include "core/store/sqltext.h"
#include "core/store/thresholdsjson.h"
#include "core/model/workspacejson.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// The workspace tables predate authentication settings, and schema changes
// belong to numbered migrations: a source's auth and CA file ride in its options
// column under these reserved keys (docs/workspace-file.md).
const QString kAuthKey = u"auth"_s;
const QString kCaFileKey = u"caFile"_s;

QByteArray optionsColumn(const Model::SourceConfig &source)
{
    QJsonObject options = source.options;
    options.remove(kAuthKey);
    options.remove(kCaFileKey);
    if (source.auth != Model::SourceAuth::None)
        options.insert(kAuthKey, Model::sourceAuthId(source.auth));
    if (!source.caFile.isEmpty())
        options.insert(kCaFileKey, source.caFile);
    return QJsonDocument(options).toJson(QJsonDocument::Compact);
}

Util::Error queryError(const QSqlQuery &query)
{
    return Util::makeError(u"store.query"_s,
                           QCoreApplication::translate("Store", "Database error: %1")
                               .arg(query.lastError().text().trimmed()));
}

} // namespace

Util::Result<Model::Workspace> WorkspaceStore::load() const
{
    Model::Workspace ws;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'workspace_name'"_s))
        return queryError(query);
    if (query.next())
        ws.name = query.value(0).toString();
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'provider_plans'"_s))
        return queryError(query);
    if (query.next())
        ws.plans = Model::plansFromJson(query.value(0).toByteArray());

    if (!query.exec(u"SELECT id, type, name, url, options FROM sources ORDER BY position"_s))
        return queryError(query);
    while (query.next()) {
        const auto type = Model::sourceTypeFromId(query.value(1).toString());
        if (!type) {
            return Util::makeError(u"store.source_type"_s,
                                   QCoreApplication::translate("Store", "Source '%1' has an unknown type '%2'.")
                                       .arg(query.value(0).toString(), query.value(1).toString()));
        }
        Model::SourceConfig source;
        source.id = query.value(0).toString();
        source.type = *type;
        source.name = query.value(2).toString();
        source.url = QUrl(query.value(3).toString());
        source.options = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        source.auth = Model::sourceAuthFromId(source.options.take(kAuthKey).toString())
                          .value_or(Model::SourceAuth::None);
        source.caFile = source.options.take(kCaFileKey).toString();
        ws.sources.append(source);
    }

    if (!query.exec(u"SELECT id, name, description, business FROM projects ORDER BY position"_s))
        return queryError(query);
    while (query.next())
        ws.projects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            Model::businessQueriesFromJson(query.value(3).toByteArray())});

    if (!query.exec(u"SELECT id, project_id, name, role, source_id, provider, regions, min_replicas, max_replicas,"
                    " thresholds, cost, alert_rules FROM services ORDER BY position"_s))
        return queryError(query);
    while (query.next()) {
        Model::Service svc;
        svc.id = query.value(0).toString();
        svc.projectId = query.value(1).toString();
        svc.name = query.value(2).toString();
        svc.role = query.value(3).toString();
        svc.sourceId = query.value(4).toString();
        svc.provider = query.value(5).toString();
        svc.regions = query.value(6).toString().split(u',', Qt::SkipEmptyParts);
        svc.minReplicas = query.value(7).toInt();
        svc.maxReplicas = query.value(8).toInt();
        svc.thresholds = thresholdsFromJson(query.value(9).toByteArray());
        svc.cost = Model::costProfileFromJson(query.value(10).toByteArray());
        if (!query.value(11).isNull()) {
            QVector<Model::WorkspaceProblem> problems;
            svc.alertRules = Model::alertRulesFromJson(query.value(11).toByteArray(), &problems);
            if (!problems.isEmpty())
                qCWarning(lcStore) << "alert rules of" << svc.id << "unreadable, using the defaults:"
                                   << problems.constFirst().toString();
        }
        ws.services.append(svc);
    }
    return ws;
}

Util::Result<void> WorkspaceStore::save(const Model::Workspace &ws)
{
    if (!m_db.transaction())
        return Util::makeError(u"store.transaction"_s, m_db.lastError().text());
    QSqlQuery query(m_db);
    auto fail = [&]() -> Util::Result<void> {
        Util::Error error = queryError(query);
        m_db.rollback();
        return error;
    };
    for (const char *sql : {"DELETE FROM services", "DELETE FROM projects", "DELETE FROM sources"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail();
    }
    if (!query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('workspace_name', ?)"_s))
        return fail();
    query.addBindValue(sqlText(ws.name));
    if (!query.exec())
        return fail();
    if (!query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('provider_plans', ?)"_s))
        return fail();
    query.addBindValue(QString::fromUtf8(Model::plansToJson(ws.plans)));
    if (!query.exec())
        return fail();

    if (!query.prepare(u"INSERT INTO sources (id, type, name, url, options, position) VALUES (?, ?, ?, ?, ?, ?)"_s))
        return fail();
    for (int i = 0; i < ws.sources.size(); ++i) {
        const Model::SourceConfig &s = ws.sources.at(i);
        query.addBindValue(sqlText(s.id));
        query.addBindValue(Model::sourceTypeId(s.type));
        query.addBindValue(sqlText(s.name));
        query.addBindValue(sqlText(s.url.toString()));
        query.addBindValue(QString::fromUtf8(optionsColumn(s)));
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }

    if (!query.prepare(u"INSERT INTO projects (id, name, description, business, position) VALUES (?, ?, ?, ?, ?)"_s))
        return fail();
    for (int i = 0; i < ws.projects.size(); ++i) {
        const Model::Project &p = ws.projects.at(i);
        query.addBindValue(sqlText(p.id));
        query.addBindValue(sqlText(p.name));
        query.addBindValue(sqlText(p.description));
        query.addBindValue(QString::fromUtf8(Model::businessQueriesToJson(p.businessQueries)));
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }

    if (!query.prepare(u"INSERT INTO services (id, project_id, name, role, source_id, provider, regions,"
                       " min_replicas, max_replicas, thresholds, cost, alert_rules, position)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
        return fail();
    for (int i = 0; i < ws.services.size(); ++i) {
        const Model::Service &s = ws.services.at(i);
        query.addBindValue(sqlText(s.id));
        query.addBindValue(sqlText(s.projectId));
        query.addBindValue(sqlText(s.name));
        query.addBindValue(sqlText(s.role));
        query.addBindValue(sqlText(s.sourceId));
        query.addBindValue(sqlText(s.provider));
        query.addBindValue(sqlText(s.regions.join(u',')));
        query.addBindValue(s.minReplicas);
        query.addBindValue(s.maxReplicas);
        query.addBindValue(QString::fromUtf8(thresholdsToJson(s.thresholds)));
        query.addBindValue(QString::fromUtf8(Model::costProfileToJson(s.cost)));
        query.addBindValue(s.alertRules ? QVariant(QString::fromUtf8(Model::alertRulesToJson(*s.alertRules)))
                                        : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }
    // The sample cache holds the workspace's services only: a removed service's
    // history goes with it, and an id used again later starts empty.
    for (const char *sql : {"DELETE FROM samples_chunk WHERE series_id IN (SELECT id FROM series WHERE service_id NOT IN"
                            " (SELECT id FROM services))",
                            "DELETE FROM rollup_5m WHERE series_id IN (SELECT id FROM series WHERE service_id NOT IN"
                            " (SELECT id FROM services))",
                            "DELETE FROM rollup_1h WHERE series_id IN (SELECT id FROM series WHERE service_id NOT IN"
                            " (SELECT id FROM services))",
                            "DELETE FROM series WHERE service_id NOT IN (SELECT id FROM services)"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail();
    }
    if (!m_db.commit())
        return fail();
    return {};
}

Util::Result<bool> WorkspaceStore::exists() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT 1 FROM meta WHERE key = 'workspace_name'"_s))
        return queryError(query);
    return query.next();
}

} // namespace Store
