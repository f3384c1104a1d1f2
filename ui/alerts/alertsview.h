#pragma once

#include "core/alerts/alertworker.h"
#include "core/model/workspace.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabBar;
class QTableView;
class QTextBrowser;

namespace Engine {
class EngineApi;
}
namespace Secrets {
class SecretStore;
}

namespace Gui {

class IncidentModel;

// The alerts tab: open incidents worst first and the history; for the selected
// incident its alerts and timeline, and acknowledge / silence / resolve; silences
// and maintenance windows; webhooks and the state of every delivery (a failed
// one says why and can be sent again). Webhook addresses go to the keychain; the
// list of webhooks (names and formats) to the settings.
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)
public:
    explicit AlertsView(Engine::EngineApi *engine, QWidget *parent = nullptr);
    ~AlertsView() override;

    void setSecretStore(Secrets::SecretStore *secrets) { m_secrets = secrets; }
    void setWorkspace(const Model::WorkspacePtr &workspace);
    void setSnapshot(const Alerts::AlertsSnapshotPtr &snapshot);
    int openCount() const;
    void showSection(bool history);
    void selectIncident(quint64 incidentId);
    // The rule editor, on `serviceId` (empty: the selected incident's first
    // service); an accepted edit is saved in the workspace through the engine.
    void openRuleEditor(const QString &serviceId = {});
    quint64 selectedIncidentId() const;

    QTableView *table() const { return m_table; }
    IncidentModel *model() const { return m_model; }
    QTextBrowser *details() const { return m_details; }

    // The settings key of the webhook list; tests use their own settings file.
    static constexpr const char *kWebhooksKey = "alerts/webhooks";
    static QVector<Alerts::WebhookConfig> loadWebhooks();

signals:
    void openCountChanged(int count);
    // "Show in project view": the project, its first service and the time range.
    void showProjectRequested(const QString &projectId, const QString &serviceId, qint64 fromMs, qint64 toMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDetails();
    void updateButtons();
    void updateLists();
    void acknowledge();
    void openDialog(int mode);
    void showInProject();
    void addWebhook();
    void removeWebhook();
    void sendTest();
    void retryDelivery();
    void removeSilence();
    void saveWebhooks();

    QPointer<Engine::EngineApi> m_engine;
    Secrets::SecretStore *m_secrets = nullptr;
    Model::WorkspacePtr m_workspace;
    Alerts::AlertsSnapshotPtr m_snapshot;
    QVector<Alerts::WebhookConfig> m_webhooks;
    IncidentModel *m_model = nullptr;
    QTabBar *m_sections = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_rules = nullptr;
    QPushButton *m_ack = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_silencesLabel = nullptr;
    QListWidget *m_silences = nullptr;
    QPushButton *m_maintenance = nullptr;
    QPushButton *m_removeSilence = nullptr;
    QLabel *m_webhooksLabel = nullptr;
    QListWidget *m_webhookList = nullptr;
    QPushButton *m_addWebhook = nullptr;
    QPushButton *m_removeWebhook = nullptr;
    QPushButton *m_testWebhook = nullptr;
    QLabel *m_deliveriesLabel = nullptr;
    QListWidget *m_deliveries = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace Gui
