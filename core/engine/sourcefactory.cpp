#include "core/engine/sourcefactory.h"

#include "core/sources/alertmanager/alertmanagersource.h"
#include "core/sources/demo/demosource.h"
#include "core/sources/loki/lokisource.h"
#include "core/sources/prometheus/prometheussource.h"
#include "core/sources/railway/railwaysource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Engine {

Util::Result<Sources::MetricSource *> createSource(const Model::SourceConfig &config, const Util::Clock &clock,
                                                   QObject *parent, Sources::CredentialSource *credentials)
{
    switch (config.type) {
    case Model::SourceType::Demo: {
        auto fleet = Sources::Demo::DemoSource::fleetFromOptions(config.options);
        if (!fleet)
            return fleet.error();
        return static_cast<Sources::MetricSource *>(
            new Sources::Demo::DemoSource(config.id, std::move(fleet).value(), clock, parent));
    }
    case Model::SourceType::Prometheus: {
        const auto options = Sources::Prometheus::PrometheusOptions::fromConfig(config);
        if (!options)
            return options.error();
        return static_cast<Sources::MetricSource *>(
            new Sources::Prometheus::PrometheusSource(config, credentials, parent));
    }
    case Model::SourceType::Railway: {
        const auto options = Sources::Railway::RailwayOptions::fromConfig(config);
        if (!options)
            return options.error();
        return static_cast<Sources::MetricSource *>(
            new Sources::Railway::RailwaySource(config, credentials, clock, parent));
    }
    case Model::SourceType::Jaeger: break; // traces only: read by Traces::TraceService, never polled
    case Model::SourceType::Unleash: break; // flags only: read by the flags engine, never polled
    }
    return Util::makeError(u"sources.unsupported"_s,
                           QCoreApplication::translate("Engine", "Source '%1': this kind of source is not supported "
                                                                 "by this version of Straja.")
                               .arg(config.name));
}

Util::Result<Sources::AlertSource *> createAlertSource(const Model::Workspace &workspace,
                                                       const Model::SourceConfig &config,
                                                       Sources::CredentialSource *credentials, QObject *parent)
{
    const QJsonObject json = config.options.value("alertmanager"_L1).toObject();
    if (config.type != Model::SourceType::Prometheus || json.value("url"_L1).toString().isEmpty())
        return static_cast<Sources::AlertSource *>(nullptr);
    const auto mapping = Sources::Prometheus::QueryMapping::fromOptions(config.options);
    const QString serviceLabel = mapping ? mapping->serviceLabel : u"service"_s;
    auto options = Sources::Alertmanager::AlertmanagerOptions::fromJson(json, config.id, serviceLabel);
    if (!options)
        return options.error();
    return static_cast<Sources::AlertSource *>(new Sources::Alertmanager::AlertmanagerSource(
        workspace, config.id, std::move(options).value(), credentials, parent));
}

Util::Result<Sources::LogSource *> createLogSource(const Model::Workspace &workspace, const Model::SourceConfig &config,
                                                   Sources::CredentialSource *credentials, QObject *parent)
{
    const QJsonObject json = config.options.value("loki"_L1).toObject();
    if (config.type != Model::SourceType::Prometheus || json.value("url"_L1).toString().isEmpty())
        return static_cast<Sources::LogSource *>(nullptr);
    auto options = Sources::Loki::LokiOptions::fromJson(json, config.id);
    if (!options)
        return options.error();
    return static_cast<Sources::LogSource *>(
        new Sources::Loki::LokiSource(workspace, config.id, std::move(options).value(), credentials, parent));
}

} // namespace Engine
