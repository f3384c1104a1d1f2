#include "core/analysis/costforecaster.h"

#include "core/analysis/forecaster.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {

constexpr qint64 kHourMs = 3'600'000;


qint64 monthEndMs(qint64 nowMs, const QTimeZone &zone)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const QDate next = QDate(d.year(), d.month(), 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 monthStartMs(qint64 nowMs, const QTimeZone &zone)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

RegularSeries CostForecaster::resample(const RegularSeries &series, qint64 stepMs)
{
    RegularSeries out;
    if (series.values.empty() || stepMs <= 0)
        return out;
    out.stepMs = stepMs;
    const qint64 first = series.startMs;
    out.startMs = first - ((first % stepMs) + stepMs) % stepMs;
    const qint64 last = series.timeAt(series.size() - 1);
    const qsizetype buckets = qsizetype((last - out.startMs) / stepMs + 1);
    std::vector<double> sum(size_t(buckets), 0.0);
    std::vector<int> count(size_t(buckets), 0);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const double v = series.values[size_t(i)];
        if (std::isnan(v))
            continue;
        const qsizetype b = qsizetype((series.timeAt(i) - out.startMs) / stepMs);
        sum[size_t(b)] += v;
        ++count[size_t(b)];
    }
    out.values.resize(size_t(buckets));
    for (qsizetype b = 0; b < buckets; ++b)
        out.values[size_t(b)] = count[size_t(b)] ? sum[size_t(b)] / count[size_t(b)] : kMissing;
    return out;
}

Util::Result<CostForecast> CostForecaster::forecast(const RegularSeries &replicas, double price, qint64 nowMs) const
{
    return forecast(replicas, price, nowMs, QTimeZone::utc());
}

Util::Result<CostForecast> CostForecaster::forecast(const RegularSeries &replicas, double price, qint64 nowMs,
                                                    const QTimeZone &zone) const
{
    if (!(price >= 0))
        return Util::makeError(u"cost.price"_s, QCoreApplication::translate("Analysis::CostForecaster", "the price per replica-hour must not be negative"));
    if (replicas.values.empty() || replicas.stepMs <= 0 || replicas.stepMs > kHourMs)
        return Util::makeError(u"cost.series"_s, QCoreApplication::translate("Analysis::CostForecaster", "the replica series needs samples at least hourly"));
    const RegularSeries hourly = resample(replicas, kHourMs);
    if (nowMs == 0)
        nowMs = replicas.timeAt(replicas.size() - 1);

    CostForecast out;
    out.pricePerReplicaHour = price;
    out.monthEndMs = monthEndMs(nowMs, zone);
    // Spent so far this month: replica-hours from the samples (each sample holds for its step).
    const qint64 monthStart = monthStartMs(nowMs, zone);
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        const qint64 t = replicas.timeAt(i);
        const double v = replicas.values[size_t(i)];
        if (t >= monthStart && t <= nowMs && std::isfinite(v))
            out.monthToDate += v * double(replicas.stepMs) / double(kHourMs) * price;
    }

    const qint64 nextHour = hourly.timeAt(hourly.size());
    const int toMonthEnd = int(std::max<qint64>(0, (out.monthEndMs - nextHour + kHourMs - 1) / kHourMs));
    const int horizon = std::max(7 * 24, toMonthEnd);
    ForecastOptions options;
    options.horizon = horizon;
    auto fc = Forecaster().forecast(hourly, options);
    if (!fc.ok())
        return fc.error();
    for (int h = 0; h < horizon; ++h) {
        const double p = std::max(0.0, fc->point[size_t(h)]) * price;
        const double lo = std::max(0.0, fc->lower[size_t(h)]) * price;
        const double hi = std::max(0.0, fc->upper[size_t(h)]) * price;
        if (h < 7 * 24) {
            out.next7Days += p;
            out.next7DaysLower += lo;
            out.next7DaysUpper += hi;
        }
        if (h < toMonthEnd) {
            // The month's last hour may be cut short (a zone with a half-hour offset).
            const double part = std::min(1.0, double(out.monthEndMs - (nextHour + h * kHourMs)) / double(kHourMs));
            out.monthEnd += p * part;
            out.monthEndLower += lo * part;
            out.monthEndUpper += hi * part;
        }
    }
    // The partial hour between the last sample and the next full hour is billed at the
    // last known count.
    const double lastCount = std::isfinite(replicas.values.back()) ? replicas.values.back() : 0.0;
    const double gapHours =
        std::max<double>(0.0, double(std::min(nextHour, out.monthEndMs) - (nowMs + replicas.stepMs)) / double(kHourMs));
    const double gapCost = gapHours * lastCount * price;
    out.monthEnd += out.monthToDate + gapCost;
    out.monthEndLower += out.monthToDate + gapCost;
    out.monthEndUpper += out.monthToDate + gapCost;
    const QLocale locale;
    out.explanation = QCoreApplication::translate("Analysis::CostForecaster", "Next 7 days: %1 (%2 to %3). Month end: %4 (%5 to %6), of which %7 already spent. "
                         "Replica-hours x %8 per replica-hour.")
                          .arg(locale.toString(out.next7Days, 'f', 2), locale.toString(out.next7DaysLower, 'f', 2),
                               locale.toString(out.next7DaysUpper, 'f', 2), locale.toString(out.monthEnd, 'f', 2),
                               locale.toString(out.monthEndLower, 'f', 2), locale.toString(out.monthEndUpper, 'f', 2),
                               locale.toString(out.monthToDate, 'f', 2), locale.toString(price, 'f', 4));
    return out;
}

CostForecast CostForecaster::sum(const std::vector<CostForecast> &services)
{
    CostForecast total;
    for (const CostForecast &c : services) {
        total.next7Days += c.next7Days;
        total.next7DaysLower += c.next7DaysLower;
        total.next7DaysUpper += c.next7DaysUpper;
        total.monthToDate += c.monthToDate;
        total.monthEnd += c.monthEnd;
        total.monthEndLower += c.monthEndLower;
        total.monthEndUpper += c.monthEndUpper;
        total.monthEndMs = std::max(total.monthEndMs, c.monthEndMs);
    }
    total.explanation = QCoreApplication::translate("Analysis::CostForecaster", "Sum of %n service(s).", nullptr,
                                                    int(services.size()));
    return total;
}

} // namespace Analysis
