#include "core/analysis/capacityplanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr int kMaxFitDays = 120;


double quantileOf(std::vector<double> v, double q)
{
    const double pos = q * double(v.size() - 1);
    const size_t lo = size_t(pos);
    std::nth_element(v.begin(), v.begin() + qsizetype(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + qsizetype(lo) + 1, v.end());
    return a + (b - a) * (pos - double(lo));
}

double median(std::vector<double> v)
{
    return v.empty() ? 0.0 : quantileOf(std::move(v), 0.5);
}

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(), QLocale::LongFormat);
}

} // namespace

Util::Result<CapacityProjection> CapacityPlanner::project(const RegularSeries &series, const Request &request) const
{
    if (series.stepMs <= 0 || series.stepMs > kDayMs)
        return Util::makeError(u"capacity.step"_s, QCoreApplication::translate("Analysis::CapacityPlanner", "capacity planning needs samples at least daily"));
    if (!(request.limit > 0) || request.replicasNow < 1 || request.horizonDays < 1)
        return Util::makeError(u"capacity.request"_s, QCoreApplication::translate("Analysis::CapacityPlanner", "the limit, replicas and horizon must be positive"));

    // One peak statistic per UTC day with enough samples.
    std::vector<double> dayT, dayPeak;
    {
        std::vector<double> bucket;
        const qint64 perDay = kDayMs / series.stepMs;
        qint64 day = std::numeric_limits<qint64>::min();
        auto flush = [&] {
            if (!bucket.empty() && qint64(bucket.size()) * 2 >= perDay) {
                dayT.push_back(double(day));
                dayPeak.push_back(quantileOf(bucket, request.peakQuantile));
            }
            bucket.clear();
        };
        for (qsizetype i = 0; i < series.size(); ++i) {
            const double v = series.values[size_t(i)];
            const qint64 t = series.timeAt(i);
            const qint64 d = t >= 0 ? t / kDayMs : (t - kDayMs + 1) / kDayMs;
            if (d != day) {
                flush();
                day = d;
            }
            if (std::isfinite(v))
                bucket.push_back(v);
        }
        flush();
    }
    if (int(dayPeak.size()) < kMinDays)
        return Util::makeError(u"capacity.history"_s,
                               QCoreApplication::translate("Analysis::CapacityPlanner", "capacity planning needs at least %1 days of history").arg(kMinDays));
    if (dayPeak.size() > size_t(kMaxFitDays)) {
        dayT.erase(dayT.begin(), dayT.end() - kMaxFitDays);
        dayPeak.erase(dayPeak.begin(), dayPeak.end() - kMaxFitDays);
    }
    const size_t m = dayPeak.size();
    const bool logScale =
        request.growth == Growth::Exponential && *std::min_element(dayPeak.begin(), dayPeak.end()) > 0;
    std::vector<double> y(m);
    for (size_t i = 0; i < m; ++i)
        y[i] = logScale ? std::log(dayPeak[i]) : dayPeak[i];

    // Theil-Sen slope (per day) and intercept.
    std::vector<double> slopes;
    slopes.reserve(m * (m - 1) / 2);
    for (size_t i = 0; i < m; ++i)
        for (size_t j = i + 1; j < m; ++j)
            slopes.push_back((y[j] - y[i]) / (dayT[j] - dayT[i]));
    const double slope = median(slopes);
    const double tMean = std::accumulate(dayT.begin(), dayT.end(), 0.0) / double(m);
    std::vector<double> shifted(m);
    for (size_t i = 0; i < m; ++i)
        shifted[i] = y[i] - slope * (dayT[i] - tMean);
    const double level = median(shifted); // fitted value at tMean
    double ssr = 0, sxx = 0;
    for (size_t i = 0; i < m; ++i) {
        const double r = y[i] - (level + slope * (dayT[i] - tMean));
        ssr += r * r;
        sxx += (dayT[i] - tMean) * (dayT[i] - tMean);
    }
    const double sigma = std::sqrt(ssr / double(std::max<size_t>(1, m - 2)));
    const double slopeSe = sxx > 0 ? sigma / std::sqrt(sxx) : 0.0;
    const double levelSe = sigma / std::sqrt(double(m));
    const double z = 1.959964;

    CapacityProjection out;
    out.limit = request.limit;
    out.replicasNow = request.replicasNow;
    const double lastDay = dayT.back();
    auto fitted = [&](double d) { return level + slope * (d - tMean); };
    auto back = [&](double v) { return logScale ? std::exp(std::min(v, 700.0)) : v; };
    out.currentValue = back(fitted(lastDay));
    out.growthPerMonth = logScale ? std::exp(30.0 * slope) - 1.0 : 30.0 * slope / std::max(1e-12, std::abs(out.currentValue));
    out.alreadyAbove = out.currentValue >= request.limit;

    const qint64 startMs = qint64(lastDay) * kDayMs;
    for (int k = 0; k <= request.horizonDays; ++k) {
        const double d = lastDay + k;
        const double mid = fitted(d);
        const double se = std::sqrt(sigma * sigma + levelSe * levelSe + (d - tMean) * (d - tMean) * slopeSe * slopeSe);
        const qint64 t = startMs + qint64(k) * kDayMs;
        out.timesMs.push_back(t);
        out.peak.push_back(back(mid));
        out.peakLower.push_back(back(mid - z * se));
        out.peakUpper.push_back(back(mid + z * se));
        if (out.crossingEarliestMs == 0 && out.peakUpper.back() >= request.limit)
            out.crossingEarliestMs = t;
        if (!out.crosses && out.peak.back() >= request.limit) {
            out.crosses = true;
            out.crossingMs = t;
        }
        if (out.crossingLatestMs == 0 && out.peakLower.back() >= request.limit)
            out.crossingLatestMs = t;
    }
    // Replicas. The band's relative width grows with the distance from the data; beyond
    // about three times the span of the daily peaks the fit says nothing more about the
    // scatter, and a week of peaks extrapolated for months put the band's upper edge (and
    // the replica count) in the millions. Sizing therefore keeps the band's relative
    // width of the last supported day. Without a crossing there is no reason for more
    // replicas than now (fewer may do: room to scale down).
    const int supportedDays = std::max(7, int(std::lround(3.0 * (dayT.back() - dayT.front()))));
    // `edge` is the band's upper or lower edge; both are held at the relative width of
    // the last supported day.
    auto sizingPeakAt = [&](int k, const std::vector<double> &edge) {
        const size_t at = size_t(std::clamp(k, 0, request.horizonDays));
        const size_t ref = std::min(at, size_t(supportedDays));
        if (logScale)
            return out.peak[at] * (edge[ref] / std::max(1e-300, out.peak[ref]));
        return out.peak[at] + (edge[ref] - out.peak[ref]);
    };
    int crossingDay = 0;
    if (out.crosses)
        crossingDay = int((out.crossingMs - startMs) / kDayMs);
    const int sizingDay = out.crosses ? crossingDay : request.horizonDays;
    auto replicasFor = [&](double sizingPeak) {
        const double ratio = std::min(sizingPeak / request.limit, 1e6); // finite even for absurd input
        int r = std::max(1, int(std::ceil(request.replicasNow * ratio - 1e-9)));
        if (!out.crosses)
            r = std::min(r, request.replicasNow);
        return r;
    };
    out.replicasNeeded = replicasFor(sizingPeakAt(sizingDay, out.peakUpper));
    out.replicasHigh = out.replicasNeeded;
    out.replicasLow = std::min(out.replicasNeeded, replicasFor(std::max(0.0, sizingPeakAt(sizingDay, out.peakLower))));
    const bool beyondData = out.crosses && !out.alreadyAbove && crossingDay > supportedDays;

    const QString metric = request.metricName.isEmpty() ? QCoreApplication::translate("Analysis::CapacityPlanner", "The peak") : request.metricName;
    const QString growth = u"%1%2%"_s.arg(out.growthPerMonth >= 0 ? u"+"_s : QString())
                               .arg(out.growthPerMonth * 100, 0, 'f', 1);
    const QString limit = QLocale().toString(request.limit) + request.unit;
    // "4 replicas" or, when the band's edges ask for different counts, "4 replicas (3–4)":
    // the figure provisions for the upper edge, the range says how sure that is.
    const QString replicas = replicasText(out.replicasNeeded, out.replicasLow, out.replicasHigh);
    if (out.alreadyAbove)
        out.explanation = QCoreApplication::translate("Analysis::CapacityPlanner", "%1 is already above %2 (%3/month); %4 needed now.")
                              .arg(metric, limit, growth, replicas);
    else if (out.crosses)
        out.explanation = QCoreApplication::translate("Analysis::CapacityPlanner", "%1 crosses %2 around %3 (between %4 and %5) at %6/month; %7 needed then.")
                              .arg(metric, limit, dateText(out.crossingMs), dateText(out.crossingEarliestMs),
                                   out.crossingLatestMs ? dateText(out.crossingLatestMs) : QCoreApplication::translate("Analysis::CapacityPlanner", "after the horizon"),
                                   growth, replicas);
    else
        out.explanation = QCoreApplication::translate("Analysis::CapacityPlanner", "%1 stays under %2 for the next %3 days (%4/month); %5 suffice.")
                              .arg(metric, limit).arg(request.horizonDays).arg(growth, replicas);
    if (beyondData) {
        // A plain variable as the %n argument: lupdate 6.4 loops forever on a nested call there.
        const int historyDays = int(std::lround(dayT.back() - dayT.front())) + 1;
        out.explanation += u" "_s + QCoreApplication::translate("Analysis::CapacityPlanner", "The crossing lies beyond what %n day(s) of history can support; the replica figure assumes the growth seen so far continues.", nullptr, historyDays);
    }
    return out;
}

QString CapacityPlanner::replicasText(int needed, int low, int high)
{
    if (low > 0 && low < high)
        return QCoreApplication::translate("Analysis::CapacityPlanner", "%n replica(s) (%1–%2)", nullptr, needed)
            .arg(QLocale().toString(low), QLocale().toString(high));
    return QCoreApplication::translate("Analysis::CapacityPlanner", "%n replica(s)", nullptr, needed);
}

} // namespace Analysis
