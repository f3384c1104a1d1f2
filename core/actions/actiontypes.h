#pragma once

// Plain value types of the actions domain: what a proposal says, what an action
// record holds at each step of its life, what executors are asked and answer.
// Immutable once shared between threads.

#include "core/model/metrickind.h"
#include "core/model/series.h"
#include "core/actions/scheduletypes.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>
#include <memory>

namespace Actions {

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// What is done to the provider. Manual fixes are steps only the operator can take
// (renew a certificate, raise a pool size): approving one records that it was done,
// and verification then watches the metric like for any other fix.
// FlagChange: a change to a feature flag (core/flags/flagchange.h) carried in the
// proposal's facts and run by the FlagExecutor; verified by reading the flag back.
enum class ActionKind { Scale, Restart, Rollback, Manual, FlagChange };

// DESIGN §6, plus DryRun: an approved action that dry-run mode stopped before the
// provider, with the request it would have sent.
enum class ActionState { Proposed, Approved, Rejected, Expired, Executing, Verifying, Succeeded, Failed, RolledBack,
                         DryRun };

// Which part of Straja raised the proposal.
enum class Trigger { TargetTracking, Predictive, Diagnosis };

// A chart of the metric that motivated a proposal, with the line it was compared to.
struct EvidenceSeries
{
    Model::MetricKind kind = Model::MetricKind::Cpu;
    QString region;
    QVector<Model::Sample> points;
    double reference = kNoValue; // target or limit, drawn as a line
};

// The forecast behind a predictive proposal (shown as a band).
struct ForecastEvidence
{
    qint64 startMs = 0;
    qint64 stepMs = 0;
    QVector<double> point;
    QVector<double> lower;
    QVector<double> upper;
    double accuracy = kNoValue; // 0..1, from the forecast's backtest
    bool isEmpty() const { return point.isEmpty(); }
};

// How Straja decides, after execution, whether the fix worked: the metric must be
// on the right side of `threshold` on average over `windowMs`, starting `settleMs`
// after the change reached the provider.
struct VerificationRule
{
    Model::MetricKind metric = Model::MetricKind::Cpu;
    QString signalId;               // a diagnosis signal beyond the metric kinds (cache_hit_ratio, ...); empty = metric
    QString region;
    bool below = true;              // success when the metric is below the threshold
    double threshold = kNoValue;
    qint64 settleMs = 2 * 60'000;
    qint64 windowMs = 5 * 60'000;
    bool revertOnFailure = false;   // scale back if it did not help (part of the approval)
};

// Everything an operator needs to decide: why, what it does, what it costs, how it
// will be checked. Texts are rendered from `rule` and `facts` at display time, so a
// stored proposal reads correctly in whichever language is current.
struct Proposal
{
    QString serviceId;
    QString projectId;
    QString provider;            // demo, kubernetes, railway
    ActionKind kind = ActionKind::Scale;
    Trigger trigger = Trigger::TargetTracking;
    QString rule;                // e.g. "hpa.cpu", "predictive.rps", "diagnosis.memory_leak"
    QString pattern;             // diagnosis pattern id, empty otherwise
    QString fix;                 // fix id: scale_up, scale_down, restart, rollback, back_off, ...
    QString targetServiceId;     // the service acted on when it is not serviceId (rollback of a client)
    int fromReplicas = 0;
    int toReplicas = 0;
    double confidence = 1.0;     // 0..1
    QJsonObject facts;           // numbers the texts are rendered from
    QVector<EvidenceSeries> evidence;
    ForecastEvidence forecast;
    Model::MetricKind effectMetric = Model::MetricKind::Cpu;
    double effectBefore = kNoValue;
    double effectAfter = kNoValue;
    double costDeltaPerMonth = 0.0; // in the workspace currency (USD)
    VerificationRule verification;
    QString learnedNote;         // "worked 3 of 3 times on events-web"
    QStringList alternatives;    // other fixes for the pattern, best first

    QString actedServiceId() const { return targetServiceId.isEmpty() ? serviceId : targetServiceId; }
    // Same remedy, one proposal: an open proposal with this key is refreshed, not
    // duplicated. A restart or rollback is one remedy whichever pattern asked for it;
    // a manual fix belongs to its pattern.
    QString dedupKey() const
    {
        if (kind == ActionKind::Restart || kind == ActionKind::Rollback)
            return actedServiceId() + u'|' + fix;
        if (kind == ActionKind::Scale)
            return actedServiceId() + u'|' + fix + u'|' + (trigger == Trigger::Predictive ? QStringLiteral("predictive") : QString());
        return actedServiceId() + u'|' + fix + u'|' + pattern;
    }
};

// What reaching the provider recorded, step by step.
struct ExecutionInfo
{
    QJsonObject observedBefore;  // provider state read just before sending
    QString request;             // the exact request, token redacted
    qint64 startedMs = 0;        // when the state became Executing
    qint64 appliedMs = 0;        // when the provider confirmed
    QString providerReply;       // short summary of the provider's answer
    int attempts = 0;
    qint64 revertedMs = 0;       // a scaling undone because verification failed
};

// The verdict of verification, with the numbers behind it.
struct OutcomeInfo
{
    double before = kNoValue;
    double after = kNoValue;
    double threshold = kNoValue;
    int samples = 0;
    QString note;                // translated at the time of writing: stays as recorded
    double shadowScore = kNoValue; // predictive shadow proposals: 1 = the forecast was right
};

// One action as persisted: the proposal and every step since.
struct ActionRecord
{
    qint64 id = 0;
    QString idempotencyKey;
    ActionState state = ActionState::Proposed;
    Proposal proposal;
    bool shadow = false;         // predictive, forecast-only: never executed
    bool autoApproved = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    qint64 expiresMs = 0;
    qint64 snoozedUntilMs = 0;
    QString decidedBy;
    qint64 decidedMs = 0;
    QString reason;              // why rejected, expired or failed
    ExecutionInfo execution;
    OutcomeInfo outcome;

    bool isOpen() const { return state == ActionState::Proposed; }
};

// Limits Straja keeps to for one service, whatever a proposal says.
struct Guardrails
{
    int minReplicas = 1;
    int maxReplicas = 10;
    int maxStep = 4;                      // replicas changed by one action
    qint64 cooldownMs = 3 * 60'000;       // after a scaling action, before the next
    qint64 scaleDownWindowMs = 5 * 60'000; // stabilization window for scale-down (HPA)
    double replicaMonthlyCost = 20.0;     // USD per replica per month
    double monthlySpendCap = 0.0;         // USD per month; 0 = none
    friend bool operator==(const Guardrails &, const Guardrails &) = default;
};

// Target tracking settings of one service (as a Kubernetes HPA's metric target).
struct ScalingTarget
{
    Model::MetricKind metric = Model::MetricKind::Cpu; // Cpu, Rps (per replica) or LatencyP95
    double target = 65.0;
    double tolerance = 0.10;
    bool enabled = true;
    friend bool operator==(const ScalingTarget &, const ScalingTarget &) = default;
};

// The operator's switches, all off by default.
struct AutomationSettings
{
    bool dryRun = false;
    QStringList autoApproveRules;          // rule ids, e.g. "hpa.cpu"
    QStringList predictiveEnabledServices; // predictive proposals leave shadow mode
    double predictiveMinConfidence = 0.70;
};

// Where an action goes: the provider and how to reach this service there.
struct ActionTarget
{
    QString serviceId;
    QString provider;
    QJsonObject config; // kubernetes: kubeconfig, context, namespace, deployment; railway: serviceId, environmentId
};

// What the provider says a service looks like now.
struct ProviderState
{
    QString serviceId;
    bool ok = false;
    QString error;               // translated, when !ok
    int replicas = -1;
    QString revision;            // deployment revision / Railway deployment id
    QString previousRevision;    // what a rollback would return to (empty: none)
    QVector<qint64> deploysMs;   // recent deploys, ascending
    QStringList markers;         // idempotency keys the provider carries (annotations)
    bool markersSupported = false; // the provider can carry them: absence then means "not applied"
    qint64 updatedMs = 0;        // last change the provider reports
    QJsonObject raw;             // for the record
};

// One call to an executor.
struct ExecutionRequest
{
    qint64 actionId = 0;
    QString idempotencyKey;
    ActionKind kind = ActionKind::Scale;
    ActionTarget target;
    int replicas = 0;            // Scale: the desired count
    QString fromRevision;        // the revision running when the action was prepared
    QString toRevision;          // Rollback: the revision to return to
};

struct ExecutionResult
{
    qint64 actionId = 0;
    bool ok = false;
    bool retryable = false;      // the provider did not apply it and said so (429, 409)
    qint64 retryAfterMs = 0;
    int httpStatus = 0;
    QString errorCode;           // stable: http.401, http.409, network, ...
    QString message;             // translated
    QString request;             // what was sent, token redacted
    QString reply;
};

// A change the provider confirmed, as recorded: replayed into the demo fleet after
// a restart (the simulated provider keeps no state of its own across runs).
struct AppliedChange
{
    QString serviceId;
    QString provider;
    ActionKind kind = ActionKind::Scale;
    int replicas = 0;
    qint64 atMs = 0;
    QString idempotencyKey;
    QJsonObject flagChange; // ActionKind::FlagChange: the change (FlagActions::toJson)
};

// Remaining API budget of one provider account (Railway limits requests per hour).
struct RequestBudgetStatus
{
    QString account;
    int limit = 0;
    int remaining = 0;
    qint64 resetMs = 0;
};

// The inbox as the UI sees it: open proposals, work in flight, shadow forecasts,
// decided history, and the switches that change what happens on approval.
struct InboxSnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0;
    QVector<ActionRecord> open;      // proposed (snoozed ones included; see snoozedUntilMs)
    QVector<ActionRecord> inFlight;  // approved, executing, verifying
    QVector<ActionRecord> shadow;    // predictive, forecast-only
    QVector<ActionRecord> history;   // decided, newest first (bounded)
    AutomationSettings settings;
    QVector<RequestBudgetStatus> budgets;
    QHash<QString, double> shadowHitRate; // service id -> share of shadow forecasts that were right
    QVector<CostSchedule> schedules; // off-peak schedules approved from cost recommendations
    QHash<QString, Guardrails> guardrails; // service id -> the limits in force (shown before a scale)
    QHash<QString, QJsonObject> targets;   // service id -> its provider target (no secrets: tokens stay in the keychain)
};

using InboxSnapshotPtr = std::shared_ptr<const InboxSnapshot>;

} // namespace Actions

Q_DECLARE_METATYPE(Actions::InboxSnapshotPtr)
Q_DECLARE_METATYPE(Actions::ExecutionRequest)
Q_DECLARE_METATYPE(Actions::ExecutionResult)
Q_DECLARE_METATYPE(Actions::ProviderState)
Q_DECLARE_METATYPE(Actions::ActionTarget)
Q_DECLARE_METATYPE(Actions::AppliedChange)
Q_DECLARE_METATYPE(Actions::RequestBudgetStatus)
Q_DECLARE_METATYPE(Actions::AutomationSettings)
