#include "core/analysis/diagnosis/seriesstats.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Analysis::Stats {

QVector<Model::Sample> window(const QVector<Model::Sample> &points, qint64 fromMs, qint64 toMs)
{
    QVector<Model::Sample> out;
    const auto first = std::lower_bound(points.cbegin(), points.cend(), fromMs,
                                        [](const Model::Sample &s, qint64 t) { return s.t < t; });
    for (auto it = first; it != points.cend() && it->t <= toMs; ++it) {
        if (std::isfinite(it->v))
            out.append(*it);
    }
    return out;
}

double mean(const QVector<Model::Sample> &points)
{
    if (points.isEmpty())
        return kNaN;
    double sum = 0.0;
    for (const Model::Sample &s : points)
        sum += s.v;
    return sum / static_cast<double>(points.size());
}

double quantile(QVector<double> values, double q)
{
    if (values.isEmpty())
        return kNaN;
    std::sort(values.begin(), values.end());
    const double pos = q * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<qsizetype>(std::floor(pos));
    const auto hi = std::min(lo + 1, values.size() - 1);
    return values.at(lo) + (values.at(hi) - values.at(lo)) * (pos - static_cast<double>(lo));
}

double median(const QVector<Model::Sample> &points)
{
    QVector<double> values;
    values.reserve(points.size());
    for (const Model::Sample &s : points)
        values.append(s.v);
    return quantile(std::move(values), 0.5);
}

double maxOf(const QVector<Model::Sample> &points)
{
    double m = kNaN;
    for (const Model::Sample &s : points)
        m = std::isnan(m) ? s.v : std::max(m, s.v);
    return m;
}

LinearFit linearFit(const QVector<Model::Sample> &points)
{
    LinearFit fit;
    fit.n = static_cast<int>(points.size());
    if (points.size() < 3)
        return fit;
    const double t0 = static_cast<double>(points.first().t);
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (const Model::Sample &s : points) {
        const double x = (static_cast<double>(s.t) - t0) / static_cast<double>(kHourMs);
        sx += x;
        sy += s.v;
        sxx += x * x;
        sxy += x * s.v;
        syy += s.v * s.v;
    }
    const double n = static_cast<double>(points.size());
    const double vx = sxx - sx * sx / n;
    const double vy = syy - sy * sy / n;
    const double cxy = sxy - sx * sy / n;
    if (vx <= 0.0)
        return fit;
    fit.slopePerHour = cxy / vx;
    fit.intercept = (sy - fit.slopePerHour * sx) / n;
    // A perfectly flat series is explained perfectly, but not by a trend.
    fit.r2 = vy > 1e-12 ? std::clamp(cxy * cxy / (vx * vy), 0.0, 1.0) : 0.0;
    return fit;
}

double correlation(const QVector<Model::Sample> &a, const QVector<Model::Sample> &b)
{
    QHash<qint64, double> byTime;
    for (const Model::Sample &s : b)
        byTime.insert(s.t, s.v);
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    int n = 0;
    for (const Model::Sample &s : a) {
        const auto it = byTime.constFind(s.t);
        if (it == byTime.cend() || !std::isfinite(it.value()))
            continue;
        sx += s.v;
        sy += it.value();
        sxx += s.v * s.v;
        syy += it.value() * it.value();
        sxy += s.v * it.value();
        ++n;
    }
    if (n < 3)
        return kNaN;
    const double vx = sxx - sx * sx / n;
    const double vy = syy - sy * sy / n;
    if (vx <= 0 || vy <= 0)
        return kNaN;
    return (sxy - sx * sy / n) / std::sqrt(vx * vy);
}

QVector<Model::Sample> sinceLastDrop(const QVector<Model::Sample> &points, double dropBy)
{
    qsizetype start = 0;
    for (qsizetype i = 1; i < points.size(); ++i) {
        if (points.at(i - 1).v - points.at(i).v > dropBy)
            start = i;
    }
    return points.mid(start);
}

} // namespace Analysis::Stats
