#include "core/analysis/syntheticseries.h"

#include <cmath>
#include <numbers>
#include <random>

namespace Analysis {

namespace {

// Value of the daily shape (mean about 0, peak about +1) at a phase in [0,1).
double dailyShape(SyntheticSeries::Shape shape, double phase)
{
    using std::numbers::pi;
    switch (shape) {
    case SyntheticSeries::Shape::Sine:
        return std::sin(2 * pi * phase);
    case SyntheticSeries::Shape::Traffic: {
        // Quiet night, a morning ramp, a lunch dip, an evening peak.
        const double morning = std::exp(-std::pow((phase - 0.42) / 0.09, 2));
        const double evening = 1.2 * std::exp(-std::pow((phase - 0.8) / 0.07, 2));
        const double day = 0.6 * std::exp(-std::pow((phase - 0.6) / 0.2, 2));
        return morning + evening + day - 0.45;
    }
    case SyntheticSeries::Shape::Batch:
        // A flat base with a sharp nightly batch job and a small noon bump.
        return (phase > 0.08 && phase < 0.12 ? 2.0 : 0.0) + 0.4 * std::exp(-std::pow((phase - 0.5) / 0.1, 2)) - 0.15;
    }
    return 0;
}

} // namespace

RegularSeries SyntheticSeries::make(const Spec &spec)
{
    RegularSeries s;
    s.startMs = 1'767'225'600'000LL; // 2026-01-01 00:00:00 UTC, a Thursday
    s.stepMs = spec.stepMs;
    s.values.resize(size_t(spec.length));
    std::mt19937_64 rng(spec.seed);
    std::normal_distribution<double> gauss(0.0, 1.0);
    std::student_t_distribution<double> heavy(3.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    constexpr double kDayMs = 86'400'000.0;
    for (qsizetype i = 0; i < spec.length; ++i) {
        const qint64 t = s.timeAt(i);
        const double days = double(t - s.startMs) / kDayMs;
        const double phase = std::fmod(double(t) / kDayMs, 1.0);
        // Weekend weight 0..1 with six-hour cosine ramps around Saturday and Monday midnight.
        const double weekPos = std::fmod(double(t) / kDayMs + 3.0, 7.0); // 0 = Monday 00:00
        double weekend = weekPos >= 5.125 && weekPos < 6.875 ? 1.0 : 0.0;
        if (weekPos >= 4.875 && weekPos < 5.125)
            weekend = 0.5 - 0.5 * std::cos(std::numbers::pi * (weekPos - 4.875) / 0.25);
        else if (weekPos >= 6.875)
            weekend = 0.5 + 0.5 * std::cos(std::numbers::pi * (weekPos - 6.875) / 0.25);
        else if (weekPos < 0.125) // the Monday-morning half of the ramp
            weekend = 0.5 - 0.5 * std::cos(std::numbers::pi * (0.125 - weekPos) / 0.25);
        const double week = 1.0 - (1.0 - spec.weekendFactor) * weekend;
        const double trend = 1.0 + spec.trendPerDay * days;
        const double seasonal = 1.0 + spec.dailyAmplitude * dailyShape(spec.shape, phase);
        const double e = spec.noiseKind == Noise::Gaussian ? gauss(rng) : heavy(rng) / std::sqrt(3.0);
        double v;
        if (spec.multiplicative)
            v = spec.level * trend * week * seasonal * std::max(0.05, 1.0 + spec.noise * e);
        else
            v = spec.level * (trend + (week - 1.0) + (seasonal - 1.0) + spec.noise * e);
        if (spec.missingFraction > 0 && unit(rng) < spec.missingFraction)
            v = kMissing;
        s.values[size_t(i)] = v;
    }
    return s;
}

SyntheticSeries::Label SyntheticSeries::inject(RegularSeries &series, const Spec &spec, AnomalyKind kind,
                                               qsizetype at, double size)
{
    Label label{kind, at, 1};
    const qsizetype n = series.size();
    const double sd = spec.noise * spec.level;
    std::mt19937_64 rng(spec.seed * 7919 + std::uint64_t(at));
    std::normal_distribution<double> gauss(0.0, 1.0);
    auto add = [&](qsizetype i, double delta) {
        if (i < n && !std::isnan(series.values[size_t(i)]))
            series.values[size_t(i)] = std::max(0.0, series.values[size_t(i)] + delta);
    };
    switch (kind) {
    case AnomalyKind::Spike:
        add(at, size * sd);
        break;
    case AnomalyKind::Dip:
        add(at, -std::min(size * sd, 0.95 * std::abs(series.values[size_t(at)])));
        break;
    case AnomalyKind::LevelShift:
        label.length = n - at;
        for (qsizetype i = at; i < n; ++i)
            add(i, size * sd);
        break;
    case AnomalyKind::VarianceChange:
        label.length = std::min<qsizetype>(n - at, 96);
        for (qsizetype i = at; i < at + label.length; ++i)
            add(i, size * sd * gauss(rng));
        break;
    }
    return label;
}

const char *SyntheticSeries::kindName(AnomalyKind kind)
{
    switch (kind) {
    case AnomalyKind::Spike:
        return "spike";
    case AnomalyKind::Dip:
        return "dip";
    case AnomalyKind::LevelShift:
        return "level shift";
    case AnomalyKind::VarianceChange:
        return "variance change";
    }
    return "";
}

} // namespace Analysis
