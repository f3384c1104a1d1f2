#include "core/engine/analysisscheduler.h"

#include "core/alerts/defaultrules.h"
#include "core/engine/engineapi.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Engine {

namespace {

// The newest bucket of `stepMs` that has fully elapsed at `nowMs` (its start).
qint64 lastCompleteBucket(qint64 nowMs, qint64 stepMs)
{
    return (nowMs / stepMs - 1) * stepMs;
}

QString limitKey(const QString &serviceId, MetricKind kind)
{
    return serviceId + u'/' + Model::metricKindId(kind);
}

} // namespace

AnalysisScheduler::AnalysisScheduler(EngineApi *engine, HistoryFunction requestHistory, AnalysisSettings settings,
                                     QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_requestHistory(std::move(requestHistory))
    , m_settings(std::move(settings))
    , m_watch(std::make_shared<AnomalyWatch>(m_settings))
{
    m_pool.setObjectName(u"straja-analysis"_s);
    if (m_settings.threads > 0)
        m_pool.setMaxThreadCount(m_settings.threads);
    if (m_engine)
        connect(m_engine, &EngineApi::historyReady, this, &AnalysisScheduler::onHistory);
}

AnalysisScheduler::~AnalysisScheduler()
{
    shutdown();
}

QVector<MetricKind> AnalysisScheduler::watchedKinds()
{
    return {MetricKind::Rps, MetricKind::LatencyP95, MetricKind::Cpu, MetricKind::Memory};
}

QVector<MetricKind> AnalysisScheduler::watchedKinds(const Model::Service &service)
{
    QVector<MetricKind> kinds = watchedKinds();
    for (const Model::AlertRule &rule : Alerts::DefaultRules::effective(service)) {
        if (rule.type != Model::AlertRuleType::Anomaly || !rule.enabled)
            continue;
        if (const auto kind = Model::metricKindOf(rule.metric); kind && !kinds.contains(*kind))
            kinds.append(*kind);
    }
    return kinds;
}

void AnalysisScheduler::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
    if (m_watchRun && m_watchRun->cancelled)
        m_watchRun->cancelled->store(true);
    m_pending.clear();
    m_pool.waitForDone();
}

quint64 AnalysisScheduler::request(const AnalysisRequest &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 id = m_nextId++;
    const Model::WorkspacePtr workspace = m_engine ? m_engine->workspace() : nullptr;
    const Model::Project *project = workspace ? workspace->project(request.projectId) : nullptr;
    if (m_shutDown || !project) {
        auto empty = std::make_shared<AnalysisResult>();
        empty->requestId = id;
        empty->request = request;
        empty->error = QCoreApplication::translate("Engine", "There is no project '%1' in this workspace.")
                           .arg(request.projectId);
        QMetaObject::invokeMethod(this, [this, empty] { emit analysisReady(empty); }, Qt::QueuedConnection);
        return id;
    }

    Pending p;
    p.epoch = m_epoch;
    p.cancelled = std::make_shared<std::atomic<bool>>(false);
    AnalysisInput &input = p.input;
    input.requestId = id;
    input.request = request;
    input.settings = m_settings;
    input.nowMs = m_engine->nowMs();
    for (const Model::Service &s : workspace->services) {
        if (s.projectId == request.projectId && (request.serviceIds.isEmpty() || request.serviceIds.contains(s.id)))
            input.services.append(s);
    }

    constexpr qint64 fineStep = AnalysisJob::kFineStepMs;
    input.fineToMs = lastCompleteBucket(input.nowMs, fineStep);
    input.fineFromMs = input.fineToMs - (qint64(m_settings.forecastHistoryDays) * 24 * 12 - 1) * fineStep;
    HistoryRequest fine;
    fine.fromMs = input.fineFromMs;
    fine.toMs = input.fineToMs;
    for (const Model::Service &s : std::as_const(input.services))
        for (MetricKind kind : AnalysisJob::fineKinds(request))
            fine.series.append({s.id, kind, {}});

    constexpr qint64 coarseStep = AnalysisJob::kCoarseStepMs;
    input.coarseToMs = lastCompleteBucket(input.nowMs, coarseStep);
    input.coarseFromMs = input.coarseToMs - (qint64(m_settings.capacityHistoryDays) * 24 - 1) * coarseStep;
    HistoryRequest coarse;
    coarse.fromMs = input.coarseFromMs;
    coarse.toMs = input.coarseToMs;
    for (const Model::Service &s : std::as_const(input.services))
        for (MetricKind kind : AnalysisJob::coarseKinds(request))
            coarse.series.append({s.id, kind, {}});

    p.fineHistoryId = m_requestHistory(fine, Store::Resolution::FiveMinutes);
    m_historyOwner.insert(p.fineHistoryId, id);
    if (coarse.series.isEmpty()) {
        p.coarseArrived = true;
    } else {
        p.coarseHistoryId = m_requestHistory(coarse, Store::Resolution::OneHour);
        m_historyOwner.insert(p.coarseHistoryId, id);
    }
    m_pending.insert(id, std::move(p));
    return id;
}

void AnalysisScheduler::cancel(quint64 requestId)
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_pending.remove(requestId); // its history answers are then dropped as unknown
    if (const auto it = m_running.constFind(requestId); it != m_running.cend())
        it.value()->store(true);
}

void AnalysisScheduler::onHistory(const HistoryResultPtr &result)
{
    if (!result)
        return;
    const auto owner = m_historyOwner.constFind(result->requestId);
    if (owner == m_historyOwner.cend())
        return; // a chart's
    const quint64 requestId = owner.value();
    m_historyOwner.erase(owner);

    if (requestId == 0) {
        if (!m_watchRun || !m_watchRun->pendingHistory.remove(result->requestId))
            return; // an abandoned refresh's
        m_watchRun->input.histories.append(result);
        if (m_watchRun->pendingHistory.isEmpty())
            runWatch();
        return;
    }

    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return; // cancelled
    if (result->requestId == it->fineHistoryId) {
        it->input.fine = result;
        it->fineArrived = true;
    } else {
        it->input.coarse = result;
        it->coarseArrived = true;
    }
    if (it->fineArrived && it->coarseArrived)
        startJob(requestId);
}

void AnalysisScheduler::startJob(quint64 requestId)
{
    Pending pending = m_pending.take(requestId);
    const auto cancelled = pending.cancelled;
    const quint64 epoch = pending.epoch;
    m_running.insert(requestId, cancelled);

    auto *watcher = new QFutureWatcher<AnalysisResultPtr>(this);
    connect(watcher, &QFutureWatcher<AnalysisResultPtr>::finished, this, [this, watcher, requestId, epoch] {
        const AnalysisResultPtr result = watcher->result();
        watcher->deleteLater();
        const auto flag = m_running.take(requestId);
        // Dropped when cancelled meanwhile or computed for a workspace that is gone.
        if (!result || !flag || flag->load() || epoch != m_epoch || m_shutDown)
            return;
        qCDebug(lcEngine) << "analysis" << requestId << "of" << result->request.projectId << "in" << result->cpuMs
                          << "ms CPU," << result->series.size() << "series";
        emit analysisReady(result);
    });
    // Progress crosses back by queued calls; the pool is drained before this object dies.
    const AnalysisJob::Progress progress = [this, requestId](int done, int total) {
        QMetaObject::invokeMethod(this, [this, requestId, done, total] {
            if (m_running.contains(requestId))
                emit analysisProgress(requestId, done, total);
        }, Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(&m_pool, [input = std::move(pending.input), cancelled, progress] {
        return AnalysisJob::run(input, *cancelled, progress);
    }));
}

void AnalysisScheduler::resetWorkspace()
{
    ++m_epoch;
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
    m_pending.clear();
    if (m_watchRun && m_watchRun->cancelled)
        m_watchRun->cancelled->store(true);
    m_watchRun.reset();
    // A running refresh keeps its own (old) watch alive until it ends; its answer is dropped.
    m_watch = std::make_shared<AnomalyWatch>(m_settings);
    m_watchKnown.clear();
    m_watchedUntilMs = 0;
    auto empty = std::make_shared<AnomalySnapshot>();
    empty->generation = ++m_anomalyGeneration;
    m_anomalies = empty;
    emit anomaliesReady(m_anomalies);
}

void AnalysisScheduler::onSnapshot(const FleetSnapshotPtr &snapshot)
{
    if (m_shutDown || !snapshot || !m_engine || !m_engine->workspace())
        return;
    if (m_watchRun) {
        if (m_watchRun->running || m_watchRun->since.elapsed() < kWatchPatienceMs)
            return;
        qCWarning(lcEngine) << "anomaly refresh abandoned: history did not come back within"
                            << kWatchPatienceMs / 1000 << "s";
        m_watchRun.reset();
    }
    const qint64 end = lastCompleteBucket(snapshot->atMs, AnomalyWatch::kStepMs);
    if (end <= m_watchedUntilMs)
        return;
    startWatch();
}

void AnalysisScheduler::startWatch()
{
    const Model::WorkspacePtr workspace = m_engine->workspace();
    const qint64 step = AnomalyWatch::kStepMs;
    WatchRun run;
    run.epoch = m_epoch;
    run.windowEndMs = lastCompleteBucket(m_engine->nowMs(), step);
    run.cancelled = std::make_shared<std::atomic<bool>>(false);
    run.input.windowEndMs = run.windowEndMs;
    QVector<Model::SeriesKey> fresh;
    QVector<Model::SeriesKey> known;
    for (const Model::Service &s : workspace->services) {
        run.input.projectOf.insert(s.id, s.projectId);
        for (MetricKind kind : watchedKinds(s)) {
            const Model::SeriesKey key{s.id, kind, {}};
            run.keys.append(key);
            // The limit warning forecasts an upward crossing: a lower-is-worse metric
            // (cache hit ratio, certificate days) has none to offer.
            run.input.limitOf.insert(limitKey(s.id, kind), Model::lowerIsWorse(kind) ? qQNaN()
                                                                                     : s.thresholds[kind].degraded);
            (m_watchKnown.contains(key) ? known : fresh).append(key);
        }
    }
    run.input.watched = run.keys;
    if (run.keys.isEmpty()) {
        m_watchedUntilMs = run.windowEndMs;
        return;
    }
    const qint64 windowStart = run.windowEndMs - (qint64(m_settings.watchWindowDays) * 24 * 12 - 1) * step;
    const auto ask = [&](QVector<Model::SeriesKey> keys, qint64 fromMs) {
        HistoryRequest history;
        history.series = std::move(keys);
        history.fromMs = fromMs;
        history.toMs = run.windowEndMs;
        const quint64 id = m_requestHistory(history, Store::Resolution::FiveMinutes);
        m_historyOwner.insert(id, 0);
        run.pendingHistory.insert(id);
    };
    for (qsizetype i = 0; i < fresh.size(); i += kWatchChunk)
        ask(fresh.mid(i, kWatchChunk), windowStart);
    if (!known.isEmpty())
        ask(known, std::max(windowStart, m_watchedUntilMs + step));
    run.since.start();
    m_watchRun = std::move(run);
}

void AnalysisScheduler::runWatch()
{
    WatchRun &run = *m_watchRun;
    run.running = true;
    const quint64 generation = ++m_anomalyGeneration;
    auto *watcher = new QFutureWatcher<AnomalySnapshotPtr>(this);
    connect(watcher, &QFutureWatcher<AnomalySnapshotPtr>::finished, this,
            [this, watcher, epoch = run.epoch, cancelled = run.cancelled] {
                const AnomalySnapshotPtr snapshot = watcher->result();
                watcher->deleteLater();
                const bool current = m_watchRun && m_watchRun->cancelled == cancelled;
                if (!current || !snapshot || epoch != m_epoch || m_shutDown)
                    return; // superseded by a workspace change
                m_watchedUntilMs = m_watchRun->windowEndMs;
                m_watchKnown = QSet<Model::SeriesKey>(m_watchRun->keys.cbegin(), m_watchRun->keys.cend());
                m_watchRun.reset();
                m_anomalies = snapshot;
                qCDebug(lcEngine) << "anomaly refresh:" << snapshot->seriesWatched << "series in" << snapshot->cpuMs
                                  << "ms CPU," << snapshot->current.size() << "anomalies";
                emit anomaliesReady(snapshot);
            });
    watcher->setFuture(QtConcurrent::run(
        &m_pool, [watch = m_watch, input = std::move(run.input), generation, cancelled = run.cancelled] {
            return watch->update(input, generation, *cancelled);
        }));
}

} // namespace Engine
