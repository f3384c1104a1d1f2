#pragma once

#include "core/alerts/alertstore.h"
#include "core/engine/engineapi.h"
#include "core/engine/poller.h"
#include "core/flags/unleashconnector.h"

#include <QThread>

#include <memory>

namespace Util {
class Clock;
}
namespace Store {
class StoreWriter;
}
namespace Sources {
class CredentialSource;
}
namespace Actions {
class ActionEngine;
class ExecutorHost;
class TargetProbe;
}
namespace Flags {
class FlagEngine;
}
namespace Sources::Railway {
class RediscoverySchedule;
class RailwayWatch;
}

namespace Engine {

class AnalysisScheduler;
class BusinessQueryRunner;

struct EngineOptions
{
    QString databasePath;
    // Stored when the database holds no workspace yet (first start); also what
    // "back to the demo" restores.
    Model::WorkspacePtr firstStartWorkspace;
    double demoSpeed = 1.0;
    PollerSettings poller;
    // Tests inject a manual clock; otherwise the system clock, scaled for a demo.
    std::shared_ptr<const Util::Clock> clock;
    // Tests inject connectors; empty means the real ones (createSource).
    SourceFactory sourceFactory;
    // Unleash servers whose flags and experiments are shown (a demo workspace also
    // gets the demo's flags); their admin tokens come from `credentials`.
    QVector<Flags::UnleashConfig> unleashSources;
    // Where connectors get tokens and passwords by source id (the keychain through
    // Secrets::KeychainCredentialSource); callable from the network thread.
    std::shared_ptr<Sources::CredentialSource> credentials;
    // The actions engine (proposals, approvals, executors). Off: no inbox at all.
    bool actions = true;
    bool diagnoses = true; // repair diagnoses and traffic forecasts (predictive pre-scaling)
    // Whose decisions the audit log records; empty: the login name.
    QString operatorName;
    // Forecasts, anomalies, capacity and cost (docs/analysis.md).
    AnalysisSettings analysis;
    // How often Railway sources are discovered again (docs/railway.md); 0: never.
    qint64 railwayRediscoveryMs = 30LL * 60'000;
    // How long resolved incidents, webhook deliveries and ended silences stay in the store (docs/alerts.md).
    Alerts::AlertStore::Retention alertRetention;
    // How often Railway's deployment timelines and usage are read (docs/railway.md);
    // 0: never. A round is skipped while the token's budget is low.
    qint64 railwayDeploymentsMs = 15LL * 60'000;
    qint64 railwayUsageMs = 60LL * 60'000;
};

// The engine: a store thread with the single SQLite writer of samples, a network
// thread with the poller, its connectors and the action executors, and an actions
// thread whose engine keeps its own connection (its few writes must not wait behind
// a backlog of samples). Shutdown order: stop the actions engine, then the poller
// and its connectors, let the writer drain what was sent to it, then join.
class FleetEngine final : public EngineApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetEngine)
public:
    explicit FleetEngine(EngineOptions options, QObject *parent = nullptr);
    ~FleetEngine() override;

    void start() override;
    void refreshNow() override;
    quint64 requestHistory(const HistoryRequest &request) override;
    quint64 requestLogs(const LogRequest &request) override;
    void addCostSchedule(const Actions::CostSchedule &schedule) override;
    void setCostSchedulePaused(const QString &scheduleId, bool paused) override;
    void removeCostSchedule(const QString &scheduleId) override;
    void recordManualChange(const Actions::Proposal &proposal) override;
    void scaleService(const QString &serviceId, int replicas) override;
    void updateWorkspace(Model::WorkspacePtr workspace, const QStringList &reconnectSourceIds = {}) override;
    Model::WorkspacePtr demoWorkspace() const override { return m_options.firstStartWorkspace; }
    void approveActions(const QVector<qint64> &ids) override;
    void rejectActions(const QVector<qint64> &ids) override;
    void snoozeActions(const QVector<qint64> &ids, qint64 forMs) override;
    void setAutomation(const Actions::AutomationSettings &settings) override;
    void requestActionPreview(qint64 actionId) override;
    Actions::InboxSnapshotPtr latestInbox() const override { return m_inbox; }
    QString operatorName() const override { return m_operator; }
    // Test and tooling access to the worker (lives on its own thread: invoke, never call).
    Actions::ActionEngine *actionEngine() const { return m_actions; }
    // The thread of the poller, connectors and executors (null before polling starts):
    // tests wait there for queued work to be done instead of sleeping.
    QThread *networkThread() const { return m_networkThread.get(); }
    Model::WorkspacePtr workspace() const override { return m_workspace; }
    QString databasePath() const override { return m_options.databasePath; }
    FleetSnapshotPtr latestSnapshot() const override { return m_latest; }
    Alerts::AlertsSnapshotPtr latestAlerts() const override { return m_latestAlerts; }
    void acknowledgeIncident(quint64 incidentId, const QString &reason) override;
    void resolveIncident(quint64 incidentId, const QString &reason) override;
    void silenceIncident(quint64 incidentId, qint64 untilMs, const QString &reason) override;
    void addMaintenanceWindow(const Alerts::MaintenanceWindow &window) override;
    void removeSilence(quint64 silenceId) override;
    void setWebhooks(const QVector<Alerts::WebhookConfig> &webhooks) override;
    void sendWebhookTest(const QString &webhookId) override;
    void retryWebhookDelivery(quint64 deliveryId) override;
    qint64 nowMs() const override;
    Flags::FlagService *flags() const override;
    // History at a chosen resolution (the analysis reads two weeks of 5-minute
    // buckets); answers with historyReady() like requestHistory().
    quint64 requestHistoryAt(const HistoryRequest &request, std::optional<Store::Resolution> resolution);
    quint64 requestAnalysis(const AnalysisRequest &request) override;
    void cancelAnalysis(quint64 requestId) override;
    AnomalySnapshotPtr latestAnomalies() const override;
    quint64 requestBusinessQueries(const Business::BusinessQueryRequest &request) override;
    Store::DeploymentRecordsPtr latestDeployments() const override { return m_deployments; }
    UsageReportPtr latestUsage() const override { return m_usage; }
    void setWorkspaceEditorOpen(bool open) override;
    void setActionTarget(const QString &serviceId, const QJsonObject &config,
                         const Actions::Guardrails &guardrails) override;
    quint64 testActionTarget(const Actions::ActionTarget &target, const QString &token) override;

private:
    void onStoreOpened(Model::WorkspacePtr workspace);
    void startPolling(const QVector<Actions::AppliedChange> &replay);
    void onWorkspaceSaved(Model::WorkspacePtr workspace);
    std::shared_ptr<const Util::Clock> clockFor(const Model::Workspace &workspace) const;
    void startFlags(const Model::WorkspacePtr &workspace);
    void rememberFlagChange(const Actions::AppliedChange &change);
    void stop();
    void startRediscovery();
    // The poller's snapshot with the notes kept here (scheduled discoveries).
    FleetSnapshotPtr withNotes(const FleetSnapshotPtr &snapshot) const;
    void publish(FleetSnapshotPtr snapshot);
    void startRailwayWatch();
    void onDeploymentsFetched(const QString &sourceId, const Sources::Railway::DeploymentListPtr &list,
                              const QString &error);
    void onUsageFetched(const QString &sourceId, const Sources::Railway::UsageListPtr &usage, const QString &error,
                        qint64 atMs);

    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    using ThreadPtr = std::unique_ptr<QThread, ThreadStopper>;

    EngineOptions m_options;
    std::shared_ptr<const Util::Clock> m_clock;
    ThreadPtr m_storeThread;
    ThreadPtr m_networkThread;
    ThreadPtr m_actionsThread;
    Store::StoreWriter *m_writer = nullptr; // lives on m_storeThread
    Poller *m_poller = nullptr;             // lives on m_networkThread
    Actions::ActionEngine *m_actions = nullptr;   // lives on m_actionsThread
    Actions::ExecutorHost *m_executors = nullptr; // lives on m_networkThread
    Actions::TargetProbe *m_targetProbe = nullptr; // a child of m_executors
    quint64 m_nextTargetTest = 1;
    Flags::FlagEngine *m_flags = nullptr;   // facade here, worker on m_networkThread
    QSet<qint64> m_flagActionsDone;         // flag actions whose outcome was reported
    // Verified flag changes, oldest first: the demo flags keep no state of their own,
    // so every new DemoFlagSource (start, workspace change) hears them again.
    QVector<Actions::AppliedChange> m_flagReplay;
    Alerts::AlertWorker *m_alerts = nullptr; // lives on m_networkThread
    Alerts::AlertsSnapshotPtr m_latestAlerts;
    QVector<Alerts::WebhookConfig> m_webhookConfigs; // set before the worker exists
    Model::WorkspacePtr m_workspace;
    Model::WorkspacePtr m_opening; // between the store opening and opened()
    FleetSnapshotPtr m_latest;
    Actions::InboxSnapshotPtr m_inbox;
    QString m_operator;
    quint64 m_nextHistoryId = 1;
    QList<QStringList> m_reconnectAfterSave; // one entry per save in flight, in order
    quint64 m_nextLogId = 1;
    AnalysisScheduler *m_analysis = nullptr; // on this (the GUI) thread; jobs on its pool
    Sources::Railway::RediscoverySchedule *m_rediscovery = nullptr; // on this thread
    FleetSnapshotPtr m_latestFromPoller; // before notes were added
    BusinessQueryRunner *m_businessQueries = nullptr; // child of m_poller (network thread)
    quint64 m_nextBusinessQueryId = 1;
    Sources::Railway::RailwayWatch *m_railwayWatch = nullptr; // on this thread
    Store::DeploymentRecordsPtr m_deployments;
    UsageReportPtr m_usage;
    bool m_editorOpen = false;
    QHash<QString, QString> m_watchNotes; // source id -> why deployments/usage waited or failed
};

} // namespace Engine
