#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/scalingpolicy.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace Util {
class Clock;
}
namespace Store {
class Database;
}
namespace Analysis {
struct DiagnosisInput;
}

namespace Actions {

class ActionStore;
class KnowledgeBase;

struct ActionEngineOptions
{
    QString databasePath;
    std::shared_ptr<const Util::Clock> clock;
    // Engine-time cadences.
    qint64 evaluateEveryMs = 60'000;       // target tracking and predictive plans
    qint64 diagnoseEveryMs = 5 * 60'000;   // one round of diagnoses
    int diagnoseBatch = 8;                 // services diagnosed per round
    qint64 diagnoseMinWallMs = 20'000;     // and never more often than this in real time (also the first)
    qint64 observeEveryMs = 10 * 60'000;   // provider states (deploys) refreshed
    qint64 diagnosisWindowMs = 24 * 3600'000LL;
    qint64 verificationGraceMs = 10 * 60'000; // no data this long after the window: failed
    int pumpIntervalMs = 1000;             // wall-clock tick for retries and due work
    int historyLimit = 100;                // decided actions kept in the inbox snapshot
    int maxAttempts = 3;                   // sends of one action before it fails
    bool diagnose = true;
    bool forecast = true;                  // predictive pre-scaling from the analysis engine
    qint64 forecastEveryMs = 60 * 60'000;  // a service's traffic forecast is renewed hourly
    qint64 forecastHistoryMs = 14 * 24 * 3600'000LL; // two weeks: daily and weekly seasonality
    qint64 forecastHorizonMs = 24 * 3600'000LL;
    int forecastBatch = 20;                // services forecast per round
};

// The actions engine (DESIGN §6), a worker living on the store thread with its own
// connection: raises proposals (target tracking, diagnoses, forecasts), records
// every decision, drives approved actions through the executors on the network
// thread, verifies the outcome and learns from it. Every step is persisted before
// the work it announces, so a killed process resumes each action exactly where it
// stopped: approved ones start, executing ones are reconciled against the
// provider (never sent twice), verifying ones are judged.
class ActionEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionEngine)
public:
    static constexpr quint64 kHistoryIdBase = quint64(1) << 62; // ids for history it asks the poller for

    explicit ActionEngine(ActionEngineOptions options, QObject *parent = nullptr);
    ~ActionEngine() override;

    static QString systemActor();

public slots:
    // Opens the store; answers ready() with the changes an in-memory provider must
    // replay, or startFailed().
    void start(Model::WorkspacePtr workspace);
    // Executors are in place: reconcile what a previous run left and start working.
    void resume();
    void shutdown();
    // The operator edited or replaced the workspace: services, providers and
    // default guardrails follow; recorded actions stay as they are.
    void setWorkspace(Model::WorkspacePtr workspace);

    void onSnapshot(Engine::FleetSnapshotPtr snapshot);
    void onHistory(Engine::HistoryResultPtr result);
    void onPrepared(quint64 requestId, const Actions::ProviderState &before, const QString &request);
    void onApplied(quint64 requestId, const Actions::ExecutionResult &result);
    void onObserved(quint64 requestId, const QVector<Actions::ProviderState> &states);
    void onDescribed(quint64 requestId, const QString &request);
    void onBudget(const Actions::RequestBudgetStatus &budget);

    void approve(const QVector<qint64> &ids, const QString &actor);
    void reject(const QVector<qint64> &ids, const QString &actor);
    void snooze(const QVector<qint64> &ids, qint64 forMs, const QString &actor);
    // An operator's own change (scale a service by hand): recorded as a proposal and
    // approved by the same operator, so it takes the same path as every other.
    void requestScale(const QString &serviceId, int replicas, const QString &actor);
    void setAutomation(const Actions::AutomationSettings &settings, const QString &actor);
    void setGuardrails(const QString &serviceId, const Actions::Guardrails &guardrails, const QString &actor);
    void setScalingTarget(const QString &serviceId, const Actions::ScalingTarget &target, const QString &actor);
    void setTarget(const QString &serviceId, const QJsonObject &config, const QString &actor);
    // Forecasts of requests/s per service (from the analysis engine) for predictive pre-scaling.
    void submitForecast(const QString &serviceId, const Actions::ForecastEvidence &forecast);
    void requestPreview(qint64 actionId);
    // Runs every due evaluation now (tests; "refresh now").
    void evaluateNow();

signals:
    void ready(const QVector<Actions::AppliedChange> &replay);
    void startFailed(const Util::Error &error);
    void inboxChanged(Actions::InboxSnapshotPtr inbox);
    void proposalsRaised(const QStringList &titles);
    void previewReady(qint64 actionId, const QString &request);
    void failed(const Util::Error &error);

    void historyWanted(quint64 requestId, const Engine::HistoryRequest &request);
    void prepareWanted(quint64 requestId, const Actions::ExecutionRequest &request);
    void sendWanted(quint64 requestId, const Actions::ExecutionRequest &request);
    void observeWanted(quint64 requestId, const QVector<Actions::ActionTarget> &targets);
    void describeWanted(quint64 requestId, const Actions::ExecutionRequest &request);

    // After each persisted step of an execution ("approved", "executing", "sent",
    // "verifying", and the final state): the durability test stops the process here.
    void stepReached(qint64 actionId, const QString &step);

private:
    enum class HistoryPurpose { Diagnosis, Verification, Evidence, ShadowScore, Forecast };
    struct HistoryJob
    {
        HistoryPurpose purpose = HistoryPurpose::Diagnosis;
        QString serviceId;
        qint64 actionId = 0;
        Proposal pending; // Evidence: the proposal waiting for its chart
        qint64 ttlMs = 0;
    };
    enum class SendPurpose { Execute, Revert };
    struct SendJob
    {
        qint64 actionId = 0;
        SendPurpose purpose = SendPurpose::Execute;
    };

    // Settings and context.
    void loadSettings();
    const Model::Service *service(const QString &id) const;
    Guardrails guardrailsFor(const Model::Service &service) const;
    ScalingTarget scalingFor(const Model::Service &service) const;
    ActionTarget targetFor(const QString &serviceId) const;
    ExecutionRequest requestFor(const ActionRecord &record) const;
    int currentReplicas(const QString &serviceId) const;

    // Proposals.
    void evaluateScaling(qint64 now);
    void evaluatePredictive(qint64 now);
    void startDiagnosisRound(qint64 now);
    void requestNextDiagnosis();
    void startForecastRound(qint64 now);
    void requestNextForecast();
    void runForecast(const QString &serviceId, const Engine::HistoryResult &history);
    void diagnose(const QString &serviceId, const Engine::HistoryResult &history);
    void raise(const Proposal &proposal, qint64 ttlMs, bool shadow);
    void expireOpen(qint64 now);
    void expireObsolete(const QString &serviceId, Trigger trigger, const QStringList &stillValid, const QString &why);
    void recordMetric(const Engine::FleetSnapshot &snapshot);
    double smoothed(const QString &serviceId, Model::MetricKind kind, double *agreement = nullptr,
                    double target = kNoValue, double tolerance = 0.0) const;

    // Execution.
    void pump();
    void startExecution(const ActionRecord &record);
    void finishPrepare(qint64 actionId, const ProviderState &before, const QString &request);
    void finishSend(const SendJob &job, const ExecutionResult &result);
    void reconcile(const ActionRecord &record);
    void finishReconcile(qint64 actionId, const ProviderState &now);
    void checkVerification(const ActionRecord &record, qint64 now);
    void finishVerification(qint64 actionId, const Engine::HistoryResult &history);
    void scoreShadow(const ActionRecord &record, qint64 now);
    void finishShadowScore(qint64 actionId, const Engine::HistoryResult &history);
    void terminate(qint64 actionId, ActionState from, ActionState to, const OutcomeInfo &outcome,
                   const QString &reason);
    bool transition(qint64 actionId, ActionState from, ActionState to, const QString &actor,
                    const std::function<void(ActionRecord &)> &mutate = {});

    quint64 requestHistory(const HistoryJob &job, const QVector<Model::SeriesKey> &keys, qint64 fromMs, qint64 toMs);
    void publish();
    void report(const Util::Error &error);
    qint64 now() const;

    ActionEngineOptions m_options;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<ActionStore> m_store;
    std::unique_ptr<KnowledgeBase> m_knowledge;
    Model::WorkspacePtr m_workspace;
    Engine::FleetSnapshotPtr m_snapshot;
    ScalingPolicy m_policy;
    QTimer *m_pump = nullptr;
    bool m_running = false;
    bool m_dirty = true;
    quint64 m_generation = 0;

    AutomationSettings m_settings;
    QHash<QString, Guardrails> m_guardrails;
    QHash<QString, ScalingTarget> m_scaling;
    QHash<QString, QJsonObject> m_targets;
    QHash<QString, ProviderState> m_providerStates;
    QHash<QString, ForecastEvidence> m_forecasts;
    QHash<QString, RequestBudgetStatus> m_budgets;
    QHash<QString, QVector<Model::Sample>> m_recent; // "service|metric" -> smoothed window
    qint64 m_lastEvaluateMs = 0;
    qint64 m_lastDiagnoseMs = 0;
    qint64 m_lastObserveMs = 0;
    int m_diagnoseCursor = 0;
    QElapsedTimer m_diagnoseWall;
    bool m_diagnoseNow = false;             // evaluateNow(): do not wait for the wall clock
    qint64 m_lastForecastMs = 0;
    int m_forecastCursor = 0;
    QStringList m_forecastQueue;            // services of the current forecast round
    bool m_forecasting = false;             // one forecast (history + fit) in flight
    bool m_forecastNow = false;

    quint64 m_nextRequest = 1;
    QHash<quint64, HistoryJob> m_historyJobs;
    QHash<quint64, qint64> m_prepares;      // request -> action
    QHash<quint64, SendJob> m_sends;
    QHash<quint64, qint64> m_reconciles;    // request -> action
    QHash<quint64, qint64> m_describes;     // request -> action (dry run when the action is approved)
    QSet<qint64> m_busy;                    // actions with a step in flight
    QHash<qint64, qint64> m_retryAtMs;      // action -> engine time of its next attempt
    QSet<QString> m_diagnosing;             // services of the current round not diagnosed yet
    QStringList m_diagnosisQueue;           // ... and not asked for yet
    QHash<qint64, OutcomeInfo> m_pendingOutcome; // verification verdicts waiting for a revert
    struct DiagnosisParts
    {
        int waiting = 0;
        QHash<Model::SeriesKey, QVector<Store::StoredPoint>> series;
    };
    QHash<QString, DiagnosisParts> m_diagnosisParts; // service -> history gathered so far
    quint64 m_observeRequest = 0;
};

} // namespace Actions
