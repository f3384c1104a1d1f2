#pragma once

#include <QtGlobal>

#include <vector>

namespace Analysis {

// The seasonal component of a series: a robust per-phase shape for the short period
// (a day), and for a long period that is a multiple of it (a week) the level of each
// sub-cycle (weekday vs weekend) plus a smoothed, shrunk intra-week correction.
// Every shape is estimated against a local level (cycle means interpolated between
// cycle centres), so trend and level shifts do not leak into it; phase means are
// medians / trimmed means across cycles so spikes in the history are not repeated.
class SeasonalProfile final
{
public:
    SeasonalProfile() = default;

    // Fits on x[0..n) (no NaN). `periods`: none, one, or two (shortest first).
    // `dayStart` (an index where a calendar day begins, or -1 for unknown) places the
    // weekday levels of a week fitted from less than two weeks on calendar days.
    static SeasonalProfile fit(const double *x, qsizetype n, const std::vector<int> &periods, qsizetype dayStart = -1);

    // Weekday levels from less than two weeks (`r` sub-cycles of `period` each, every
    // one seen at least once): the means of the whole days regressed on a line plus one
    // level per sub-cycle. `levels[j]` belongs to the days j, j + r, ... counted from the
    // first whole day (see dayStart); `se[j]` its standard error (sub-cycles seen once
    // are as uncertain as one day's mean). `share` is the part of the variance of x
    // around the line that the levels explain beyond what noise would; 0 when an F test
    // of the levels against the line alone is not significant at 1%, or when some
    // sub-cycle was not seen or there are too few days to measure the noise.
    struct WeekdayFit
    {
        std::vector<double> levels;
        std::vector<double> se;
        double share = 0;
    };
    // `dayStart`: an index at which a calendar day begins (UTC midnight), or -1 to
    // count whole days back from the end of x.
    static WeekdayFit weekdayLevels(const double *x, qsizetype n, int period, int r, qsizetype dayStart = -1);
    static constexpr int kMinWeekdayDays = 3; // days beyond one long cycle before it is fitted

    // Seasonal value at index i of the fitted series (i >= n continues into the future).
    double at(qsizetype i) const;

    // Standard error of the seasonal value at i: non-zero only for a weekly shape fitted
    // from less than two weeks (weekday levels seen once or twice), 0 otherwise (the
    // band's calibration covers a profile fitted on two or more cycles).
    double uncertainty(qsizetype i) const;
    bool weekFromShortHistory() const { return !m_subSe.empty(); }

    // at(from) .. at(from + count - 1) into out, without a division per point.
    void fill(qsizetype from, qsizetype count, double *out) const;

    bool isEmpty() const { return m_p1 == 0; }
    int cycles() const { return m_cycles; } // cycles behind the short shape
    std::vector<int> periods() const;

private:
    qsizetype phase(qsizetype i, int period) const
    {
        const qsizetype r = (i - m_n) % period;
        return r < 0 ? r + period : r;
    }

    double longComponent(qsizetype longPhase) const;
    double stepComponent(qsizetype longPhase) const;
    struct DayBlend
    {
        qsizetype day;
        qsizetype other;
        double weight;
    };
    DayBlend dayBlend(qsizetype i) const;

    qsizetype m_n = 0;
    int m_p1 = 0;
    int m_p2 = 0;
    int m_cycles = 0;
    bool m_nested = false;
    std::vector<double> m_shape1;
    std::vector<double> m_subLevel; // per sub-cycle of the long period (nested only)
    std::vector<double> m_subSe;    // their standard errors, when fitted from under two long cycles
    qsizetype m_dayStart = 0;       // then: the first index of a whole day (sub-levels are per day class from there)
    std::vector<double> m_shape2;
    std::vector<double> m_long; // per long-cycle phase: shape2 + interpolated sub-cycle level
};

} // namespace Analysis
