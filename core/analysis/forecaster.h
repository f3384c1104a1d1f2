#pragma once

#include "core/analysis/analysistypes.h"
#include "core/util/result.h"

namespace Analysis {

// Point forecast and prediction interval for one metric series.
//
// Method (docs/analysis.md): optional Box-Cox transform (log / square root) chosen from
// how the spread grows with the level; seasonal periods detected (day, week, or an
// autocorrelation peak) or given; a robust multi-seasonal profile removed; the
// seasonally adjusted series forecast by an equal-weight combination of simple
// exponential smoothing, a Theta-style drift and a damped-trend Holt model, whose
// parameters minimise multi-step (not only one-step) errors. The interval comes from
// the empirical distribution of the combination's own multi-step errors at many
// origins in the history, widening with the horizon. Pure function: thread-safe.
class Forecaster final
{
public:
    Util::Result<Forecast> forecast(const RegularSeries &series, const ForecastOptions &options) const;

    // Only the most recent points take part in a fit (older data adds cost, not skill).
    static constexpr qsizetype kMaxFitPoints = 6 * 2016;
    static constexpr int kMaxHorizon = 1'000'000;
};

} // namespace Analysis
