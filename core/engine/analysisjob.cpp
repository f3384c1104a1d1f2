#include "core/engine/analysisjob.h"

#include "core/analysis/anomalydetector.h"
#include "core/analysis/backtester.h"
#include "core/analysis/capacityplanner.h"
#include "core/analysis/costforecaster.h"
#include "core/analysis/forecaster.h"
#include "core/engine/anomalyevidence.h"
#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <ctime>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Engine {

namespace {

constexpr std::array kCapacityKinds = {MetricKind::Cpu, MetricKind::Memory, MetricKind::Disk};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

const Store::StoredSeries *findStored(const HistoryResultPtr &history, const QString &serviceId, MetricKind kind)
{
    if (!history)
        return nullptr;
    for (const Store::StoredSeries &s : history->series)
        if (s.key.serviceId == serviceId && s.key.kind == kind && s.key.region.isEmpty())
            return &s;
    return nullptr;
}

bool hasData(const Analysis::RegularSeries &series)
{
    return std::any_of(series.values.cbegin(), series.values.cend(), [](double v) { return std::isfinite(v); });
}

double lastFinite(const Analysis::RegularSeries &series)
{
    for (auto it = series.values.crbegin(); it != series.values.crend(); ++it)
        if (std::isfinite(*it))
            return *it;
    return std::numeric_limits<double>::quiet_NaN();
}

// "CPU p95": the statistic capacity is planned for, as the explanation names it.
QString peakName(MetricKind kind)
{
    return QCoreApplication::translate("Engine", "%1 p95").arg(Model::metricKindLabel(kind));
}

SeriesAnalysis analyseSeries(const AnalysisInput &input, const Model::Service &service, MetricKind kind,
                             Analysis::RegularSeries history)
{
    SeriesAnalysis out;
    out.key = {service.id, kind, {}};
    out.history = std::move(history);
    // The crossing below is upward: a lower-is-worse limit (cache hit ratio,
    // certificate days) would read as crossed already.
    out.limit = Model::lowerIsWorse(kind) ? qQNaN() : service.thresholds[kind].degraded;
    if (!hasData(out.history)) {
        out.forecastError = QCoreApplication::translate("Engine", "no data in the last %n day(s)", nullptr,
                                                        input.settings.forecastHistoryDays);
        return out;
    }

    const std::vector<double> scores = Analysis::AnomalyDetector::scoreSeries(out.history);
    out.scores.assign(scores.cbegin(), scores.cend());
    out.anomalies = AnomalyEvidence::alerts(out.key, service.projectId, out.history, out.scores,
                                            input.settings.anomalyThreshold);

    // Leading and trailing gaps carry no information; the forecaster copes with
    // interior ones.
    Analysis::RegularSeries fit = out.history;
    while (!fit.values.empty() && !std::isfinite(fit.values.back()))
        fit.values.pop_back();
    qsizetype lead = 0;
    while (lead < fit.size() && !std::isfinite(fit.values[size_t(lead)]))
        ++lead;
    if (lead > 0) {
        fit.startMs = fit.timeAt(lead);
        fit.values.erase(fit.values.begin(), fit.values.begin() + lead);
    }
    Analysis::ForecastOptions options;
    options.horizon = int(std::max<qint64>(1, input.request.horizonMs / std::max<qint64>(1, fit.stepMs)));
    // A forecast continues from the end of the grid even when the newest buckets are missing.
    const qsizetype trailing = out.history.size() - lead - fit.size();
    options.horizon += int(trailing);
    auto forecast = Analysis::Forecaster().forecast(fit, options);
    if (!forecast.ok()) {
        out.forecastError = forecast.error().message;
        return out;
    }
    out.forecast = std::move(forecast).value();
    if (trailing > 0) {
        const auto drop = [trailing](std::vector<double> &v) { v.erase(v.begin(), v.begin() + trailing); };
        drop(out.forecast.point);
        drop(out.forecast.lower);
        drop(out.forecast.upper);
        out.forecast.startMs += qint64(trailing) * out.forecast.stepMs;
    }
    if (input.request.backtest)
        out.forecast.accuracy = Analysis::Backtester().evaluate(fit, options);
    out.forecastOk = true;
    const AnomalyEvidence::Crossing crossing = AnomalyEvidence::limitCrossing(out.forecast, out.limit);
    out.limitCrossingMs = crossing.atMs;
    out.limitCrossingEarliestMs = crossing.earliestMs;
    out.limitCrossingLatestMs = crossing.latestMs;
    return out;
}

// Replicas sized by the 48-hour forecast whose crossing is shown: the figure keeps the
// highest point of the band's upper edge under the limit (as the months-ahead view
// provisions for its band's upper edge at its crossing), the range runs down to what the
// lower edge asks for. Sizing by the other view put "5 replicas" beside a crossing
// tomorrow evening when they had been computed for a date seven months away.
void sizeByShortForecast(Analysis::CapacityProjection &p, const Analysis::Forecast &forecast)
{
    const auto highest = [](const std::vector<double> &v) {
        double m = 0;
        for (double x : v)
            if (std::isfinite(x))
                m = std::max(m, x);
        return m;
    };
    const auto replicasFor = [&](double peak) {
        const double ratio = std::min(peak / p.limit, 1e6);
        return std::max(1, int(std::ceil(double(p.replicasNow) * ratio - 1e-9)));
    };
    p.replicasNeeded = p.replicasHigh = replicasFor(highest(forecast.upper));
    p.replicasLow = std::min(p.replicasHigh, replicasFor(highest(forecast.lower)));
}

// The sentence of a row whose crossing comes from the 48-hour forecast: it names that
// forecast as the source, and the replicas it gives are the ones sized by it.
QString shortTermExplanation(const CapacityRow &row, qint64 nowMs)
{
    const QLocale locale;
    const Analysis::CapacityProjection &p = row.projection;
    const QString metric = peakName(row.kind);
    const QString limit = Model::formatMetricValue(row.kind, p.limit, locale);
    const QString rate = PredictionText::capacityGrowth(row, locale);
    const auto when = [&](qint64 ms) { return PredictionText::moment(ms, nowMs, locale); };
    QString text;
    if (row.crossingMs > 0) {
        const QString interval = row.crossingEarliestMs > 0 && row.crossingLatestMs > 0
            ? QCoreApplication::translate("Engine", "between %1 and %2").arg(when(row.crossingEarliestMs), when(row.crossingLatestMs))
            : QCoreApplication::translate("Engine", "from %1 on").arg(when(row.crossingEarliestMs));
        text = QCoreApplication::translate("Engine", "%1 reaches %2 around %3 (%4) in the 48-hour forecast, sooner than "
                                                     "the growth of its daily peaks (%5) suggests.")
                   .arg(metric, limit, when(row.crossingMs), interval, rate);
    } else {
        text = QCoreApplication::translate("Engine", "%1 may reach %2 from %3 on: the upper edge of the 48-hour "
                                                     "forecast's band reaches it (daily peaks: %4).")
                   .arg(metric, limit, when(row.crossingEarliestMs), rate);
    }
    if (row.replicasApply)
        text += u" "_s
            + QCoreApplication::translate("Engine", "%1 needed for the peak of those 48 hours.")
                  .arg(Analysis::CapacityPlanner::replicasText(p.replicasNeeded, p.replicasLow, p.replicasHigh));
    return text;
}

CapacityRow planCapacity(const AnalysisInput &input, const Model::Service &service, MetricKind kind,
                         const Analysis::RegularSeries &hourly, int replicasNow, const SeriesAnalysis *shortTerm)
{
    CapacityRow row;
    row.serviceId = service.id;
    row.kind = kind;
    // Load spreads over replicas; a volume fills and a leak grows whatever their number.
    row.replicasApply = kind == MetricKind::Cpu;
    const double limit = service.thresholds[kind].degraded;
    if (!std::isfinite(limit)) {
        row.error = QCoreApplication::translate("Engine", "no limit set for this metric");
        return row;
    }
    Analysis::CapacityPlanner::Request request;
    request.limit = limit;
    request.replicasNow = std::max(1, replicasNow);
    request.horizonDays = input.settings.capacityHorizonDays;
    request.metricName = peakName(kind);
    request.unit = Model::metricUnitSuffix(kind);
    // A volume fills by what is written each day; load (and what it drives) compounds.
    request.growth = kind == MetricKind::Disk ? Analysis::CapacityPlanner::Growth::Linear
                                              : Analysis::CapacityPlanner::Growth::Exponential;
    auto projection = Analysis::CapacityPlanner().project(hourly, request);
    if (!projection.ok()) {
        row.error = projection.error().message;
        return row;
    }
    row.ok = true;
    row.projection = std::move(projection).value();
    if (shortTerm) {
        std::vector<double> day;
        const qsizetype perDay = qsizetype(24 * 3600 * 1000 / std::max<qint64>(1, shortTerm->history.stepMs));
        for (qsizetype i = std::max<qsizetype>(0, shortTerm->history.size() - perDay); i < shortTerm->history.size(); ++i)
            if (std::isfinite(shortTerm->history.values[size_t(i)]))
                day.push_back(shortTerm->history.values[size_t(i)]);
        if (!day.empty()) {
            const auto at = day.begin() + qsizetype(0.95 * double(day.size() - 1));
            std::nth_element(day.begin(), at, day.end());
            row.recentPeak = *at;
        }
    }
    if (!row.replicasApply) {
        row.projection.replicasNeeded = row.projection.replicasNow;
        row.projection.replicasLow = row.projection.replicasHigh = row.projection.replicasNow;
    }
    // The sooner of the two views wins: months of daily peaks, or the 48-hour
    // forecast (which sees a leak that started yesterday, or Friday's peak).
    const Analysis::CapacityProjection &p = row.projection;
    const bool shortOk = shortTerm && shortTerm->forecastOk && !p.alreadyAbove;
    const qint64 shortPoint = shortOk ? shortTerm->limitCrossingMs : 0;
    const qint64 shortBand = shortOk ? shortTerm->limitCrossingEarliestMs : 0;
    const auto useShort = [&] {
        row.basis = CapacityRow::Basis::ShortForecast;
        row.crossingMs = shortTerm->limitCrossingMs;
        row.crossingEarliestMs = shortTerm->limitCrossingEarliestMs;
        row.crossingLatestMs = shortTerm->limitCrossingLatestMs;
        // The replicas and the sentence follow the view whose crossing is shown.
        if (row.replicasApply)
            sizeByShortForecast(row.projection, shortTerm->forecast);
        row.projection.explanation = shortTermExplanation(row, input.nowMs);
    };
    if (p.alreadyAbove)
        return row;
    if (shortPoint > 0 && (!p.crosses || shortPoint < p.crossingMs)) {
        useShort();
    } else if (p.crosses) {
        row.crossingMs = p.crossingMs;
        row.crossingEarliestMs = p.crossingEarliestMs;
        row.crossingLatestMs = p.crossingLatestMs;
    } else if (shortBand > 0) {
        useShort(); // only the band reaches the limit, within 48 hours
    } else {
        row.crossingEarliestMs = p.crossingEarliestMs; // only the band, within months (or never)
    }
    return row;
}

} // namespace

QVector<MetricKind> AnalysisJob::fineKinds(const AnalysisRequest &request)
{
    QVector<MetricKind> kinds =
        request.forecastKinds.isEmpty() ? AnalysisRequest::defaultForecastKinds() : request.forecastKinds;
    if (request.capacity) {
        for (MetricKind k : kCapacityKinds)
            if (!kinds.contains(k))
                kinds.append(k);
    }
    return kinds;
}

QVector<MetricKind> AnalysisJob::coarseKinds(const AnalysisRequest &request)
{
    QVector<MetricKind> kinds;
    if (request.capacity)
        kinds = {kCapacityKinds.begin(), kCapacityKinds.end()};
    if (request.cost)
        kinds.append(MetricKind::Replicas);
    return kinds;
}

AnalysisResultPtr AnalysisJob::run(const AnalysisInput &input, const std::atomic<bool> &cancelled,
                                   const Progress &progress)
{
    const double started = threadCpuMs();
    auto result = std::make_shared<AnalysisResult>();
    result->requestId = input.requestId;
    result->request = input.request;
    result->nowMs = input.nowMs;
    result->dataEndMs = input.fineToMs;
    result->pricePerReplicaHour = input.settings.pricePerReplicaHour;
    result->currency = input.settings.currency;
    result->settings = input.settings;
    for (const HistoryResultPtr &h : {input.fine, input.coarse}) {
        if (h && h->stale) {
            result->stale = true;
            result->message = h->message;
        }
    }

    const QVector<MetricKind> requested =
        input.request.forecastKinds.isEmpty() ? AnalysisRequest::defaultForecastKinds() : input.request.forecastKinds;
    const QVector<MetricKind> fine = fineKinds(input.request);
    const int total = int(input.services.size()) * int(fine.size() + (input.request.capacity ? 1 : 0)
                                                       + (input.request.cost ? 1 : 0));
    int done = 0;
    const auto step = [&] {
        ++done;
        if (progress)
            progress(done, total);
    };

    for (const Model::Service &service : input.services) {
        for (MetricKind kind : fine) {
            if (cancelled.load())
                return nullptr;
            Analysis::RegularSeries grid;
            if (const Store::StoredSeries *stored = findStored(input.fine, service.id, kind))
                grid = AnomalyEvidence::toGrid(*stored, input.fineFromMs, input.fineToMs, kFineStepMs);
            else
                grid = AnomalyEvidence::toGrid({}, input.fineFromMs, input.fineToMs, kFineStepMs);
            // Capacity-only metrics are analysed only where the service has them (disk).
            if (requested.contains(kind) || hasData(grid))
                result->series.append(analyseSeries(input, service, kind, std::move(grid)));
            step();
        }

        int replicasNow = 1;
        Analysis::RegularSeries replicas;
        if (const Store::StoredSeries *stored = findStored(input.coarse, service.id, MetricKind::Replicas))
            replicas = AnomalyEvidence::toGrid(*stored, input.coarseFromMs, input.coarseToMs, kCoarseStepMs);
        if (const double r = lastFinite(replicas); std::isfinite(r))
            replicasNow = int(std::lround(r));

        if (input.request.capacity) {
            if (cancelled.load())
                return nullptr;
            for (MetricKind kind : kCapacityKinds) {
                const Store::StoredSeries *stored = findStored(input.coarse, service.id, kind);
                const Analysis::RegularSeries hourly =
                    AnomalyEvidence::toGrid(stored ? *stored : Store::StoredSeries{}, input.coarseFromMs,
                                            input.coarseToMs, kCoarseStepMs);
                if (kind == MetricKind::Disk && !hasData(hourly))
                    continue; // no volume
                result->capacity.append(
                    planCapacity(input, service, kind, hourly, replicasNow, result->find(service.id, kind)));
            }
            step();
        }

        if (input.request.cost) {
            if (cancelled.load())
                return nullptr;
            ServiceCost cost;
            cost.serviceId = service.id;
            cost.replicasNow = lastFinite(replicas);
            if (!hasData(replicas)) {
                cost.error = QCoreApplication::translate("Engine", "no replica counts in the last %n day(s)",
                                                         nullptr, input.settings.capacityHistoryDays);
            } else if (auto forecast = Analysis::CostForecaster().forecast(replicas, input.settings.pricePerReplicaHour);
                       forecast.ok()) {
                cost.ok = true;
                cost.cost = std::move(forecast).value();
            } else {
                cost.error = forecast.error().message;
            }
            result->costs.append(cost);
            step();
        }
    }

    if (input.request.cost) {
        std::vector<Analysis::CostForecast> parts;
        for (const ServiceCost &c : std::as_const(result->costs))
            if (c.ok)
                parts.push_back(c.cost);
        result->projectCostOk = !parts.empty();
        if (result->projectCostOk) {
            result->projectCost = Analysis::CostForecaster::sum(parts);
            result->projectCost.pricePerReplicaHour = input.settings.pricePerReplicaHour;
        }
    }
    result->cpuMs = threadCpuMs() - started;
    return result;
}

} // namespace Engine
