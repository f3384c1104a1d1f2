#pragma once

#include "core/engine/predictions.h"
#include "core/store/samplestore.h"

#include <vector>

namespace Engine {

// Turns anomaly scores into alerts an operator can judge: runs of scores over the
// threshold become episodes, and each episode's most anomalous sample is set
// against what a forecast made from the history *before* the episode expected at
// that time ("3.2x its usual at this hour"). Causal, like the scores themselves.
// Pure functions: thread-safe.
class AnomalyEvidence final
{
public:
    struct Episode
    {
        qsizetype first = 0;
        qsizetype last = 0;
        qsizetype peak = 0; // highest score
    };

    // Runs of scores >= threshold; gaps of up to `maxGap` samples inside a run join it.
    static std::vector<Episode> episodes(const std::vector<float> &scores, double threshold, int maxGap = 2);

    // The alert for one episode: value and score at its peak, and the expectation.
    static AnomalyAlert alertFor(const Model::SeriesKey &key, const QString &projectId,
                                 const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                 const Episode &episode);

    // Alerts of the newest `maxEpisodes` episodes, newest first.
    static QVector<AnomalyAlert> alerts(const Model::SeriesKey &key, const QString &projectId,
                                        const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                        double threshold, int maxEpisodes = 12);

    // Stored points placed on the regular grid [fromMs, toMs] with `stepMs` (the
    // grid starts at the first multiple of the step at or after fromMs); missing
    // points are NaN. Rollups give their mean.
    static Analysis::RegularSeries toGrid(const Store::StoredSeries &stored, qint64 fromMs, qint64 toMs,
                                          qint64 stepMs);

    // Where a forecast's point and band first reach `limit` (0 = not within it).
    struct Crossing
    {
        qint64 atMs = 0;       // the point forecast
        qint64 earliestMs = 0; // the band's upper edge
        qint64 latestMs = 0;   // the band's lower edge
    };
    static Crossing limitCrossing(const Analysis::Forecast &forecast, double limit);

    // Never trust fewer history points than this for an expectation.
    static constexpr qsizetype kMinHistory = 16;
};

} // namespace Engine
