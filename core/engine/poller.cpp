#include "core/engine/poller.h"

#include "core/engine/alertloghub.h"
#include "core/engine/sourcefactory.h"
#include "core/sources/demo/demosource.h"
#include "core/sources/metricsource.h"
#include "core/store/database.h"
#include "core/store/samplestore.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

// A stored range counts as complete when it holds this share of the points its
// resolution implies; below that the source is asked.
constexpr double kCoverageNeeded = 0.8;

Store::StoredSeries toStored(const Model::SeriesData &data, Store::Resolution resolution)
{
    Store::StoredSeries stored;
    stored.key = data.key;
    stored.resolution = resolution;
    stored.points.reserve(data.samples.size());
    for (const Model::Sample &s : data.samples)
        stored.points.append({s.t, s.v, s.v, s.v});
    return stored;
}

} // namespace

Poller::Poller(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock, QString databasePath,
               PollerSettings settings, SourceFactory sourceFactory, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_clock(std::move(clock))
    , m_databasePath(std::move(databasePath))
    , m_settings(settings)
    , m_sourceFactory(sourceFactory ? std::move(sourceFactory)
                                    : SourceFactory([this](const Model::SourceConfig &config, const Util::Clock &clock,
                                                           QObject *parent) {
                                          // Read when sources are created: set by setCredentialSource() before start().
                                          return createSource(config, clock, parent, m_credentials);
                                      }))
    , m_cache(std::max(settings.trendWindowMs, settings.latestWindowMs) + 5 * 60 * 1000)
    , m_builder(m_workspace)
{
}

Poller::~Poller() = default;

void Poller::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_reader = std::make_unique<Store::Database>();
    const QString connection = u"straja-reader-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16);
    if (auto opened = m_reader->open(m_databasePath, connection, Store::Database::Mode::ReadOnly); opened)
        m_readStore = std::make_unique<Store::SampleStore>(m_reader->handle());
    else
        qCWarning(lcEngine) << "history will come from sources only:" << opened.error().message;

    QStringList created;
    for (const Model::SourceConfig &config : m_workspace->sources) {
        addSource(config);
        created.append(config.id);
    }
    if (m_sourcesCreated)
        m_sourcesCreated(created);
    assignKeys();
    startAlertLogHub();
    m_timer = new QTimer(this);
    m_timer->setInterval(m_settings.refreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Poller::tick);
    m_timer->start();
    tick();
}

void Poller::startAlertLogHub()
{
    if (m_hub) {
        // A log request in flight must not leave the project view waiting.
        m_hub->abandonPendingLogs(
            QCoreApplication::translate("Engine", "The workspace changed while the logs were read; refresh them."));
        delete m_hub;
    }
    m_hub = new AlertLogHub(m_workspace, m_credentials, m_clock, this);
    connect(m_hub, &AlertLogHub::alertsChanged, this, &Poller::publishSnapshot);
    connect(m_hub, &AlertLogHub::logsReady, this, &Poller::logsReady);
    m_hub->start();
}

void Poller::addSource(const Model::SourceConfig &config)
{
    if (config.type == Model::SourceType::Jaeger || config.type == Model::SourceType::Unleash)
        return; // trace and flag sources have no metrics to poll (docs/traces.md, docs/flags.md)
    SourceSlot slot;
    slot.status.sourceId = config.id;
    slot.status.name = config.name;
    auto created = m_sourceFactory(config, *m_clock, this);
    if (!created) {
        slot.status.health = SourceHealth::Down;
        slot.status.message = created.error().message;
        m_sources.insert(config.id, slot);
        return;
    }
    slot.source = *created;
    connect(slot.source, &Sources::MetricSource::fetched, this, &Poller::onFetched);
    connect(slot.source, &Sources::MetricSource::failed, this, &Poller::onFailed);
    m_sources.insert(config.id, slot);
}

void Poller::assignKeys()
{
    for (SourceSlot &slot : m_sources) {
        slot.trendKeys.clear();
        slot.latestKeys.clear();
    }
    for (const Model::Service &service : m_workspace->services) {
        auto it = m_sources.find(service.sourceId);
        if (it == m_sources.end())
            continue;
        it->trendKeys.append({service.id, Model::MetricKind::Rps, {}});
        for (Model::MetricKind kind : Model::allMetricKinds()) {
            if (kind != Model::MetricKind::Rps)
                it->latestKeys.append({service.id, kind, {}});
        }
    }
}

namespace {

// Whether a connector made for `a` can go on serving `b` (names are only labels).
bool sameConnection(const Model::SourceConfig &a, const Model::SourceConfig &b)
{
    return a.id == b.id && a.type == b.type && a.url == b.url && a.auth == b.auth && a.caFile == b.caFile
        && a.options == b.options;
}

} // namespace

void Poller::replaceWorkspace(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock,
                              const QStringList &reconnectSourceIds)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const Model::WorkspacePtr previous = m_workspace;
    const bool clockChanged = clock != m_clock;

    // History requests in flight may name services or sources that are gone:
    // answer them with what they have rather than leave a chart waiting.
    for (HistoryJob &job : m_historyJobs) {
        job.result->stale = true;
        emit historyReady(job.result);
    }
    m_historyJobs.clear();
    m_historyFetches.clear();

    QHash<QString, SourceSlot> kept;
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        const Model::SourceConfig *before = previous->source(it.key());
        const Model::SourceConfig *after = workspace->source(it.key());
        if (!clockChanged && it->source && before && after && sameConnection(*before, *after)
            && !reconnectSourceIds.contains(it.key())) {
            it->status.name = after->name;
            kept.insert(it.key(), *it);
            continue;
        }
        for (quint64 id : std::as_const(it->pending))
            m_tickRequests.remove(id); // late answers are dropped as unknown
        delete it->source.data();
    }
    m_sources = kept;
    m_workspace = std::move(workspace);
    m_clock = std::move(clock); // only now: the deleted connectors held a reference to the old one
    m_builder = SnapshotBuilder(m_workspace);
    startAlertLogHub(); // alert and log connectors follow the new workspace's sources
    QStringList created;
    for (const Model::SourceConfig &config : m_workspace->sources) {
        if (!m_sources.contains(config.id)) {
            addSource(config);
            created.append(config.id);
        }
    }
    if (m_sourcesCreated && !created.isEmpty())
        m_sourcesCreated(created);

    QHash<QString, QPair<QVector<Model::SeriesKey>, QVector<Model::SeriesKey>>> keysBefore;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        keysBefore.insert(it.key(), {it->trendKeys, it->latestKeys});
    assignKeys();
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        const auto before = keysBefore.value(it.key());
        if (before.first == it->trendKeys && before.second == it->latestKeys)
            continue;
        // New services need their whole window, not just what is new since the last refresh.
        for (quint64 id : std::as_const(it->pending))
            m_tickRequests.remove(id);
        it->pending.clear();
        it->fetchedUntilMs = 0;
    }

    QSet<QString> serviceIds;
    for (const Model::Service &s : m_workspace->services)
        serviceIds.insert(s.id);
    m_cache.retainServices(serviceIds);
    if (m_reader) // its cached series ids may name deleted rows
        m_readStore = std::make_unique<Store::SampleStore>(m_reader->handle());
    qCInfo(lcEngine) << "workspace replaced:" << m_workspace->sources.size() << "sources," << kept.size()
                     << "connectors kept," << m_workspace->services.size() << "services";
    tick();
}

void Poller::shutdown()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_timer)
        m_timer->stop();
    for (SourceSlot &slot : m_sources)
        delete slot.source.data();
    m_sources.clear();
    delete m_hub;
    m_hub = nullptr;
    m_readStore.reset();
    m_reader.reset();
}

void Poller::refreshNow()
{
    tick();
}

quint64 Poller::sendFetch(SourceSlot &slot, const QVector<Model::SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                          qint64 stepMs)
{
    const quint64 id = m_nextFetchId++;
    slot.source->fetch(id, Sources::RangeRequest{keys, fromMs, toMs, stepMs});
    return id;
}

void Poller::tick()
{
    Q_ASSERT(QThread::currentThread() == thread());
    expireTimedOutRequests();
    if (m_hub)
        m_hub->tick();
    const qint64 now = m_clock->nowMs();
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        SourceSlot &slot = *it;
        if (!slot.source || !slot.pending.isEmpty())
            continue;
        const qint64 step = slot.source->nativeStepMs();
        if (slot.fetchedUntilMs > 0 && now - slot.fetchedUntilMs < step)
            continue; // nothing new can exist yet
        slot.pendingUntilMs = now;
        slot.pendingSince.start();
        const qint64 trendFrom = slot.fetchedUntilMs > 0 ? slot.fetchedUntilMs + 1 : now - m_settings.trendWindowMs;
        const qint64 latestFrom = slot.fetchedUntilMs > 0 ? slot.fetchedUntilMs + 1 : now - m_settings.latestWindowMs;
        for (const auto &[keys, from] : {std::pair{&slot.trendKeys, trendFrom}, std::pair{&slot.latestKeys, latestFrom}}) {
            if (keys->isEmpty())
                continue;
            const quint64 id = sendFetch(slot, *keys, from, now, step);
            slot.pending.insert(id);
            m_tickRequests.insert(id, it.key());
        }
    }
    publishSnapshot();
}

void Poller::expireTimedOutRequests()
{
    for (auto it = m_sources.begin(); it != m_sources.end(); ++it) {
        SourceSlot &slot = *it;
        if (slot.pending.isEmpty() || slot.pendingSince.elapsed() < m_settings.requestTimeoutMs)
            continue;
        const auto pending = slot.pending;
        for (quint64 id : pending) {
            m_tickRequests.remove(id); // a late answer is dropped as unknown
            finishTickRequest(it.key(), id, false,
                              QCoreApplication::translate("Engine", "No answer within %1 s")
                                  .arg(m_settings.requestTimeoutMs / 1000));
        }
    }
}

void Poller::finishTickRequest(const QString &sourceId, quint64 fetchId, bool ok, const QString &message)
{
    auto it = m_sources.find(sourceId);
    if (it == m_sources.end())
        return;
    SourceSlot &slot = *it;
    slot.pending.remove(fetchId);
    if (!ok) {
        slot.roundFailed = true;
        slot.roundMessage = message;
    }
    if (!slot.pending.isEmpty())
        return;
    const qint64 now = m_clock->nowMs();
    if (slot.roundFailed) {
        // The window does not move: the next refresh asks for the whole gap again.
        if (slot.status.health != SourceHealth::Down)
            slot.status.downSinceMs = now;
        slot.status.health = SourceHealth::Down;
        slot.status.message = slot.roundMessage;
        qCWarning(lcEngine) << "source" << sourceId << "failed:" << slot.roundMessage;
    } else {
        slot.fetchedUntilMs = slot.pendingUntilMs;
        slot.status.health = SourceHealth::Ok;
        slot.status.message.clear();
        slot.status.downSinceMs = 0;
        slot.status.lastSuccessMs = now;
    }
    slot.status.note = slot.roundWarnings.join(u'\n');
    slot.roundWarnings.clear();
    slot.roundFailed = false;
    slot.roundMessage.clear();
    publishSnapshot();
}

void Poller::onFetched(quint64 fetchId, Model::SeriesBatchPtr batch)
{
    const qint64 now = m_clock->nowMs();
    if (const auto tickIt = m_tickRequests.constFind(fetchId); tickIt != m_tickRequests.cend()) {
        const QString sourceId = tickIt.value();
        m_tickRequests.erase(tickIt);
        SourceSlot &slot = m_sources[sourceId];
        m_cache.merge(*batch, now);
        for (const Model::SeriesData &s : *batch) {
            if (!s.samples.isEmpty())
                slot.status.newestSampleMs = std::max(slot.status.newestSampleMs, s.samples.last().t);
        }
        emit samplesFetched(batch, slot.source ? slot.source->nativeStepMs() : 60'000, now);
        // The connector's warning belongs to the answer just handled (partial data).
        if (const QString warning = slot.source ? slot.source->lastWarning() : QString();
            !warning.isEmpty() && !slot.roundWarnings.contains(warning))
            slot.roundWarnings.append(warning);
        finishTickRequest(sourceId, fetchId, true, QString());
        return;
    }
    if (HistoryJob *job = historyJobOf(fetchId)) {
        for (const Model::SeriesData &data : *batch) {
            for (Store::StoredSeries &s : job->result->series) {
                if (s.key == data.key)
                    s = toStored(data, job->result->resolution);
            }
        }
        emit samplesFetched(batch, job->result->stepMs, now);
        finishHistoryFetch(*job, fetchId);
    }
}

void Poller::onFailed(quint64 fetchId, const Util::Error &error)
{
    if (const auto tickIt = m_tickRequests.constFind(fetchId); tickIt != m_tickRequests.cend()) {
        const QString sourceId = tickIt.value();
        m_tickRequests.erase(tickIt);
        finishTickRequest(sourceId, fetchId, false, error.message);
        return;
    }
    if (HistoryJob *job = historyJobOf(fetchId)) {
        // Keep what the store had: stale data with a reason beats an empty chart.
        job->result->stale = true;
        job->result->message = error.message;
        finishHistoryFetch(*job, fetchId);
    }
}

Poller::HistoryJob *Poller::historyJobOf(quint64 fetchId)
{
    const auto it = m_historyFetches.constFind(fetchId);
    if (it == m_historyFetches.cend())
        return nullptr;
    const auto job = m_historyJobs.find(it.value());
    return job == m_historyJobs.end() ? nullptr : &job.value();
}

void Poller::finishHistoryFetch(HistoryJob &job, quint64 fetchId)
{
    m_historyFetches.remove(fetchId);
    job.pending.remove(fetchId);
    if (!job.pending.isEmpty())
        return;
    const HistoryResultPtr result = job.result;
    m_historyJobs.remove(result->requestId); // invalidates `job`
    emit historyReady(result);
}

QString Poller::sourceOf(const Model::SeriesKey &key) const
{
    const Model::Service *service = m_workspace->service(key.serviceId);
    return service ? service->sourceId : QString();
}

void Poller::requestHistory(quint64 requestId, HistoryRequest request, std::optional<Store::Resolution> resolution)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const qint64 now = m_clock->nowMs();
    auto result = std::make_shared<HistoryResult>();
    result->requestId = requestId;
    result->request = request;
    result->resolution = resolution.value_or(Store::SampleStore::resolutionFor(request.fromMs, request.toMs, now));

    QHash<QString, QVector<Model::SeriesKey>> missing;
    for (const Model::SeriesKey &key : request.series) {
        const QString sourceId = sourceOf(key);
        const SourceSlot *slot = m_sources.contains(sourceId) ? &m_sources[sourceId] : nullptr;
        const qint64 nativeStep = slot && slot->source ? slot->source->nativeStepMs() : 60'000;
        const qint64 step = Store::resolutionMs(result->resolution, nativeStep);
        result->stepMs = step;
        Store::StoredSeries stored{key, result->resolution, {}};
        if (m_readStore) {
            if (auto read = m_readStore->read(key, request.fromMs, request.toMs, result->resolution); read)
                stored = std::move(read).value();
        }
        const qint64 span = std::min(request.toMs, now) - request.fromMs;
        const double expected = span > 0 ? static_cast<double>(span) / static_cast<double>(step) : 0.0;
        result->series.append(stored);
        if (static_cast<double>(stored.points.size()) < kCoverageNeeded * expected && slot && slot->source)
            missing[sourceId].append(key);
    }
    if (missing.isEmpty()) {
        emit historyReady(result);
        return;
    }
    HistoryJob job;
    job.result = result;
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        SourceSlot &slot = m_sources[it.key()];
        const quint64 fetchId = sendFetch(slot, it.value(), request.fromMs, request.toMs, result->stepMs);
        job.pending.insert(fetchId);
        m_historyFetches.insert(fetchId, requestId);
    }
    m_historyJobs.insert(requestId, job);
}

Sources::Demo::DemoSource *Poller::demoSourceFor(const QString &serviceId) const
{
    const auto slot = m_sources.constFind(sourceOf({serviceId, Model::MetricKind::Replicas, {}}));
    if (slot == m_sources.cend())
        return nullptr;
    return qobject_cast<Sources::Demo::DemoSource *>(slot->source.data());
}

void Poller::requestLogs(quint64 requestId, LogRequest request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_hub) {
        m_hub->requestLogs(requestId, request);
        return;
    }
    auto result = std::make_shared<LogResult>();
    result->requestId = requestId;
    result->request = request;
    emit logsReady(result);
}

void Poller::publishSnapshot()
{
    QHash<QString, SourceStatus> statuses;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        SourceStatus status = it->status;
        status.newDataIntervalMs = it->source ? it->source->newDataIntervalMs() : 0;
        statuses.insert(it.key(), status);
    }
    emit snapshotReady(m_hub ? m_builder.build(m_cache, statuses, m_clock->nowMs(), ++m_generation, m_hub->alerts(),
                                               m_hub->alertSourceStatuses())
                             : m_builder.build(m_cache, statuses, m_clock->nowMs(), ++m_generation));
}

Sources::MetricSource *Poller::metricSource(const QString &sourceId) const
{
    const auto it = m_sources.constFind(sourceId);
    return it == m_sources.cend() ? nullptr : it->source.data();
}

} // namespace Engine
