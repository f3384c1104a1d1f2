#include "core/actions/forecastadapter.h"

#include "core/analysis/backtester.h"
#include "core/analysis/forecaster.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

Util::Result<ForecastEvidence> forecastTraffic(const QVector<Model::Sample> &history, qint64 stepMs, qint64 horizonMs)
{
    if (history.size() < 2 || stepMs <= 0) {
        return Util::makeError(u"forecast.history"_s,
                               QCoreApplication::translate("Actions", "Not enough traffic history to forecast."));
    }
    // A regular grid from the first sample, gaps as NaN (the forecaster interpolates).
    Analysis::RegularSeries series;
    series.startMs = history.first().t;
    series.stepMs = stepMs;
    const auto n = static_cast<std::size_t>((history.last().t - series.startMs) / stepMs + 1);
    series.values.assign(n, Analysis::kMissing);
    for (const Model::Sample &s : history) {
        const auto i = static_cast<std::size_t>((s.t - series.startMs) / stepMs);
        if (i < n)
            series.values[i] = s.v;
    }
    Analysis::ForecastOptions options;
    options.horizon = static_cast<int>(std::max<qint64>(1, horizonMs / stepMs));
    auto forecast = Analysis::Forecaster().forecast(series, options);
    if (!forecast)
        return forecast.error();
    ForecastEvidence f;
    f.startMs = forecast->startMs;
    f.stepMs = forecast->stepMs;
    f.point = QVector<double>(forecast->point.cbegin(), forecast->point.cend());
    f.lower = QVector<double>(forecast->lower.cbegin(), forecast->lower.cend());
    f.upper = QVector<double>(forecast->upper.cbegin(), forecast->upper.cend());
    const Analysis::Accuracy accuracy = Analysis::Backtester().evaluate(series, options, 3);
    if (accuracy.valid() && std::isfinite(accuracy.smape)) {
        const double coverage = std::isfinite(accuracy.coverage) ? std::min(1.0, accuracy.coverage / 0.95) : 1.0;
        f.accuracy = std::clamp(1.0 - accuracy.smape / 100.0, 0.0, 1.0) * std::clamp(coverage, 0.0, 1.0);
    }
    return f;
}

} // namespace Actions
