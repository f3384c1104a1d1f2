#pragma once

#include <QtGlobal>

#include <vector>

namespace Analysis {

// Finds seasonal periods in a gap-free series. Candidates are the calendar cycles the
// step allows (one day and one week in steps); when none of them holds, the
// autocorrelation of the differenced series is searched for another period. A period
// is kept only when a per-phase profile explains clearly more variance than noise
// alone would (the fraction explained by k cycles of pure noise, 1/k, is discounted),
// so a weak or spurious cycle is not forced on the forecast or the anomaly baseline.
class SeasonalityDetector final
{
public:
    // Calendar candidates for a sampling step: [day] or [day, week], in steps.
    static std::vector<int> calendarPeriods(qint64 stepMs);

    // Whether a week can be claimed from less than two of them: the forecaster fits
    // weekday levels from one and a half weeks on (SeasonalProfile::weekdayLevels); the
    // anomaly detector's per-phase weekly models need two whole weeks.
    enum class ShortWeek { NeedsTwoWeeks, FromWeekdayLevels };

    // Detected periods, shortest first (at most two; the second a multiple of the first
    // when both are calendar cycles).
    static std::vector<int> detect(const double *x, qsizetype n, qint64 stepMs,
                                   ShortWeek shortWeek = ShortWeek::NeedsTwoWeeks);

    // Share of variance (0..1) a per-phase profile of `period` explains after local
    // detrending, corrected for the share that noise alone would explain.
    static double strength(const double *x, qsizetype n, int period);

    // Extra share explained by a profile of `longPeriod` over one of `shortPeriod`.
    static double extraStrength(const double *x, qsizetype n, int shortPeriod, int longPeriod);

    // Best non-calendar period by autocorrelation, or 0.
    static int searchPeriod(const double *x, qsizetype n, int maxLag);

    static constexpr double kMinStrength = 0.25;
    static constexpr double kMinExtraStrength = 0.1;
};

} // namespace Analysis
