#include "ui/mainwindow.h"

#include "core/business/businessservice.h"
#include "core/cost/costservice.h"
#include "core/cost/proposalbridge.h"
#include "core/engine/engineapi.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/secretstore.h"
#include "core/traces/traceservice.h"
#include "core/util/translations.h"
#include "ui/flags/flagsview.h"
#include "ui/business/businessview.h"
#include "ui/business/geoview.h"
#include "ui/cost/costview.h"
#include "ui/i18n/languagemanager.h"
#include "ui/alerts/alertsview.h"
#include "ui/inbox/inboxview.h"
#include "ui/inbox/traynotifier.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/overviewview.h"
#include "ui/predictions/predictionsview.h"
#include "ui/project/projectview.h"
#include "ui/report/reportdialog.h"
#include "ui/statusbar/sourcestatusbar.h"
#include "ui/traces/tracesview.h"
#include "ui/workspace/emptyworkspacepage.h"
#include "ui/workspace/workspacecontroller.h"

#include <QAction>
#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Gui {

MainWindow::MainWindow(Engine::EngineApi *engine, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_languages(languages)
{
    setObjectName(u"mainWindow"_s);
    m_stack = new QStackedWidget(this);
    m_startupMessage = new QLabel(m_stack);
    m_startupMessage->setObjectName(u"startupMessage"_s);
    m_startupMessage->setAlignment(Qt::AlignCenter);
    m_startupMessage->setWordWrap(true);
    m_startupMessage->setMargin(40);
    m_startupMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewView(m_tabs);
    m_overview->setObjectName(u"overview"_s);
    m_tabs->addTab(m_overview, QString());
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the overview stays
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    if (m_engine && m_engine->flags()) {
        m_flags = new FlagsView(m_engine->flags(), m_tabs);
        m_tabs->addTab(m_flags, QString());
        const int flagsTab = m_tabs->indexOf(m_flags); // stays, like the overview
        m_tabs->tabBar()->setTabButton(flagsTab, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(flagsTab, QTabBar::LeftSide, nullptr);
    }
    m_inbox = new InboxView(m_engine, m_tabs);
    m_tabs->addTab(m_inbox, QString());
    const int inboxTab = m_tabs->indexOf(m_inbox); // the inbox stays too
    m_tabs->tabBar()->setTabButton(inboxTab, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(inboxTab, QTabBar::LeftSide, nullptr);
    connect(m_inbox, &InboxView::openCountChanged, this, &MainWindow::updateInboxTab);
    m_alerts = new AlertsView(m_engine, m_tabs);
    m_tabs->addTab(m_alerts, QString());
    const int alertsTab = m_tabs->indexOf(m_alerts); // stays, like the inbox
    m_tabs->tabBar()->setTabButton(alertsTab, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(alertsTab, QTabBar::LeftSide, nullptr);
    connect(m_alerts, &AlertsView::openCountChanged, this, &MainWindow::updateAlertsTab);
    connect(m_alerts, &AlertsView::showProjectRequested, this,
            [this](const QString &projectId, const QString &serviceId, qint64 fromMs, qint64) {
                if (ProjectView *view = openProject(projectId, serviceId))
                    view->showSince(fromMs);
            });
    m_tray = new TrayNotifier(this);
    connect(m_tray, &TrayNotifier::activated, this, [this] {
        if (m_tray->lastWasIncident())
            showAlerts();
        else
            showInbox();
    });
    m_traceService = new Traces::TraceService(this);
    m_tracesView = new TracesView(m_engine, m_traceService, m_tabs);
    m_tabs->addTab(m_tracesView, QString());
    const int tracesTab = m_tabs->indexOf(m_tracesView); // stays, like the overview
    m_tabs->tabBar()->setTabButton(tracesTab, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(tracesTab, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (qobject_cast<ProjectView *>(m_tabs->widget(index)))
            delete m_tabs->widget(index);
    });
    connect(m_overview, &OverviewView::projectActivated, this,
            [this](const QString &projectId, const QString &serviceId) { openProject(projectId, serviceId); });
    connect(m_overview, &OverviewView::predictionsRequested, this, &MainWindow::openPredictions);

    m_emptyPage = new EmptyWorkspacePage(m_stack);
    createCostTabs();

    m_stack->addWidget(m_startupMessage);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_emptyPage);
    setCentralWidget(m_stack);

    m_workspaceController = new WorkspaceController(m_engine, this);
    connect(m_workspaceController, &WorkspaceController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_workspaceController, &WorkspaceController::busyChanged, this, &MainWindow::updateWorkspaceActions);
    connect(m_emptyPage, &EmptyWorkspacePage::editRequested, m_workspaceController, &WorkspaceController::openEditor);
    connect(m_emptyPage, &EmptyWorkspacePage::demoRequested, m_workspaceController, &WorkspaceController::backToDemo);
    setSecretStore(nullptr);

    m_sourceStatus = new SourceStatusBar(this);
    statusBar()->addPermanentWidget(m_sourceStatus);

    createActions();
    retranslate();
    resize(1280, 800);

    if (m_engine) {
        connect(m_engine, &Engine::EngineApi::opened, this, &MainWindow::onOpened);
        connect(m_engine, &Engine::EngineApi::openFailed, this, &MainWindow::onOpenFailed);
        connect(m_engine, &Engine::EngineApi::snapshotReady, this, &MainWindow::onSnapshot);
        connect(m_engine, &Engine::EngineApi::storeFailed, this, &MainWindow::onStoreFailed);
        connect(m_engine, &Engine::EngineApi::workspaceChanged, this, &MainWindow::onWorkspaceChanged);
        connect(m_engine, &Engine::EngineApi::actionFailed, this, &MainWindow::onStoreFailed);
        connect(m_engine, &Engine::EngineApi::proposalsRaised, m_tray, &TrayNotifier::notifyProposals);
        connect(m_engine, &Engine::EngineApi::anomaliesReady, m_overview, &OverviewView::setAnomalies);
        if (m_engine->latestAnomalies())
            m_overview->setAnomalies(m_engine->latestAnomalies());
        connect(m_engine, &Engine::EngineApi::alertsReady, this, &MainWindow::onAlerts);
        if (m_engine->workspace())
            onOpened();
        if (m_engine->latestSnapshot())
            onSnapshot(m_engine->latestSnapshot());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setSecretStore(Secrets::SecretStore *secrets)
{
    if (m_secrets)
        disconnect(m_secrets, nullptr, this, nullptr);
    if (!secrets) {
        if (!m_ownSecrets)
            m_ownSecrets = new Secrets::SecretStore(this);
        secrets = m_ownSecrets;
    }
    m_secrets = secrets;
    m_workspaceController->setSecretStore(secrets);
    m_alerts->setSecretStore(secrets);
    // A Jaeger source's token is read from the same store (from the next workspace on).
    m_traceService->setCredentialSource(std::make_shared<Secrets::KeychainCredentialSource>(secrets));
    connect(m_secrets, &Secrets::SecretStore::keychainUnavailable, this, [this](const Util::Error &error) {
        statusBar()->showMessage(tr("Keychain: %1").arg(error.message), 15000);
    });
}

Secrets::SecretStore *MainWindow::secretStore() const
{
    return m_secrets;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_fileMenu->addAction(QString(), this, [this] {
        if (m_engine)
            m_engine->refreshNow();
    });
    m_refreshAction->setObjectName(u"actionRefresh"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_importBusinessAction = m_fileMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentWidget(m_businessTabs);
        m_businessTabs->setCurrentWidget(m_business);
        m_business->chooseAndImport();
    });
    m_importBusinessAction->setObjectName(u"actionImportBusiness"_s);
    m_exportReportAction = m_fileMenu->addAction(QString(), this, [this] {
        auto *dialog = new ReportDialog(m_engine, m_languages ? m_languages->current() : u"en"_s, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReportDialog::exported, this, [this](const QString &path) {
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        dialog->open();
    });
    m_exportReportAction->setObjectName(u"actionExportReport"_s);
    m_exportReportAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_overviewAction = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentIndex(0); });
    m_overviewAction->setObjectName(u"actionOverview"_s);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_flagsAction = m_viewMenu->addAction(QString(), this, [this] {
        if (m_flags)
            m_tabs->setCurrentWidget(m_flags);
    });
    m_flagsAction->setObjectName(u"actionFlags"_s);
    m_flagsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_flagsAction->setEnabled(m_flags != nullptr);
    m_tracesAction = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_tracesView); });
    m_tracesAction->setObjectName(u"actionTraces"_s);
    m_tracesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_overview->focusFilter();
    });
    m_findAction->setObjectName(u"actionFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_inboxAction = m_viewMenu->addAction(QString(), this, &MainWindow::showInbox);
    m_inboxAction->setObjectName(u"actionInbox"_s);
    m_inboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_costAction = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_cost); });
    m_costAction->setObjectName(u"actionCost"_s);
    m_businessAction = m_viewMenu->addAction(QString(), this, [this] { m_tabs->setCurrentWidget(m_businessTabs); });
    m_businessAction->setObjectName(u"actionBusiness"_s);
    m_alertsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showAlerts);
    m_alertsAction->setObjectName(u"actionAlerts"_s);
    m_alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_closeTabAction = m_viewMenu->addAction(QString(), this, [this] {
        if (qobject_cast<ProjectView *>(m_tabs->currentWidget()))
            delete m_tabs->currentWidget();
    });
    m_closeTabAction->setObjectName(u"actionCloseTab"_s);
    m_closeTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(QKeySequence::Close)});
    m_viewMenu->addSeparator();
    m_predictionsAction = m_viewMenu->addAction(QString(), this, [this] {
        if (const QString projectId = currentProjectId(); !projectId.isEmpty())
            openPredictions(projectId);
    });
    m_predictionsAction->setObjectName(u"actionPredictions"_s);
    m_predictionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_forecastAction = m_viewMenu->addAction(QString(), this, [this] {
        if (auto *view = qobject_cast<ProjectView *>(m_tabs->currentWidget()))
            view->setForecastShown(!view->forecastShown());
    });
    m_forecastAction->setObjectName(u"actionShowForecast"_s);
    m_forecastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    m_workspaceMenu = menuBar()->addMenu(QString());
    m_workspaceMenu->setObjectName(u"workspaceMenu"_s);
    m_editWorkspaceAction = m_workspaceMenu->addAction(QString(), m_workspaceController,
                                                       &WorkspaceController::openEditor);
    m_editWorkspaceAction->setObjectName(u"actionEditWorkspace"_s);
    m_editWorkspaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_workspaceMenu->addSeparator();
    m_importWorkspaceAction = m_workspaceMenu->addAction(QString(), m_workspaceController,
                                                         &WorkspaceController::importWorkspace);
    m_importWorkspaceAction->setObjectName(u"actionImportWorkspace"_s);
    m_exportWorkspaceAction = m_workspaceMenu->addAction(QString(), m_workspaceController,
                                                         &WorkspaceController::exportWorkspace);
    m_exportWorkspaceAction->setObjectName(u"actionExportWorkspace"_s);
    m_workspaceMenu->addSeparator();
    m_newWorkspaceAction = m_workspaceMenu->addAction(QString(), m_workspaceController,
                                                      &WorkspaceController::startEmptyWorkspace);
    m_newWorkspaceAction->setObjectName(u"actionNewWorkspace"_s);
    m_demoWorkspaceAction = m_workspaceMenu->addAction(QString(), m_workspaceController,
                                                       &WorkspaceController::backToDemo);
    m_demoWorkspaceAction->setObjectName(u"actionDemoWorkspace"_s);
    updateWorkspaceActions();
    m_actionsMenu = menuBar()->addMenu(QString());
    m_actionsMenu->setObjectName(u"actionsMenu"_s);
    m_actionsMenu->addActions(m_inbox->decisionActions());
    m_actionsMenu->addSeparator();
    m_actionsMenu->addAction(m_inbox->automationAction());

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &language : Util::availableLanguages()) {
        QAction *action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setObjectName(u"actionLanguage_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_languages && m_languages->current() == language);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_languages)
            m_languages->setLanguage(action->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setObjectName(u"actionAboutQt"_s);
}

void MainWindow::retranslate()
{
    QString title = tr("Straja");
    if (m_engine && m_engine->workspace()) {
        title = tr("%1 — Straja").arg(m_engine->workspace()->name);
        if (m_engine->workspace()->isDemo())
            title += u" "_s + tr("(demo: simulated data)");
    }
    setWindowTitle(title);
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_cost), tr("Cost"));
    m_tabs->setTabText(m_tabs->indexOf(m_businessTabs), tr("Business && geography"));
    m_businessTabs->setTabText(0, tr("Business"));
    m_businessTabs->setTabText(1, tr("Geography"));
    m_costAction->setText(tr("&Cost"));
    m_businessAction->setText(tr("&Business and geography"));
    m_importBusinessAction->setText(tr("&Import business figures…"));
    m_fileMenu->setTitle(tr("&File"));
    m_refreshAction->setText(tr("&Refresh now"));
    m_exportReportAction->setText(tr("&Export report…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_overviewAction->setText(tr("&Overview"));
    m_flagsAction->setText(tr("F&lags and experiments"));
    if (m_flags)
        m_tabs->setTabText(m_tabs->indexOf(m_flags), tr("Flags && experiments"));
    m_tracesAction->setText(tr("&Traces"));
    m_tabs->setTabText(m_tabs->indexOf(m_tracesView), tr("Traces"));
    m_findAction->setText(tr("&Find project or service"));
    m_inboxAction->setText(tr("Actions &inbox"));
    m_alertsAction->setText(tr("&Alerts and incidents"));
    updateAlertsTab();
    m_actionsMenu->setTitle(tr("&Actions"));
    updateInboxTab();
    m_closeTabAction->setText(tr("&Close project tab"));
    m_predictionsAction->setText(tr("&Predictions of this project"));
    m_forecastAction->setText(tr("Show or hide the &forecast on the charts"));
    m_workspaceMenu->setTitle(tr("&Workspace"));
    m_editWorkspaceAction->setText(tr("&Edit workspace…"));
    m_importWorkspaceAction->setText(tr("&Import workspace…"));
    m_exportWorkspaceAction->setText(tr("E&xport workspace…"));
    m_newWorkspaceAction->setText(tr("&New empty workspace…"));
    m_demoWorkspaceAction->setText(tr("Back to the &demo…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Straja"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(m_languages && m_languages->current() == action->data().toString());
    if (m_stack->currentWidget() == m_startupMessage && m_startupMessage->text().isEmpty())
        m_startupMessage->setText(tr("Opening the workspace…"));
    for (int i = 2; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ProjectView *>(m_tabs->widget(i)); view && m_engine && m_engine->workspace()) {
            if (const Model::Project *p = m_engine->workspace()->project(view->projectId()))
                m_tabs->setTabText(i, p->name);
        }
        if (auto *view = qobject_cast<PredictionsView *>(m_tabs->widget(i)); view && m_engine && m_engine->workspace()) {
            if (const Model::Project *p = m_engine->workspace()->project(view->projectId()))
                m_tabs->setTabText(i, tr("%1: predictions").arg(p->name));
        }
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::onOpened()
{
    if (m_engine)
        m_alerts->setWorkspace(m_engine->workspace());
    if (m_engine && m_engine->workspace()) {
        m_traceService->setWorkspace(m_engine->workspace());
        m_tracesView->setWorkspace(m_engine->workspace());
    }
    const bool empty = m_engine && m_engine->workspace() && m_engine->workspace()->services.isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyPage) : m_tabs);
    updateWorkspaceActions();
    retranslate();
}

void MainWindow::onWorkspaceChanged()
{
    // Cost and business figures belong to the old workspace: recompute where shown.
    m_costService->invalidate();
    if (m_tabs->currentWidget() == m_cost || m_tabs->currentWidget() == m_businessTabs)
        m_costService->refresh();
    if (m_engine)
        m_alerts->setWorkspace(m_engine->workspace());
    // Project views read their services when they open: reopen those whose
    // project is still there, close the others.
    const int current = m_tabs->currentIndex();
    QString currentProject;
    QStringList open;
    QStringList predictions;
    bool currentIsPredictions = false;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ProjectView *>(m_tabs->widget(i))) {
            open.append(view->projectId());
            if (i == current)
                currentProject = view->projectId();
        }
        if (auto *view = qobject_cast<PredictionsView *>(m_tabs->widget(i))) {
            predictions.append(view->projectId());
            if (i == current) {
                currentProject = view->projectId();
                currentIsPredictions = true;
            }
        }
    }
    // Only project tabs go; the permanent ones (overview, flags, inbox, cost, business)
    // stay where they are, and stay current if they were.
    QWidget *fixedCurrent = qobject_cast<ProjectView *>(m_tabs->currentWidget()) ? nullptr : m_tabs->currentWidget();
    for (int i = m_tabs->count() - 1; i > 0; --i) {
        if (qobject_cast<ProjectView *>(m_tabs->widget(i)))
            delete m_tabs->widget(i);
    }
    for (const QString &projectId : std::as_const(open))
        openProject(projectId);
    for (const QString &projectId : std::as_const(predictions))
        openPredictions(projectId);
    if (!currentProject.isEmpty() && currentIsPredictions)
        openPredictions(currentProject);
    else if (!currentProject.isEmpty())
        openProject(currentProject);
    else
        m_tabs->setCurrentWidget(fixedCurrent ? fixedCurrent : m_overview);
    onOpened();
}

void MainWindow::updateWorkspaceActions()
{
    const bool open = m_engine && m_engine->workspace();
    const bool idle = open && !m_workspaceController->isBusy();
    for (QAction *action : {m_editWorkspaceAction, m_importWorkspaceAction, m_exportWorkspaceAction,
                            m_newWorkspaceAction})
        action->setEnabled(idle);
    m_demoWorkspaceAction->setEnabled(idle && m_engine->demoWorkspace() && !m_engine->workspace()->isDemo());
}

void MainWindow::onOpenFailed(const Util::Error &error)
{
    // A page, not a modal box: the message stays readable and copyable, and
    // nothing on disk has been touched.
    m_startupMessage->setText(tr("Straja could not open its workspace.") + u"\n\n"_s + error.message);
    m_stack->setCurrentWidget(m_startupMessage);
    m_refreshAction->setEnabled(false);
    updateWorkspaceActions();
}

void MainWindow::onStoreFailed(const Util::Error &error)
{
    statusBar()->showMessage(tr("Saving to the local store failed: %1").arg(error.message), 15000);
}

void MainWindow::onSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    m_overview->setSnapshot(snapshot);
    m_sourceStatus->setSnapshot(snapshot);
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<ProjectView *>(m_tabs->widget(i)))
            view->setSnapshot(snapshot);
        if (auto *view = qobject_cast<PredictionsView *>(m_tabs->widget(i)))
            view->setSnapshot(snapshot);
    }
    if (!m_firstSnapshotShown) {
        m_firstSnapshotShown = true;
        emit firstSnapshotShown();
    }
}

ProjectView *MainWindow::projectView(const QString &projectId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<ProjectView *>(m_tabs->widget(i));
        if (view && view->projectId() == projectId)
            return view;
    }
    return nullptr;
}

ProjectView *MainWindow::openProject(const QString &projectId, const QString &serviceId)
{
    if (!m_engine || !m_engine->workspace())
        return nullptr;
    const Model::Project *project = m_engine->workspace()->project(projectId);
    if (!project)
        return nullptr;
    ProjectView *view = projectView(projectId);
    if (!view) {
        view = new ProjectView(m_engine, projectId, m_tabs);
        connect(view, &ProjectView::predictionsRequested, this, &MainWindow::openPredictions);
        connect(view, &ProjectView::tracesRequested, this, &MainWindow::showTraces);
        connect(view, &ProjectView::alertRulesRequested, m_alerts,
                [alerts = m_alerts](const QString &serviceId) { alerts->openRuleEditor(serviceId); });
        m_tabs->addTab(view, project->name);
    }
    if (!serviceId.isEmpty())
        view->selectService(serviceId);
    m_tabs->setCurrentWidget(view);
    return view;
}

void MainWindow::updateInboxTab()
{
    const int open = m_inbox->openCount();
    m_tabs->setTabText(m_tabs->indexOf(m_inbox), open > 0 ? tr("Inbox (%1)").arg(open) : tr("Inbox"));
}

void MainWindow::showInbox()
{
    showNormal();
    raise();
    activateWindow();
    m_tabs->setCurrentWidget(m_inbox);
    m_inbox->setSection(InboxModel::Section::Open);
    m_inbox->table()->setFocus();
}

void MainWindow::createCostTabs()
{
    m_costService = new Cost::CostService(m_engine, this);
    m_businessService = new Business::BusinessService(m_engine, this);
    m_cost = new CostView(m_engine, m_costService, m_tabs);
    m_cost->setObjectName(u"costView"_s);
    m_businessTabs = new QTabWidget(m_tabs);
    m_businessTabs->setObjectName(u"businessTabs"_s);
    m_businessTabs->setDocumentMode(true);
    m_business = new BusinessView(m_engine, m_businessService, m_businessTabs);
    m_business->setObjectName(u"businessView"_s);
    m_geo = new GeoView(m_engine, m_costService, m_businessTabs);
    m_geo->setObjectName(u"geoView"_s);
    m_businessTabs->addTab(m_business, QString());
    m_businessTabs->addTab(m_geo, QString());
    for (QWidget *tab : {static_cast<QWidget *>(m_cost), static_cast<QWidget *>(m_businessTabs)}) {
        const int index = m_tabs->addTab(tab, QString());
        m_tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr); // permanent, like the overview
        m_tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
    }
    // The business view needs each month's infrastructure cost: it follows the cost report.
    connect(m_costService, &Cost::CostService::reportReady, this,
            [this](const Cost::CostReportPtr &report) { m_businessService->refresh(report->months); });
    connect(m_businessTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_businessTabs->isVisible() && !m_costService->latest() && !m_costService->busy())
            m_costService->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_businessTabs && !m_costService->latest() && !m_costService->busy())
            m_costService->refresh();
    });
    // A confirmed scaling becomes the operator's own action: recorded in the audit log
    // and executed by the actions engine like an approved proposal (docs/cost.md).
    connect(m_cost, &CostView::applyRequested, this, [this](const Cost::Recommendation &r) {
        if (!m_engine)
            return;
        if (r.proposal.action == Cost::ProposalDraft::Action::Schedule) {
            const Actions::CostSchedule schedule = Cost::ProposalBridge::schedule(r);
            m_engine->addCostSchedule(schedule);
            statusBar()->showMessage(tr("Schedule for %1 stored: it acts from the next window edge; see the inbox.")
                                         .arg(r.facts.value(u"service"_s).toString()),
                                     10000);
            return;
        }
        if (r.proposal.action == Cost::ProposalDraft::Action::Manual) {
            m_engine->recordManualChange(Cost::ProposalBridge::manualChange(r));
            statusBar()->showMessage(tr("Recorded as done by you: %1. The inbox shows how it is checked.")
                                         .arg(r.title()),
                                     10000);
            return;
        }
        if (r.proposal.action != Cost::ProposalDraft::Action::Scale)
            return;
        m_engine->scaleService(r.proposal.serviceId, r.proposal.toReplicas);
        statusBar()->showMessage(tr("Scaling %1 to %n replica(s).", nullptr, r.proposal.toReplicas)
                                     .arg(r.facts.value(u"service"_s).toString()),
                                 10000);
    });
    // A replica closer to users is a change made by hand: recorded like the cost view's.
    connect(m_geo, &GeoView::applyRequested, this, [this](const Cost::Recommendation &r) {
        if (!m_engine)
            return;
        m_engine->recordManualChange(Cost::ProposalBridge::manualChange(r));
        statusBar()->showMessage(tr("Recorded as done by you: %1. The inbox shows how it is checked.").arg(r.title()),
                                 10000);
    });
}

PredictionsView *MainWindow::predictionsView(const QString &projectId) const
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<PredictionsView *>(m_tabs->widget(i));
        if (view && view->projectId() == projectId)
            return view;
    }
    return nullptr;
}

PredictionsView *MainWindow::openPredictions(const QString &projectId)
{
    if (!m_engine || !m_engine->workspace())
        return nullptr;
    const Model::Project *project = m_engine->workspace()->project(projectId);
    if (!project)
        return nullptr;
    PredictionsView *view = predictionsView(projectId);
    if (!view) {
        view = new PredictionsView(m_engine, projectId, m_tabs);
        connect(view, &PredictionsView::projectChartsRequested, this, [this](const QString &id) { openProject(id); });
        // Next to the project's charts when they are open.
        const int charts = m_tabs->indexOf(projectView(projectId));
        m_tabs->insertTab(charts > 0 ? charts + 1 : m_tabs->count(), view, tr("%1: predictions").arg(project->name));
    }
    m_tabs->setCurrentWidget(view);
    return view;
}

QString MainWindow::currentProjectId() const
{
    QWidget *current = m_tabs->currentWidget();
    if (auto *view = qobject_cast<ProjectView *>(current))
        return view->projectId();
    if (auto *view = qobject_cast<PredictionsView *>(current))
        return view->projectId();
    if (current == m_overview)
        return m_overview->tree()->currentIndex().data(OverviewModel::ProjectIdRole).toString();
    return QString();
}

void MainWindow::showTraces(const QString &serviceId, qint64 fromMs, qint64 toMs)
{
    m_tabs->setCurrentWidget(m_tracesView);
    m_tracesView->showWindow(serviceId, fromMs, toMs);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setObjectName(u"aboutBox"_s);
    box.setWindowTitle(tr("About Straja"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(u"<h3>Straja %1</h3>"_s.arg(QStringLiteral(STRAJA_VERSION)));
    box.setInformativeText(tr("The operator's cockpit: every project's health, predictions and actions that run "
                              "only when you approve them.")
                           + u"<br><br>"_s
                           + tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    box.setStandardButtons(QMessageBox::Close);
    box.button(QMessageBox::Close)->setText(tr("Close"));
    box.exec();
}

} // namespace Gui

namespace Gui {

void MainWindow::updateAlertsTab()
{
    const int open = m_alerts->openCount();
    m_tabs->setTabText(m_tabs->indexOf(m_alerts), open > 0 ? tr("Alerts (%1)").arg(open) : tr("Alerts"));
}

void MainWindow::showAlerts()
{
    m_tabs->setCurrentWidget(m_alerts);
    m_alerts->showSection(false);
    m_alerts->table()->setFocus();
}

void MainWindow::onAlerts(const Alerts::AlertsSnapshotPtr &alerts)
{
    if (!alerts || alerts->fresh.isEmpty())
        return;
    QStringList lines;
    for (const Alerts::Notification &n : alerts->fresh) {
        if (n.kind == Alerts::NotificationKind::Repeated)
            continue;
        const Model::Project *project = m_engine && m_engine->workspace()
            ? m_engine->workspace()->project(n.incident.projectId)
            : nullptr;
        const QString name = project ? project->name : n.incident.projectId;
        lines.append(n.kind == Alerts::NotificationKind::Opened
                         ? tr("New incident: %1 – %2").arg(name, Alerts::causeLabel(n.incident.cause))
                         : tr("Resolved: %1 – %2").arg(name, Alerts::causeLabel(n.incident.cause)));
    }
    m_tray->notifyIncidents(lines);
}

} // namespace Gui
