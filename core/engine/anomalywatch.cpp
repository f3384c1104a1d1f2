#include "core/engine/anomalywatch.h"

#include "core/analysis/anomalydetector.h"
#include "core/analysis/forecaster.h"
#include "core/engine/anomalyevidence.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <optional>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

QString limitKey(const Model::SeriesKey &key)
{
    return key.serviceId + u'/' + Model::metricKindId(key.kind);
}

// A day ahead from the window: where it reaches the service's limit.
std::optional<LimitWarning> limitWarning(const AnomalyWatch::Series &s, const Model::SeriesKey &key,
                                         const QString &projectId, double limit)
{
    if (!std::isfinite(limit))
        return std::nullopt;
    Analysis::RegularSeries fit = s.window;
    qsizetype lead = 0;
    while (lead < fit.size() && !std::isfinite(fit.values[size_t(lead)]))
        ++lead;
    while (!fit.values.empty() && !std::isfinite(fit.values.back()))
        fit.values.pop_back();
    if (fit.size() - lead < AnomalyEvidence::kMinHistory)
        return std::nullopt;
    fit.startMs = fit.timeAt(lead);
    fit.values.erase(fit.values.begin(), fit.values.begin() + lead);
    Analysis::ForecastOptions options;
    options.horizon = AnomalyWatch::kForecastHorizonSteps;
    const auto forecast = Analysis::Forecaster().forecast(fit, options);
    if (!forecast.ok())
        return std::nullopt;
    const double current = fit.values.back();
    const AnomalyEvidence::Crossing crossing = AnomalyEvidence::limitCrossing(*forecast, limit);
    if (crossing.earliestMs == 0 || current >= limit)
        return std::nullopt; // health already reports a value over its limit
    return LimitWarning{key.serviceId, projectId, key.kind, limit, current,
                        crossing.atMs, crossing.earliestMs, crossing.latestMs};
}

} // namespace

AnomalyWatch::AnomalyWatch(AnalysisSettings settings)
    : m_settings(std::move(settings))
{
}

AnomalyWatch::~AnomalyWatch() = default;

const AnomalyWatch::Series *AnomalyWatch::series(const Model::SeriesKey &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? nullptr : it->get();
}

qint64 AnomalyWatch::approximateBytes() const
{
    // The detector keeps a fixed history for re-detecting seasonality plus its
    // per-phase models; measured once, counted per kept detector.
    constexpr qint64 kDetectorBytes = (1 << 14) * 8 + 2 * 2 * 2016 * 8 + 4096;
    qint64 bytes = 0;
    for (const auto &s : m_series) {
        bytes += qint64(s->window.values.capacity() * sizeof(double) + s->scores.capacity() * sizeof(float));
        if (s->detector)
            bytes += kDetectorBytes;
    }
    return bytes;
}

void AnomalyWatch::forget(const Model::SeriesKey &key)
{
    const auto it = m_series.find(key);
    if (it == m_series.end())
        return;
    if ((*it)->detector)
        --m_persistent;
    m_series.erase(it);
}

qsizetype AnomalyWatch::append(Series &s, const Store::StoredSeries *data, qint64 windowEndMs) const
{
    const qsizetype capacity = qsizetype(m_settings.watchWindowDays) * 24 * 12;
    const qint64 end = windowEndMs / kStepMs * kStepMs;
    qsizetype firstNew = 0;
    if (s.window.values.empty()) {
        s.window.stepMs = kStepMs;
        s.window.startMs = end - qint64(capacity - 1) * kStepMs;
        s.window.values.assign(size_t(capacity), Analysis::kMissing);
        s.scores.assign(size_t(capacity), 0.0f);
    } else {
        const qint64 oldEnd = s.window.timeAt(s.window.size() - 1);
        if (end <= oldEnd)
            return s.window.size(); // nothing new
        const qsizetype added = qsizetype((end - oldEnd) / kStepMs);
        firstNew = s.window.size();
        s.window.values.resize(size_t(firstNew + added), Analysis::kMissing);
        s.scores.resize(size_t(firstNew + added), 0.0f);
    }
    if (data) {
        for (const Store::StoredPoint &p : data->points) {
            if (!std::isfinite(p.mean))
                continue;
            const double slot = std::round(double(p.t - s.window.startMs) / double(kStepMs));
            if (slot < double(firstNew) || slot >= double(s.window.size()))
                continue; // already scored, or not complete yet
            s.window.values[size_t(slot)] = p.mean;
        }
    }
    if (s.window.size() > capacity) {
        const qsizetype drop = s.window.size() - capacity;
        s.window.values.erase(s.window.values.begin(), s.window.values.begin() + drop);
        s.scores.erase(s.scores.begin(), s.scores.begin() + drop);
        s.window.startMs += qint64(drop) * kStepMs;
        firstNew = std::max<qsizetype>(0, firstNew - drop);
    }
    return firstNew;
}

void AnomalyWatch::score(Series &s, qsizetype firstNew)
{
    if (!s.detector && m_persistent < m_settings.maxPersistentDetectors) {
        s.detector = std::make_unique<Analysis::AnomalyDetector>();
        s.detectorFromMs = s.window.startMs;
        ++m_persistent;
        firstNew = 0;
    }
    if (s.detector) {
        // Kept state: only the new buckets cost anything.
        for (qsizetype i = firstNew; i < s.window.size(); ++i)
            s.scores[size_t(i)] = float(s.detector->score(s.window.timeAt(i), s.window.values[size_t(i)]));
        return;
    }
    Analysis::AnomalyDetector transient;
    for (qsizetype i = 0; i < s.window.size(); ++i)
        s.scores[size_t(i)] = float(transient.score(s.window.timeAt(i), s.window.values[size_t(i)]));
}

AnomalySnapshotPtr AnomalyWatch::update(const Input &input, quint64 generation, const std::atomic<bool> &cancelled)
{
    const double started = threadCpuMs();
    QSet<Model::SeriesKey> watched(input.watched.cbegin(), input.watched.cend());
    const QList<Model::SeriesKey> known = m_series.keys();
    for (const Model::SeriesKey &key : known)
        if (!watched.contains(key))
            forget(key);
    QHash<Model::SeriesKey, const Store::StoredSeries *> data;
    for (const HistoryResultPtr &history : input.histories)
        for (const Store::StoredSeries &s : history->series)
            data.insert(s.key, &s);

    auto snapshot = std::make_shared<AnomalySnapshot>();
    snapshot->generation = generation;
    snapshot->atMs = input.windowEndMs;
    for (const Model::SeriesKey &key : input.watched) {
        if (cancelled.load())
            return nullptr;
        std::shared_ptr<Series> &slot = m_series[key];
        if (!slot)
            slot = std::make_shared<Series>();
        Series &s = *slot;
        const qsizetype firstNew = append(s, data.value(key), input.windowEndMs);
        const bool fresh = firstNew < s.window.size();
        if (fresh)
            score(s, firstNew);
        if (const qsizetype last = s.window.size() - 1; last >= 0) {
            const bool hasValue = std::isfinite(s.window.values[size_t(last)]);
            snapshot->scores.append({key.serviceId, key.kind, s.window.timeAt(last),
                                     hasValue ? double(s.scores[size_t(last)]) : qQNaN()});
        }

        const QString projectId = input.projectOf.value(key.serviceId);
        // Current: one of the newest buckets is over the threshold.
        const qsizetype n = s.window.size();
        for (qsizetype i = n - 1; i >= std::max<qsizetype>(0, n - kCurrentBuckets); --i) {
            if (double(s.scores[size_t(i)]) < m_settings.anomalyThreshold)
                continue;
            const auto episodes = AnomalyEvidence::episodes(s.scores, m_settings.anomalyThreshold);
            if (!episodes.empty())
                snapshot->current.append(
                    AnomalyEvidence::alertFor(key, projectId, s.window, s.scores, episodes.back()));
            break;
        }

        if (fresh)
            s.warning = limitWarning(s, key, projectId, input.limitOf.value(limitKey(key), qQNaN()));
        if (s.warning)
            snapshot->warnings.append(*s.warning);
    }
    std::sort(snapshot->current.begin(), snapshot->current.end(),
              [](const AnomalyAlert &a, const AnomalyAlert &b) { return a.score > b.score; });
    std::sort(snapshot->warnings.begin(), snapshot->warnings.end(),
              [](const LimitWarning &a, const LimitWarning &b) { return a.earliestMs < b.earliestMs; });
    snapshot->seriesWatched = int(m_series.size());
    snapshot->persistentDetectors = m_persistent;
    snapshot->cpuMs = threadCpuMs() - started;
    return snapshot;
}

} // namespace Engine
