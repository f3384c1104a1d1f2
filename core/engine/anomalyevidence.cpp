#include "core/engine/anomalyevidence.h"

#include "core/analysis/forecaster.h"

#include <algorithm>
#include <cmath>

namespace Engine {

std::vector<AnomalyEvidence::Episode> AnomalyEvidence::episodes(const std::vector<float> &scores, double threshold,
                                                                int maxGap)
{
    std::vector<Episode> out;
    const qsizetype n = qsizetype(scores.size());
    qsizetype i = 0;
    while (i < n) {
        if (!(double(scores[size_t(i)]) >= threshold)) {
            ++i;
            continue;
        }
        Episode e{i, i, i};
        qsizetype j = i + 1;
        qsizetype quiet = 0;
        for (; j < n; ++j) {
            if (double(scores[size_t(j)]) >= threshold) {
                e.last = j;
                quiet = 0;
                if (scores[size_t(j)] > scores[size_t(e.peak)])
                    e.peak = j;
            } else if (++quiet > maxGap) {
                break;
            }
        }
        out.push_back(e);
        i = e.last + 1;
    }
    return out;
}

AnomalyAlert AnomalyEvidence::alertFor(const Model::SeriesKey &key, const QString &projectId,
                                       const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                       const Episode &episode)
{
    AnomalyAlert alert;
    alert.serviceId = key.serviceId;
    alert.projectId = projectId;
    alert.kind = key.kind;
    alert.startMs = history.timeAt(episode.first);
    alert.endMs = history.timeAt(episode.last);
    alert.atMs = history.timeAt(episode.peak);
    alert.value = history.values[size_t(episode.peak)];
    alert.score = double(scores[size_t(episode.peak)]);
    alert.ongoing = episode.last >= history.size() - 1 - 2;

    // What was usual at that time, judged only from what came before the episode.
    if (episode.first < kMinHistory)
        return alert;
    Analysis::RegularSeries before{history.startMs, history.stepMs,
                                   std::vector<double>(history.values.begin(),
                                                       history.values.begin() + episode.first)};
    Analysis::ForecastOptions options;
    options.horizon = int(episode.peak - episode.first + 1);
    const auto forecast = Analysis::Forecaster().forecast(before, options);
    if (!forecast.ok())
        return alert;
    const size_t h = size_t(options.horizon - 1);
    alert.expected = forecast->point[h];
    alert.lower = forecast->lower[h];
    alert.upper = forecast->upper[h];
    return alert;
}

QVector<AnomalyAlert> AnomalyEvidence::alerts(const Model::SeriesKey &key, const QString &projectId,
                                              const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                              double threshold, int maxEpisodes)
{
    QVector<AnomalyAlert> out;
    const std::vector<Episode> all = episodes(scores, threshold);
    for (auto it = all.rbegin(); it != all.rend() && out.size() < maxEpisodes; ++it)
        out.append(alertFor(key, projectId, history, scores, *it));
    return out;
}

Analysis::RegularSeries AnomalyEvidence::toGrid(const Store::StoredSeries &stored, qint64 fromMs, qint64 toMs,
                                                qint64 stepMs)
{
    Analysis::RegularSeries grid;
    if (stepMs <= 0 || toMs < fromMs)
        return grid;
    grid.stepMs = stepMs;
    const qint64 first = fromMs >= 0 ? (fromMs + stepMs - 1) / stepMs * stepMs : fromMs / stepMs * stepMs;
    grid.startMs = first;
    if (toMs < first)
        return grid;
    const qsizetype n = qsizetype((toMs - first) / stepMs + 1);
    grid.values.assign(size_t(n), Analysis::kMissing);
    for (const Store::StoredPoint &p : stored.points) {
        if (!std::isfinite(p.mean))
            continue;
        // Sources align to the step, rollups to their bucket: the nearest slot takes it.
        const double slot = std::round(double(p.t - first) / double(stepMs));
        if (slot < 0 || slot >= double(n))
            continue;
        grid.values[size_t(slot)] = p.mean;
    }
    return grid;
}

AnomalyEvidence::Crossing AnomalyEvidence::limitCrossing(const Analysis::Forecast &forecast, double limit)
{
    Crossing c;
    if (!std::isfinite(limit))
        return c;
    for (size_t h = 0; h < forecast.point.size(); ++h) {
        const qint64 t = forecast.startMs + qint64(h) * forecast.stepMs;
        if (c.earliestMs == 0 && forecast.upper[h] >= limit)
            c.earliestMs = t;
        if (c.atMs == 0 && forecast.point[h] >= limit)
            c.atMs = t;
        if (c.latestMs == 0 && forecast.lower[h] >= limit)
            c.latestMs = t;
    }
    return c;
}

} // namespace Engine
