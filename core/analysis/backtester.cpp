#include "core/analysis/backtester.h"

#include "core/analysis/forecaster.h"

#include <algorithm>
#include <cmath>

namespace Analysis {

std::vector<double> Backtester::seasonalNaive(const double *history, qsizetype n, int m, int horizon)
{
    std::vector<double> out(size_t(horizon), kMissing);
    if (n <= 0)
        return out;
    double lastFinite = kMissing;
    for (qsizetype i = n - 1; i >= 0 && std::isnan(lastFinite); --i)
        lastFinite = history[i];
    m = int(std::clamp<qsizetype>(m, 1, n));
    for (int h = 0; h < horizon; ++h) {
        const double v = history[n - m + (h % m)];
        out[size_t(h)] = std::isnan(v) ? lastFinite : v;
    }
    return out;
}

double Backtester::naiveScale(const double *history, qsizetype n, int m)
{
    if (m < 1 || n <= m)
        return 0;
    double s = 0;
    qsizetype c = 0;
    for (qsizetype i = m; i < n; ++i) {
        if (std::isnan(history[i]) || std::isnan(history[i - m]))
            continue;
        s += std::abs(history[i] - history[i - m]);
        ++c;
    }
    return c ? s / double(c) : 0.0;
}

Accuracy Backtester::evaluate(const RegularSeries &series, const ForecastOptions &options, int origins) const
{
    Accuracy acc;
    const qsizetype n = series.size();
    if (n < 16 || origins < 1)
        return acc;
    const int test = int(std::min<qsizetype>(options.horizon, std::max<qsizetype>(1, n / 5)));
    const qsizetype minTrain = std::max<qsizetype>(12, n / 2);
    const int k = int(std::min<qsizetype>(origins, (n - minTrain) / test));
    if (k < 1)
        return acc;
    Forecaster forecaster;
    double maseSum = 0, baseSum = 0, smapeSum = 0;
    int maseCount = 0;
    qsizetype inside = 0, points = 0, smapeCount = 0;
    for (int j = k; j >= 1; --j) {
        const qsizetype origin = n - qsizetype(j) * test;
        RegularSeries train{series.startMs, series.stepMs,
                            std::vector<double>(series.values.begin(), series.values.begin() + origin)};
        ForecastOptions o = options;
        o.horizon = test;
        auto fc = forecaster.forecast(train, o);
        if (!fc.ok())
            continue;
        const int m = fc->periods.empty() ? 1 : fc->periods.front();
        const double scale = naiveScale(train.values.data(), origin, m);
        const std::vector<double> naive = seasonalNaive(train.values.data(), origin, m, test);
        double err = 0, errNaive = 0;
        int c = 0;
        for (int h = 0; h < test; ++h) {
            const double y = series.values[size_t(origin + h)];
            if (std::isnan(y))
                continue;
            const double f = fc->point[size_t(h)];
            err += std::abs(y - f);
            errNaive += std::abs(y - naive[size_t(h)]);
            ++c;
            if (y >= fc->lower[size_t(h)] && y <= fc->upper[size_t(h)])
                ++inside;
            const double denom = std::abs(y) + std::abs(f);
            if (denom > 0) {
                smapeSum += 200.0 * std::abs(y - f) / denom;
                ++smapeCount;
            }
        }
        points += c;
        if (c > 0 && scale > 0) {
            maseSum += err / c / scale;
            baseSum += errNaive / c / scale;
            ++maseCount;
        }
        ++acc.origins;
    }
    acc.points = int(points);
    if (maseCount > 0) {
        acc.mase = maseSum / maseCount;
        acc.baselineMase = baseSum / maseCount;
    }
    if (smapeCount > 0)
        acc.smape = smapeSum / double(smapeCount);
    if (points > 0)
        acc.coverage = double(inside) / double(points);
    return acc;
}

} // namespace Analysis
