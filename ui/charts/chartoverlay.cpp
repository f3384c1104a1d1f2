#include "ui/charts/chartoverlay.h"

#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gui::Charts {

double ForecastBand::top() const
{
    double top = -std::numeric_limits<double>::infinity();
    for (const QPointF &p : upper)
        top = std::max(top, p.y());
    for (const QPointF &p : line)
        top = std::max(top, p.y());
    return top;
}

double ForecastBand::bottom() const
{
    double bottom = std::numeric_limits<double>::infinity();
    for (const QPointF &p : lower)
        bottom = std::min(bottom, p.y());
    for (const QPointF &p : line)
        bottom = std::min(bottom, p.y());
    return bottom;
}

ForecastBand ChartOverlay::forecastBand(const Analysis::Forecast &forecast, QPointF anchor, qint64 untilMs,
                                        double displayScale)
{
    ForecastBand band;
    const size_t n = forecast.point.size();
    if (n == 0 || forecast.lower.size() != n || forecast.upper.size() != n || forecast.stepMs <= 0)
        return band;
    // The forecast may start a little before the newest point drawn (it continues the
    // last complete bucket); the part the line already covers is skipped.
    const bool anchored = std::isfinite(anchor.y());
    if (anchored) {
        const QPointF a(anchor.x(), anchor.y() * displayScale);
        band.line.append(a);
        band.lower.append(a);
        band.upper.append(a);
    }
    for (size_t h = 0; h < n; ++h) {
        const qint64 t = forecast.startMs + qint64(h) * forecast.stepMs;
        if (t > untilMs)
            break;
        const double p = forecast.point[h];
        if (!std::isfinite(p) || (anchored && double(t) <= anchor.x()))
            continue;
        double lo = std::isfinite(forecast.lower[h]) ? forecast.lower[h] : p;
        double hi = std::isfinite(forecast.upper[h]) ? forecast.upper[h] : p;
        lo = std::min(lo, p);
        hi = std::max(hi, p);
        const auto x = double(t);
        band.line.append({x, p * displayScale});
        band.lower.append({x, lo * displayScale});
        band.upper.append({x, hi * displayScale});
    }
    if (anchored && band.line.size() == 1)
        return {}; // nothing of the forecast itself is inside the range
    return band;
}

QVector<AnomalyMarker> ChartOverlay::markers(const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                             double threshold, qint64 fromMs, qint64 toMs, int maxMarkers,
                                             double displayScale)
{
    QVector<AnomalyMarker> all;
    const qsizetype n = std::min<qsizetype>(history.size(), qsizetype(scores.size()));
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 t = history.timeAt(i);
        const double v = history.values[size_t(i)];
        const double s = double(scores[size_t(i)]);
        if (t < fromMs || t > toMs || !std::isfinite(v) || !(s >= threshold))
            continue;
        all.append({double(t), v * displayScale, s});
    }
    if (maxMarkers <= 0 || all.size() <= maxMarkers || toMs <= fromMs)
        return all;
    QVector<AnomalyMarker> thinned;
    const double width = double(toMs - fromMs) / double(maxMarkers);
    int slice = -1;
    for (const AnomalyMarker &m : std::as_const(all)) {
        const int s = std::min(maxMarkers - 1, int((m.x - double(fromMs)) / width));
        if (s != slice) {
            thinned.append(m);
            slice = s;
        } else if (m.score > thinned.last().score) {
            thinned.last() = m;
        }
    }
    return thinned;
}

QStringList ChartOverlay::markerTips(const QVector<AnomalyMarker> &markers, const QVector<Engine::AnomalyAlert> &alerts,
                                     double displayScale, Model::MetricKind kind)
{
    const QLocale locale;
    QStringList tips;
    tips.reserve(markers.size());
    for (const AnomalyMarker &m : markers) {
        const auto t = qint64(m.x);
        const auto alert = std::find_if(alerts.cbegin(), alerts.cend(), [t](const Engine::AnomalyAlert &a) {
            return t >= a.startMs && t <= a.endMs;
        });
        QString tip = QCoreApplication::translate("Gui::Charts::ChartOverlay", "Anomaly score %1 at %2: %3")
                          .arg(locale.toString(m.score, 'f', 2),
                               locale.toString(QDateTime::fromMSecsSinceEpoch(t).toLocalTime(), QLocale::ShortFormat),
                               Model::formatMetricValue(kind, m.y / displayScale, locale));
        if (alert != alerts.cend())
            tip += u"\n"_s + Engine::PredictionText::anomalyHeadline(*alert, locale) + u"\n"_s
                + Engine::PredictionText::anomalyEvidence(*alert, locale);
        tips.append(tip);
    }
    return tips;
}

qint64 ChartOverlay::shownHorizonMs(qint64 rangeMs, qint64 horizonMs)
{
    return std::clamp<qint64>(rangeMs, 0, horizonMs);
}

QString ChartOverlay::deployStatusText(const QString &status)
{
    const QString up = status.toUpper();
    if (up == u"SUCCESS"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "succeeded");
    if (up == u"FAILED"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "failed");
    if (up == u"CRASHED"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "crashed");
    if (up == u"REMOVED"_s || up == u"REMOVING"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "replaced by a later one");
    if (up == u"BUILDING"_s || up == u"DEPLOYING"_s || up == u"INITIALIZING"_s || up == u"QUEUED"_s
        || up == u"WAITING"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "in progress");
    if (up == u"SLEEPING"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "sleeping");
    if (up == u"SKIPPED"_s)
        return QCoreApplication::translate("Gui::Charts::ChartOverlay", "skipped");
    return status; // a status Railway added later: its own word beats a guess
}

QString ChartOverlay::deployTip(const Store::DeploymentRecord &record)
{
    const QLocale locale;
    // Local time with its zone: operators compare it with their own clock and chat logs.
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(record.createdMs);
    QString tip = QCoreApplication::translate("Gui::Charts::ChartOverlay", "Deployment %1")
                      .arg(deployStatusText(record.status))
                  + u'\n' + locale.toString(when, QLocale::ShortFormat) + u' ' + when.timeZoneAbbreviation();
    const QString message = record.commitMessage.section(u'\n', 0, 0).trimmed();
    tip += u'\n'
        + (message.isEmpty() ? QCoreApplication::translate("Gui::Charts::ChartOverlay", "(no commit message)")
                             : message);
    return tip;
}

QVector<DeployMarker> ChartOverlay::deployMarkers(const Store::DeploymentRecords &records, const QString &serviceId)
{
    QVector<DeployMarker> out;
    for (const Store::DeploymentRecord &r : records) {
        if (r.serviceId == serviceId && r.createdMs > 0)
            out.append({r.createdMs, r.failed(), deployTip(r)});
    }
    std::sort(out.begin(), out.end(), [](const DeployMarker &a, const DeployMarker &b) { return a.atMs < b.atMs; });
    return out;
}

} // namespace Gui::Charts
