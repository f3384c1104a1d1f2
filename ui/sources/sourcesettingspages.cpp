#include "ui/sources/sourcesettingspages.h"

#include "ui/sources/jaegersettingspage.h"
#include "ui/sources/prometheussettingspage.h"
#include "ui/sources/railwaysettingspage.h"
#include "ui/sources/unleashsettingspage.h"

namespace Gui {

SourceSettingsPage *createSourceSettingsPage(Model::SourceType type, const Model::SourceConfig &config,
                                             Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                                             QWidget *parent)
{
    switch (type) {
    case Model::SourceType::Prometheus:
        return new PrometheusSettingsPage(config, std::move(workspace), credentials, parent);
    case Model::SourceType::Railway: return new RailwaySettingsPage(config, credentials, parent);
    case Model::SourceType::Unleash: return new UnleashSettingsPage(config, credentials, parent);
    case Model::SourceType::Jaeger: return new JaegerSettingsPage(config, std::move(workspace), credentials, parent);
    case Model::SourceType::Demo: break;
    }
    return nullptr;
}

} // namespace Gui
