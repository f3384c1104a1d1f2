#include "core/sources/railway/discoverymerge.h"

#include "core/model/workspacecheck.h"
#include "core/sources/railway/railwayoptions.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

QString DiscoveryMerge::guessRole(const QString &serviceName)
{
    const QString n = serviceName.toLower();
    for (const char *db : {"postgres", "mysql", "redis", "mongo", "mariadb", "database", "clickhouse"}) {
        if (n.contains(QLatin1StringView(db)))
            return u"database"_s;
    }
    if (n.contains("worker"_L1) || n.contains("cron"_L1) || n.contains("queue"_L1) || n.contains("job"_L1))
        return u"worker"_s;
    if (n.contains("web"_L1) || n.contains("frontend"_L1) || n.contains("site"_L1) || n.contains("app"_L1))
        return u"web"_s;
    return u"api"_s;
}

Util::Result<DiscoveryMerge::Outcome> DiscoveryMerge::merge(const Model::Workspace &workspace, const QString &sourceId,
                                                            const Inventory &inventory)
{
    Outcome out;
    out.workspace = workspace;
    Model::Workspace &ws = out.workspace;
    auto source = std::find_if(ws.sources.begin(), ws.sources.end(),
                               [&](const Model::SourceConfig &s) { return s.id == sourceId; });
    if (source == ws.sources.end() || source->type != Model::SourceType::Railway)
        return Util::makeError(u"railway.merge"_s,
                               QCoreApplication::translate("Railway", "The workspace has no Railway source '%1'.")
                                   .arg(sourceId));
    auto parsed = RailwayOptions::fromConfig(*source);
    if (!parsed)
        return parsed.error();
    RailwayOptions options = std::move(parsed).value();

    QHash<QString, QString> byRailway;       // railway service|environment -> Straja id
    QHash<QString, QString> projectOf;       // railway project -> Straja project
    for (auto it = options.services.cbegin(); it != options.services.cend(); ++it) {
        byRailway.insert(it->serviceId + u'|' + it->environmentId, it.key());
        if (const Model::Service *s = ws.service(it.key()))
            projectOf.insert(it->projectId, s->projectId);
    }
    QStringList serviceIds, projectIds;
    for (const Model::Service &s : std::as_const(ws.services))
        serviceIds.append(s.id);
    for (const Model::Project &p : std::as_const(ws.projects))
        projectIds.append(p.id);

    QSet<QString> listed;
    for (const Instance &in : inventory.instances) {
        const QString key = in.serviceId + u'|' + in.environmentId;
        listed.insert(key);
        ServiceRef ref{in.projectId, in.environmentId, in.serviceId, in.region, in.replicas, in.sleeping, false};
        if (const auto known = byRailway.constFind(key); known != byRailway.cend()) {
            ServiceRef &old = options.services[known.value()];
            if (old.removed)
                out.returned.append(known.value());
            if (old == ref)
                ++out.unchanged;
            old = ref;
            continue;
        }
        QString projectId = projectOf.value(in.projectId);
        if (projectId.isEmpty()) {
            projectId = Model::makeWorkspaceId(in.projectName, projectIds);
            projectIds.append(projectId);
            ws.projects.append(Model::Project{projectId, in.projectName, QString()});
            projectOf.insert(in.projectId, projectId);
        }
        Model::Service s;
        s.id = Model::makeWorkspaceId(serviceIds.contains(Model::makeWorkspaceId(in.serviceName, {}))
                                   ? ws.project(projectId)->name + u'-' + in.serviceName
                                   : in.serviceName,
                               serviceIds);
        s.projectId = projectId;
        s.name = in.serviceName;
        s.role = guessRole(in.serviceName);
        s.sourceId = sourceId;
        s.provider = u"railway"_s;
        if (!in.region.isEmpty())
            s.regions = {in.region};
        s.minReplicas = 1;
        s.maxReplicas = std::max(in.replicas, 10); // Hobby's cap until the operator says otherwise
        // Railway is asked every few minutes (the hourly budget): data is not stale
        // until two refreshes were missed.
        s.thresholds.staleAfterSeconds = std::max(s.thresholds.staleAfterSeconds,
                                                  static_cast<int>(2 * options.refreshIntervalMs / 1000 + 60));
        serviceIds.append(s.id);
        ws.services.append(s);
        options.services.insert(s.id, ref);
        byRailway.insert(key, s.id);
        out.added.append(s.id);
    }
    const QSet<QString> seenProjects(inventory.projectIds.cbegin(), inventory.projectIds.cend());
    for (auto it = options.services.begin(); it != options.services.end(); ++it) {
        if (listed.contains(it->serviceId + u'|' + it->environmentId))
            continue;
        if (!seenProjects.contains(it->projectId)) {
            out.unseen.append(it.key());
            continue;
        }
        if (!it->removed) {
            it->removed = true;
            out.removed.append(it.key());
        }
    }
    options.writeTo(*source);
    return out;
}

} // namespace Sources::Railway
