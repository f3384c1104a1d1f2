#include "core/actions/actionengine.h"

#include "core/analysis/diagnosis/deploytimes.h"

#include "core/actions/actioncontext.h"
#include "core/actions/actionjson.h"
#include "core/actions/actionslog.h"
#include "core/actions/actionstore.h"
#include "core/actions/costactions.h"
#include "core/actions/executiondriver.h"
#include "core/actions/flagactions.h"
#include "core/actions/outcomejudge.h"
#include "core/actions/proposalfactory.h"
#include "core/actions/proposalintake.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;

} // namespace

// The engine is the QObject face of its parts: it owns them, receives every answer
// (snapshots, histories, provider replies) and hands each to the part that asked,
// and carries the operator's decisions and settings to the store.
ActionEngine::ActionEngine(ActionEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ctx(std::make_unique<ActionContext>(*this, m_options))
    , m_intake(std::make_unique<ProposalIntake>(*m_ctx))
    , m_execution(std::make_unique<ExecutionDriver>(*m_ctx))
    , m_judge(std::make_unique<OutcomeJudge>(*m_ctx))
    , m_cost(std::make_unique<CostActions>(*m_ctx))
{
}

ActionEngine::~ActionEngine()
{
    shutdown();
}

QString ActionEngine::systemActor()
{
    return u"straja"_s;
}

qint64 ActionEngine::now() const
{
    return m_ctx->now();
}

void ActionEngine::report(const Util::Error &error)
{
    m_ctx->report(error);
}

void ActionEngine::publish()
{
    m_ctx->publish();
}

// ---------------------------------------------------------------- start-up

void ActionEngine::start(Model::WorkspacePtr workspace)
{
    m_ctx->setWorkspace(std::move(workspace));
    const QString connection = u"straja-actions-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16);
    if (auto opened = m_ctx->open(connection); !opened) {
        emit startFailed(opened.error());
        return;
    }
    m_ctx->loadSettings();

    // What an in-memory provider (the demo fleet) must replay to look as it did.
    QVector<AppliedChange> changes;
    auto applied = m_ctx->store().loadInStates(
        {ActionState::Verifying, ActionState::Succeeded, ActionState::Failed, ActionState::RolledBack});
    if (!applied) {
        emit startFailed(applied.error());
        return;
    }
    for (const ActionRecord &r : *applied) {
        if (r.shadow || r.execution.appliedMs <= 0 || r.proposal.kind == ActionKind::Manual)
            continue;
        if (r.proposal.kind == ActionKind::FlagChange) {
            // The demo flags keep no state across runs either; a verified change is replayed.
            if (auto change = FlagActions::appliedChange(r))
                changes.append(std::move(*change));
            continue;
        }
        const QString acted = r.proposal.actedServiceId();
        changes.append({acted, r.proposal.provider, r.proposal.kind, r.proposal.toReplicas, r.execution.appliedMs,
                        r.idempotencyKey, {}});
        if (r.execution.revertedMs > 0)
            changes.append({acted, r.proposal.provider, ActionKind::Scale, r.proposal.fromReplicas,
                            r.execution.revertedMs, r.idempotencyKey + u":revert"_s, {}});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const AppliedChange &a, const AppliedChange &b) { return a.atMs < b.atMs; });
    emit ready(changes);
}

void ActionEngine::resume()
{
    if (!m_ctx->isOpen() || m_ctx->running())
        return;
    Q_ASSERT(QThread::currentThread() == thread());
    m_ctx->setRunning(true);
    // The first round waits too: the first refreshes and the operator's first
    // clicks come before day-long histories.
    m_intake->start();
    m_pump = new QTimer(this);
    m_pump->setInterval(m_options.pumpIntervalMs);
    connect(m_pump, &QTimer::timeout, this, &ActionEngine::pump);
    m_pump->start();
    // Executing actions may or may not have reached the provider: ask it first.
    if (auto executing = m_ctx->store().loadInStates({ActionState::Executing}); executing) {
        for (const ActionRecord &r : *executing) {
            qCInfo(lcActions) << "reconciling action" << r.id << "left executing by a previous run";
            m_execution->reconcile(r);
        }
    } else {
        report(executing.error());
    }
    m_ctx->markDirty();
    pump();
}

void ActionEngine::setWorkspace(Model::WorkspacePtr workspace)
{
    if (!workspace)
        return;
    m_ctx->setWorkspace(std::move(workspace));
    if (m_ctx->isOpen())
        m_ctx->loadSettings();
    // What belonged to services that are gone is forgotten.
    QSet<QString> ids;
    for (const Model::Service &s : m_ctx->workspace()->services)
        ids.insert(s.id);
    m_ctx->forgetServicesNotIn(ids);
    m_intake->resetRounds();
    m_ctx->markDirty();
    publish();
}

void ActionEngine::shutdown()
{
    if (m_pump)
        m_pump->stop();
    m_ctx->close();
}

// ---------------------------------------------------------------- inputs

void ActionEngine::onSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_ctx->setSnapshot(std::move(snapshot));
    if (!m_ctx->running())
        return;
    m_intake->onSnapshot(now());
    pump();
}

void ActionEngine::onHistory(Engine::HistoryResultPtr result)
{
    if (!m_ctx->isOpen())
        return; // answers that arrive after shutdown
    if (!result)
        return;
    const std::optional<HistoryJob> job = m_ctx->takeHistoryJob(result->requestId);
    if (!job || !m_ctx->running())
        return;
    if (!m_intake->onHistory(*job, *result))
        m_judge->onHistory(*job, *result);
    m_ctx->publishIfDirty();
}

void ActionEngine::onDeployments(Store::DeploymentRecordsPtr deployments)
{
    m_ctx->timelineDeploys() = deployments ? Analysis::DeployTimes::fromTimeline(*deployments)
                                           : QHash<QString, QVector<qint64>>();
}

void ActionEngine::onObserved(quint64 requestId, const QVector<ProviderState> &states)
{
    if (!m_ctx->isOpen())
        return; // answers that arrive after shutdown
    if (!m_execution->onObserved(requestId, states))
        m_intake->onObserved(requestId, states);
    m_ctx->publishIfDirty();
}

void ActionEngine::onBudget(const RequestBudgetStatus &budget)
{
    m_ctx->budgets().insert(budget.account, budget);
    m_ctx->markDirty();
    publish();
}

void ActionEngine::onPrepared(quint64 requestId, const ProviderState &before, const QString &request)
{
    if (!m_ctx->isOpen())
        return; // answers that arrive after shutdown
    if (m_execution->onPrepared(requestId, before, request))
        m_ctx->publishIfDirty();
}

void ActionEngine::onApplied(quint64 requestId, const ExecutionResult &result)
{
    if (!m_ctx->isOpen())
        return; // answers that arrive after shutdown
    const std::optional<SendJob> job = m_ctx->takeSendJob(requestId);
    if (!job)
        return;
    if (job->purpose == SendPurpose::Revert)
        m_judge->onReverted(job->actionId, result);
    else
        m_execution->onSent(*job, result);
    m_ctx->publishIfDirty();
}

void ActionEngine::onDescribed(quint64 requestId, const QString &request)
{
    if (!m_ctx->isOpen())
        return; // answers that arrive after shutdown
    m_execution->onDescribed(requestId, request);
}

// ---------------------------------------------------------------- decisions

void ActionEngine::approve(const QVector<qint64> &ids, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    for (qint64 id : ids) {
        auto record = m_ctx->store().load(id);
        if (!record) {
            report(record.error());
            continue;
        }
        if (record->shadow) {
            report(Util::makeError(u"action.shadow"_s,
                                   QCoreApplication::translate("Actions", "A forecast-only proposal cannot be "
                                                                          "approved: turn on predictive scaling for "
                                                                          "%1 first.")
                                       .arg(record->proposal.serviceId)));
            continue;
        }
        if (m_ctx->transition(id, ActionState::Proposed, ActionState::Approved, actor))
            emit stepReached(id, u"approved"_s);
    }
    pump();
}

void ActionEngine::reject(const QVector<qint64> &ids, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    for (qint64 id : ids) {
        m_ctx->transition(id, ActionState::Proposed, ActionState::Rejected, actor, [](ActionRecord &r) {
            r.reason = QCoreApplication::translate("Actions", "Rejected by the operator.");
        });
    }
    publish();
}

void ActionEngine::snooze(const QVector<qint64> &ids, qint64 forMs, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    const qint64 t = now();
    for (qint64 id : ids) {
        if (auto snoozed = m_ctx->store().snooze(id, t + forMs, t, actor); !snoozed)
            report(snoozed.error());
    }
    m_ctx->markDirty();
    publish();
}

void ActionEngine::requestApproved(const Proposal &proposal, const QString &idempotencyKey, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    const qint64 t = now();
    auto inserted = m_ctx->store().insertProposal(proposal, t, t + kMinute * 10, false, actor, idempotencyKey);
    if (!inserted) {
        report(inserted.error());
        return;
    }
    approve({inserted->id}, actor);
}

void ActionEngine::requestScale(const QString &serviceId, int replicas, const QString &actor)
{
    const Model::Service *s = m_ctx->service(serviceId);
    if (!s || !m_ctx->isOpen())
        return;
    // Unknown before the first snapshot: the guardrails then judge against what
    // the provider reports when the change is prepared.
    const int current = std::max(0, m_ctx->currentReplicas(serviceId));
    if (replicas < 0 || replicas == current)
        return;
    Proposal p;
    p.serviceId = serviceId;
    p.projectId = s->projectId;
    p.provider = s->provider;
    p.kind = ActionKind::Scale;
    p.trigger = Trigger::TargetTracking;
    p.rule = u"operator.scale"_s;
    p.fix = replicas > current ? u"scale_up"_s : u"scale_down"_s;
    p.fromReplicas = current;
    p.toReplicas = replicas;
    p.facts = QJsonObject{{u"requestedBy"_s, actor}};
    p.costDeltaPerMonth = (replicas - current) * m_ctx->guardrailsFor(*s).replicaMonthlyCost;
    p.verification.metric = MetricKind::Replicas;
    p.verification.below = false;
    p.verification.threshold = replicas - 0.5;
    p.verification.settleMs = kMinute;
    p.verification.windowMs = 2 * kMinute;
    const qint64 t = now();
    auto inserted = m_ctx->store().insertProposal(p, t, t + kMinute * 10, false, actor);
    if (!inserted) {
        report(inserted.error());
        return;
    }
    approve({inserted->id}, actor);
}

void ActionEngine::setAutomation(const AutomationSettings &s, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    const QJsonObject json{{u"dryRun"_s, s.dryRun},
                           {u"autoApproveRules"_s, QJsonArray::fromStringList(s.autoApproveRules)},
                           {u"predictiveEnabledServices"_s, QJsonArray::fromStringList(s.predictiveEnabledServices)},
                           {u"predictiveMinConfidence"_s, s.predictiveMinConfidence}};
    if (auto saved = m_ctx->store().setSetting(u"automation"_s, u"settings"_s, json, now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_ctx->settings() = s;
    m_ctx->markDirty();
    publish();
}

void ActionEngine::setGuardrails(const QString &serviceId, const Guardrails &g, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    if (auto saved = m_ctx->store().setSetting(u"guardrails"_s, serviceId, guardrailsToJson(g), now(), actor);
        !saved) {
        report(saved.error());
        return;
    }
    m_ctx->guardrails().insert(serviceId, g);
    m_ctx->markDirty();
    publish();
}

void ActionEngine::setScalingTarget(const QString &serviceId, const ScalingTarget &target, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    if (auto saved = m_ctx->store().setSetting(u"scaling"_s, serviceId, scalingTargetToJson(target), now(), actor);
        !saved) {
        report(saved.error());
        return;
    }
    m_ctx->scaling().insert(serviceId, target);
    m_intake->forgetPolicy(serviceId);
}

void ActionEngine::setTarget(const QString &serviceId, const QJsonObject &config, const QString &actor)
{
    if (!m_ctx->isOpen())
        return;
    if (auto saved = m_ctx->store().setSetting(u"target"_s, serviceId, config, now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_ctx->targets().insert(serviceId, config);
    m_ctx->markDirty();
    publish();
}

void ActionEngine::submitForecast(const QString &serviceId, const ForecastEvidence &forecast)
{
    m_ctx->forecasts().insert(serviceId, forecast);
}

void ActionEngine::requestPreview(qint64 actionId)
{
    if (!m_ctx->isOpen())
        return;
    auto record = m_ctx->store().load(actionId);
    if (!record) {
        report(record.error());
        return;
    }
    m_execution->preview(*record);
}

void ActionEngine::evaluateNow()
{
    m_intake->makeDue();
    if (m_ctx->snapshot())
        onSnapshot(m_ctx->snapshot());
    else
        pump();
}

// ---------------------------------------------------------------- due work

void ActionEngine::addSchedule(const CostSchedule &schedule, const QString &actor)
{
    m_cost->addSchedule(schedule, actor);
}

void ActionEngine::setSchedulePaused(const QString &scheduleId, bool paused, const QString &actor)
{
    m_cost->setSchedulePaused(scheduleId, paused, actor);
}

void ActionEngine::removeSchedule(const QString &scheduleId, const QString &actor)
{
    m_cost->removeSchedule(scheduleId, actor);
}

void ActionEngine::recordManualChange(const Proposal &proposal, const QString &actor)
{
    m_cost->recordManualChange(proposal, actor);
}

void ActionEngine::pump()
{
    if (!m_ctx->running() || !m_ctx->isOpen())
        return;
    ActionStore &store = m_ctx->store();
    QSet<qint64> &busy = m_ctx->busy();
    QHash<qint64, qint64> &retryAt = m_ctx->retryAt();
    const qint64 t = now();
    m_cost->runSchedules(t);
    if (auto approved = store.loadInStates({ActionState::Approved}); approved) {
        for (const ActionRecord &r : *approved) {
            if (!busy.contains(r.id))
                m_execution->start(r);
        }
    }
    for (auto it = retryAt.begin(); it != retryAt.end();) {
        if (it.value() > t || busy.contains(it.key())) {
            ++it;
            continue;
        }
        const qint64 actionId = it.key();
        it = retryAt.erase(it);
        if (auto record = store.load(actionId); record && record->state == ActionState::Executing)
            m_execution->reconcile(*record);
        else if (record && record->state == ActionState::Verifying)
            m_judge->check(*record, t);
    }
    if (auto verifying = store.loadInStates({ActionState::Verifying}); verifying) {
        for (const ActionRecord &r : *verifying) {
            if (!busy.contains(r.id) && !retryAt.contains(r.id))
                m_judge->check(r, t);
        }
    }
    if (auto open = store.loadInStates({ActionState::Proposed}); open) {
        for (const ActionRecord &r : *open) {
            if (r.shadow && !busy.contains(r.id))
                m_judge->scoreShadow(r, t);
        }
    }
    m_intake->expireOpen(t);
    m_ctx->publishIfDirty();
}

} // namespace Actions
