#pragma once

#include "core/model/workspace.h"
#include "ui/workspace/itemdialog.h"

#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QVBoxLayout;

namespace Secrets {
class KeychainCredentialSource;
class SecretStore;
}

namespace Gui {

class SourceSettingsPage;

// A change to one keychain entry that saving the workspace will make.
struct SecretEdit
{
    QString key;
    std::optional<QString> value; // nullopt: remove the entry
};

// Adds or edits a source: type, address, authentication and CA certificate.
// Tokens and passwords typed here never enter the workspace: they come out as
// SecretEdits for the keychain. An existing secret is never shown; leaving its
// field empty keeps it.
class SourceDialog final : public ItemDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDialog)
public:
    // `source` with an empty id means adding. `pendingUsername`: a user name typed
    // earlier in this editing session and not saved yet; otherwise the stored one
    // is read from `secrets` to fill the field. `workspace`: the draft being edited,
    // whose services a type's page maps (Jaeger's service names); may be null.
    SourceDialog(const Model::SourceConfig &source, const QStringList &takenIds, Secrets::SecretStore *secrets,
                 const std::optional<QString> &pendingUsername, Model::WorkspacePtr workspace = {},
                 QWidget *parent = nullptr);
    ~SourceDialog() override;

    Model::SourceConfig source() const;
    QVector<SecretEdit> secretEdits() const;

protected:
    QString problem() const override;

private:
    void updateFields();
    void installTypeSettingsPage();

    Model::SourceConfig m_original;
    Model::WorkspacePtr m_workspace;
    bool m_adding = true;
    QPointer<Secrets::SecretStore> m_secrets;
    std::optional<QString> m_knownUsername; // what the keychain (or this session) holds
    QComboBox *m_type = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_demoNote = nullptr;
    QVBoxLayout *m_typePageHolder = nullptr;
    SourceSettingsPage *m_typePage = nullptr; // the type's own settings (Prometheus: queries)
    std::unique_ptr<Secrets::KeychainCredentialSource> m_testCredentials; // for the page's test query
};

} // namespace Gui
