#pragma once

#include <QtGlobal>

#include <vector>

namespace Analysis {

// Combination of the forecaster's point forecast with the seasonal naive one (the last
// cycle repeated), weighted per series and per horizon from the series' own history.
//
// Forecast combination is the most reliable gain of the M3/M4 tradition (Bates &
// Granger 1969; Makridakis & Hibon 2000; Makridakis et al. 2020: most of the M4 leaders
// combine), and seasonal naive is the benchmark a forecaster of hourly data must beat.
// Real hourly series (docs/analysis.md, M4 H1-H25) showed that our model and seasonal
// naive fail on different series: the model lags when daily peaks grew recently, the
// naive repeats yesterday's noise. So the weight is chosen where the forecaster already
// replays itself (the conformal band's origins and checkpoint horizons): the model's and
// the naive's errors at the same origins, the weight with the least mean absolute
// combined error on a small grid, shrunk towards the model alone.
//
// Everything happens in the forecaster's transformed (Box-Cox) scale, where the
// model's errors live: both forecasts are of the same transformed value, so a combined
// error is exactly w e_model + (1 - w) e_naive and the band's conformal scores can be
// computed from the combined errors; the band then stays calibrated for the forecast
// actually given, and the monotone inverse transform carries its quantiles to the
// original scale. (Combining in the original scale would leave the band describing a
// different forecast.) On a log scale this is a weighted geometric mean, which suits a
// multiplicative series.
class NaiveCombination final
{
public:
    // z: the transformed history, n values; seasonal: the fitted profile over the history
    // and the horizon (n + horizon values); period: the shortest cycle (0 = none). The
    // arrays must outlive this object.
    NaiveCombination(const double *z, const double *seasonal, qsizetype n, int period);

    // A cycle and at least two of them behind it: otherwise the model is used alone.
    bool isActive() const { return m_active; }
    int period() const { return m_period; }

    // Whether the naive forecast from `origin` exists (a whole cycle before it).
    bool hasOrigin(qsizetype origin) const { return m_active && origin >= qsizetype(m_period) - 1; }

    // How far back the naive looks for horizon h: whole cycles, at least h.
    qsizetype lag(int h) const { return (qsizetype(h) + m_period - 1) / m_period * m_period; }

    // Seasonal naive forecast of index t made lag(h) before it, in the seasonally adjusted
    // scale (the transformed value minus the profile there), so it is comparable with the
    // level forecast. The origin t - h must satisfy hasOrigin(). Inline and without a
    // division: it runs for every replayed origin and checkpoint.
    double adjustedAt(qsizetype t, qsizetype lag) const { return m_z[t - lag] - m_seasonal[t]; }

    // Chooses the model's weight at checkpoint horizon h from paired errors of the model
    // and of the naive at the same origins. Checkpoints must come in increasing h.
    double addCheckpoint(int h, const std::vector<double> &modelErrors, const std::vector<double> &naiveErrors);

    // The model's weight at horizon h: the checkpoints' weights interpolated on log h,
    // the last one carried beyond them; 1 without checkpoints.
    double modelWeight(int h) const;

    // Blends the level forecast from the end of the history (mean[h - 1] for h = 1..
    // horizon, adjusted scale) with the naive one by modelWeight(h); returns the naive's
    // mean weight over the horizon.
    double blend(double *mean, int horizon) const;

    // Disables the combination (e.g. after a level shift: the last cycle straddles it).
    void disable();

    // The weight grid and the shrink towards the model: a combination must reduce the
    // replayed mean absolute error by this fraction per quarter of weight moved to the
    // naive before it is taken, so noise in the replay does not move the forecast.
    static constexpr double kShrinkPerQuarter = 0.01;

private:
    const double *m_z = nullptr;
    const double *m_seasonal = nullptr;
    qsizetype m_n = 0;
    int m_period = 0;
    bool m_active = false;
    std::vector<double> m_h;
    std::vector<double> m_w;
};

} // namespace Analysis
