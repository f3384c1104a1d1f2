#pragma once

#include "core/analysis/analysistypes.h"

namespace Analysis {

// Out-of-sample accuracy of the Forecaster on one series, by rolling origin: the
// forecaster is refitted on the history before each origin and scored on the points
// after it. MASE (Hyndman & Koehler 2006) scales the absolute error by the in-sample
// seasonal-naive error; sMAPE as in the M4 competition; coverage is the fraction of
// held-out points inside the 95% band. The same origins are also scored for the
// seasonal-naive forecast, so "better than the baseline" can be shown.
class Backtester final
{
public:
    Accuracy evaluate(const RegularSeries &series, const ForecastOptions &options, int origins = 3) const;

    // Seasonal naive forecast of `horizon` steps from history[0..n) with period m (1 = naive).
    static std::vector<double> seasonalNaive(const double *history, qsizetype n, int m, int horizon);
    // Mean absolute error of the in-sample seasonal naive forecast (the MASE scale), 0 when unknown.
    static double naiveScale(const double *history, qsizetype n, int m);
};

} // namespace Analysis
