#pragma once

#include "core/sources/railway/railwaydiscovery.h"
#include "ui/sources/sourcesettingspages.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Gui {

// A Railway source's own settings (docs/railway.md): the token's account name
// (its keychain entry, shared with the Railway executor) and kind, the
// environment watched, the refresh interval and the limits for percentages, and
// a "Discover" button that lists what the token can see.
class RailwaySettingsPage final : public SourceSettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwaySettingsPage)
public:
    RailwaySettingsPage(const Model::SourceConfig &config, Sources::CredentialSource *credentials,
                        QWidget *parent = nullptr);
    ~RailwaySettingsPage() override;

    Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const override;

    void discover();
    QString discoveryText() const;
    // What the last discovery found (null before one finished).
    Sources::Railway::InventoryPtr inventory() const { return m_inventory; }

signals:
    void discoveryShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showInventory(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                       const QStringList &warnings);

    Sources::CredentialSource *m_credentials = nullptr;
    QPointer<Sources::Railway::RailwayDiscovery> m_discovery;
    Sources::Railway::InventoryPtr m_inventory;

    QLabel *m_accountLabel = nullptr;
    QLineEdit *m_account = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLineEdit *m_environment = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QSpinBox *m_refresh = nullptr;
    QLabel *m_cpuLabel = nullptr;
    QSpinBox *m_cpu = nullptr;
    QLabel *m_memoryLabel = nullptr;
    QSpinBox *m_memory = nullptr;
    QLabel *m_keychainNote = nullptr;
    QPushButton *m_discover = nullptr;
    QPlainTextEdit *m_found = nullptr;
};

} // namespace Gui
