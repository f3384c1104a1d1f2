#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QWidget>

namespace Sources {
class CredentialSource;
}

namespace Gui {

// The part of a source's settings that depends on its type (address, options),
// embedded by the source dialog. Secrets are not edited here: they live in the
// keychain under the source id.
class SourceSettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceSettingsPage)
public:
    using QWidget::QWidget;
    ~SourceSettingsPage() override = default;

    // `config` with the page's fields written into its url and options; an error
    // (translated) names what to fix. Options the page does not know are kept.
    virtual Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const = 0;

signals:
    void changed();
};

// The settings page of a source type, showing `config`; nullptr for types
// without settings of their own (the demo fleet). `workspace` (may be null)
// lists the services the Prometheus page's "test query" can ask about;
// `credentials` (may be null) is where a test query reads the source's secrets.
SourceSettingsPage *createSourceSettingsPage(Model::SourceType type, const Model::SourceConfig &config,
                                             Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                                             QWidget *parent = nullptr);

} // namespace Gui
