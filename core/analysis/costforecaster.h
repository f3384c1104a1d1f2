#pragma once

#include "core/analysis/analysistypes.h"
#include "core/util/result.h"

#include <QTimeZone>

namespace Analysis {

// Cost for the next 7 days and to the end of the month, per service and summed per
// project. Until providers' price lists are modelled, cost = replica-hours x a price per
// replica-hour: the replica count is resampled to hourly means, forecast with the
// Forecaster (daily / weekly autoscaling patterns included), and integrated. The band
// adds up the hourly bands, i.e. assumes the forecast errors of one series move
// together (the level error dominates over days), which errs on the wide side.
class CostForecaster final
{
public:
    // `replicas`: replica count over time (any step up to an hour); `nowMs` defaults to
    // the last sample.
    Util::Result<CostForecast> forecast(const RegularSeries &replicas, double pricePerReplicaHour,
                                        qint64 nowMs = 0) const;
    // The same with calendar months in `zone` (the operator's time zone): the month
    // ends at local midnight, and an hour cut by the month's end counts pro rata.
    Util::Result<CostForecast> forecast(const RegularSeries &replicas, double pricePerReplicaHour, qint64 nowMs,
                                        const QTimeZone &zone) const;

    // A project's cost: the sum of its services' forecasts.
    static CostForecast sum(const std::vector<CostForecast> &services);

    // Mean per bucket of `stepMs` (a multiple of the series' step); empty buckets NaN.
    static RegularSeries resample(const RegularSeries &series, qint64 stepMs);
};

} // namespace Analysis
