#pragma once

#include "core/engine/predictions.h"

#include <QLocale>
#include <QString>

namespace Engine {

// How far an operator can rely on a forecast, from its backtest.
enum class ForecastTrust { Unchecked, Low, Medium, High };

// The words the analysis speaks, in the current language: one place, so the
// overview, the predictions view and later reports say the same thing.
class PredictionText final
{
public:
    static ForecastTrust trust(const Analysis::Accuracy &accuracy);
    static QString trustLabel(ForecastTrust trust);
    // Figures and what they mean, in one or two sentences.
    static QString accuracySummary(const Analysis::Accuracy &accuracy, const QLocale &locale = QLocale());

    // "p95 latency 3.2× its usual at this hour"
    static QString anomalyHeadline(const AnomalyAlert &alert, const QLocale &locale = QLocale());
    // "812 ms at 14:05; expected 250 ms (95% band 180–330 ms); score 0.93"
    static QString anomalyEvidence(const AnomalyAlert &alert, const QLocale &locale = QLocale());
    // "Memory reaches 85% around 23:40 (between 21:10 and 02:30)"
    static QString limitWarning(const LimitWarning &warning, const QLocale &locale = QLocale());

    // The capacity row in a sentence (the planner's, without replicas where they
    // do not help), and its growth: relative for load, in points for a filling volume.
    static QString capacityExplanation(const CapacityRow &row, const QLocale &locale = QLocale());
    static QString capacityGrowth(const CapacityRow &row, const QLocale &locale = QLocale());

    // A moment shown to the operator: the time alone when it is today (by the
    // engine's clock), otherwise date and time.
    static QString moment(qint64 ms, qint64 nowMs, const QLocale &locale = QLocale());
    static QString date(qint64 ms, const QLocale &locale = QLocale());
    static QString money(double amount, const QString &currency, const QLocale &locale = QLocale());
    // "+8.0%" per month
    static QString growth(double perMonth, const QLocale &locale = QLocale());
};

} // namespace Engine
