#pragma once

#include "core/analysis/analysistypes.h"
#include "core/engine/predictions.h"
#include "core/store/deploymentstore.h"

#include <QPointF>
#include <QVector>

#include <vector>

namespace Gui::Charts {

// A forecast as a chart draws it: the point forecast and the two edges of its 95%
// band, in display units, starting at the last observed point so the line
// continues the history instead of floating after a gap.
struct ForecastBand
{
    QVector<QPointF> line;
    QVector<QPointF> lower;
    QVector<QPointF> upper;

    bool isEmpty() const { return line.isEmpty(); }
    double top() const;    // highest value drawn (the band's upper edge)
    double bottom() const; // lowest
};

// One anomalous sample marked on a chart.
struct AnomalyMarker
{
    double x = 0;     // ms since the epoch
    double y = 0;     // display units
    double score = 0; // [0,1]

    friend bool operator==(const AnomalyMarker &, const AnomalyMarker &) = default;
};

// One deployment drawn as a vertical line across a chart.
struct DeployMarker
{
    qint64 atMs = 0;
    bool failed = false; // drawn red and solid instead of grey and dashed
    QString tip;         // status, time in the operator's zone, commit message

    friend bool operator==(const DeployMarker &, const DeployMarker &) = default;
};

// The geometry of chart overlays, as plain maths tested without painting.
class ChartOverlay final
{
public:
    // The forecast from its start up to `untilMs`, multiplied by `displayScale`
    // (100 for fractions shown as percent). `anchor` (x in ms, y in metric units)
    // is the last observed point (NaN y = none): the band starts there, and forecast
    // steps at or before it are left out. Band edges are ordered so that
    // lower <= line <= upper at every x.
    static ForecastBand forecastBand(const Analysis::Forecast &forecast, QPointF anchor, qint64 untilMs,
                                     double displayScale = 1.0);

    // Samples whose score reaches `threshold` inside [fromMs, toMs]. When more than
    // `maxMarkers` qualify, the range is cut into that many equal slices and each
    // keeps its highest score, so a long anomaly does not paint a solid bar while
    // every separate one stays visible.
    static QVector<AnomalyMarker> markers(const Analysis::RegularSeries &history, const std::vector<float> &scores,
                                          double threshold, qint64 fromMs, qint64 toMs, int maxMarkers = 120,
                                          double displayScale = 1.0);

    // Hover text per marker: the evidence of the anomaly episode it belongs to
    // (its score alone for a marker outside every listed episode).
    static QStringList markerTips(const QVector<AnomalyMarker> &markers, const QVector<Engine::AnomalyAlert> &alerts,
                                  double displayScale = 1.0, Model::MetricKind kind = Model::MetricKind::Rps);

    // The deployments of `serviceId` as chart markers, oldest first, with their
    // hover text; all of them (a chart shows those in its range).
    static QVector<DeployMarker> deployMarkers(const Store::DeploymentRecords &records, const QString &serviceId);
    // "Deployment succeeded · 27 Nov 2026 14:05 UTC+2 · fix: cache" in the current language.
    static QString deployTip(const Store::DeploymentRecord &record);
    static QString deployStatusText(const QString &status);

    // How far past "now" a chart of `rangeMs` shows a forecast: as far as it looks
    // back, up to the horizon.
    static qint64 shownHorizonMs(qint64 rangeMs, qint64 horizonMs);
};

} // namespace Gui::Charts
