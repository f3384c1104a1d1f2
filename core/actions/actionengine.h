#pragma once

#include "core/store/deploymentstore.h"

#include "core/actions/actiontypes.h"
#include "core/actions/scalingpolicy.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace Util {
class Clock;
}

namespace Actions {

class ActionContext;
class CostActions;
class ExecutionDriver;
class OutcomeJudge;
class ProposalIntake;

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
    // The deployment timelines the engine keeps (Railway): their deploy times feed
    // the diagnoses beside the executors' observations.
    void onDeployments(Store::DeploymentRecordsPtr deployments);

    void approve(const QVector<qint64> &ids, const QString &actor);
    void reject(const QVector<qint64> &ids, const QString &actor);
    void snooze(const QVector<qint64> &ids, qint64 forMs, const QString &actor);
    // An operator's own change (scale a service by hand): recorded as a proposal and
    // approved by the same operator, so it takes the same path as every other.
    void requestScale(const QString &serviceId, int replicas, const QString &actor);
    // An operator's approved change that is not a scaling (a feature-flag change,
    // see FlagActions): recorded with this idempotency key and approved by `actor`.
    void requestApproved(const Actions::Proposal &proposal, const QString &idempotencyKey, const QString &actor);
    void setAutomation(const Actions::AutomationSettings &settings, const QString &actor);
    void setGuardrails(const QString &serviceId, const Actions::Guardrails &guardrails, const QString &actor);
    void setScalingTarget(const QString &serviceId, const Actions::ScalingTarget &target, const QString &actor);
    void setTarget(const QString &serviceId, const QJsonObject &config, const QString &actor);
    // Forecasts of requests/s per service (from the analysis engine) for predictive pre-scaling.
    void submitForecast(const QString &serviceId, const Actions::ForecastEvidence &forecast);
    void requestPreview(qint64 actionId);
    // Off-peak schedules from cost recommendations (core/actions/schedulerunner.h):
    // the operator's approval is stored with the schedule and covers each edge's scale.
    void addSchedule(const Actions::CostSchedule &schedule, const QString &actor);
    void setSchedulePaused(const QString &scheduleId, bool paused, const QString &actor);
    void removeSchedule(const QString &scheduleId, const QString &actor);
    // A manual cost recommendation the operator carried out by hand: recorded and
    // audited as an approved manual action, then verified where a metric exists.
    void recordManualChange(const Actions::Proposal &proposal, const QString &actor);
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
    void pump();
    void publish();
    void report(const Util::Error &error);
    qint64 now() const;

    ActionEngineOptions m_options;
    // The engine's parts, sharing one context; declared in the order they are built.
    std::unique_ptr<ActionContext> m_ctx;
    std::unique_ptr<ProposalIntake> m_intake;
    std::unique_ptr<ExecutionDriver> m_execution;
    std::unique_ptr<OutcomeJudge> m_judge;
    std::unique_ptr<CostActions> m_cost;
    QTimer *m_pump = nullptr;
};

} // namespace Actions
