#include "core/sources/railway/railwayoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

Util::Error optionError(const QString &source, const QString &what)
{
    return Util::makeError(u"railway.options"_s,
                           QCoreApplication::translate("Railway", "Source '%1': %2").arg(source, what));
}

} // namespace

Util::Result<RailwayOptions> RailwayOptions::fromConfig(const Model::SourceConfig &config)
{
    RailwayOptions o;
    const QJsonObject &j = config.options;
    o.endpoint = config.url.isEmpty() ? QUrl(QString::fromLatin1(kEndpoint)) : config.url;
    if (!o.endpoint.isValid() || (o.endpoint.scheme() != u"https" && o.endpoint.scheme() != u"http"))
        return optionError(config.name, QCoreApplication::translate("Railway", "the address must be an http(s) URL."));
    o.account = j.value("account"_L1).toString(o.account).trimmed();
    if (o.account.isEmpty())
        return optionError(config.name, QCoreApplication::translate("Railway", "the token's account name is empty."));
    const QString kind = j.value("tokenKind"_L1).toString(u"account"_s);
    if (kind == u"account" || kind == u"team")
        o.tokenKind = TokenKind::Account;
    else if (kind == u"project")
        o.tokenKind = TokenKind::Project;
    else
        return optionError(config.name, QCoreApplication::translate("Railway", "unknown token kind '%1' (account, "
                                                                               "team or project).")
                                            .arg(kind));
    o.environment = j.value("environment"_L1).toString(o.environment);
    o.stepMs = static_cast<qint64>(j.value("stepSeconds"_L1).toDouble(60.0) * 1000.0);
    o.refreshIntervalMs = static_cast<qint64>(j.value("refreshSeconds"_L1).toDouble(300.0) * 1000.0);
    o.fieldsPerRequest = j.value("fieldsPerRequest"_L1).toInt(o.fieldsPerRequest);
    o.cpuLimitVcpu = j.value("cpuLimitVcpu"_L1).toDouble(o.cpuLimitVcpu);
    // Limits may be written in MB (as Railway's dashboard shows them) or GB.
    if (j.contains("memoryLimitMb"_L1))
        o.memoryLimitGb = j.value("memoryLimitMb"_L1).toDouble() / 1000.0;
    else
        o.memoryLimitGb = j.value("memoryLimitGb"_L1).toDouble(o.memoryLimitGb);
    if (j.contains("volumeMb"_L1))
        o.volumeGb = j.value("volumeMb"_L1).toDouble() / 1000.0;
    else
        o.volumeGb = j.value("volumeGb"_L1).toDouble(o.volumeGb);
    o.byRegion = j.value("byRegion"_L1).toBool(false);
    o.timeoutMs = static_cast<int>(j.value("timeoutSeconds"_L1).toDouble(20.0) * 1000.0);
    const QJsonObject services = j.value("services"_L1).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        ServiceRef ref;
        ref.projectId = s.value("projectId"_L1).toString();
        ref.environmentId = s.value("environmentId"_L1).toString();
        ref.serviceId = s.value("serviceId"_L1).toString();
        ref.region = s.value("region"_L1).toString();
        ref.replicas = s.value("replicas"_L1).toInt(1);
        ref.sleeping = s.value("sleeping"_L1).toBool(false);
        ref.removed = s.value("removed"_L1).toBool(false);
        if (ref.serviceId.isEmpty() || ref.environmentId.isEmpty())
            return optionError(config.name, QCoreApplication::translate("Railway", "service '%1' has no Railway "
                                                                                   "service or environment id.")
                                                .arg(it.key()));
        o.services.insert(it.key(), ref);
    }
    if (o.stepMs < 1000 || o.refreshIntervalMs < 10'000 || o.fieldsPerRequest < 1 || o.timeoutMs < 100 || o.cpuLimitVcpu <= 0
        || o.memoryLimitGb <= 0 || o.volumeGb <= 0)
        return optionError(config.name, QCoreApplication::translate("Railway", "step, refresh interval, batch size "
                                                                               "and limits must be positive."));
    return o;
}

void RailwayOptions::writeTo(Model::SourceConfig &config) const
{
    config.url = endpoint == QUrl(QString::fromLatin1(kEndpoint)) ? QUrl() : endpoint;
    QJsonObject &j = config.options;
    j.insert("account"_L1, account);
    j.insert("tokenKind"_L1, tokenKind == TokenKind::Project ? u"project"_s : u"account"_s);
    j.insert("environment"_L1, environment);
    j.insert("stepSeconds"_L1, static_cast<double>(stepMs) / 1000.0);
    j.insert("refreshSeconds"_L1, static_cast<double>(refreshIntervalMs) / 1000.0);
    j.insert("cpuLimitVcpu"_L1, cpuLimitVcpu);
    j.insert("memoryLimitGb"_L1, memoryLimitGb);
    j.remove("memoryLimitMb"_L1);
    j.insert("volumeGb"_L1, volumeGb);
    j.remove("volumeMb"_L1);
    j.insert("byRegion"_L1, byRegion);
    j.insert("timeoutSeconds"_L1, timeoutMs / 1000.0);
    QJsonObject map;
    for (auto it = services.cbegin(); it != services.cend(); ++it) {
        const ServiceRef &r = it.value();
        QJsonObject s{{"projectId"_L1, r.projectId}, {"environmentId"_L1, r.environmentId},
                      {"serviceId"_L1, r.serviceId}, {"replicas"_L1, r.replicas}};
        if (!r.region.isEmpty())
            s.insert("region"_L1, r.region);
        if (r.sleeping)
            s.insert("sleeping"_L1, true);
        if (r.removed)
            s.insert("removed"_L1, true);
        map.insert(it.key(), s);
    }
    j.insert("services"_L1, map);
}

} // namespace Sources::Railway
