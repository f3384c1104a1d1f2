#include "core/store/workspacestore.h"

#include "core/store/sqltext.h"
#include "core/store/thresholdsjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

QString typeId(Model::SourceType type)
{
    switch (type) {
    case Model::SourceType::Demo: return u"demo"_s;
    case Model::SourceType::Prometheus: return u"prometheus"_s;
    }
    return u"demo"_s;
}

std::optional<Model::SourceType> typeFromId(const QString &id)
{
    if (id == u"demo")
        return Model::SourceType::Demo;
    if (id == u"prometheus")
        return Model::SourceType::Prometheus;
    return std::nullopt;
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

    if (!query.exec(u"SELECT id, type, name, url, options FROM sources ORDER BY position"_s))
        return queryError(query);
    while (query.next()) {
        const auto type = typeFromId(query.value(1).toString());
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
        ws.sources.append(source);
    }

    if (!query.exec(u"SELECT id, name, description FROM projects ORDER BY position"_s))
        return queryError(query);
    while (query.next())
        ws.projects.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});

    if (!query.exec(u"SELECT id, project_id, name, role, source_id, provider, regions, min_replicas, max_replicas,"
                    " thresholds FROM services ORDER BY position"_s))
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

    if (!query.prepare(u"INSERT INTO sources (id, type, name, url, options, position) VALUES (?, ?, ?, ?, ?, ?)"_s))
        return fail();
    for (int i = 0; i < ws.sources.size(); ++i) {
        const Model::SourceConfig &s = ws.sources.at(i);
        query.addBindValue(sqlText(s.id));
        query.addBindValue(typeId(s.type));
        query.addBindValue(sqlText(s.name));
        query.addBindValue(sqlText(s.url.toString()));
        query.addBindValue(QString::fromUtf8(QJsonDocument(s.options).toJson(QJsonDocument::Compact)));
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }

    if (!query.prepare(u"INSERT INTO projects (id, name, description, position) VALUES (?, ?, ?, ?)"_s))
        return fail();
    for (int i = 0; i < ws.projects.size(); ++i) {
        const Model::Project &p = ws.projects.at(i);
        query.addBindValue(sqlText(p.id));
        query.addBindValue(sqlText(p.name));
        query.addBindValue(sqlText(p.description));
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }

    if (!query.prepare(u"INSERT INTO services (id, project_id, name, role, source_id, provider, regions,"
                       " min_replicas, max_replicas, thresholds, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
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
        query.addBindValue(i);
        if (!query.exec())
            return fail();
    }
    if (!m_db.commit())
        return fail();
    return {};
}

} // namespace Store
