#include "core/engine/sourcefactory.h"

#include "core/sources/demo/demosource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Engine {

Util::Result<Sources::MetricSource *> createSource(const Model::SourceConfig &config, const Util::Clock &clock,
                                                   QObject *parent)
{
    switch (config.type) {
    case Model::SourceType::Demo: {
        auto fleet = Sources::Demo::DemoSource::fleetFromOptions(config.options);
        if (!fleet)
            return fleet.error();
        return static_cast<Sources::MetricSource *>(
            new Sources::Demo::DemoSource(config.id, std::move(fleet).value(), clock, parent));
    }
    case Model::SourceType::Prometheus:
        break;
    }
    return Util::makeError(u"sources.unsupported"_s,
                           QCoreApplication::translate("Engine", "Source '%1': this kind of source is not supported "
                                                                 "by this version of Straja.")
                               .arg(config.name));
}

} // namespace Engine
