#pragma once

#include "core/analysis/analysistypes.h"

#include <QString>

#include <vector>

namespace Analysis {

// The accuracy evaluation behind docs/analysis.md: a fixed suite of synthetic series
// with known components (several daily shapes, weekends, trends, noise levels and
// kinds, gaps) on which the forecaster is compared with seasonal naive and classical
// Holt-Winters, and the anomaly detector is scored on injected spikes, dips, level
// shifts and variance changes and on clean series for false alarms.
class AnalysisEvaluation final
{
public:
    struct ForecastFigures
    {
        int series = 0;
        double mase = 0, smape = 0, coverage = 0;      // ours
        double maseNaive = 0, smapeNaive = 0;          // seasonal naive (daily period)
        double maseHoltWinters = 0, smapeHoltWinters = 0;
        int winsOverNaive = 0, winsOverHoltWinters = 0; // series where our MASE is lower
        double worstCoverage = 1;
        // Coverage over three rolling origins a horizon apart (the last one included):
        // one origin sees one part of the week, and a band is judged over all of it.
        double rollingCoverage = 0;
        // The same figures per family of series (step x noise kind, and per shape), so a
        // band that is right on average but wrong for one kind of metric shows.
        struct Family
        {
            QString name;
            int series = 0;
            double coverage = 0, mase = 0, maseNaive = 0, smape = 0;
            double rollingCoverage = 0;
            double inside = 0, points = 0; // accumulated for coverage
            double rollingInside = 0, rollingPoints = 0;
        };
        std::vector<Family> families;
    };

    struct AnomalyFigures
    {
        int events = 0;
        int detected = 0;
        int falseAlarms = 0;          // alarm onsets outside any labelled window
        double precision = 0, recall = 0, f1 = 0;
        double cleanFalseAlarmsPerDay = 0; // on the series without anomalies
        std::vector<std::pair<QString, double>> recallByKind;
        std::vector<std::pair<QString, int>> falseAlarmsByKind; // in the series carrying that kind
        // False alarm onsets per background noise (Gaussian 3%, Gaussian 10%, Student-t),
        // over the clean and the injected series: where the precision goes.
        std::vector<std::pair<QString, int>> falseAlarmsByNoise;
    };

    static ForecastFigures forecastSuite();
    static AnomalyFigures anomalySuite(double threshold = 0.5);
    static QString describe(const ForecastFigures &f);
    static QString describe(const AnomalyFigures &a);

    // Additive Holt-Winters with period m, parameters by one-step squared error on a
    // small grid: the "classical exponential smoothing" baseline.
    static std::vector<double> holtWinters(const double *x, qsizetype n, int m, int horizon);
};

} // namespace Analysis
