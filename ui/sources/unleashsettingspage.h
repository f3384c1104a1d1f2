#pragma once

#include "core/flags/flagsource.h"
#include "ui/sources/sourcesettingspages.h"

#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Flags {
class UnleashConnector;
}

namespace Gui {

// An Unleash source's own settings (docs/flags.md): which projects the flags view
// shows, and "Test connection", which reads the server with the admin token
// stored in the keychain under the source id and lists its projects. The address,
// the token (Bearer, kept only in the keychain) and the CA file are the source
// dialog's.
class UnleashSettingsPage final : public SourceSettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnleashSettingsPage)
public:
    UnleashSettingsPage(const Model::SourceConfig &config, Sources::CredentialSource *credentials,
                        QWidget *parent = nullptr);
    ~UnleashSettingsPage() override;

    Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const override;

    void testConnection();
    QString resultText() const;

signals:
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFlags(const Flags::SourceFlagsPtr &flags, const QString &error);

    Sources::CredentialSource *m_credentials = nullptr;
    std::unique_ptr<Flags::UnleashConnector> m_probe;

    QLabel *m_projectsLabel = nullptr;
    QLineEdit *m_projects = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace Gui
