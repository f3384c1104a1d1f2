#include "core/actions/actionengine.h"

#include "core/actions/actionjson.h"
#include "core/actions/actionslog.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/forecastadapter.h"
#include "core/actions/guardrailchecker.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/prescaleplanner.h"
#include "core/actions/proposalfactory.h"
#include "core/actions/proposaltext.h"
#include "core/actions/reconciler.h"
#include "core/actions/verifier.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/store/database.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QFuture>
#include <QJsonArray>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kSmoothingMs = 3 * kMinute;   // target tracking averages this much of recent readings
constexpr qint64 kRecentKeepMs = 15 * kMinute;
constexpr qint64 kEvidenceMs = 60 * kMinute;
constexpr qint64 kShadowScoreAfterMs = 30 * kMinute;
constexpr qint64 kDiagnosisRawMs = 2 * 60 * kMinute;

QString recentKey(const QString &serviceId, MetricKind kind)
{
    return serviceId + u'|' + Model::metricKindId(kind);
}

QVector<Model::Sample> samplesOf(const Engine::HistoryResult &history, int index = 0)
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

qint64 providerStartupMs(const QString &provider)
{
    // Time from "scale" to "serving": a container start on Kubernetes, a build-less
    // redeploy on Railway; the simulator is immediate but a minute keeps plans realistic.
    if (provider == u"railway")
        return 3 * kMinute;
    if (provider == u"kubernetes")
        return 2 * kMinute;
    return kMinute;
}

} // namespace

ActionEngine::ActionEngine(ActionEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
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
    return m_options.clock ? m_options.clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ActionEngine::report(const Util::Error &error)
{
    qCWarning(lcActions) << error.code << error.message;
    emit failed(error);
}

// ---------------------------------------------------------------- start-up

void ActionEngine::start(Model::WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    m_db = std::make_unique<Store::Database>();
    const QString connection = u"straja-actions-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16);
    if (auto opened = m_db->open(m_options.databasePath, connection, Store::Database::Mode::ReadWrite); !opened) {
        m_db.reset();
        emit startFailed(opened.error());
        return;
    }
    m_store = std::make_unique<ActionStore>(m_db->handle());
    m_knowledge = std::make_unique<KnowledgeBase>(m_db->handle());
    loadSettings();

    // What an in-memory provider (the demo fleet) must replay to look as it did.
    QVector<AppliedChange> changes;
    auto applied = m_store->loadInStates(
        {ActionState::Verifying, ActionState::Succeeded, ActionState::Failed, ActionState::RolledBack});
    if (!applied) {
        emit startFailed(applied.error());
        return;
    }
    for (const ActionRecord &r : *applied) {
        if (r.shadow || r.execution.appliedMs <= 0 || r.proposal.kind == ActionKind::Manual)
            continue;
        const QString acted = r.proposal.actedServiceId();
        changes.append({acted, r.proposal.provider, r.proposal.kind, r.proposal.toReplicas, r.execution.appliedMs,
                        r.idempotencyKey});
        if (r.execution.revertedMs > 0)
            changes.append({acted, r.proposal.provider, ActionKind::Scale, r.proposal.fromReplicas,
                            r.execution.revertedMs, r.idempotencyKey + u":revert"_s});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const AppliedChange &a, const AppliedChange &b) { return a.atMs < b.atMs; });
    emit ready(changes);
}

void ActionEngine::resume()
{
    if (!m_store || m_running)
        return;
    Q_ASSERT(QThread::currentThread() == thread());
    m_running = true;
    // The first round waits too: the first refreshes and the operator's first
    // clicks come before day-long histories.
    m_diagnoseWall.start();
    m_pump = new QTimer(this);
    m_pump->setInterval(m_options.pumpIntervalMs);
    connect(m_pump, &QTimer::timeout, this, &ActionEngine::pump);
    m_pump->start();
    // Executing actions may or may not have reached the provider: ask it first.
    if (auto executing = m_store->loadInStates({ActionState::Executing}); executing) {
        for (const ActionRecord &r : *executing) {
            qCInfo(lcActions) << "reconciling action" << r.id << "left executing by a previous run";
            reconcile(r);
        }
    } else {
        report(executing.error());
    }
    m_dirty = true;
    pump();
}

void ActionEngine::setWorkspace(Model::WorkspacePtr workspace)
{
    if (!workspace)
        return;
    m_workspace = std::move(workspace);
    if (m_store)
        loadSettings();
    // What belonged to services that are gone is forgotten.
    QSet<QString> ids;
    for (const Model::Service &s : m_workspace->services)
        ids.insert(s.id);
    for (auto it = m_forecasts.begin(); it != m_forecasts.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_forecasts.erase(it);
    for (auto it = m_providerStates.begin(); it != m_providerStates.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_providerStates.erase(it);
    for (auto it = m_recent.begin(); it != m_recent.end();)
        it = ids.contains(it.key().section(u'|', 0, 0)) ? std::next(it) : m_recent.erase(it);
    m_diagnosisQueue.clear();
    m_diagnosing.clear();
    m_diagnosisParts.clear();
    m_forecastQueue.clear();
    m_forecasting = false;
    m_diagnoseCursor = 0;
    m_forecastCursor = 0;
    m_dirty = true;
    publish();
}

void ActionEngine::shutdown()
{
    if (m_pump)
        m_pump->stop();
    m_running = false;
    m_knowledge.reset();
    m_store.reset();
    m_db.reset();
}

void ActionEngine::loadSettings()
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

const Model::Service *ActionEngine::service(const QString &id) const
{
    return m_workspace ? m_workspace->service(id) : nullptr;
}

Guardrails ActionEngine::guardrailsFor(const Model::Service &s) const
{
    return m_guardrails.value(s.id, ProposalFactory::defaultGuardrails(s));
}

ScalingTarget ActionEngine::scalingFor(const Model::Service &s) const
{
    return m_scaling.value(s.id, ProposalFactory::defaultScalingTarget(s));
}

ActionTarget ActionEngine::targetFor(const QString &serviceId) const
{
    ActionTarget t;
    t.serviceId = serviceId;
    if (const Model::Service *s = service(serviceId))
        t.provider = s->provider;
    t.config = m_targets.value(serviceId);
    return t;
}

ExecutionRequest ActionEngine::requestFor(const ActionRecord &r) const
{
    ExecutionRequest req;
    req.actionId = r.id;
    req.idempotencyKey = r.idempotencyKey;
    req.kind = r.proposal.kind;
    req.target = targetFor(r.proposal.actedServiceId());
    if (req.target.provider.isEmpty())
        req.target.provider = r.proposal.provider;
    req.replicas = r.proposal.toReplicas;
    req.fromRevision = r.execution.observedBefore.value(u"revision"_s).toString();
    req.toRevision = r.execution.observedBefore.value(u"previousRevision"_s).toString();
    return req;
}

int ActionEngine::currentReplicas(const QString &serviceId) const
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

// ---------------------------------------------------------------- inputs

void ActionEngine::onSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    recordMetric(*snapshot);
    if (!m_running)
        return;
    const qint64 t = now();
    if (t - m_lastEvaluateMs >= m_options.evaluateEveryMs) {
        m_lastEvaluateMs = t;
        evaluateScaling(t);
        evaluatePredictive(t);
    }
    if (m_options.diagnose && t - m_lastObserveMs >= m_options.observeEveryMs) {
        m_lastObserveMs = t;
        QVector<ActionTarget> targets;
        for (const Model::Service &s : m_workspace->services) {
            if (!s.provider.isEmpty())
                targets.append(targetFor(s.id));
        }
        m_observeRequest = m_nextRequest++;
        emit observeWanted(m_observeRequest, targets);
    }
    // One round at a time, and not more often than the wall clock allows: a demo
    // running at 60x must not spend its network thread on histories.
    if (m_options.diagnose && t - m_lastDiagnoseMs >= m_options.diagnoseEveryMs && m_diagnosing.isEmpty()
        && (m_diagnoseNow || m_diagnoseWall.elapsed() >= m_options.diagnoseMinWallMs)) {
        m_diagnoseNow = false;
        m_diagnoseWall.start();
        startDiagnosisRound(t);
    }
    // Forecasts share the diagnoses' patience at start and go one service at a time.
    if (m_options.forecast && t - m_lastForecastMs >= m_options.forecastEveryMs && m_forecastQueue.isEmpty()
        && !m_forecasting && m_diagnoseWall.isValid()
        && (m_forecastNow || m_diagnoseWall.elapsed() >= m_options.diagnoseMinWallMs)) {
        m_forecastNow = false;
        startForecastRound(t);
    }
    pump();
}

void ActionEngine::recordMetric(const Engine::FleetSnapshot &snapshot)
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

double ActionEngine::smoothed(const QString &serviceId, MetricKind kind, double *agreement, double target,
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

void ActionEngine::onHistory(Engine::HistoryResultPtr result)
{
    if (!m_store)
        return; // answers that arrive after shutdown
    if (!result)
        return;
    const auto it = m_historyJobs.constFind(result->requestId);
    if (it == m_historyJobs.cend())
        return;
    const HistoryJob job = it.value();
    m_historyJobs.erase(it);
    if (!m_running)
        return;
    switch (job.purpose) {
    case HistoryPurpose::Evidence: {
        Proposal p = job.pending;
        if (!p.evidence.isEmpty())
            p.evidence.first().points = samplesOf(*result);
        raise(p, job.ttlMs, false);
        break;
    }
    case HistoryPurpose::Diagnosis: {
        auto part = m_diagnosisParts.find(job.serviceId);
        if (part == m_diagnosisParts.end())
            break;
        for (const Store::StoredSeries &s : result->series) {
            auto &points = part->series[s.key];
            points += s.points;
        }
        if (--part->waiting > 0)
            break;
        auto merged = std::make_shared<Engine::HistoryResult>();
        for (auto it = part->series.begin(); it != part->series.end(); ++it) {
            std::sort(it->begin(), it->end(),
                      [](const Store::StoredPoint &a, const Store::StoredPoint &b) { return a.t < b.t; });
            merged->series.append({it.key(), Store::Resolution::Raw, it.value()});
        }
        m_diagnosisParts.erase(part);
        diagnose(job.serviceId, *merged);
        break;
    }
    case HistoryPurpose::Verification: finishVerification(job.actionId, *result); break;
    case HistoryPurpose::ShadowScore: finishShadowScore(job.actionId, *result); break;
    case HistoryPurpose::Forecast: runForecast(job.serviceId, *result); break;
    }
    if (m_dirty)
        publish();
}

quint64 ActionEngine::requestHistory(const HistoryJob &job, const QVector<Model::SeriesKey> &keys, qint64 fromMs,
                                     qint64 toMs)
{
    const quint64 id = kHistoryIdBase + m_nextRequest++;
    m_historyJobs.insert(id, job);
    emit historyWanted(id, Engine::HistoryRequest{keys, fromMs, toMs});
    return id;
}

void ActionEngine::onObserved(quint64 requestId, const QVector<ProviderState> &states)
{
    if (!m_store)
        return; // answers that arrive after shutdown
    if (const auto it = m_reconciles.constFind(requestId); it != m_reconciles.cend()) {
        const qint64 actionId = it.value();
        m_reconciles.erase(it);
        finishReconcile(actionId, states.value(0));
    } else if (requestId == m_observeRequest) {
        for (const ProviderState &s : states) {
            if (s.ok)
                m_providerStates.insert(s.serviceId, s);
        }
    }
    if (m_dirty)
        publish();
}

void ActionEngine::onBudget(const RequestBudgetStatus &budget)
{
    m_budgets.insert(budget.account, budget);
    m_dirty = true;
    publish();
}

// ---------------------------------------------------------------- proposals

void ActionEngine::raise(const Proposal &proposal, qint64 ttlMs, bool shadow)
{
    const qint64 t = now();
    auto existing = m_store->openWithDedupKey(proposal.dedupKey(), shadow);
    if (!existing) {
        report(existing.error());
        return;
    }
    if (existing->has_value()) {
        const ActionRecord &open = **existing;
        if (open.proposal.rule != proposal.rule && open.proposal.trigger == Trigger::Diagnosis
            && proposal.trigger == Trigger::Diagnosis) {
            // Another pattern asks for the same remedy: one proposal, kept as first
            // raised, that also names the second reason.
            Proposal kept = open.proposal;
            QJsonArray also = kept.facts.value(u"alsoSeen"_s).toArray();
            const QJsonObject reason{{u"pattern"_s, proposal.pattern}, {u"serviceId"_s, proposal.serviceId}};
            if (!also.contains(reason))
                also.append(reason);
            kept.facts.insert(u"alsoSeen"_s, also);
            if (auto refreshed = m_store->refreshProposal(open.id, kept, t, std::max(open.expiresMs, t + ttlMs));
                !refreshed)
                report(refreshed.error());
            m_dirty = true;
            return;
        }
        if (open.proposal.kind == proposal.kind && open.proposal.toReplicas == proposal.toReplicas
            && open.shadow == shadow) {
            // Same remedy: fresh evidence, and the open proposal lives on.
            if (auto refreshed = m_store->refreshProposal(open.id, proposal, t, std::max(open.expiresMs, t + ttlMs));
                !refreshed)
                report(refreshed.error());
            m_dirty = true;
            return;
        }
        transition(open.id, ActionState::Proposed, ActionState::Expired, systemActor(), [](ActionRecord &r) {
            r.reason = QCoreApplication::translate("Actions", "Superseded by a newer proposal.");
        });
    }
    // One change of a kind at a time per service: what is approved or running now
    // is judged first, and the next evaluation sees its effect.
    if (auto active = m_store->loadInStates({ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        active) {
        for (const ActionRecord &r : *active) {
            if (r.proposal.actedServiceId() == proposal.actedServiceId() && r.proposal.kind == proposal.kind)
                return;
        }
    }
    auto inserted = m_store->insertProposal(proposal, t, t + ttlMs, shadow, systemActor());
    if (!inserted) {
        report(inserted.error());
        return;
    }
    m_dirty = true;
    qCInfo(lcActions) << "proposed" << inserted->id << ProposalText::title(proposal) << (shadow ? "(shadow)" : "");
    if (!shadow && m_settings.autoApproveRules.contains(proposal.rule)) {
        const QString actor = QCoreApplication::translate("Actions", "auto-approve rule %1").arg(proposal.rule);
        if (transition(inserted->id, ActionState::Proposed, ActionState::Approved, actor,
                       [](ActionRecord &r) { r.autoApproved = true; }))
            emit stepReached(inserted->id, u"approved"_s);
        return;
    }
    if (!shadow)
        emit proposalsRaised({ProposalText::title(proposal)});
}

void ActionEngine::expireOpen(qint64 t)
{
    auto open = m_store->loadInStates({ActionState::Proposed});
    if (!open) {
        report(open.error());
        return;
    }
    for (const ActionRecord &r : *open) {
        if (r.shadow || r.expiresMs <= 0 || r.expiresMs > t || r.snoozedUntilMs > t)
            continue;
        transition(r.id, ActionState::Proposed, ActionState::Expired, systemActor(), [](ActionRecord &rec) {
            rec.reason = QCoreApplication::translate("Actions", "Expired without a decision.");
        });
    }
}

void ActionEngine::expireObsolete(const QString &serviceId, Trigger trigger, const QStringList &stillValid,
                                  const QString &why)
{
    auto open = m_store->loadInStates({ActionState::Proposed});
    if (!open) {
        report(open.error());
        return;
    }
    for (const ActionRecord &r : *open) {
        const Proposal &p = r.proposal;
        if (r.shadow || p.serviceId != serviceId || p.trigger != trigger || p.rule.startsWith(u"operator."))
            continue;
        const QString key = trigger == Trigger::Diagnosis ? p.pattern : p.fix;
        if (stillValid.contains(key))
            continue;
        transition(r.id, ActionState::Proposed, ActionState::Expired, systemActor(),
                   [why](ActionRecord &rec) { rec.reason = why; });
    }
}

void ActionEngine::evaluateScaling(qint64 t)
{
    expireOpen(t);
    QSet<QString> busyServices;
    if (auto inFlight = m_store->loadInStates({ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        inFlight) {
        for (const ActionRecord &r : *inFlight) {
            if (r.proposal.kind == ActionKind::Scale)
                busyServices.insert(r.proposal.actedServiceId());
        }
    }
    for (const Model::Service &s : m_workspace->services) {
        if (s.provider.isEmpty())
            continue;
        const ScalingTarget target = scalingFor(s);
        if (!target.enabled)
            continue;
        const int replicas = currentReplicas(s.id);
        if (replicas <= 0)
            continue;
        double agreement = 0.0;
        // RPS is tracked per replica, as an HPA's Pods metric: compare the total
        // with target × replicas.
        const double perReplicaTarget = target.metric == MetricKind::Rps ? target.target * replicas : target.target;
        double value = smoothed(s.id, target.metric, &agreement, perReplicaTarget, target.tolerance);
        if (!std::isfinite(value))
            continue;
        if (target.metric == MetricKind::Rps)
            value /= replicas;
        const Guardrails guardrails = guardrailsFor(s);
        ScalingInput input;
        input.currentReplicas = replicas;
        input.metricValue = value;
        input.target = target;
        input.guardrails = guardrails;
        input.nowMs = t;
        input.lastScaleMs = m_store->lastScaleAppliedMs(s.id).value();
        const ScalingDecision decision = m_policy.evaluate(s.id, input);
        if (!decision.propose) {
            expireObsolete(s.id, Trigger::TargetTracking, {},
                           QCoreApplication::translate("Actions", "No longer needed: %1.").arg(decision.skipped));
            continue;
        }
        const QString fix = decision.to > replicas ? u"scale_up"_s : u"scale_down"_s;
        expireObsolete(s.id, Trigger::TargetTracking, {fix},
                       QCoreApplication::translate("Actions", "Superseded by a newer proposal."));
        if (busyServices.contains(s.id))
            continue; // one scaling at a time; the next evaluation sees its effect
        const Proposal p = ProposalFactory::fromScaling(s, target, guardrails, decision, replicas, value, agreement, {});
        HistoryJob job;
        job.purpose = HistoryPurpose::Evidence;
        job.serviceId = s.id;
        job.pending = p;
        job.ttlMs = ProposalFactory::timeToLive(Trigger::TargetTracking);
        requestHistory(job, {{s.id, target.metric, {}}}, t - kEvidenceMs, t);
    }
}

void ActionEngine::evaluatePredictive(qint64 t)
{
    for (auto it = m_forecasts.cbegin(); it != m_forecasts.cend(); ++it) {
        const Model::Service *s = service(it.key());
        if (!s || s->provider.isEmpty())
            continue;
        const ScalingTarget target = scalingFor(*s);
        const int replicas = currentReplicas(s->id);
        const double rps = smoothed(s->id, MetricKind::Rps);
        if (!target.enabled || replicas <= 0 || !std::isfinite(rps))
            continue;
        double capacity = kNoValue;
        if (target.metric == MetricKind::Rps) {
            capacity = target.target;
        } else if (target.metric == MetricKind::Cpu) {
            const double cpu = smoothed(s->id, MetricKind::Cpu);
            if (std::isfinite(cpu) && cpu > 1.0)
                capacity = rps / replicas * target.target / cpu;
        }
        if (!std::isfinite(capacity))
            continue;
        PreScaleInput in;
        in.nowMs = t;
        in.forecast = it.value();
        in.currentReplicas = replicas;
        in.currentRps = rps;
        in.capacityPerReplica = capacity;
        in.startupMs = providerStartupMs(s->provider);
        in.guardrails = guardrailsFor(*s);
        in.minConfidence = m_settings.predictiveMinConfidence;
        const bool shadow = !m_settings.predictiveEnabledServices.contains(s->id);
        const PreScalePlan up = PreScalePlanner::planUp(in);
        qCDebug(lcActions) << "predictive" << s->id << "capacity" << capacity << "replicas" << replicas << "->"
                           << up.toReplicas << "confidence" << up.confidence << "accuracy" << in.forecast.accuracy
                           << "need from" << QDateTime::fromMSecsSinceEpoch(up.needFromMs, QTimeZone::utc())
                           << (up.propose ? QString() : up.skipped);
        const QVector<Model::Sample> recent = m_recent.value(recentKey(s->id, MetricKind::Rps));
        if (up.propose) {
            const Proposal p = ProposalFactory::fromPreScale(*s, in, up, recent);
            raise(p, std::max(up.needFromMs - t, 10 * kMinute), shadow);
            continue;
        }
        // After a pre-scaled peak has passed, give the capacity back (never under
        // what the present load needs: the planner's floor).
        auto done = m_store->history(m_options.historyLimit);
        if (!done)
            continue;
        for (const ActionRecord &r : *done) {
            if (r.proposal.serviceId != s->id || r.proposal.fix != u"pre_scale_up" || r.state != ActionState::Succeeded)
                continue;
            const qint64 peak = static_cast<qint64>(r.proposal.facts.value(u"peakMs"_s).toDouble());
            if (t < peak + 15 * kMinute || replicas != r.proposal.toReplicas)
                break;
            const PreScalePlan down = PreScalePlanner::planDown(in, 2 * 60 * kMinute);
            if (down.propose)
                raise(ProposalFactory::fromPreScale(*s, in, down, recent), 60 * kMinute, shadow);
            break;
        }
    }
}

void ActionEngine::startDiagnosisRound(qint64 t)
{
    m_lastDiagnoseMs = t;
    QStringList chosen;
    // Unhealthy services first, then the others in turn.
    if (m_snapshot) {
        for (const Engine::ServiceStatus &s : m_snapshot->services) {
            if (chosen.size() >= m_options.diagnoseBatch)
                break;
            if (s.verdict.health >= Engine::Health::Degraded && !m_diagnosing.contains(s.serviceId))
                chosen.append(s.serviceId);
        }
    }
    const auto &services = m_workspace->services;
    for (int i = 0; i < services.size() && chosen.size() < m_options.diagnoseBatch; ++i) {
        const Model::Service &s = services.at((m_diagnoseCursor + i) % services.size());
        if (!chosen.contains(s.id) && !m_diagnosing.contains(s.id))
            chosen.append(s.id);
    }
    m_diagnoseCursor = services.isEmpty() ? 0 : (m_diagnoseCursor + m_options.diagnoseBatch) % services.size();
    for (const QString &id : std::as_const(chosen))
        m_diagnosing.insert(id);
    m_diagnosisQueue = chosen;
    requestNextDiagnosis();
}

void ActionEngine::requestNextDiagnosis()
{
    // One service at a time: the network thread also carries executions, and an
    // approval must not wait behind a whole round of day-long histories.
    while (!m_diagnosisQueue.isEmpty()) {
        const QString id = m_diagnosisQueue.takeFirst();
        const Model::Service *s = service(id);
        if (!s) {
            m_diagnosing.remove(id);
            continue;
        }
        QVector<Model::SeriesKey> keys;
        for (MetricKind kind : Model::allMetricKinds())
            keys.append({id, kind, {}});
        for (const QString &region : s->regions)
            keys.append({id, MetricKind::LatencyP95, region});
        HistoryJob job;
        job.purpose = HistoryPurpose::Diagnosis;
        job.serviceId = id;
        // The day at 5-minute rollups, the last two hours at full resolution: the
        // patterns that look at "the last five minutes" need minutes, not buckets.
        const qint64 t = now();
        const qint64 split = t - kDiagnosisRawMs;
        m_diagnosisParts.insert(id, {2, {}});
        requestHistory(job, keys, t - m_options.diagnosisWindowMs, split - 1);
        requestHistory(job, keys, split, t);
        return;
    }
}

void ActionEngine::startForecastRound(qint64 t)
{
    m_lastForecastMs = t;
    m_forecastQueue.clear();
    const auto &services = m_workspace->services;
    for (int i = 0; i < services.size() && m_forecastQueue.size() < m_options.forecastBatch; ++i) {
        const Model::Service &s = services.at((m_forecastCursor + i) % services.size());
        if (!s.provider.isEmpty() && scalingFor(s).enabled)
            m_forecastQueue.append(s.id);
    }
    m_forecastCursor = services.isEmpty() ? 0 : (m_forecastCursor + m_options.forecastBatch) % services.size();
    requestNextForecast();
}

void ActionEngine::requestNextForecast()
{
    if (m_forecastQueue.isEmpty()) {
        m_forecasting = false;
        return;
    }
    m_forecasting = true;
    const QString id = m_forecastQueue.takeFirst();
    HistoryJob job;
    job.purpose = HistoryPurpose::Forecast;
    job.serviceId = id;
    const qint64 t = now();
    requestHistory(job, {{id, MetricKind::Rps, {}}}, t - m_options.forecastHistoryMs, t);
}

void ActionEngine::runForecast(const QString &serviceId, const Engine::HistoryResult &history)
{
    // The fit is CPU work: on the pool, back here with the result.
    const QVector<Model::Sample> samples = samplesOf(history);
    const qint64 step = history.stepMs > 0 ? history.stepMs : 3600'000;
    const qint64 horizon = m_options.forecastHorizonMs;
    QPointer<ActionEngine> self(this);
    QtConcurrent::run([samples, step, horizon] { return forecastTraffic(samples, step, horizon); })
        .then(this, [self, serviceId](Util::Result<ForecastEvidence> forecast) {
            if (!self || !self->m_store)
                return;
            if (forecast)
                self->m_forecasts.insert(serviceId, *forecast);
            else
                qCInfo(lcActions) << "no forecast for" << serviceId << forecast.error().message;
            self->requestNextForecast();
            if (self->m_forecastQueue.isEmpty() && !self->m_forecasting) {
                self->evaluatePredictive(self->now());
                if (self->m_dirty)
                    self->publish();
            }
        });
}

void ActionEngine::diagnose(const QString &serviceId, const Engine::HistoryResult &history)
{
    m_diagnosing.remove(serviceId);
    requestNextDiagnosis();
    const Model::Service *s = service(serviceId);
    if (!s)
        return;
    Analysis::DiagnosisInput input;
    input.serviceId = serviceId;
    input.role = s->role;
    input.nowMs = now();
    input.thresholds = s->thresholds;
    for (int i = 0; i < history.series.size(); ++i) {
        const Model::SeriesKey &key = history.series.at(i).key;
        input.series.append({Analysis::signalOf(key.kind), key.region, samplesOf(history, i)});
    }
    input.deploysMs = m_providerStates.value(serviceId).deploysMs;
    for (auto it = m_providerStates.cbegin(); it != m_providerStates.cend(); ++it) {
        if (it.key() != serviceId && !it->deploysMs.isEmpty())
            input.otherDeploysMs.insert(it.key(), it->deploysMs);
    }
    const QVector<Analysis::Finding> findings = Analysis::DiagnosisCatalogue().diagnose(input);
    // A service already being scaled (proposed, approved or running) needs no
    // second scaling proposal from a diagnosis: target tracking has it in hand.
    QSet<QString> scaling;
    if (auto active = m_store->loadInStates(
            {ActionState::Proposed, ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        active) {
        for (const ActionRecord &r : *active) {
            if (!r.shadow && r.proposal.kind == ActionKind::Scale && r.proposal.trigger != Trigger::Diagnosis)
                scaling.insert(r.proposal.actedServiceId());
        }
    }
    QStringList fired;
    for (const Analysis::Finding &f : findings)
        fired.append(f.pattern);
    expireObsolete(serviceId, Trigger::Diagnosis, fired,
                   QCoreApplication::translate("Actions", "The pattern is no longer observed."));
    for (const Analysis::Finding &f : findings) {
        const Model::Service *acted = f.actOnServiceId.isEmpty() ? s : service(f.actOnServiceId);
        if (!acted)
            continue;
        auto ranked = m_knowledge->rank(f.pattern, f.fixes);
        if (!ranked) {
            report(ranked.error());
            continue;
        }
        const Proposal p = ProposalFactory::fromFinding(*s, *acted, f, *ranked, guardrailsFor(*acted),
                                                        currentReplicas(acted->id), input);
        if (p.kind == ActionKind::Scale && scaling.contains(p.actedServiceId()))
            continue;
        raise(p, ProposalFactory::timeToLive(Trigger::Diagnosis), false);
    }
}

// ---------------------------------------------------------------- decisions

bool ActionEngine::transition(qint64 actionId, ActionState from, ActionState to, const QString &actor,
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

void ActionEngine::approve(const QVector<qint64> &ids, const QString &actor)
{
    if (!m_store)
        return;
    for (qint64 id : ids) {
        auto record = m_store->load(id);
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
        if (transition(id, ActionState::Proposed, ActionState::Approved, actor))
            emit stepReached(id, u"approved"_s);
    }
    pump();
}

void ActionEngine::reject(const QVector<qint64> &ids, const QString &actor)
{
    if (!m_store)
        return;
    for (qint64 id : ids) {
        transition(id, ActionState::Proposed, ActionState::Rejected, actor, [](ActionRecord &r) {
            r.reason = QCoreApplication::translate("Actions", "Rejected by the operator.");
        });
    }
    publish();
}

void ActionEngine::snooze(const QVector<qint64> &ids, qint64 forMs, const QString &actor)
{
    if (!m_store)
        return;
    const qint64 t = now();
    for (qint64 id : ids) {
        if (auto snoozed = m_store->snooze(id, t + forMs, t, actor); !snoozed)
            report(snoozed.error());
    }
    m_dirty = true;
    publish();
}

void ActionEngine::requestScale(const QString &serviceId, int replicas, const QString &actor)
{
    const Model::Service *s = service(serviceId);
    if (!s || !m_store)
        return;
    // Unknown before the first snapshot: the guardrails then judge against what
    // the provider reports when the change is prepared.
    const int current = std::max(0, currentReplicas(serviceId));
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
    p.costDeltaPerMonth = (replicas - current) * guardrailsFor(*s).replicaMonthlyCost;
    p.verification.metric = MetricKind::Replicas;
    p.verification.below = false;
    p.verification.threshold = replicas - 0.5;
    p.verification.settleMs = kMinute;
    p.verification.windowMs = 2 * kMinute;
    const qint64 t = now();
    auto inserted = m_store->insertProposal(p, t, t + kMinute * 10, false, actor);
    if (!inserted) {
        report(inserted.error());
        return;
    }
    approve({inserted->id}, actor);
}

void ActionEngine::setAutomation(const AutomationSettings &s, const QString &actor)
{
    if (!m_store)
        return;
    const QJsonObject json{{u"dryRun"_s, s.dryRun},
                           {u"autoApproveRules"_s, QJsonArray::fromStringList(s.autoApproveRules)},
                           {u"predictiveEnabledServices"_s, QJsonArray::fromStringList(s.predictiveEnabledServices)},
                           {u"predictiveMinConfidence"_s, s.predictiveMinConfidence}};
    if (auto saved = m_store->setSetting(u"automation"_s, u"settings"_s, json, now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_settings = s;
    m_dirty = true;
    publish();
}

void ActionEngine::setGuardrails(const QString &serviceId, const Guardrails &g, const QString &actor)
{
    if (!m_store)
        return;
    if (auto saved = m_store->setSetting(u"guardrails"_s, serviceId, guardrailsToJson(g), now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_guardrails.insert(serviceId, g);
    m_dirty = true;
    publish();
}

void ActionEngine::setScalingTarget(const QString &serviceId, const ScalingTarget &target, const QString &actor)
{
    if (!m_store)
        return;
    if (auto saved = m_store->setSetting(u"scaling"_s, serviceId, scalingTargetToJson(target), now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_scaling.insert(serviceId, target);
    m_policy.forget(serviceId);
}

void ActionEngine::setTarget(const QString &serviceId, const QJsonObject &config, const QString &actor)
{
    if (!m_store)
        return;
    if (auto saved = m_store->setSetting(u"target"_s, serviceId, config, now(), actor); !saved) {
        report(saved.error());
        return;
    }
    m_targets.insert(serviceId, config);
}

void ActionEngine::submitForecast(const QString &serviceId, const ForecastEvidence &forecast)
{
    m_forecasts.insert(serviceId, forecast);
}

void ActionEngine::requestPreview(qint64 actionId)
{
    if (!m_store)
        return;
    auto record = m_store->load(actionId);
    if (!record) {
        report(record.error());
        return;
    }
    if (record->proposal.kind == ActionKind::Manual) {
        emit previewReady(actionId, ProposalText::fixDescription(record->proposal.fix));
        return;
    }
    const quint64 id = m_nextRequest++;
    m_describes.insert(id, actionId);
    emit describeWanted(id, requestFor(*record));
}

void ActionEngine::onDescribed(quint64 requestId, const QString &request)
{
    if (!m_store)
        return; // answers that arrive after shutdown
    const auto it = m_describes.constFind(requestId);
    if (it == m_describes.cend())
        return;
    const qint64 actionId = it.value();
    m_describes.erase(it);
    if (m_busy.contains(actionId)) {
        // Dry run: the approval is recorded, the request is shown, nothing is sent.
        m_busy.remove(actionId);
        if (transition(actionId, ActionState::Approved, ActionState::DryRun, systemActor(), [request](ActionRecord &r) {
                r.execution.request = request;
                r.reason = QCoreApplication::translate("Actions", "Dry-run mode: the request was not sent.");
            }))
            emit stepReached(actionId, u"dry_run"_s);
        publish();
        return;
    }
    emit previewReady(actionId, request);
}

void ActionEngine::evaluateNow()
{
    m_lastEvaluateMs = 0;
    m_lastDiagnoseMs = 0;
    m_lastForecastMs = 0;
    m_diagnoseNow = true;
    m_forecastNow = true;
    m_lastObserveMs = 0;
    if (m_snapshot)
        onSnapshot(m_snapshot);
    else
        pump();
}

// ---------------------------------------------------------------- execution

void ActionEngine::pump()
{
    if (!m_running || !m_store)
        return;
    const qint64 t = now();
    if (auto approved = m_store->loadInStates({ActionState::Approved}); approved) {
        for (const ActionRecord &r : *approved) {
            if (!m_busy.contains(r.id))
                startExecution(r);
        }
    }
    for (auto it = m_retryAtMs.begin(); it != m_retryAtMs.end();) {
        if (it.value() > t || m_busy.contains(it.key())) {
            ++it;
            continue;
        }
        const qint64 actionId = it.key();
        it = m_retryAtMs.erase(it);
        if (auto record = m_store->load(actionId); record && record->state == ActionState::Executing)
            reconcile(*record);
        else if (record && record->state == ActionState::Verifying)
            checkVerification(*record, t);
    }
    if (auto verifying = m_store->loadInStates({ActionState::Verifying}); verifying) {
        for (const ActionRecord &r : *verifying) {
            if (!m_busy.contains(r.id) && !m_retryAtMs.contains(r.id))
                checkVerification(r, t);
        }
    }
    if (auto open = m_store->loadInStates({ActionState::Proposed}); open) {
        for (const ActionRecord &r : *open) {
            if (r.shadow && !m_busy.contains(r.id))
                scoreShadow(r, t);
        }
    }
    expireOpen(t);
    if (m_dirty)
        publish();
}

void ActionEngine::startExecution(const ActionRecord &r)
{
    m_busy.insert(r.id);
    const qint64 t = now();
    if (r.proposal.kind == ActionKind::Manual) {
        // The operator did it; the approval says so. Straja only verifies.
        const QString by = r.decidedBy;
        const bool moved = transition(r.id, ActionState::Approved, ActionState::Executing, systemActor(),
                                      [t, by](ActionRecord &rec) {
                                          rec.execution.request = QCoreApplication::translate(
                                              "Actions", "Manual fix, applied by %1.").arg(by);
                                          rec.execution.startedMs = t;
                                      });
        if (moved && transition(r.id, ActionState::Executing, ActionState::Verifying, systemActor(),
                                [t](ActionRecord &rec) { rec.execution.appliedMs = t; }))
            emit stepReached(r.id, u"verifying"_s);
        m_busy.remove(r.id);
        return;
    }
    if (m_settings.dryRun) {
        const quint64 id = m_nextRequest++;
        m_describes.insert(id, r.id);
        emit describeWanted(id, requestFor(r));
        return;
    }
    const quint64 id = m_nextRequest++;
    m_prepares.insert(id, r.id);
    emit prepareWanted(id, requestFor(r));
}

void ActionEngine::onPrepared(quint64 requestId, const ProviderState &before, const QString &request)
{
    if (!m_store)
        return; // answers that arrive after shutdown
    const auto it = m_prepares.constFind(requestId);
    if (it == m_prepares.cend())
        return;
    const qint64 actionId = it.value();
    m_prepares.erase(it);
    finishPrepare(actionId, before, request);
    if (m_dirty)
        publish();
}

void ActionEngine::finishPrepare(qint64 actionId, const ProviderState &before, const QString &request)
{
    auto loaded = m_store ? m_store->load(actionId) : Util::Result<ActionRecord>(Util::Error{});
    if (!loaded || loaded->state != ActionState::Approved) {
        m_busy.remove(actionId);
        return;
    }
    const ActionRecord r = std::move(loaded).value();
    const qint64 t = now();
    if (!before.ok) {
        terminate(actionId, ActionState::Approved, ActionState::Failed, {},
                  QCoreApplication::translate("Actions", "The provider could not be read: %1").arg(before.error));
        return;
    }
    const Model::Service *acted = service(r.proposal.actedServiceId());
    const Guardrails guardrails = acted ? guardrailsFor(*acted) : Guardrails{};
    const qint64 lastScale = m_store->lastScaleAppliedMs(r.proposal.actedServiceId()).value();
    if (auto allowed = GuardrailChecker::check(r.proposal, before, guardrails, t, lastScale); !allowed) {
        terminate(actionId, ActionState::Approved, ActionState::Failed, {}, allowed.error().message);
        return;
    }
    if (!transition(actionId, ActionState::Approved, ActionState::Executing, systemActor(),
                    [&](ActionRecord &rec) {
                        rec.execution.observedBefore = providerStateToJson(before);
                        rec.execution.request = request;
                        rec.execution.startedMs = t;
                        rec.execution.attempts = 1;
                    })) {
        m_busy.remove(actionId);
        return;
    }
    emit stepReached(actionId, u"executing"_s);
    ActionRecord sent = r;
    sent.execution.observedBefore = providerStateToJson(before);
    const quint64 id = m_nextRequest++;
    m_sends.insert(id, {actionId, SendPurpose::Execute});
    emit sendWanted(id, requestFor(sent));
}

void ActionEngine::onApplied(quint64 requestId, const ExecutionResult &result)
{
    if (!m_store)
        return; // answers that arrive after shutdown
    const auto it = m_sends.constFind(requestId);
    if (it == m_sends.cend())
        return;
    const SendJob job = it.value();
    m_sends.erase(it);
    finishSend(job, result);
    if (m_dirty)
        publish();
}

void ActionEngine::finishSend(const SendJob &job, const ExecutionResult &result)
{
    const qint64 actionId = job.actionId;
    const qint64 t = now();
    if (job.purpose == SendPurpose::Revert) {
        m_busy.remove(actionId);
        const OutcomeInfo outcome = m_pendingOutcome.take(actionId);
        if (result.ok) {
            if (transition(actionId, ActionState::Verifying, ActionState::RolledBack, systemActor(),
                           [&](ActionRecord &r) {
                               r.execution.revertedMs = t;
                               r.outcome = outcome;
                               r.reason = QCoreApplication::translate("Actions", "It did not help; scaled back to "
                                                                                 "%1 replicas.")
                                              .arg(r.proposal.fromReplicas);
                           })) {
                emit stepReached(actionId, u"rolled_back"_s);
                const ActionRecord r = m_store->load(actionId).value();
                if (!r.proposal.pattern.isEmpty()) {
                    if (auto recorded = m_knowledge->record(r.proposal.pattern, r.proposal.fix, r.proposal.projectId,
                                                            r.proposal.actedServiceId(), actionId, false, t);
                        !recorded)
                        report(recorded.error());
                }
            }
        } else {
            terminate(actionId, ActionState::Verifying, ActionState::Failed, outcome,
                      QCoreApplication::translate("Actions", "It did not help, and scaling back failed: %1")
                          .arg(result.message));
        }
        return;
    }
    emit stepReached(actionId, u"provider-answered"_s);
    auto loaded = m_store->load(actionId);
    if (!loaded || loaded->state != ActionState::Executing) {
        m_busy.remove(actionId);
        return;
    }
    if (result.ok) {
        if (transition(actionId, ActionState::Executing, ActionState::Verifying, systemActor(), [&](ActionRecord &r) {
                r.execution.appliedMs = t;
                r.execution.providerReply = result.reply;
                if (!result.request.isEmpty())
                    r.execution.request = result.request;
            }))
            emit stepReached(actionId, u"verifying"_s);
        m_busy.remove(actionId);
        return;
    }
    const bool ambiguous = result.errorCode == u"network" || (result.httpStatus >= 500 && result.httpStatus < 600);
    if ((result.retryable || ambiguous) && loaded->execution.attempts < m_options.maxAttempts) {
        // Before any second send, the provider is read again (reconcile): a 5xx or a
        // dropped connection may still have applied the change.
        qCInfo(lcActions) << "action" << actionId << "will be retried:" << result.message;
        m_retryAtMs.insert(actionId, t + std::max<qint64>(result.retryAfterMs, 2000));
        m_busy.remove(actionId);
        return;
    }
    terminate(actionId, ActionState::Executing, ActionState::Failed, {},
              QCoreApplication::translate("Actions", "The provider refused: %1").arg(result.message));
}

void ActionEngine::reconcile(const ActionRecord &r)
{
    m_busy.insert(r.id);
    m_retryAtMs.remove(r.id);
    if (r.proposal.kind == ActionKind::Manual) {
        const qint64 t = now();
        if (transition(r.id, ActionState::Executing, ActionState::Verifying, systemActor(),
                       [t](ActionRecord &rec) { rec.execution.appliedMs = t; }))
            emit stepReached(r.id, u"verifying"_s);
        m_busy.remove(r.id);
        return;
    }
    const quint64 id = m_nextRequest++;
    m_reconciles.insert(id, r.id);
    emit observeWanted(id, {requestFor(r).target});
}

void ActionEngine::finishReconcile(qint64 actionId, const ProviderState &nowState)
{
    auto loaded = m_store->load(actionId);
    if (!loaded || loaded->state != ActionState::Executing) {
        m_busy.remove(actionId);
        return;
    }
    ActionRecord r = std::move(loaded).value();
    const qint64 t = now();
    if (!nowState.ok) {
        // Cannot tell yet; never guess: ask again later.
        qCWarning(lcActions) << "action" << actionId << "cannot be reconciled yet:" << nowState.error;
        m_retryAtMs.insert(actionId, t + 30'000);
        m_busy.remove(actionId);
        return;
    }
    const ProviderState before = providerStateFromJson(r.execution.observedBefore);
    const ExecutionRequest request = requestFor(r);
    switch (Reconciler::verdict(request, before, r.execution.startedMs, nowState)) {
    case ReconcileVerdict::Applied:
        if (transition(actionId, ActionState::Executing, ActionState::Verifying, systemActor(), [&](ActionRecord &rec) {
                rec.execution.appliedMs = std::max(nowState.updatedMs, rec.execution.startedMs);
                if (rec.execution.appliedMs <= 0)
                    rec.execution.appliedMs = t;
                rec.execution.providerReply = QCoreApplication::translate(
                    "Actions", "The provider shows the change (confirmed by reading it back).");
            }))
            emit stepReached(actionId, u"verifying"_s);
        m_busy.remove(actionId);
        return;
    case ReconcileVerdict::NotApplied: {
        if (r.execution.attempts >= m_options.maxAttempts) {
            terminate(actionId, ActionState::Executing, ActionState::Failed, {},
                      QCoreApplication::translate("Actions", "The provider did not apply the change after %n "
                                                             "attempt(s).",
                                                  nullptr, r.execution.attempts));
            return;
        }
        r.execution.attempts += 1;
        if (auto recorded = m_store->recordExecution(actionId, r.execution, t, systemActor(), u"resent"_s);
            !recorded) {
            report(recorded.error());
            m_busy.remove(actionId);
            return;
        }
        emit stepReached(actionId, u"resending"_s);
        const quint64 id = m_nextRequest++;
        m_sends.insert(id, {actionId, SendPurpose::Execute});
        emit sendWanted(id, request);
        return;
    }
    case ReconcileVerdict::Diverged:
        terminate(actionId, ActionState::Executing, ActionState::Failed, {},
                  QCoreApplication::translate("Actions", "The service was changed outside Straja meanwhile "
                                                         "(%n replica(s) now); nothing was sent.",
                                              nullptr, nowState.replicas));
        return;
    }
}

void ActionEngine::checkVerification(const ActionRecord &r, qint64 t)
{
    const VerificationRule &rule = r.proposal.verification;
    qint64 from = Verifier::windowStart(rule, r.execution.appliedMs);
    qint64 to = Verifier::windowEnd(rule, r.execution.appliedMs);
    if (r.proposal.trigger == Trigger::Predictive && r.proposal.facts.contains(u"peakMs"_s)) {
        // A pre-scaling is judged while the peak it was made for passes.
        const qint64 peak = static_cast<qint64>(r.proposal.facts.value(u"peakMs"_s).toDouble());
        from = std::max(from, peak - rule.windowMs / 2);
        to = std::max(to, peak + rule.windowMs / 2);
    }
    if (t < to)
        return;
    if (!rule.signalId.isEmpty()) {
        // No connector reports this signal yet: the outcome cannot be measured.
        if (t > to + m_options.verificationGraceMs) {
            OutcomeInfo outcome;
            outcome.threshold = rule.threshold;
            outcome.note = QCoreApplication::translate("Actions", "No source reports %1, so the outcome could not be "
                                                                  "measured.")
                               .arg(rule.signalId);
            terminate(r.id, ActionState::Verifying, ActionState::Failed, outcome, outcome.note);
        }
        return;
    }
    m_busy.insert(r.id);
    HistoryJob job;
    job.purpose = HistoryPurpose::Verification;
    job.actionId = r.id;
    requestHistory(job, {{r.proposal.serviceId, rule.metric, rule.region}}, from, to);
}

void ActionEngine::finishVerification(qint64 actionId, const Engine::HistoryResult &history)
{
    m_busy.remove(actionId);
    auto loaded = m_store->load(actionId);
    if (!loaded || loaded->state != ActionState::Verifying)
        return;
    const ActionRecord r = std::move(loaded).value();
    const VerificationRule &rule = r.proposal.verification;
    const qint64 t = now();
    const VerificationVerdict verdict = Verifier::judge(rule, samplesOf(history));
    OutcomeInfo outcome;
    outcome.before = r.proposal.effectBefore;
    outcome.after = verdict.mean;
    outcome.threshold = rule.threshold;
    outcome.samples = verdict.samples;
    if (!verdict.decided) {
        if (t > Verifier::windowEnd(rule, r.execution.appliedMs) + m_options.verificationGraceMs) {
            outcome.note = QCoreApplication::translate("Actions", "No data arrived for the verification window.");
            terminate(actionId, ActionState::Verifying, ActionState::Failed, outcome, outcome.note);
        } else {
            m_retryAtMs.insert(actionId, t + kMinute);
        }
        return;
    }
    if (verdict.succeeded) {
        outcome.note = QCoreApplication::translate("Actions", "It worked.");
        terminate(actionId, ActionState::Verifying, ActionState::Succeeded, outcome, QString());
        return;
    }
    outcome.note = QCoreApplication::translate("Actions", "It did not help.");
    if (rule.revertOnFailure && r.proposal.kind == ActionKind::Scale && r.execution.revertedMs == 0) {
        // The approval covered this: scale back to where it was.
        ExecutionRequest revert = requestFor(r);
        revert.replicas = r.proposal.fromReplicas;
        revert.idempotencyKey = r.idempotencyKey + u":revert"_s;
        m_pendingOutcome.insert(actionId, outcome);
        m_busy.insert(actionId);
        const quint64 id = m_nextRequest++;
        m_sends.insert(id, {actionId, SendPurpose::Revert});
        emit sendWanted(id, revert);
        return;
    }
    terminate(actionId, ActionState::Verifying, ActionState::Failed, outcome, outcome.note);
}

void ActionEngine::terminate(qint64 actionId, ActionState from, ActionState to, const OutcomeInfo &outcome,
                             const QString &reason)
{
    m_busy.remove(actionId);
    m_retryAtMs.remove(actionId);
    const bool moved = transition(actionId, from, to, systemActor(), [&](ActionRecord &r) {
        r.outcome = outcome;
        r.reason = reason;
    });
    if (!moved)
        return;
    emit stepReached(actionId, ActionStateMachine::stateId(to));
    if (from != ActionState::Verifying)
        return; // the fix never ran: nothing to learn about it
    const ActionRecord r = m_store->load(actionId).value();
    if (r.proposal.pattern.isEmpty())
        return;
    if (auto recorded = m_knowledge->record(r.proposal.pattern, r.proposal.fix, r.proposal.projectId,
                                            r.proposal.actedServiceId(), actionId, to == ActionState::Succeeded,
                                            now());
        !recorded)
        report(recorded.error());
}

void ActionEngine::scoreShadow(const ActionRecord &r, qint64 t)
{
    const qint64 peak = static_cast<qint64>(r.proposal.facts.value(u"peakMs"_s).toDouble());
    if (peak <= 0 || t < peak + kShadowScoreAfterMs)
        return;
    const qint64 needFrom = static_cast<qint64>(r.proposal.facts.value(u"needFromMs"_s).toDouble());
    m_busy.insert(r.id);
    HistoryJob job;
    job.purpose = HistoryPurpose::ShadowScore;
    job.actionId = r.id;
    requestHistory(job, {{r.proposal.serviceId, MetricKind::Rps, {}}}, std::min(needFrom, peak) - kShadowScoreAfterMs,
                   peak + kShadowScoreAfterMs);
}

void ActionEngine::finishShadowScore(qint64 actionId, const Engine::HistoryResult &history)
{
    m_busy.remove(actionId);
    auto loaded = m_store->load(actionId);
    if (!loaded || loaded->state != ActionState::Proposed)
        return;
    const Proposal &p = loaded->proposal;
    double actualPeak = kNoValue;
    for (const Model::Sample &s : samplesOf(history))
        actualPeak = std::isfinite(actualPeak) ? std::max(actualPeak, s.v) : s.v;
    const double forecastPeak = p.facts.value(u"peakRps"_s).toDouble();
    const double capacity = p.facts.value(u"capacityPerReplica"_s).toDouble();
    OutcomeInfo outcome;
    outcome.before = forecastPeak;
    outcome.after = actualPeak;
    outcome.samples = static_cast<int>(history.series.value(0).points.size());
    if (!std::isfinite(actualPeak)) {
        outcome.note = QCoreApplication::translate("Actions", "No traffic data to score the forecast.");
    } else {
        // Right when the extra replicas were really needed and the peak came within 25%.
        const bool needed = PreScalePlanner::replicasFor(actualPeak, capacity) > p.fromReplicas;
        const bool close = forecastPeak > 0 && std::abs(actualPeak - forecastPeak) / forecastPeak <= 0.25;
        outcome.shadowScore = needed && close ? 1.0 : 0.0;
        outcome.note = outcome.shadowScore > 0.5
                           ? QCoreApplication::translate("Actions", "Forecast-only: the forecast was right.")
                           : QCoreApplication::translate("Actions", "Forecast-only: the forecast was wrong.");
    }
    transition(actionId, ActionState::Proposed, ActionState::Expired, systemActor(), [&](ActionRecord &r) {
        r.outcome = outcome;
        r.reason = outcome.note;
    });
}

// ---------------------------------------------------------------- the inbox

void ActionEngine::publish()
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
    emit inboxChanged(snapshot);
}

} // namespace Actions
