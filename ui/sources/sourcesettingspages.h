#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QWidget>

namespace Sources {
class CredentialSource;
}

namespace Gui {

// The part of a source's settings that depends on its type (its options),
// embedded by the source dialog, which owns the address, authentication and CA
// file. Secrets are not edited here: they live in the keychain under the source id.
class SourceSettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceSettingsPage)
public:
    using QWidget::QWidget;
    ~SourceSettingsPage() override = default;

    // `config` with the page's fields written into its options; an error
    // (translated) names what to fix. Options the page does not know are kept.
    virtual Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const = 0;
    // The address, authentication and CA file as the dialog shows them now, for
    // anything the page checks against the server (the Prometheus "test query").
    void setConnection(const Model::SourceConfig &connection) { m_connection = connection; }
    const Model::SourceConfig &connection() const { return m_connection; }

signals:
    void changed();

private:
    Model::SourceConfig m_connection;
};

// The settings page of a source type, showing `config` (also its first
// connection); nullptr for types without settings of their own (the demo fleet). `workspace` (may be null)
// lists the services the Prometheus page's "test query" can ask about;
// `credentials` (may be null) is where a test query reads the source's secrets.
SourceSettingsPage *createSourceSettingsPage(Model::SourceType type, const Model::SourceConfig &config,
                                             Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                                             QWidget *parent = nullptr);

} // namespace Gui
