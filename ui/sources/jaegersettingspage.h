#pragma once

#include "ui/sources/sourcesettingspages.h"

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Sources::Jaeger {
class JaegerSource;
}

namespace Gui {

// A Jaeger source's own settings (docs/traces.md): which Jaeger service name each
// Straja service has (options.services), and "Test connection", which asks the
// query API for /api/services with the credentials stored in the keychain under
// the source id and offers the names it lists in every row's pick-list. The
// address, authentication and CA file are the source dialog's.
class JaegerSettingsPage final : public SourceSettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JaegerSettingsPage)
public:
    // `workspace` (may be null) gives the Straja services to map; mappings of
    // services it does not have are kept and shown too.
    JaegerSettingsPage(const Model::SourceConfig &config, Model::WorkspacePtr workspace,
                       Sources::CredentialSource *credentials, QWidget *parent = nullptr);
    ~JaegerSettingsPage() override;

    Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const override;

    void testConnection();
    QString resultText() const;
    // The names the last successful test listed (empty before one).
    QStringList jaegerServices() const { return m_jaegerServices; }
    // The Jaeger name typed or picked for a Straja service ("" = the id itself).
    QString mappedName(const QString &serviceId) const;
    void setMappedName(const QString &serviceId, const QString &jaegerName);

signals:
    void testFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addRow(const QString &serviceId, const QString &serviceName, const QString &jaegerName);
    void showServices(const QStringList &names, const QString &error);
    int rowOf(const QString &serviceId) const;

    Sources::CredentialSource *m_credentials = nullptr;
    std::unique_ptr<Sources::Jaeger::JaegerSource> m_probe;
    QStringList m_jaegerServices;

    QLabel *m_mappingNote = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace Gui
