#include "core/actions/actioncontext.h"

#include "core/actions/actionengine.h"
#include "core/actions/actionjson.h"
#include "core/actions/actionslog.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/flagactions.h"
#include "core/actions/schedulerunner.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/proposalfactory.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kSmoothingMs = 3 * kMinute; // target tracking averages this much of recent readings
constexpr qint64 kRecentKeepMs = 15 * kMinute;

QString recentKey(const QString &serviceId, MetricKind kind)
{
    return serviceId + u'|' + Model::metricKindId(kind);
}

} // namespace

QVector<Model::Sample> samplesOf(const Engine::HistoryResult &history, int index)
{
    QVector<Model::Sample> out;
    if (index >= history.series.size())
        return out;
    const auto &points = history.series.at(index).points;
    out.reserve(points.size());
    for (const Store::StoredPoint &p : points)
        out.append({p.t, p.mean});
    return out;
}

ActionContext::ActionContext(ActionEngine &engine, const ActionEngineOptions &options)
    : m_engine(engine)
    , m_options(options)
{
}

ActionContext::~ActionContext()
{
    close();
}

Util::Result<void> ActionContext::open(const QString &connectionName)
{
    m_db = std::make_unique<Store::Database>();
    if (auto opened = m_db->open(m_options.databasePath, connectionName, Store::Database::Mode::ReadWrite); !opened) {
        m_db.reset();
        return opened.error();
    }
    m_store = std::make_unique<ActionStore>(m_db->handle());
    m_knowledge = std::make_unique<KnowledgeBase>(m_db->handle());
    return {};
}

void ActionContext::close()
{
    m_running = false;
    m_knowledge.reset();
    m_store.reset();
    m_db.reset();
}

qint64 ActionContext::now() const
{
    return m_options.clock ? m_options.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ActionContext::report(const Util::Error &error)
{
    qCWarning(lcActions) << error.code << error.message;
    emit m_engine.failed(error);
}

// ---------------------------------------------------------------- settings and context

void ActionContext::setWorkspace(Model::WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
}

void ActionContext::forgetServicesNotIn(const QSet<QString> &ids)
{
    for (auto it = m_forecasts.begin(); it != m_forecasts.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_forecasts.erase(it);
    for (auto it = m_providerStates.begin(); it != m_providerStates.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_providerStates.erase(it);
    for (auto it = m_recent.begin(); it != m_recent.end();)
        it = ids.contains(it.key().section(u'|', 0, 0)) ? std::next(it) : m_recent.erase(it);
}

void ActionContext::loadSettings()
{
    const QJsonObject a = m_store->setting(u"automation"_s, u"settings"_s).value();
    m_settings.dryRun = a.value(u"dryRun"_s).toBool(false);
    m_settings.autoApproveRules.clear();
    for (const QJsonValue &v : a.value(u"autoApproveRules"_s).toArray())
        m_settings.autoApproveRules.append(v.toString());
    m_settings.predictiveEnabledServices.clear();
    for (const QJsonValue &v : a.value(u"predictiveEnabledServices"_s).toArray())
        m_settings.predictiveEnabledServices.append(v.toString());
    m_settings.predictiveMinConfidence = a.value(u"predictiveMinConfidence"_s).toDouble(0.70);

    auto load = [this](const QString &scope) {
        auto all = m_store->settings(scope);
        if (!all) {
            report(all.error());
            return QHash<QString, QJsonObject>();
        }
        return all.value();
    };
    m_targets = load(u"target"_s);
    m_guardrails.clear();
    m_scaling.clear();
    const auto guardrails = load(u"guardrails"_s);
    const auto scaling = load(u"scaling"_s);
    if (!m_workspace)
        return;
    for (const Model::Service &s : m_workspace->services) {
        m_guardrails.insert(s.id, guardrailsFromJson(guardrails.value(s.id), ProposalFactory::defaultGuardrails(s)));
        m_scaling.insert(s.id, scalingTargetFromJson(scaling.value(s.id), ProposalFactory::defaultScalingTarget(s)));
    }
}

const Model::Service *ActionContext::service(const QString &id) const
{
    return m_workspace ? m_workspace->service(id) : nullptr;
}

Guardrails ActionContext::guardrailsFor(const Model::Service &s) const
{
    return m_guardrails.value(s.id, ProposalFactory::defaultGuardrails(s));
}

ScalingTarget ActionContext::scalingFor(const Model::Service &s) const
{
    return m_scaling.value(s.id, ProposalFactory::defaultScalingTarget(s));
}

ActionTarget ActionContext::targetFor(const QString &serviceId) const
{
    ActionTarget t;
    t.serviceId = serviceId;
    if (const Model::Service *s = service(serviceId))
        t.provider = s->provider;
    t.config = m_targets.value(serviceId);
    return t;
}

ExecutionRequest ActionContext::requestFor(const ActionRecord &r) const
{
    ExecutionRequest req;
    req.actionId = r.id;
    req.idempotencyKey = r.idempotencyKey;
    req.kind = r.proposal.kind;
    req.target = targetFor(r.proposal.actedServiceId());
    if (req.target.provider.isEmpty())
        req.target.provider = r.proposal.provider;
    if (r.proposal.kind == ActionKind::FlagChange)
        req.target.config = FlagActions::targetConfig(r.proposal, r.idempotencyKey);
    req.replicas = r.proposal.toReplicas;
    req.fromRevision = r.execution.observedBefore.value(u"revision"_s).toString();
    req.toRevision = r.execution.observedBefore.value(u"previousRevision"_s).toString();
    return req;
}

int ActionContext::currentReplicas(const QString &serviceId) const
{
    if (m_snapshot) {
        for (const Engine::ServiceStatus &s : m_snapshot->services) {
            if (s.serviceId == serviceId && std::isfinite(s.latest[MetricKind::Replicas]))
                return static_cast<int>(std::lround(s.latest[MetricKind::Replicas]));
        }
    }
    const auto state = m_providerStates.constFind(serviceId);
    return state != m_providerStates.cend() ? state->replicas : -1;
}

// ---------------------------------------------------------------- recent readings

void ActionContext::setSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    if (m_snapshot)
        recordMetric(*m_snapshot);
}

void ActionContext::recordMetric(const Engine::FleetSnapshot &snapshot)
{
    const qint64 horizon = snapshot.atMs - kRecentKeepMs;
    for (const Engine::ServiceStatus &s : snapshot.services) {
        for (MetricKind kind : {MetricKind::Cpu, MetricKind::Rps, MetricKind::LatencyP95, MetricKind::Replicas}) {
            const double v = s.latest[kind];
            const qint64 at = s.latest.atMs.at(Model::metricIndex(kind));
            if (!std::isfinite(v) || at <= 0)
                continue;
            QVector<Model::Sample> &window = m_recent[recentKey(s.serviceId, kind)];
            if (!window.isEmpty() && window.last().t >= at)
                continue;
            window.append({at, v});
            while (!window.isEmpty() && window.first().t < horizon)
                window.removeFirst();
        }
    }
}

double ActionContext::smoothed(const QString &serviceId, MetricKind kind, double *agreement, double target,
                               double tolerance) const
{
    const auto it = m_recent.constFind(recentKey(serviceId, kind));
    if (it == m_recent.cend() || it->isEmpty())
        return kNoValue;
    const qint64 from = it->last().t - kSmoothingMs;
    double sum = 0.0;
    int n = 0;
    int over = 0;
    int under = 0;
    for (const Model::Sample &s : *it) {
        if (s.t < from)
            continue;
        sum += s.v;
        ++n;
        if (std::isfinite(target)) {
            over += s.v > target * (1.0 + tolerance) ? 1 : 0;
            under += s.v < target * (1.0 - tolerance) ? 1 : 0;
        }
    }
    const double mean = sum / std::max(1, n);
    if (agreement)
        *agreement = n > 0 ? static_cast<double>(mean >= target ? over : under) / n : 0.0;
    return n > 0 ? mean : kNoValue;
}

QVector<Model::Sample> ActionContext::recent(const QString &serviceId, MetricKind kind) const
{
    return m_recent.value(recentKey(serviceId, kind));
}

// ---------------------------------------------------------------- requests

quint64 ActionContext::requestHistory(const HistoryJob &job, const QVector<Model::SeriesKey> &keys, qint64 fromMs,
                                      qint64 toMs)
{
    const quint64 id = ActionEngine::kHistoryIdBase + m_nextRequest++;
    m_historyJobs.insert(id, job);
    emit m_engine.historyWanted(id, Engine::HistoryRequest{keys, fromMs, toMs});
    return id;
}

std::optional<HistoryJob> ActionContext::takeHistoryJob(quint64 requestId)
{
    const auto it = m_historyJobs.constFind(requestId);
    if (it == m_historyJobs.cend())
        return std::nullopt;
    HistoryJob job = it.value();
    m_historyJobs.erase(it);
    return job;
}

void ActionContext::send(const SendJob &job, const ExecutionRequest &request)
{
    const quint64 id = m_nextRequest++;
    m_sends.insert(id, job);
    emit m_engine.sendWanted(id, request);
}

std::optional<SendJob> ActionContext::takeSendJob(quint64 requestId)
{
    const auto it = m_sends.constFind(requestId);
    if (it == m_sends.cend())
        return std::nullopt;
    const SendJob job = it.value();
    m_sends.erase(it);
    return job;
}

// ---------------------------------------------------------------- persisted steps

bool ActionContext::transition(qint64 actionId, ActionState from, ActionState to, const QString &actor,
                               const std::function<void(ActionRecord &)> &mutate)
{
    auto moved = m_store->transition(actionId, from, to, now(), actor, mutate);
    if (!moved) {
        if (moved.error().code == u"action.state")
            qCInfo(lcActions) << moved.error().message;
        else
            report(moved.error());
        return false;
    }
    qCInfo(lcActions) << "action" << actionId << ActionStateMachine::stateId(from) << "->"
                      << ActionStateMachine::stateId(to) << "by" << actor << moved->reason;
    m_dirty = true;
    return true;
}

bool ActionContext::terminate(qint64 actionId, ActionState from, ActionState to, const OutcomeInfo &outcome,
                              const QString &reason)
{
    m_busy.remove(actionId);
    m_retryAtMs.remove(actionId);
    const bool moved = transition(actionId, from, to, ActionEngine::systemActor(), [&](ActionRecord &r) {
        r.outcome = outcome;
        r.reason = reason;
    });
    if (moved)
        emit m_engine.stepReached(actionId, ActionStateMachine::stateId(to));
    return moved;
}

// ---------------------------------------------------------------- the inbox

void ActionContext::publish()
{
    if (!m_store)
        return;
    m_dirty = false;
    auto snapshot = std::make_shared<InboxSnapshot>();
    snapshot->generation = ++m_generation;
    snapshot->atMs = now();
    snapshot->settings = m_settings;
    snapshot->budgets = m_budgets.values().toVector();
    if (auto open = m_store->loadInStates({ActionState::Proposed}); open) {
        for (const ActionRecord &r : *open)
            (r.shadow ? snapshot->shadow : snapshot->open).append(r);
    }
    if (auto active = m_store->loadInStates({ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        active)
        snapshot->inFlight = *active;
    QHash<QString, QPair<double, int>> hits;
    if (auto decided = m_store->history(m_options.historyLimit); decided) {
        for (const ActionRecord &r : *decided) {
            if (!r.shadow) {
                snapshot->history.append(r);
                continue;
            }
            snapshot->shadow.append(r);
            if (std::isfinite(r.outcome.shadowScore)) {
                auto &h = hits[r.proposal.serviceId];
                h.first += r.outcome.shadowScore;
                h.second += 1;
            }
        }
    }
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        snapshot->shadowHitRate.insert(it.key(), it->first / it->second);
    if (auto schedules = ScheduleRunner(m_db->handle(), m_store->audit()).list(); schedules)
        snapshot->schedules = *schedules;
    if (m_workspace) {
        for (const Model::Service &s : m_workspace->services)
            snapshot->guardrails.insert(s.id, guardrailsFor(s));
    }
    snapshot->targets = m_targets;
    emit m_engine.inboxChanged(snapshot);
}

} // namespace Actions
