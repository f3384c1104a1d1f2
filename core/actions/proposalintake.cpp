#include "core/actions/proposalintake.h"

#include "core/analysis/diagnosis/deploytimes.h"

#include "core/actions/actionengine.h"
#include "core/actions/actionslog.h"
#include "core/actions/actionstore.h"
#include "core/actions/forecastadapter.h"
#include "core/actions/knowledgebase.h"
#include "core/actions/prescaleplanner.h"
#include "core/actions/proposalfactory.h"
#include "core/actions/proposaltext.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QPointer>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Actions {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kEvidenceMs = 60 * kMinute;
constexpr qint64 kDiagnosisRawMs = 2 * 60 * kMinute;

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

ProposalIntake::ProposalIntake(ActionContext &context)
    : m_ctx(context)
{
}

void ProposalIntake::onSnapshot(qint64 t)
{
    const ActionEngineOptions &options = m_ctx.options();
    if (t - m_lastEvaluateMs >= options.evaluateEveryMs) {
        m_lastEvaluateMs = t;
        evaluateScaling(t);
        evaluatePredictive(t);
    }
    if (options.diagnose && t - m_lastObserveMs >= options.observeEveryMs) {
        m_lastObserveMs = t;
        QVector<ActionTarget> targets;
        for (const Model::Service &s : m_ctx.workspace()->services) {
            if (!s.provider.isEmpty())
                targets.append(m_ctx.targetFor(s.id));
        }
        m_observeRequest = m_ctx.nextRequestId();
        emit m_ctx.engine().observeWanted(m_observeRequest, targets);
    }
    // One round at a time, and not more often than the wall clock allows: a demo
    // running at 60x must not spend its network thread on histories.
    if (options.diagnose && t - m_lastDiagnoseMs >= options.diagnoseEveryMs && m_diagnosing.isEmpty()
        && (m_diagnoseNow || m_diagnoseWall.elapsed() >= options.diagnoseMinWallMs)) {
        m_diagnoseNow = false;
        m_diagnoseWall.start();
        startDiagnosisRound(t);
    }
    // Forecasts share the diagnoses' patience at start and go one service at a time.
    if (options.forecast && t - m_lastForecastMs >= options.forecastEveryMs && m_forecastQueue.isEmpty()
        && !m_forecasting && m_diagnoseWall.isValid()
        && (m_forecastNow || m_diagnoseWall.elapsed() >= options.diagnoseMinWallMs)) {
        m_forecastNow = false;
        startForecastRound(t);
    }
}

void ProposalIntake::makeDue()
{
    m_lastEvaluateMs = 0;
    m_lastDiagnoseMs = 0;
    m_lastForecastMs = 0;
    m_diagnoseNow = true;
    m_forecastNow = true;
    m_lastObserveMs = 0;
}

void ProposalIntake::resetRounds()
{
    m_diagnosisQueue.clear();
    m_diagnosing.clear();
    m_diagnosisParts.clear();
    m_forecastQueue.clear();
    m_forecasting = false;
    m_diagnoseCursor = 0;
    m_forecastCursor = 0;
}

bool ProposalIntake::onHistory(const HistoryJob &job, const Engine::HistoryResult &history)
{
    switch (job.purpose) {
    case HistoryPurpose::Evidence: {
        Proposal p = job.pending;
        if (!p.evidence.isEmpty())
            p.evidence.first().points = samplesOf(history);
        raise(p, job.ttlMs, false);
        return true;
    }
    case HistoryPurpose::Diagnosis: {
        auto part = m_diagnosisParts.find(job.serviceId);
        if (part == m_diagnosisParts.end())
            return true;
        for (const Store::StoredSeries &s : history.series) {
            auto &points = part->series[s.key];
            points += s.points;
        }
        if (--part->waiting > 0)
            return true;
        auto merged = std::make_shared<Engine::HistoryResult>();
        for (auto it = part->series.begin(); it != part->series.end(); ++it) {
            std::sort(it->begin(), it->end(),
                      [](const Store::StoredPoint &a, const Store::StoredPoint &b) { return a.t < b.t; });
            merged->series.append({it.key(), Store::Resolution::Raw, it.value()});
        }
        m_diagnosisParts.erase(part);
        diagnose(job.serviceId, *merged);
        return true;
    }
    case HistoryPurpose::Forecast: runForecast(job.serviceId, history); return true;
    case HistoryPurpose::Verification:
    case HistoryPurpose::ShadowScore: return false;
    }
    return false;
}

bool ProposalIntake::onObserved(quint64 requestId, const QVector<ProviderState> &states)
{
    if (requestId != m_observeRequest)
        return false;
    for (const ProviderState &s : states) {
        if (s.ok)
            m_ctx.providerStates().insert(s.serviceId, s);
    }
    return true;
}

// ---------------------------------------------------------------- intake and dedup

void ProposalIntake::raise(const Proposal &proposal, qint64 ttlMs, bool shadow)
{
    ActionStore &store = m_ctx.store();
    const qint64 t = m_ctx.now();
    auto existing = store.openWithDedupKey(proposal.dedupKey(), shadow);
    if (!existing) {
        m_ctx.report(existing.error());
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
            if (auto refreshed = store.refreshProposal(open.id, kept, t, std::max(open.expiresMs, t + ttlMs));
                !refreshed)
                m_ctx.report(refreshed.error());
            m_ctx.markDirty();
            return;
        }
        if (open.proposal.kind == proposal.kind && open.proposal.toReplicas == proposal.toReplicas
            && open.shadow == shadow) {
            // Same remedy: fresh evidence, and the open proposal lives on.
            if (auto refreshed = store.refreshProposal(open.id, proposal, t, std::max(open.expiresMs, t + ttlMs));
                !refreshed)
                m_ctx.report(refreshed.error());
            m_ctx.markDirty();
            return;
        }
        m_ctx.transition(open.id, ActionState::Proposed, ActionState::Expired, ActionEngine::systemActor(),
                         [](ActionRecord &r) {
                             r.reason = QCoreApplication::translate("Actions", "Superseded by a newer proposal.");
                         });
    }
    // One change of a kind at a time per service: what is approved or running now
    // is judged first, and the next evaluation sees its effect.
    if (auto active = store.loadInStates({ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        active) {
        for (const ActionRecord &r : *active) {
            if (r.proposal.actedServiceId() == proposal.actedServiceId() && r.proposal.kind == proposal.kind)
                return;
        }
    }
    auto inserted = store.insertProposal(proposal, t, t + ttlMs, shadow, ActionEngine::systemActor());
    if (!inserted) {
        m_ctx.report(inserted.error());
        return;
    }
    m_ctx.markDirty();
    qCInfo(lcActions) << "proposed" << inserted->id << ProposalText::title(proposal) << (shadow ? "(shadow)" : "");
    // A manual fix is approved by the person who did it: auto-approving one would
    // record a renewal or a config change nobody made and "verify" it.
    if (!shadow && proposal.kind != ActionKind::Manual && m_ctx.settings().autoApproveRules.contains(proposal.rule)) {
        const QString actor = QCoreApplication::translate("Actions", "auto-approve rule %1").arg(proposal.rule);
        if (m_ctx.transition(inserted->id, ActionState::Proposed, ActionState::Approved, actor,
                             [](ActionRecord &r) { r.autoApproved = true; }))
            emit m_ctx.engine().stepReached(inserted->id, u"approved"_s);
        return;
    }
    if (!shadow)
        emit m_ctx.engine().proposalsRaised({ProposalText::title(proposal)});
}

void ProposalIntake::expireOpen(qint64 t)
{
    auto open = m_ctx.store().loadInStates({ActionState::Proposed});
    if (!open) {
        m_ctx.report(open.error());
        return;
    }
    for (const ActionRecord &r : *open) {
        if (r.shadow || r.expiresMs <= 0 || r.expiresMs > t || r.snoozedUntilMs > t)
            continue;
        m_ctx.transition(r.id, ActionState::Proposed, ActionState::Expired, ActionEngine::systemActor(),
                         [](ActionRecord &rec) {
                             rec.reason = QCoreApplication::translate("Actions", "Expired without a decision.");
                         });
    }
}

void ProposalIntake::expireObsolete(const QString &serviceId, Trigger trigger, const QStringList &stillValid,
                                    const QString &why)
{
    auto open = m_ctx.store().loadInStates({ActionState::Proposed});
    if (!open) {
        m_ctx.report(open.error());
        return;
    }
    for (const ActionRecord &r : *open) {
        const Proposal &p = r.proposal;
        if (r.shadow || p.serviceId != serviceId || p.trigger != trigger || p.rule.startsWith(u"operator."))
            continue;
        const QString key = trigger == Trigger::Diagnosis ? p.pattern : p.fix;
        if (stillValid.contains(key))
            continue;
        m_ctx.transition(r.id, ActionState::Proposed, ActionState::Expired, ActionEngine::systemActor(),
                         [why](ActionRecord &rec) { rec.reason = why; });
    }
}

// ---------------------------------------------------------------- target tracking and forecasts

void ProposalIntake::evaluateScaling(qint64 t)
{
    expireOpen(t);
    ActionStore &store = m_ctx.store();
    QSet<QString> busyServices;
    if (auto inFlight = store.loadInStates({ActionState::Approved, ActionState::Executing, ActionState::Verifying});
        inFlight) {
        for (const ActionRecord &r : *inFlight) {
            if (r.proposal.kind == ActionKind::Scale)
                busyServices.insert(r.proposal.actedServiceId());
        }
    }
    for (const Model::Service &s : m_ctx.workspace()->services) {
        if (s.provider.isEmpty())
            continue;
        const ScalingTarget target = m_ctx.scalingFor(s);
        if (!target.enabled)
            continue;
        const int replicas = m_ctx.currentReplicas(s.id);
        if (replicas <= 0)
            continue;
        double agreement = 0.0;
        // RPS is tracked per replica, as an HPA's Pods metric: compare the total
        // with target × replicas.
        const double perReplicaTarget = target.metric == MetricKind::Rps ? target.target * replicas : target.target;
        double value = m_ctx.smoothed(s.id, target.metric, &agreement, perReplicaTarget, target.tolerance);
        if (!std::isfinite(value))
            continue;
        if (target.metric == MetricKind::Rps)
            value /= replicas;
        const Guardrails guardrails = m_ctx.guardrailsFor(s);
        ScalingInput input;
        input.currentReplicas = replicas;
        input.metricValue = value;
        input.target = target;
        input.guardrails = guardrails;
        input.nowMs = t;
        input.lastScaleMs = store.lastScaleAppliedMs(s.id).value();
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
        m_ctx.requestHistory(job, {{s.id, target.metric, {}}}, t - kEvidenceMs, t);
    }
}

void ProposalIntake::evaluatePredictive(qint64 t)
{
    const AutomationSettings &settings = m_ctx.settings();
    const QHash<QString, ForecastEvidence> forecasts = m_ctx.forecasts();
    for (auto it = forecasts.cbegin(); it != forecasts.cend(); ++it) {
        const Model::Service *s = m_ctx.service(it.key());
        if (!s || s->provider.isEmpty())
            continue;
        const ScalingTarget target = m_ctx.scalingFor(*s);
        const int replicas = m_ctx.currentReplicas(s->id);
        const double rps = m_ctx.smoothed(s->id, MetricKind::Rps);
        if (!target.enabled || replicas <= 0 || !std::isfinite(rps))
            continue;
        double capacity = kNoValue;
        if (target.metric == MetricKind::Rps) {
            capacity = target.target;
        } else if (target.metric == MetricKind::Cpu) {
            const double cpu = m_ctx.smoothed(s->id, MetricKind::Cpu);
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
        in.guardrails = m_ctx.guardrailsFor(*s);
        in.minConfidence = settings.predictiveMinConfidence;
        const bool shadow = !settings.predictiveEnabledServices.contains(s->id);
        const PreScalePlan up = PreScalePlanner::planUp(in);
        qCDebug(lcActions) << "predictive" << s->id << "capacity" << capacity << "replicas" << replicas << "->"
                           << up.toReplicas << "confidence" << up.confidence << "accuracy" << in.forecast.accuracy
                           << "need from" << QDateTime::fromMSecsSinceEpoch(up.needFromMs, QTimeZone::utc())
                           << (up.propose ? QString() : up.skipped);
        const QVector<Model::Sample> recent = m_ctx.recent(s->id, MetricKind::Rps);
        if (up.propose) {
            const Proposal p = ProposalFactory::fromPreScale(*s, in, up, recent);
            raise(p, std::max(up.needFromMs - t, 10 * kMinute), shadow);
            continue;
        }
        // After a pre-scaled peak has passed, give the capacity back (never under
        // what the present load needs: the planner's floor).
        auto done = m_ctx.store().history(m_ctx.options().historyLimit);
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

void ProposalIntake::startForecastRound(qint64 t)
{
    m_lastForecastMs = t;
    m_forecastQueue.clear();
    const int batch = m_ctx.options().forecastBatch;
    const auto &services = m_ctx.workspace()->services;
    for (int i = 0; i < services.size() && m_forecastQueue.size() < batch; ++i) {
        const Model::Service &s = services.at((m_forecastCursor + i) % services.size());
        if (!s.provider.isEmpty() && m_ctx.scalingFor(s).enabled)
            m_forecastQueue.append(s.id);
    }
    m_forecastCursor = services.isEmpty() ? 0 : (m_forecastCursor + batch) % services.size();
    requestNextForecast();
}

void ProposalIntake::requestNextForecast()
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
    const qint64 t = m_ctx.now();
    m_ctx.requestHistory(job, {{id, MetricKind::Rps, {}}}, t - m_ctx.options().forecastHistoryMs, t);
}

void ProposalIntake::runForecast(const QString &serviceId, const Engine::HistoryResult &history)
{
    // The fit is CPU work: on the pool, back here with the result. The intake lives
    // as long as its engine, so the engine's pointer guards both.
    const QVector<Model::Sample> samples = samplesOf(history);
    const qint64 step = history.stepMs > 0 ? history.stepMs : 3600'000;
    const qint64 horizon = m_ctx.options().forecastHorizonMs;
    ActionEngine *engine = &m_ctx.engine();
    QPointer<ActionEngine> guard(engine);
    QtConcurrent::run([samples, step, horizon] { return forecastTraffic(samples, step, horizon); })
        .then(engine, [guard, this, serviceId](Util::Result<ForecastEvidence> forecast) {
            if (!guard || !m_ctx.isOpen())
                return;
            if (forecast)
                m_ctx.forecasts().insert(serviceId, *forecast);
            else
                qCInfo(lcActions) << "no forecast for" << serviceId << forecast.error().message;
            requestNextForecast();
            if (m_forecastQueue.isEmpty() && !m_forecasting) {
                evaluatePredictive(m_ctx.now());
                m_ctx.publishIfDirty();
            }
        });
}

// ---------------------------------------------------------------- diagnoses

void ProposalIntake::startDiagnosisRound(qint64 t)
{
    m_lastDiagnoseMs = t;
    const int batch = m_ctx.options().diagnoseBatch;
    QStringList chosen;
    // Unhealthy services first, then the others in turn.
    if (const Engine::FleetSnapshotPtr &snapshot = m_ctx.snapshot()) {
        for (const Engine::ServiceStatus &s : snapshot->services) {
            if (chosen.size() >= batch)
                break;
            if (s.verdict.health >= Engine::Health::Degraded && !m_diagnosing.contains(s.serviceId))
                chosen.append(s.serviceId);
        }
    }
    const auto &services = m_ctx.workspace()->services;
    for (int i = 0; i < services.size() && chosen.size() < batch; ++i) {
        const Model::Service &s = services.at((m_diagnoseCursor + i) % services.size());
        if (!chosen.contains(s.id) && !m_diagnosing.contains(s.id))
            chosen.append(s.id);
    }
    m_diagnoseCursor = services.isEmpty() ? 0 : (m_diagnoseCursor + batch) % services.size();
    for (const QString &id : std::as_const(chosen))
        m_diagnosing.insert(id);
    m_diagnosisQueue = chosen;
    requestNextDiagnosis();
}

void ProposalIntake::requestNextDiagnosis()
{
    // One service at a time: the network thread also carries executions, and an
    // approval must not wait behind a whole round of day-long histories.
    while (!m_diagnosisQueue.isEmpty()) {
        const QString id = m_diagnosisQueue.takeFirst();
        const Model::Service *s = m_ctx.service(id);
        if (!s) {
            m_diagnosing.remove(id);
            continue;
        }
        QVector<Model::SeriesKey> keys;
        for (MetricKind kind : Model::allMetricKinds()) {
            if (Analysis::signalOf(kind))
                keys.append({id, kind, {}});
        }
        for (const QString &region : s->regions)
            keys.append({id, MetricKind::LatencyP95, region});
        HistoryJob job;
        job.purpose = HistoryPurpose::Diagnosis;
        job.serviceId = id;
        // The day at 5-minute rollups, the last two hours at full resolution: the
        // patterns that look at "the last five minutes" need minutes, not buckets.
        const qint64 t = m_ctx.now();
        const qint64 split = t - kDiagnosisRawMs;
        m_diagnosisParts.insert(id, {2, {}});
        m_ctx.requestHistory(job, keys, t - m_ctx.options().diagnosisWindowMs, split - 1);
        m_ctx.requestHistory(job, keys, split, t);
        return;
    }
}

void ProposalIntake::diagnose(const QString &serviceId, const Engine::HistoryResult &history)
{
    m_diagnosing.remove(serviceId);
    requestNextDiagnosis();
    const Model::Service *s = m_ctx.service(serviceId);
    if (!s)
        return;
    Analysis::DiagnosisInput input;
    input.serviceId = serviceId;
    input.role = s->role;
    input.nowMs = m_ctx.now();
    input.thresholds = s->thresholds;
    for (int i = 0; i < history.series.size(); ++i) {
        const Model::SeriesKey &key = history.series.at(i).key;
        if (const auto signal = Analysis::signalOf(key.kind))
            input.series.append({*signal, key.region, samplesOf(history, i)});
    }
    const QHash<QString, ProviderState> &states = m_ctx.providerStates();
    input.deploysMs = states.value(serviceId).deploysMs;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.key() != serviceId && !it->deploysMs.isEmpty())
            input.otherDeploysMs.insert(it.key(), it->deploysMs);
    }
    Analysis::DeployTimes::feed(input, m_ctx.timelineDeploys());
    const QVector<Analysis::Finding> findings = Analysis::DiagnosisCatalogue().diagnose(input);
    // A service already being scaled (proposed, approved or running) needs no
    // second scaling proposal from a diagnosis: target tracking has it in hand.
    QSet<QString> scaling;
    if (auto active = m_ctx.store().loadInStates(
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
        const Model::Service *acted = f.actOnServiceId.isEmpty() ? s : m_ctx.service(f.actOnServiceId);
        if (!acted)
            continue;
        auto ranked = m_ctx.knowledge().rank(f.pattern, f.fixes);
        if (!ranked) {
            m_ctx.report(ranked.error());
            continue;
        }
        const Proposal p = ProposalFactory::fromFinding(*s, *acted, f, *ranked, m_ctx.guardrailsFor(*acted),
                                                        m_ctx.currentReplicas(acted->id), input);
        if (p.kind == ActionKind::Scale && scaling.contains(p.actedServiceId()))
            continue;
        raise(p, ProposalFactory::timeToLive(Trigger::Diagnosis), false);
    }
}

} // namespace Actions
