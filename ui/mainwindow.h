#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/util/result.h"

#include "core/alerts/alertworker.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace Engine {
class EngineApi;
}
namespace Secrets {
class SecretStore;
}
namespace Cost {
class CostService;
}
namespace Business {
class BusinessService;
}
namespace Traces {
class TraceService;
}

namespace Gui {

class EmptyWorkspacePage;
class FlagsView;
class InboxView;
class BusinessView;
class CostView;
class GeoView;
class AlertsView;
class LanguageManager;
class OverviewView;
class PredictionsView;
class ProjectView;
class SourceStatusBar;
class TracesView;
class WorkspaceController;
class TrayNotifier;

// The cockpit window: the overview tab, one tab per opened project, menus and a
// status bar with the state of every source. Knows the engine only through
// EngineApi.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(Engine::EngineApi *engine, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    OverviewView *overview() const { return m_overview; }
    InboxView *inbox() const { return m_inbox; }
    AlertsView *alertsView() const { return m_alerts; }
    void showAlerts();
    TrayNotifier *trayNotifier() const { return m_tray; }
    void showInbox();
    ProjectView *openProject(const QString &projectId, const QString &serviceId = {});
    ProjectView *projectView(const QString &projectId) const;
    // A project's predictions, in a tab of their own next to its charts.
    PredictionsView *openPredictions(const QString &projectId);
    PredictionsView *predictionsView(const QString &projectId) const;
    SourceStatusBar *sourceStatus() const { return m_sourceStatus; }
    QTabWidget *tabs() const { return m_tabs; }
    WorkspaceController *workspaceController() const { return m_workspaceController; }
    // The store for tokens and passwords; the window makes its own until given
    // the one the engine's connectors read from.
    void setSecretStore(Secrets::SecretStore *secrets);
    Secrets::SecretStore *secretStore() const;
    // The "Flags & experiments" tab; null when the engine has no flag service.
    FlagsView *flagsView() const { return m_flags; }
    CostView *costView() const { return m_cost; }
    BusinessView *businessView() const { return m_business; }
    GeoView *geoView() const { return m_geo; }
    Cost::CostService *costService() const { return m_costService; }
    Business::BusinessService *businessService() const { return m_businessService; }
    // The "Traces" tab; showTraces() opens it on a service's window.
    TracesView *tracesView() const { return m_tracesView; }
    void showTraces(const QString &serviceId, qint64 fromMs, qint64 toMs);

signals:
    // The first snapshot has been put on screen (cold-start measurements wait on it).
    void firstSnapshotShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onOpened();
    void onOpenFailed(const Util::Error &error);
    void onSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    void onStoreFailed(const Util::Error &error);
    void onWorkspaceChanged();
    void updateWorkspaceActions();
    void showAbout();
    void updateInboxTab();
    void createCostTabs();
    QString currentProjectId() const;
    void updateAlertsTab();
    void onAlerts(const Alerts::AlertsSnapshotPtr &alerts);

    QPointer<Engine::EngineApi> m_engine;
    LanguageManager *m_languages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_startupMessage = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewView *m_overview = nullptr;
    FlagsView *m_flags = nullptr;
    InboxView *m_inbox = nullptr;
    AlertsView *m_alerts = nullptr;
    QAction *m_alertsAction = nullptr;
    TrayNotifier *m_tray = nullptr;
    Cost::CostService *m_costService = nullptr;
    Business::BusinessService *m_businessService = nullptr;
    CostView *m_cost = nullptr;
    QTabWidget *m_businessTabs = nullptr;
    BusinessView *m_business = nullptr;
    GeoView *m_geo = nullptr;
    Traces::TraceService *m_traceService = nullptr;
    TracesView *m_tracesView = nullptr;
    SourceStatusBar *m_sourceStatus = nullptr;
    EmptyWorkspacePage *m_emptyPage = nullptr;
    WorkspaceController *m_workspaceController = nullptr;
    QPointer<Secrets::SecretStore> m_secrets;
    Secrets::SecretStore *m_ownSecrets = nullptr;
    bool m_firstSnapshotShown = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_workspaceMenu = nullptr;
    QAction *m_editWorkspaceAction = nullptr;
    QAction *m_importWorkspaceAction = nullptr;
    QAction *m_exportWorkspaceAction = nullptr;
    QAction *m_newWorkspaceAction = nullptr;
    QAction *m_demoWorkspaceAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    QAction *m_inboxAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_flagsAction = nullptr;
    QAction *m_costAction = nullptr;
    QAction *m_businessAction = nullptr;
    QAction *m_importBusinessAction = nullptr;
    QAction *m_tracesAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_predictionsAction = nullptr;
    QAction *m_forecastAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace Gui
