#pragma once

#include "core/actions/actiontypes.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>
#include <memory>

namespace Store {
class Database;
}

namespace Actions {

class ActionEngine;
class ActionStore;
class KnowledgeBase;
struct ActionEngineOptions;

// Why the engine asked the poller for history: the answer goes back to the part
// that asked.
enum class HistoryPurpose { Diagnosis, Verification, Evidence, ShadowScore, Forecast };

struct HistoryJob
{
    HistoryPurpose purpose = HistoryPurpose::Diagnosis;
    QString serviceId;
    qint64 actionId = 0;
    Proposal pending; // Evidence: the proposal waiting for its chart
    qint64 ttlMs = 0;
};

// A change sent to the provider: the action itself, or scaling it back after a
// failed verification.
enum class SendPurpose { Execute, Revert };

struct SendJob
{
    qint64 actionId = 0;
    SendPurpose purpose = SendPurpose::Execute;
};

// The readings of one series of a history answer.
QVector<Model::Sample> samplesOf(const Engine::HistoryResult &history, int index = 0);

// What the parts of the actions engine share (proposal intake, execution, outcome
// judging): the store, the workspace with its settings, the latest readings, the
// in-flight bookkeeping and the persisted state transitions. It lives on the
// engine's thread and is owned by the ActionEngine, which emits its requests.
class ActionContext final
{
    Q_DISABLE_COPY_MOVE(ActionContext)
public:
    ActionContext(ActionEngine &engine, const ActionEngineOptions &options);
    ~ActionContext();

    ActionEngine &engine() const { return m_engine; }
    const ActionEngineOptions &options() const { return m_options; }

    // Opens the actions store on its own connection; closes it on shutdown.
    Util::Result<void> open(const QString &connectionName);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    ActionStore &store() const { return *m_store; }
    KnowledgeBase &knowledge() const { return *m_knowledge; }

    bool running() const { return m_running; }
    void setRunning(bool running) { m_running = running; }
    void markDirty() { m_dirty = true; }
    bool dirty() const { return m_dirty; }

    qint64 now() const;
    quint64 nextRequestId() { return m_nextRequest++; }
    void report(const Util::Error &error);

    // Settings and context.
    void setWorkspace(Model::WorkspacePtr workspace);
    const Model::WorkspacePtr &workspace() const { return m_workspace; }
    // Drops what belonged to services that are gone.
    void forgetServicesNotIn(const QSet<QString> &ids);
    void loadSettings();
    const Model::Service *service(const QString &id) const;
    Guardrails guardrailsFor(const Model::Service &service) const;
    ScalingTarget scalingFor(const Model::Service &service) const;
    ActionTarget targetFor(const QString &serviceId) const;
    ExecutionRequest requestFor(const ActionRecord &record) const;
    int currentReplicas(const QString &serviceId) const;

    AutomationSettings &settings() { return m_settings; }
    QHash<QString, Guardrails> &guardrails() { return m_guardrails; }
    QHash<QString, ScalingTarget> &scaling() { return m_scaling; }
    QHash<QString, QJsonObject> &targets() { return m_targets; }
    QHash<QString, ProviderState> &providerStates() { return m_providerStates; }
    QHash<QString, ForecastEvidence> &forecasts() { return m_forecasts; }
    // Deploy times from the providers' timelines (Railway deployments), per service.
    QHash<QString, QVector<qint64>> &timelineDeploys() { return m_timelineDeploys; }
    QHash<QString, RequestBudgetStatus> &budgets() { return m_budgets; }

    // The latest snapshot and the smoothed recent readings target tracking uses.
    void setSnapshot(Engine::FleetSnapshotPtr snapshot);
    const Engine::FleetSnapshotPtr &snapshot() const { return m_snapshot; }
    double smoothed(const QString &serviceId, Model::MetricKind kind, double *agreement = nullptr,
                    double target = kNoValue, double tolerance = 0.0) const;
    QVector<Model::Sample> recent(const QString &serviceId, Model::MetricKind kind) const;

    // In-flight bookkeeping.
    QSet<qint64> &busy() { return m_busy; }                // actions with a step in flight
    QHash<qint64, qint64> &retryAt() { return m_retryAtMs; } // action -> engine time of its next attempt
    quint64 requestHistory(const HistoryJob &job, const QVector<Model::SeriesKey> &keys, qint64 fromMs, qint64 toMs);
    // The job a history answer belongs to (removed), or none.
    std::optional<HistoryJob> takeHistoryJob(quint64 requestId);
    void send(const SendJob &job, const ExecutionRequest &request);
    std::optional<SendJob> takeSendJob(quint64 requestId);

    // Persisted steps.
    bool transition(qint64 actionId, ActionState from, ActionState to, const QString &actor,
                    const std::function<void(ActionRecord &)> &mutate = {});
    // A final state with its outcome; true when the action moved.
    bool terminate(qint64 actionId, ActionState from, ActionState to, const OutcomeInfo &outcome,
                   const QString &reason);

    // The inbox snapshot for the views.
    void publish();
    void publishIfDirty()
    {
        if (m_dirty)
            publish();
    }

private:
    void recordMetric(const Engine::FleetSnapshot &snapshot);

    ActionEngine &m_engine;
    const ActionEngineOptions &m_options;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<ActionStore> m_store;
    std::unique_ptr<KnowledgeBase> m_knowledge;
    Model::WorkspacePtr m_workspace;
    Engine::FleetSnapshotPtr m_snapshot;
    bool m_running = false;
    bool m_dirty = true;
    quint64 m_generation = 0;
    quint64 m_nextRequest = 1;

    AutomationSettings m_settings;
    QHash<QString, Guardrails> m_guardrails;
    QHash<QString, ScalingTarget> m_scaling;
    QHash<QString, QJsonObject> m_targets;
    QHash<QString, ProviderState> m_providerStates;
    QHash<QString, ForecastEvidence> m_forecasts;
    QHash<QString, QVector<qint64>> m_timelineDeploys;
    QHash<QString, RequestBudgetStatus> m_budgets;
    QHash<QString, QVector<Model::Sample>> m_recent; // "service|metric" -> smoothed window

    QHash<quint64, HistoryJob> m_historyJobs;
    QHash<quint64, SendJob> m_sends;
    QSet<qint64> m_busy;
    QHash<qint64, qint64> m_retryAtMs;
};

} // namespace Actions
