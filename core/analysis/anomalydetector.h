#pragma once

#include "core/analysis/analysistypes.h"

#include <memory>
#include <vector>

namespace Analysis {

// Streaming, causal anomaly scores in [0,1]: the score of a sample depends only on the
// samples before and at it, so a prefix of a series scores exactly as the same rows of
// the whole series. O(1) work per sample (plus rare seasonality re-detections at
// doubling row counts, each over a bounded window).
//
// Baseline: robust Holt-Winters style models (level, slow trend, per-phase seasonal
// profile) whose updates use residuals winsorised at a few robust scales, so spikes do
// not poison the history; the model with the lowest recent error (none / detected
// periods) is the one scored. Evidence combined by maximum: the standardised residual
// (spikes, dips), a two-sided CUSUM (level shifts, after which the baseline is
// re-anchored), and a short/long residual spread ratio (variance changes). Until a daily
// (for hourly-type steps, a weekly) cycle could have been learnt, the evidence is
// measured against a widened scale: less certainty, not a capped score.
class AnomalyDetector final
{
public:
    AnomalyDetector();
    ~AnomalyDetector();
    AnomalyDetector(const AnomalyDetector &) = delete;
    AnomalyDetector &operator=(const AnomalyDetector &) = delete;

    // Score of the next sample. A time not after the latest one is scored as another
    // observation of the latest grid cell. NaN scores 0 and teaches nothing.
    double score(qint64 timeMs, double value);

    // Periods (in steps) of the seasonal models currently maintained.
    std::vector<int> periods() const;

    // Convenience for whole series (NaN = missing, scores 0).
    static std::vector<double> scoreSeries(const RegularSeries &series);

    // Rows scored before any score can exceed zero.
    static constexpr int kWarmupRows = 24;

    // Detectors alive in the process now (tests check that alerts and the analysis
    // share one per series).
    static int liveInstances();

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace Analysis
