#pragma once

#include "core/analysis/analysistypes.h"

#include <cstdint>

namespace Analysis {

// Deterministic synthetic metric series with known components, for evaluations,
// benchmarks and tests: a daily shape, an optional weekly (weekend) effect, trend,
// noise (Gaussian or heavy-tailed), multiplicative or additive composition, missing
// samples, and injected anomalies whose positions are returned as labels.
class SyntheticSeries final
{
public:
    enum class Shape { Sine, Traffic, Batch };
    enum class Noise { Gaussian, HeavyTailed };
    enum class AnomalyKind { Spike, Dip, LevelShift, VarianceChange };

    struct Spec
    {
        qsizetype length = 4032;
        qint64 stepMs = 300'000;
        double level = 100;
        Shape shape = Shape::Traffic;
        double dailyAmplitude = 0.4;  // relative to the level
        double weekendFactor = 1.0;   // 1 = no weekly effect, 0.6 = weekends at 60%
        double trendPerDay = 0.0;     // relative growth per day
        double noise = 0.05;          // relative standard deviation
        Noise noiseKind = Noise::Gaussian;
        bool multiplicative = true;
        double missingFraction = 0.0;
        std::uint64_t seed = 1;
    };

    struct Label
    {
        AnomalyKind kind;
        qsizetype start = 0;
        qsizetype length = 1; // points affected (a level shift lasts to the end)
    };

    static RegularSeries make(const Spec &spec);
    // Injects an anomaly in place and returns its label. `size` is in noise standard deviations.
    static Label inject(RegularSeries &series, const Spec &spec, AnomalyKind kind, qsizetype at, double size);
    static const char *kindName(AnomalyKind kind);
};

} // namespace Analysis
