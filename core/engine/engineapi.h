#pragma once

#include "core/actions/actiontypes.h"
#include "core/alerts/alertworker.h"
#include "core/business/businessqueries.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/engine/logs.h"
#include "core/engine/predictions.h"
#include "core/engine/usagereport.h"
#include "core/model/workspace.h"
#include "core/store/deploymentstore.h"
#include "core/util/result.h"

#include <QObject>

namespace Flags {
class FlagService;
}

namespace Engine {

// What the UI may ask of the engine. Every answer arrives as a signal on the
// caller's (GUI) thread carrying an immutable value; no call blocks.
class EngineApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineApi)
public:
    using QObject::QObject;
    ~EngineApi() override = default;

    // Opens the store and starts refreshing; answers with opened() or openFailed().
    virtual void start() = 0;
    virtual void refreshNow() = 0;
    // Answers with historyReady() carrying the returned id.
    virtual quint64 requestHistory(const HistoryRequest &request) = 0;
    // Answers with logsReady() carrying the returned id; `available` is false when
    // no log source is configured for the service (the default here).
    virtual quint64 requestLogs(const LogRequest &request);
    // An operator's own scaling, recorded and executed as an approved action.
    virtual void scaleService(const QString &serviceId, int replicas) = 0;
    // Replaces the workspace (edited, imported, new or back to the demo): saved to
    // the store first, then the refresh loop switches to it without a restart,
    // keeping the cached samples of the services it still has. Sources listed in
    // reconnectSourceIds get a new connector even if their settings did not change
    // (their credentials did). Answers with workspaceChanged() or workspaceSaveFailed().
    virtual void updateWorkspace(Model::WorkspacePtr workspace, const QStringList &reconnectSourceIds = {}) = 0;
    // The demo workspace this engine was started with (for "back to the demo").
    virtual Model::WorkspacePtr demoWorkspace() const = 0;

    // The actions inbox. Decisions are recorded under the operator's name; answers
    // arrive as inboxReady() (and actionPreviewReady() for a preview).
    virtual void approveActions(const QVector<qint64> &ids) { Q_UNUSED(ids) }
    virtual void rejectActions(const QVector<qint64> &ids) { Q_UNUSED(ids) }
    virtual void snoozeActions(const QVector<qint64> &ids, qint64 forMs) { Q_UNUSED(ids) Q_UNUSED(forMs) }
    virtual void setAutomation(const Actions::AutomationSettings &settings) { Q_UNUSED(settings) }
    virtual void requestActionPreview(qint64 actionId) { Q_UNUSED(actionId) }
    // Off-peak schedules approved from cost recommendations (docs/cost.md); they
    // appear in the inbox snapshot.
    virtual void addCostSchedule(const Actions::CostSchedule &schedule) { Q_UNUSED(schedule) }
    virtual void setCostSchedulePaused(const QString &scheduleId, bool paused) { Q_UNUSED(scheduleId) Q_UNUSED(paused) }
    virtual void removeCostSchedule(const QString &scheduleId) { Q_UNUSED(scheduleId) }
    // A manual change the operator made (kind Manual), recorded as approved by them.
    virtual void recordManualChange(const Actions::Proposal &proposal) { Q_UNUSED(proposal) }
    virtual Actions::InboxSnapshotPtr latestInbox() const { return {}; }
    virtual QString operatorName() const { return {}; }
    // Flags and experiments of the workspace's flag sources (Unleash, the demo),
    // answered off the GUI thread; null when the engine has none.
    virtual Flags::FlagService *flags() const { return nullptr; }
    // Forecasts with their backtest accuracy, anomalies with evidence, capacity and
    // cost of one project, computed on worker threads. Answers with analysisReady()
    // carrying the returned id (analysisProgress() while it runs); a cancelled
    // request never answers. 0 = this engine has no analysis.
    virtual quint64 requestAnalysis(const AnalysisRequest &request)
    {
        Q_UNUSED(request)
        return 0;
    }
    virtual void cancelAnalysis(quint64 requestId) { Q_UNUSED(requestId) }
    // Anomalies on every service's key metrics now (anomaliesReady() when they change).
    virtual AnomalySnapshotPtr latestAnomalies() const { return {}; }

    // Smart alerts (docs/alerts.md): every change answers with alertsReady(); a
    // command that cannot be done with alertCommandFailed(). Defaults do nothing,
    // for engines without alerts.
    virtual Alerts::AlertsSnapshotPtr latestAlerts() const { return {}; }
    virtual void acknowledgeIncident(quint64 incidentId, const QString &reason);
    virtual void resolveIncident(quint64 incidentId, const QString &reason);
    virtual void silenceIncident(quint64 incidentId, qint64 untilMs, const QString &reason);
    virtual void addMaintenanceWindow(const Alerts::MaintenanceWindow &window);
    virtual void removeSilence(quint64 silenceId);
    virtual void setWebhooks(const QVector<Alerts::WebhookConfig> &webhooks);
    virtual void sendWebhookTest(const QString &webhookId);
    virtual void retryWebhookDelivery(quint64 deliveryId);

    virtual Model::WorkspacePtr workspace() const = 0;
    // The store's file, for workers that open their own connection (business
    // figures); empty when there is none.
    virtual QString databasePath() const { return {}; }
    virtual FleetSnapshotPtr latestSnapshot() const = 0;
    // The engine's "now": simulated time for a demo running faster than real time.
    virtual qint64 nowMs() const = 0;

    // A project's business PromQL queries over a period (docs/cost.md), run on the
    // network thread by the project's Prometheus connector. Answers with
    // businessQueriesReady() carrying the returned id; 0: this engine cannot.
    virtual quint64 requestBusinessQueries(const Business::BusinessQueryRequest &request)
    {
        Q_UNUSED(request)
        return 0;
    }
    // Deployment timelines of the workspace's services (Railway's), oldest first,
    // kept in the store across runs; deploymentsReady() whenever it changes. Null
    // before the store answered.
    virtual Store::DeploymentRecordsPtr latestDeployments() const { return {}; }
    // Railway's usage and estimate per source and project, with when they were
    // read; usageReady() whenever a read answers. Null before the first.
    virtual UsageReportPtr latestUsage() const { return {}; }
    // The workspace editor is open (true) or closed: scheduled Railway discoveries
    // wait meanwhile instead of saving under the operator's unsaved edits, and are
    // merged on top of whatever the operator saved once it closes.
    virtual void setWorkspaceEditorOpen(bool open) { Q_UNUSED(open) }
    // Where a service's actions go at its provider (docs/actions.md, "Action target"):
    // the target's settings (never a token) and its guardrails, recorded under the
    // operator's name; the next inboxReady() carries them.
    virtual void setActionTarget(const QString &serviceId, const QJsonObject &config,
                                 const Actions::Guardrails &guardrails)
    {
        Q_UNUSED(serviceId) Q_UNUSED(config) Q_UNUSED(guardrails)
    }
    // Reads the target's current state at the provider without changing anything
    // (GET only). `token`, when not empty, is used for this read instead of the
    // keychain's. Answers actionTargetTested() with the returned id; 0 = this engine
    // cannot test targets.
    virtual quint64 testActionTarget(const Actions::ActionTarget &target, const QString &token)
    {
        Q_UNUSED(target) Q_UNUSED(token)
        return 0;
    }

signals:
    void opened(Model::WorkspacePtr workspace);
    void openFailed(Util::Error error);
    void snapshotReady(Engine::FleetSnapshotPtr snapshot);
    void historyReady(Engine::HistoryResultPtr result);
    void logsReady(Engine::LogResultPtr result);
    void storeFailed(Util::Error error);
    void workspaceChanged(Model::WorkspacePtr workspace);
    void workspaceSaveFailed(Util::Error error);
    void inboxReady(Actions::InboxSnapshotPtr inbox);
    // New proposals worth a notification (titles in the current language).
    void proposalsRaised(const QStringList &titles);
    void actionPreviewReady(qint64 actionId, const QString &request);
    void actionFailed(Util::Error error);
    void analysisReady(Engine::AnalysisResultPtr result);
    void analysisProgress(quint64 requestId, int done, int total);
    void anomaliesReady(Engine::AnomalySnapshotPtr anomalies);
    void alertsReady(Alerts::AlertsSnapshotPtr snapshot);
    void alertCommandFailed(Util::Error error);
    void businessQueriesReady(Business::BusinessQueryResultPtr result);
    void deploymentsReady(Store::DeploymentRecordsPtr deployments);
    void usageReady(Engine::UsageReportPtr usage);
    void actionTargetTested(quint64 requestId, Actions::ProviderState state);
};

} // namespace Engine
