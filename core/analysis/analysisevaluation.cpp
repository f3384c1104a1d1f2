#include "core/analysis/analysisevaluation.h"

#include "core/analysis/anomalydetector.h"
#include "core/analysis/backtester.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/syntheticseries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {

using Spec = SyntheticSeries::Spec;
using Shape = SyntheticSeries::Shape;
using Kind = SyntheticSeries::AnomalyKind;

struct Case
{
    Spec spec;
    int horizon = 0;
    int dailyPeriod = 0;
};

const char *shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Sine: return "sine";
    case Shape::Traffic: return "traffic";
    case Shape::Batch: return "batch";
    }
    return "?";
}

// The families a forecast case belongs to: its step and noise kind, and its shape.
std::vector<QString> familiesOf(const Spec &spec)
{
    const QString step = spec.stepMs == 300'000 ? u"5-min"_s : u"hourly"_s;
    const QString noise = spec.noiseKind == SyntheticSeries::Noise::Gaussian ? u"gaussian"_s : u"student-t"_s;
    return {step + u'/' + noise, QString::fromLatin1(shapeName(spec.shape))};
}

std::vector<Case> forecastCases()
{
    std::vector<Case> cases;
    std::uint64_t seed = 11;
    for (int freq = 0; freq < 2; ++freq)
        for (Shape shape : {Shape::Sine, Shape::Traffic, Shape::Batch})
            for (double weekend : {1.0, 0.6})
                for (double trend : {0.0, 0.015})
                    for (int noise = 0; noise < 2; ++noise) {
                        Case c;
                        c.spec.stepMs = freq == 0 ? 300'000 : 3'600'000;
                        c.spec.length = freq == 0 ? 4032 : 24 * 35;
                        c.horizon = freq == 0 ? 576 : 48;
                        c.dailyPeriod = freq == 0 ? 288 : 24;
                        c.spec.shape = shape;
                        c.spec.weekendFactor = weekend;
                        c.spec.trendPerDay = trend;
                        c.spec.noise = noise == 0 ? 0.03 : 0.12;
                        c.spec.noiseKind = noise == 0 ? SyntheticSeries::Noise::Gaussian
                                                      : SyntheticSeries::Noise::HeavyTailed;
                        c.spec.multiplicative = shape != Shape::Sine;
                        c.spec.missingFraction = (seed % 3 == 0) ? 0.02 : 0.0;
                        c.spec.seed = seed++;
                        cases.push_back(c);
                    }
    return cases;
}

double smapeOf(const std::vector<double> &y, const std::vector<double> &f)
{
    double s = 0;
    int c = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        if (std::isnan(y[i]))
            continue;
        const double d = std::abs(y[i]) + std::abs(f[i]);
        if (d > 0) {
            s += 200.0 * std::abs(y[i] - f[i]) / d;
            ++c;
        }
    }
    return c ? s / c : 0.0;
}

double maeOf(const std::vector<double> &y, const std::vector<double> &f)
{
    double s = 0;
    int c = 0;
    for (size_t i = 0; i < y.size(); ++i)
        if (!std::isnan(y[i])) {
            s += std::abs(y[i] - f[i]);
            ++c;
        }
    return c ? s / c : 0.0;
}

} // namespace

std::vector<double> AnalysisEvaluation::holtWinters(const double *xIn, qsizetype n, int m, int horizon)
{
    std::vector<double> x(xIn, xIn + n);
    double last = kMissing;
    for (double &v : x) // carry the last value over gaps
        v = std::isnan(v) ? last : (last = v);
    const double firstFinite = *std::find_if(x.begin(), x.end(), [](double v) { return !std::isnan(v); });
    for (double &v : x)
        if (std::isnan(v))
            v = firstFinite;
    std::vector<double> out(static_cast<size_t>(horizon));
    if (n < 2 * m) {
        std::fill(out.begin(), out.end(), x.back());
        return out;
    }
    const double mean1 = std::accumulate(x.begin(), x.begin() + m, 0.0) / m;
    const double mean2 = std::accumulate(x.begin() + m, x.begin() + 2 * m, 0.0) / m;
    double bestSse = std::numeric_limits<double>::infinity();
    for (double alpha : {0.05, 0.2, 0.5, 0.8})
        for (double beta : {0.0, 0.01, 0.05})
            for (double gamma : {0.05, 0.2, 0.5}) {
                double l = mean1, b = (mean2 - mean1) / m, sse = 0;
                std::vector<double> s(static_cast<size_t>(m));
                for (int j = 0; j < m; ++j)
                    s[size_t(j)] = x[size_t(j)] - mean1;
                for (qsizetype i = m; i < n; ++i) {
                    double &sj = s[size_t(i % m)];
                    const double e = x[size_t(i)] - (l + b + sj);
                    sse += e * e;
                    const double lNew = alpha * (x[size_t(i)] - sj) + (1 - alpha) * (l + b);
                    b = beta * (lNew - l) + (1 - beta) * b;
                    sj = gamma * (x[size_t(i)] - lNew) + (1 - gamma) * sj;
                    l = lNew;
                }
                if (sse < bestSse) {
                    bestSse = sse;
                    for (int h = 1; h <= horizon; ++h)
                        out[size_t(h - 1)] = l + h * b + s[size_t((n + h - 1) % m)];
                }
            }
    return out;
}

AnalysisEvaluation::ForecastFigures AnalysisEvaluation::forecastSuite()
{
    ForecastFigures f;
    Forecaster forecaster;
    double inside = 0, points = 0, rollingInside = 0, rollingPoints = 0;
    // Share of the actual values inside the band of a forecast made `back` horizons
    // before the end of the series: {inside, points}.
    auto coverageAt = [&](const RegularSeries &full, int horizon, int back) {
        const qsizetype train = full.size() - qsizetype(horizon) * (back + 1);
        RegularSeries history{full.startMs, full.stepMs,
                              std::vector<double>(full.values.begin(), full.values.begin() + train)};
        ForecastOptions options;
        options.horizon = horizon;
        const auto fc = forecaster.forecast(history, options);
        std::pair<double, double> r{0, 0};
        if (!fc.ok())
            return r;
        for (int h = 0; h < horizon; ++h) {
            const double y = full.values[size_t(train + h)];
            if (std::isnan(y))
                continue;
            r.second += 1;
            r.first += (y >= fc->lower[size_t(h)] && y <= fc->upper[size_t(h)]) ? 1 : 0;
        }
        return r;
    };
    for (const Case &c : forecastCases()) {
        const RegularSeries full = SyntheticSeries::make(c.spec);
        const qsizetype train = full.size() - c.horizon;
        RegularSeries history{full.startMs, full.stepMs,
                              std::vector<double>(full.values.begin(), full.values.begin() + train)};
        const std::vector<double> actual(full.values.begin() + train, full.values.end());
        ForecastOptions options;
        options.horizon = c.horizon;
        auto fc = forecaster.forecast(history, options);
        if (!fc.ok())
            continue;
        const double scale = Backtester::naiveScale(history.values.data(), train, c.dailyPeriod);
        const std::vector<double> naive =
            Backtester::seasonalNaive(history.values.data(), train, c.dailyPeriod, c.horizon);
        const std::vector<double> hw = holtWinters(history.values.data(), train, c.dailyPeriod, c.horizon);
        const double ours = maeOf(actual, fc->point) / scale;
        const double base = maeOf(actual, naive) / scale;
        const double classic = maeOf(actual, hw) / scale;
        f.mase += ours;
        f.maseNaive += base;
        f.maseHoltWinters += classic;
        f.smape += smapeOf(actual, fc->point);
        f.smapeNaive += smapeOf(actual, naive);
        f.smapeHoltWinters += smapeOf(actual, hw);
        f.winsOverNaive += ours < base ? 1 : 0;
        f.winsOverHoltWinters += ours < classic ? 1 : 0;
        double in = 0, pts = 0;
        for (size_t i = 0; i < actual.size(); ++i)
            if (!std::isnan(actual[i])) {
                pts += 1;
                in += (actual[i] >= fc->lower[i] && actual[i] <= fc->upper[i]) ? 1 : 0;
            }
        inside += in;
        points += pts;
        double rIn = in, rPts = pts;
        for (int back = 1; back <= 2; ++back) {
            const auto [i2, p2] = coverageAt(full, c.horizon, back);
            rIn += i2;
            rPts += p2;
        }
        rollingInside += rIn;
        rollingPoints += rPts;
        for (const QString &name : familiesOf(c.spec)) {
            auto it = std::find_if(f.families.begin(), f.families.end(),
                                   [&](const ForecastFigures::Family &x) { return x.name == name; });
            if (it == f.families.end()) {
                f.families.push_back({name});
                it = f.families.end() - 1;
            }
            ++it->series;
            it->mase += ours;
            it->maseNaive += base;
            it->smape += smapeOf(actual, fc->point);
            it->inside += in;
            it->points += pts;
            it->rollingInside += rIn;
            it->rollingPoints += rPts;
        }
        f.worstCoverage = std::min(f.worstCoverage, pts > 0 ? in / pts : 1.0);
        ++f.series;
    }
    if (f.series > 0) {
        const double k = f.series;
        f.mase /= k, f.maseNaive /= k, f.maseHoltWinters /= k;
        f.smape /= k, f.smapeNaive /= k, f.smapeHoltWinters /= k;
        f.coverage = points > 0 ? inside / points : 0;
        f.rollingCoverage = rollingPoints > 0 ? rollingInside / rollingPoints : 0;
    }
    for (ForecastFigures::Family &fam : f.families) {
        fam.coverage = fam.points > 0 ? fam.inside / fam.points : 0;
        fam.rollingCoverage = fam.rollingPoints > 0 ? fam.rollingInside / fam.rollingPoints : 0;
        fam.mase /= std::max(1, fam.series);
        fam.maseNaive /= std::max(1, fam.series);
        fam.smape /= std::max(1, fam.series);
    }
    return f;
}

AnalysisEvaluation::AnomalyFigures AnalysisEvaluation::anomalySuite(double threshold)
{
    AnomalyFigures a;
    struct KindCount { Kind kind; double size; int events = 0, hits = 0, falseAlarms = 0; };
    std::vector<KindCount> kinds{{Kind::Spike, 8.0}, {Kind::Dip, 8.0}, {Kind::LevelShift, 5.0},
                                 {Kind::VarianceChange, 4.0}};
    double cleanDays = 0;
    int cleanAlarms = 0;
    std::array<int, 3> byNoise{};
    std::uint64_t seed = 101;
    for (int freq = 0; freq < 2; ++freq)
        for (Shape shape : {Shape::Sine, Shape::Traffic, Shape::Batch})
            for (double weekend : {1.0, 0.6})
                for (int noiseCase = 0; noiseCase < 3; ++noiseCase) {
                    const double noise = noiseCase == 0 ? 0.03 : 0.1;
                    Spec spec;
                    // Real metrics are heavy-tailed: one background in three is Student-t.
                    spec.noiseKind = noiseCase == 2 ? SyntheticSeries::Noise::HeavyTailed
                                                    : SyntheticSeries::Noise::Gaussian;
                    spec.stepMs = freq == 0 ? 300'000 : 3'600'000;
                    spec.length = freq == 0 ? 4032 : 24 * 60;
                    spec.shape = shape;
                    spec.weekendFactor = weekend;
                    spec.noise = noise;
                    spec.multiplicative = false;
                    spec.trendPerDay = 0.005;
                    spec.seed = seed++;
                    const RegularSeries clean = SyntheticSeries::make(spec);
                    const qint64 dayPoints = 86'400'000 / spec.stepMs;
                    // Clean series: every alarm onset is a false alarm.
                    {
                        const std::vector<double> sc = AnomalyDetector::scoreSeries(clean);
                        bool on = false;
                        for (double v : sc) {
                            if (v >= threshold && !on) {
                                ++cleanAlarms;
                                ++byNoise[size_t(noiseCase)];
                            }
                            on = v >= threshold;
                        }
                        cleanDays += double(clean.size()) / double(dayPoints);
                    }
                    for (KindCount &kc : kinds) {
                        RegularSeries s = clean;
                        const qsizetype at = s.size() * 3 / 4 + qsizetype(spec.seed % 37);
                        const SyntheticSeries::Label label = SyntheticSeries::inject(s, spec, kc.kind, at, kc.size);
                        const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
                        const qsizetype tolerance = kc.kind == Kind::Spike || kc.kind == Kind::Dip ? 3 : 24;
                        const qsizetype windowEnd = label.start + std::max<qsizetype>(tolerance, kc.kind == Kind::VarianceChange ? label.length : 0);
                        bool hit = false, on = false;
                        for (qsizetype i = 0; i < qsizetype(sc.size()); ++i) {
                            const bool alarm = sc[size_t(i)] >= threshold;
                            const bool inWindow = i >= label.start && i <= windowEnd;
                            if (alarm && inWindow)
                                hit = true;
                            else if (alarm && !on && !inWindow) {
                                ++a.falseAlarms;
                                ++kc.falseAlarms;
                                ++byNoise[size_t(noiseCase)];
                            }
                            on = alarm;
                        }
                        ++kc.events;
                        kc.hits += hit ? 1 : 0;
                    }
                }
    for (const KindCount &kc : kinds) {
        a.events += kc.events;
        a.detected += kc.hits;
        a.recallByKind.emplace_back(QString::fromLatin1(SyntheticSeries::kindName(kc.kind)),
                                    kc.events ? double(kc.hits) / kc.events : 0.0);
        a.falseAlarmsByKind.emplace_back(QString::fromLatin1(SyntheticSeries::kindName(kc.kind)), kc.falseAlarms);
    }
    a.falseAlarmsByNoise = {{u"gaussian-3%"_s, byNoise[0]}, {u"gaussian-10%"_s, byNoise[1]}, {u"student-t"_s, byNoise[2]}};
    a.recall = a.events ? double(a.detected) / a.events : 0;
    a.precision = a.detected + a.falseAlarms ? double(a.detected) / (a.detected + a.falseAlarms) : 0;
    a.f1 = a.precision + a.recall > 0 ? 2 * a.precision * a.recall / (a.precision + a.recall) : 0;
    a.cleanFalseAlarmsPerDay = cleanDays > 0 ? cleanAlarms / cleanDays : 0;
    return a;
}

namespace {

QString describeFamilies(const AnalysisEvaluation::ForecastFigures &f)
{
    QString out;
    for (const auto &fam : f.families)
        out += u"\n  family %1: %2 series | coverage %3, over 3 rolling origins %7 | MASE %4 (seasonal naive %5) | sMAPE %6%"_s
                   .arg(fam.name, -16)
                   .arg(fam.series)
                   .arg(fam.coverage, 0, 'f', 3)
                   .arg(fam.mase, 0, 'f', 3)
                   .arg(fam.maseNaive, 0, 'f', 3)
                   .arg(fam.smape, 0, 'f', 2)
                   .arg(fam.rollingCoverage, 0, 'f', 3);
    return out;
}

} // namespace

QString AnalysisEvaluation::describe(const ForecastFigures &f)
{
    return u"forecast suite: %1 series | MASE %2 (seasonal naive %3, Holt-Winters %4) | sMAPE %5% (%6%, %7%) | "
           "wins vs naive %8/%1, vs HW %9/%1 | 95% coverage %10 (worst series %11), over 3 rolling origins %12"_s
        .arg(f.series)
        .arg(f.mase, 0, 'f', 3).arg(f.maseNaive, 0, 'f', 3).arg(f.maseHoltWinters, 0, 'f', 3)
        .arg(f.smape, 0, 'f', 2).arg(f.smapeNaive, 0, 'f', 2).arg(f.smapeHoltWinters, 0, 'f', 2)
        .arg(f.winsOverNaive).arg(f.winsOverHoltWinters)
        .arg(f.coverage, 0, 'f', 3).arg(f.worstCoverage, 0, 'f', 3).arg(f.rollingCoverage, 0, 'f', 3)
        + describeFamilies(f);
}

QString AnalysisEvaluation::describe(const AnomalyFigures &a)
{
    QString kinds;
    for (const auto &[name, recall] : a.recallByKind)
        kinds += u" %1 %2"_s.arg(name).arg(recall, 0, 'f', 2);
    kinds += u" | false alarms by kind:"_s;
    for (const auto &[name, count] : a.falseAlarmsByKind)
        kinds += u" %1 %2"_s.arg(name).arg(count);
    kinds += u" | false alarms by background (clean and injected series):"_s;
    for (const auto &[name, count] : a.falseAlarmsByNoise)
        kinds += u" %1 %2"_s.arg(name).arg(count);
    return u"anomaly suite: %1 events, %2 detected | precision %3 recall %4 F1 %5 | false alarms %6, "
           "on clean series %7/day | recall by kind:%8"_s
        .arg(a.events).arg(a.detected)
        .arg(a.precision, 0, 'f', 3).arg(a.recall, 0, 'f', 3).arg(a.f1, 0, 'f', 3)
        .arg(a.falseAlarms).arg(a.cleanFalseAlarmsPerDay, 0, 'f', 3).arg(kinds);
}

} // namespace Analysis
