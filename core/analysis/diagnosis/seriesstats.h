#pragma once

#include "core/model/series.h"

#include <QVector>

#include <limits>

namespace Analysis::Stats {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;

// The small statistics the diagnosis detectors share. Windows are in time, not in
// points, so a detector reads 1-minute raw samples and 5-minute rollups alike.

// The points with fromMs <= t <= toMs.
QVector<Model::Sample> window(const QVector<Model::Sample> &points, qint64 fromMs, qint64 toMs);
double mean(const QVector<Model::Sample> &points);
double median(const QVector<Model::Sample> &points);
double quantile(QVector<double> values, double q);
double maxOf(const QVector<Model::Sample> &points);
// Share of points for which `predicate` holds (0 when empty).
template<typename Predicate>
double share(const QVector<Model::Sample> &points, Predicate predicate)
{
    if (points.isEmpty())
        return 0.0;
    int n = 0;
    for (const Model::Sample &s : points)
        n += predicate(s.v) ? 1 : 0;
    return static_cast<double>(n) / static_cast<double>(points.size());
}

struct LinearFit
{
    double slopePerHour = kNaN;
    double intercept = kNaN; // value at the first point's time
    double r2 = 0.0;
    int n = 0;
};
// Least squares over time (hours since the first point).
LinearFit linearFit(const QVector<Model::Sample> &points);

// Pearson correlation of two series sampled at the same instants (matched by time).
double correlation(const QVector<Model::Sample> &a, const QVector<Model::Sample> &b);

// The part after the last drop of more than `dropBy` (a restart of a leaking
// process resets its memory): everything if there is none.
QVector<Model::Sample> sinceLastDrop(const QVector<Model::Sample> &points, double dropBy);

// How long, back from the newest point, `predicate` has held without a break.
template<typename Predicate>
qint64 heldFor(const QVector<Model::Sample> &points, Predicate predicate)
{
    if (points.isEmpty() || !predicate(points.last().v))
        return 0;
    qint64 since = points.last().t;
    for (qsizetype i = points.size() - 1; i >= 0 && predicate(points.at(i).v); --i)
        since = points.at(i).t;
    return points.last().t - since;
}

} // namespace Analysis::Stats
