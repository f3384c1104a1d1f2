#include "core/engine/predictiontext.h"

#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

QString number(double v, int decimals, const QLocale &locale)
{
    return locale.toString(v, 'f', decimals);
}

} // namespace

ForecastTrust PredictionText::trust(const Analysis::Accuracy &a)
{
    if (!a.valid())
        return ForecastTrust::Unchecked;
    const bool beatsBaseline = !std::isfinite(a.baselineMase) || a.mase <= a.baselineMase;
    const double coverage = std::isfinite(a.coverage) ? a.coverage : 0.0;
    // MASE below 1: smaller errors than repeating the last cycle did in-sample.
    if (a.mase <= 0.8 && beatsBaseline && coverage >= 0.85)
        return ForecastTrust::High;
    if (coverage >= 0.7 && (a.mase <= 1.2 || (beatsBaseline && a.mase <= 2.0)))
        return ForecastTrust::Medium;
    return ForecastTrust::Low;
}

QString PredictionText::trustLabel(ForecastTrust trust)
{
    switch (trust) {
    case ForecastTrust::High: return QCoreApplication::translate("Predictions", "High: plan with it");
    case ForecastTrust::Medium: return QCoreApplication::translate("Predictions", "Medium: a rough guide");
    case ForecastTrust::Low: return QCoreApplication::translate("Predictions", "Low: trust the band, not the line");
    case ForecastTrust::Unchecked: break;
    }
    return QCoreApplication::translate("Predictions", "Unchecked: too little history");
}

QString PredictionText::accuracySummary(const Analysis::Accuracy &a, const QLocale &locale)
{
    if (!a.valid())
        return QCoreApplication::translate("Predictions", "Not enough history yet to check this forecast against what happened.");
    QString text = QCoreApplication::translate("Predictions", "Checked on this series' own history (%n backtest(s)): MASE %1", nullptr, a.origins)
                       .arg(number(a.mase, 2, locale));
    if (std::isfinite(a.baselineMase))
        text += u' ' + QCoreApplication::translate("Predictions", "(repeating the last cycle: %1)").arg(number(a.baselineMase, 2, locale));
    if (std::isfinite(a.smape))
        text += u", "_s + QCoreApplication::translate("Predictions", "sMAPE %1%").arg(number(a.smape, 1, locale));
    if (std::isfinite(a.coverage))
        text += u", "_s + QCoreApplication::translate("Predictions", "%1% of actual values inside the 95% band").arg(number(a.coverage * 100.0, 0, locale));
    return text + u'.';
}

QString PredictionText::anomalyHeadline(const AnomalyAlert &alert, const QLocale &locale)
{
    const QString metric = Model::metricKindLabel(alert.kind);
    if (alert.hasExpectation() && std::isfinite(alert.value)) {
        if (alert.expected > 0 && alert.value >= 1.5 * alert.expected)
            return QCoreApplication::translate("Predictions", "%1 %2× its usual at this hour").arg(metric, number(alert.value / alert.expected, 1, locale));
        if (alert.expected > 0 && alert.value >= 0 && alert.value <= alert.expected / 1.5)
            return QCoreApplication::translate("Predictions", "%1 at %2% of its usual at this hour")
                .arg(metric, number(100.0 * alert.value / alert.expected, 0, locale));
        if (alert.value > alert.upper)
            return QCoreApplication::translate("Predictions", "%1 above its usual band at this hour").arg(metric);
        if (alert.value < alert.lower)
            return QCoreApplication::translate("Predictions", "%1 below its usual band at this hour").arg(metric);
    }
    return QCoreApplication::translate("Predictions", "%1 behaves unusually").arg(metric);
}

QString PredictionText::anomalyEvidence(const AnomalyAlert &alert, const QLocale &locale)
{
    const auto value = [&](double v) { return Model::formatMetricValue(alert.kind, v, locale); };
    QString text = QCoreApplication::translate("Predictions", "%1 at %2").arg(value(alert.value), moment(alert.atMs, alert.atMs, locale));
    if (alert.hasExpectation())
        text += u"; "_s
            + QCoreApplication::translate("Predictions", "expected %1 (95% band %2–%3)").arg(value(alert.expected), value(alert.lower), value(alert.upper));
    text += u"; "_s + QCoreApplication::translate("Predictions", "anomaly score %1").arg(number(alert.score, 2, locale));
    if (alert.startMs != alert.endMs)
        text += u"; "_s
            + QCoreApplication::translate("Predictions", "unusual from %1 to %2")
                  .arg(moment(alert.startMs, alert.endMs, locale), moment(alert.endMs, alert.endMs, locale));
    return text;
}

QString PredictionText::limitWarning(const LimitWarning &w, const QLocale &locale)
{
    const QString metric = Model::metricKindLabel(w.kind);
    const QString limit = Model::formatMetricValue(w.kind, w.limit, locale);
    if (w.crossingMs == 0)
        return QCoreApplication::translate("Predictions", "%1 may reach %2 from %3 on (the upper edge of the 95% band)")
            .arg(metric, limit, moment(w.earliestMs, w.earliestMs, locale));
    QString text = QCoreApplication::translate("Predictions", "%1 reaches %2 around %3")
                       .arg(metric, limit, moment(w.crossingMs, w.crossingMs, locale));
    if (w.earliestMs > 0 && w.latestMs > 0 && w.latestMs != w.earliestMs)
        text += u' '
            + QCoreApplication::translate("Predictions", "(between %1 and %2)")
                  .arg(moment(w.earliestMs, w.crossingMs, locale), moment(w.latestMs, w.crossingMs, locale));
    else if (w.earliestMs > 0 && w.earliestMs != w.crossingMs)
        text += u' '
            + QCoreApplication::translate("Predictions", "(from %1 on)").arg(moment(w.earliestMs, w.crossingMs, locale));
    return text;
}

QString PredictionText::capacityGrowth(const CapacityRow &row, const QLocale &locale)
{
    const Analysis::CapacityProjection &p = row.projection;
    if (row.kind == Model::MetricKind::Disk && std::isfinite(p.growthPerMonth) && std::isfinite(p.currentValue)) {
        double points = p.growthPerMonth * p.currentValue;
        if (std::abs(points) < 0.05)
            points = 0.0;
        return QCoreApplication::translate("Predictions", "%1 points/month")
            .arg((points >= 0 ? u"+"_s : QString()) + number(points, 1, locale));
    }
    return QCoreApplication::translate("Predictions", "%1/month").arg(growth(p.growthPerMonth, locale));
}

QString PredictionText::capacityExplanation(const CapacityRow &row, const QLocale &locale)
{
    if (!row.ok)
        return row.error;
    const Analysis::CapacityProjection &p = row.projection;
    // A crossing from the 48-hour forecast comes with its own sentence (AnalysisJob).
    if (row.replicasApply || row.basis == CapacityRow::Basis::ShortForecast)
        return p.explanation;
    const QString metric = QCoreApplication::translate("Engine", "%1 p95").arg(Model::metricKindLabel(row.kind));
    const QString limit = Model::formatMetricValue(row.kind, p.limit, locale);
    const QString rate = capacityGrowth(row, locale);
    if (p.alreadyAbove)
        return QCoreApplication::translate("Predictions", "%1 is already above %2 (%3).").arg(metric, limit, rate);
    if (p.crosses)
        return QCoreApplication::translate("Predictions", "%1 crosses %2 around %3 at %4.")
            .arg(metric, limit, date(p.crossingMs, locale), rate);
    const int days = int(p.timesMs.size()) - 1;
    return QCoreApplication::translate("Predictions", "%1 stays under %2 for the next %n day(s) (%3).", nullptr, days)
        .arg(metric, limit, rate);
}

QString PredictionText::moment(qint64 ms, qint64 nowMs, const QLocale &locale)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime().date();
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    if (when.date() == today)
        return time;
    // Within a week either way the weekday says it: "Fri 19:55".
    if (std::abs(today.daysTo(when.date())) <= 6)
        return locale.toString(when.date(), u"ddd"_s) + u' ' + time;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' + time;
}

QString PredictionText::date(qint64 ms, const QLocale &locale)
{
    return locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date(), u"d MMM yyyy"_s);
}

QString PredictionText::money(double amount, const QString &currency, const QLocale &locale)
{
    if (!std::isfinite(amount))
        return QCoreApplication::translate("Metric", "n/a");
    return locale.toString(amount, 'f', 2) + u'\u00A0' + currency;
}

QString PredictionText::growth(double perMonth, const QLocale &locale)
{
    if (!std::isfinite(perMonth))
        return QCoreApplication::translate("Metric", "n/a");
    if (std::abs(perMonth) < 0.0005)
        return number(0.0, 1, locale) + u'%'; // never "-0.0%"
    return (perMonth >= 0 ? u"+"_s : QString()) + number(perMonth * 100.0, 1, locale) + u'%';
}

} // namespace Engine
