#include "core/flags/flagworker.h"

#include "core/experiments/experimentanalyzer.h"
#include "core/experiments/prometheuscountsreader.h"
#include "core/sources/credentials.h"
#include "core/flags/flagslogging.h"
#include "core/flags/rolloutadvisor.h"
#include "core/flags/rolloutreach.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Flags {

FlagWorker::FlagWorker(std::shared_ptr<const Util::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
}

FlagWorker::~FlagWorker() = default;

void FlagWorker::addSource(FlagSource *source)
{
    source->setParent(this);
    m_sources.append(source);
    FlagSourceStatus status;
    status.sourceId = source->sourceId();
    status.name = source->name();
    status.demo = source->isDemo();
    m_status.insert(source->sourceId(), status);
    connect(source, &FlagSource::fetched, this,
            [this, source](quint64 id, const SourceFlagsPtr &flags) { onFetched(source, id, flags); });
    connect(source, &FlagSource::fetchFailed, this,
            [this, source](quint64 id, const Util::Error &error) { onFetchFailed(source, id, error); });
    connect(source, &FlagSource::applied, this,
            [this](quint64, const FlagChangeOutcome &outcome) { onApplied(outcome); });
}

void FlagWorker::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &FlagWorker::refresh);
    m_timer->start();
    if (!m_countsConfig.url.isEmpty())
        m_counts = new Experiments::PrometheusCountsReader(m_countsConfig.url, 8000, this);
    refresh();
}

void FlagWorker::shutdown()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_shutDown = true;
    if (m_timer)
        m_timer->stop();
    for (FlagSource *s : std::as_const(m_sources))
        s->cancel();
}

FlagSource *FlagWorker::source(const QString &sourceId) const
{
    for (FlagSource *s : m_sources)
        if (s->sourceId() == sourceId)
            return s;
    return nullptr;
}

void FlagWorker::refresh()
{
    if (m_shutDown)
        return;
    if (m_sources.isEmpty()) {
        rebuild(); // an empty snapshot still tells the view there is nothing to show
        return;
    }
    for (FlagSource *s : std::as_const(m_sources)) {
        if (m_fetchInFlight.contains(s->sourceId()))
            continue; // the previous refresh has not answered yet
        const quint64 id = m_nextFetchId++;
        m_fetchInFlight.insert(s->sourceId(), id);
        s->fetch(id);
    }
}

void FlagWorker::onFetched(FlagSource *source, quint64 requestId, const SourceFlagsPtr &flags)
{
    if (m_shutDown || m_fetchInFlight.value(source->sourceId()) != requestId)
        return; // after shutdown(): an answer on its way meanwhile, for a worker about to go
    m_fetchInFlight.remove(source->sourceId());
    m_latest.insert(source->sourceId(), flags);
    m_status[source->sourceId()] = flags->status;
    readCounts(*flags);
    rebuild();
}

void FlagWorker::readCounts(const SourceFlags &flags)
{
    for (const ExperimentInput &in : flags.experiments) {
        const QString id = in.definition.id;
        if (in.definition.source != Experiments::CountsSource::Prometheus || m_imported.contains(id)
            || m_countsInFlight.contains(id))
            continue;
        if (!m_counts) {
            m_countsProblems.insert(id, QCoreApplication::translate("Flags", "The workspace has no Prometheus "
                                                                             "source to read the counters from; "
                                                                             "import a CSV instead."));
            continue;
        }
        const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
        const qint64 started = in.definition.startedAtMs > 0 ? in.definition.startedAtMs : now - 14LL * 24 * 3600'000;
        // Up to ~400 looks, on whole minutes, counted back from now so the last look is now.
        const qint64 step = std::max<qint64>(300'000, (now - started) / 400 / 60'000 * 60'000);
        const qint64 from = now - std::max<qint64>(1, (now - started + step - 1) / step) * step;
        m_countsInFlight.insert(id);
        const Experiments::ExperimentDefinition definition = in.definition;
        auto read = [this, definition, from, now, step, id] {
            m_counts->read(definition, from, now, step, [this, id](Util::Result<Experiments::ExperimentData> data) {
                m_countsInFlight.remove(id);
                if (data.ok()) {
                    m_metricCounts.insert(id, data.value());
                    m_countsProblems.remove(id);
                } else {
                    m_countsProblems.insert(id, data.error().message);
                }
                if (!m_shutDown)
                    rebuild();
            });
        };
        if (!m_countsConfig.credentials || m_countsConfig.credentialsId.isEmpty()) {
            read();
            continue;
        }
        m_countsConfig.credentials->lookup(m_countsConfig.credentialsId,
                                           [this, read, id](Util::Result<Sources::Credentials> c) {
            if (c.ok() && !c->bearerToken.isEmpty())
                m_counts->setAuthorization("Bearer " + c->bearerToken.toUtf8());
            else if (c.ok() && !c->username.isEmpty())
                m_counts->setAuthorization("Basic " + (c->username + u':' + c->password).toUtf8().toBase64());
            read();
        });
    }
}

void FlagWorker::onFetchFailed(FlagSource *source, quint64 requestId, const Util::Error &error)
{
    if (m_shutDown || m_fetchInFlight.value(source->sourceId()) != requestId)
        return;
    m_fetchInFlight.remove(source->sourceId());
    FlagSourceStatus &status = m_status[source->sourceId()];
    status.ok = false;
    status.message = error.message;
    rebuild(); // the last good flags stay on screen, marked with the failure
}

void FlagWorker::apply(quint64 requestId, const FlagChange &change, const QString &approvedBy)
{
    FlagSource *s = m_shutDown ? nullptr : source(change.sourceId);
    if (!s) {
        FlagChangeOutcome out;
        out.requestId = requestId;
        out.change = change;
        out.atMs = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
        out.message = QCoreApplication::translate("Flags", "No flag source \"%1\" is connected.").arg(change.sourceId);
        emit changeFinished(out);
        return;
    }
    qCInfo(lcFlags) << "applying" << change.describe() << "approved by" << approvedBy;
    m_applying.insert(requestId);
    s->apply(requestId, change);
}

void FlagWorker::onApplied(const FlagChangeOutcome &outcome)
{
    // Changes the flag executor runs answer it, not the worker.
    if (!m_applying.remove(outcome.requestId))
        return;
    emit changeFinished(outcome);
    // Read the source again so the view shows the new state and its event.
    if (FlagSource *s = source(outcome.change.sourceId); s && !m_shutDown && !m_fetchInFlight.contains(s->sourceId())) {
        const quint64 id = m_nextFetchId++;
        m_fetchInFlight.insert(s->sourceId(), id);
        s->fetch(id);
    } else {
        rebuild();
    }
}

void FlagWorker::setGuardrails(const QVector<GuardrailReading> &readings)
{
    m_guardrails = readings;
    // Only proposals depend on guardrails; rebuilding is cheap enough to keep one code path.
    if (!m_latest.isEmpty())
        rebuild();
}

void FlagWorker::setImportedCounts(const ExperimentInput &input)
{
    m_imported.insert(input.definition.id, input);
    rebuild();
}

void FlagWorker::rebuild()
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    auto snapshot = std::make_shared<FlagsSnapshot>();
    snapshot->generation = ++m_generation;
    snapshot->atMs = now;
    snapshot->countsProblems = m_countsProblems;

    QHash<QString, ExperimentInput> imported = m_imported;
    QVector<std::pair<int, ExperimentInput>> inputs; // source index, input
    for (FlagSource *s : std::as_const(m_sources)) {
        SourceFlags flags;
        if (const SourceFlagsPtr latest = m_latest.value(s->sourceId()))
            flags = *latest;
        flags.status = m_status.value(s->sourceId());
        for (FlagProject &p : flags.projects)
            for (Feature &f : p.features)
                for (FeatureEnvironment &e : f.environments)
                    e.reach = RolloutReach::estimate(f.name, e);
        for (const ExperimentInput &in : std::as_const(flags.experiments)) {
            ExperimentInput use = in;
            if (auto it = imported.find(in.definition.id); it != imported.end()) {
                use.data = it->data;
                use.definition.source = Experiments::CountsSource::CsvImport;
                imported.erase(it);
            } else if (auto counted = m_metricCounts.constFind(in.definition.id); counted != m_metricCounts.cend()) {
                use.data = *counted;
            }
            inputs.append({int(snapshot->sources.size()), use});
        }
        snapshot->sources.append(flags);
    }
    for (const ExperimentInput &in : std::as_const(imported))
        inputs.append({-1, in});

    for (const auto &[sourceIndex, input] : std::as_const(inputs)) {
        auto report = std::make_shared<Experiments::ExperimentReport>(
            Experiments::ExperimentAnalyzer::analyze(input.definition, input.data, now));
        if (sourceIndex >= 0) {
            if (std::optional<RolloutProposal> p =
                    RolloutAdvisor::propose(*report, snapshot->sources.at(sourceIndex), m_guardrails))
                snapshot->proposals.append(*p);
        }
        snapshot->experiments.append(report);
    }
    emit snapshotReady(snapshot);
}

} // namespace Flags
