#pragma once

// Plain value types shared by the analysis domain (forecast, anomalies, capacity, cost).
// They are immutable snapshots once produced: cheap to copy into a queued signal.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cmath>
#include <limits>
#include <vector>

namespace Analysis {

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

// Samples on a regular grid: values[i] is at startMs + i * stepMs. NaN = missing.
struct RegularSeries
{
    qint64 startMs = 0;
    qint64 stepMs = 0;
    std::vector<double> values;

    qint64 timeAt(qsizetype i) const { return startMs + qint64(i) * stepMs; }
    qsizetype size() const { return qsizetype(values.size()); }
};

// How a series' timestamps were written, so outputs can answer in the same style.
enum class TimestampStyle { DateTime, UnixSeconds };

// Timestamps stored compactly as runs of equally spaced instants: a regular file of
// any length costs one run.
struct TimeRun
{
    qint64 firstMs = 0;
    qint64 stepMs = 0; // 0 while the run holds a single instant
    qint64 count = 0;
};

// A series exactly as read from a file (possibly irregular), before regularisation.
struct RawSeries
{
    TimestampStyle style = TimestampStyle::DateTime;
    std::vector<TimeRun> runs;
    std::vector<double> values; // one per row, NaN = missing
    qint64 inferredStepMs = 0;  // most common spacing between rows

    qsizetype size() const { return qsizetype(values.size()); }
    qint64 firstMs() const { return runs.empty() ? 0 : runs.front().firstMs; }
    qint64 lastMs() const
    {
        return runs.empty() ? 0 : runs.back().firstMs + (runs.back().count - 1) * runs.back().stepMs;
    }
};

// Backtest accuracy of a forecaster on one series (rolling origin, out of sample).
struct Accuracy
{
    double mase = std::numeric_limits<double>::quiet_NaN();  // MAE / in-sample seasonal-naive MAE
    double smape = std::numeric_limits<double>::quiet_NaN(); // symmetric MAPE, percent (0..200)
    double coverage = std::numeric_limits<double>::quiet_NaN(); // fraction of held-out points inside the band
    double baselineMase = std::numeric_limits<double>::quiet_NaN(); // seasonal naive on the same origins
    int origins = 0;
    int points = 0;

    bool valid() const { return points > 0 && std::isfinite(mase); }
};

// Why a forecast looks the way it does; the UI turns these into sentences.
enum class ForecastNote {
    ShortHistory,      // too little data for seasonality: wider band
    VeryShortHistory,  // a handful of points: naive forecast, very wide band
    ConstantSeries,    // no variation at all
    MissingValues,     // gaps / NaN were interpolated
    LevelShift,        // a recent level shift: older data discounted
    LogScale,          // fitted on a log / square-root scale (multiplicative series)
    DampedTrend,       // a trend was found and is damped over the horizon
    SeasonOverride,    // periods given by the caller, not detected
    ShortWeek,         // weekly shape from less than two weeks: weekday levels only, wider band
    SeasonalNaiveBlend, // combined with the last cycle repeated (Forecast::naiveShare)
};

struct ForecastOptions
{
    int horizon = 1;
    std::vector<int> periods; // empty = detect; otherwise periods in steps
    bool detectPeriods = true;
    double level = 0.95;
};

struct Forecast
{
    qint64 startMs = 0; // time of the first forecast step
    qint64 stepMs = 0;
    std::vector<double> point;
    std::vector<double> lower;
    std::vector<double> upper;
    std::vector<int> periods; // seasonal periods used, in steps
    double level = 0.95;
    double boxCoxLambda = 1.0; // 1 = raw scale, 0.5 = square root, 0 = log
    double naiveShare = 0.0;   // mean weight of the seasonal naive in the point forecast (0..1)
    std::vector<ForecastNote> notes;
    QString explanation; // translated, one or two sentences
    Accuracy accuracy;   // filled by the Backtester when asked

    bool hasNote(ForecastNote n) const
    {
        for (ForecastNote x : notes)
            if (x == n)
                return true;
        return false;
    }
};

// "CPU p95 crosses 80% around 12 March 2027 at +15%/month; 4 replicas needed then".
struct CapacityProjection
{
    double limit = 0;
    double currentValue = 0;          // recent typical peak (the planned-for statistic)
    double growthPerMonth = 0;        // relative growth of the peak per 30 days (0.15 = +15%)
    bool crosses = false;             // the projected peak reaches the limit inside the horizon
    bool alreadyAbove = false;        // it is already above the limit
    qint64 crossingMs = 0;            // median estimate
    qint64 crossingEarliestMs = 0;    // 95% interval of the crossing time (earliest)
    qint64 crossingLatestMs = 0;      // latest (0 = not inside the horizon)
    int replicasNow = 0;
    int replicasNeeded = 0;           // at the crossing (or at the horizon end when no crossing)
    // What the 95% band of the peak at that date asks for: its lower edge needs
    // replicasLow, its upper edge replicasHigh (= replicasNeeded, which provisions for
    // the upper edge). Equal when the band is narrow.
    int replicasLow = 0;
    int replicasHigh = 0;
    std::vector<qint64> timesMs;      // daily projection of the peak statistic
    std::vector<double> peak;
    std::vector<double> peakLower;
    std::vector<double> peakUpper;
    QString explanation;
};

struct CostForecast
{
    double pricePerReplicaHour = 0;
    double next7Days = 0;
    double next7DaysLower = 0;
    double next7DaysUpper = 0;
    double monthToDate = 0;    // spent from the first of the month to the last sample
    double monthEnd = 0;       // month to date + forecast until the end of the month
    double monthEndLower = 0;
    double monthEndUpper = 0;
    qint64 monthEndMs = 0;
    QString explanation;
};

} // namespace Analysis
