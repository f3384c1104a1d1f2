#pragma once

#include "core/model/metrickind.h"
#include "core/store/samplestore.h"
#include "ui/charts/chartoverlay.h"

#include <QChartView>
#include <QPointF>
#include <QVector>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace Gui::Charts {

// A line chart of one metric over time: the mean as a line, the min-max spread of
// rolled-up buckets as a light band, values on hover, decimated to the pixel width.
class TimeSeriesChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)
public:
    explicit TimeSeriesChart(Model::MetricKind kind, QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    Model::MetricKind kind() const { return m_kind; }
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }
    double valueAxisMax() const;
    void setData(const Store::StoredSeries &series, qint64 fromMs, qint64 toMs);
    void setPlaceholder(const QString &text);
    void retranslate();

    // The points behind the line, in metric units (not decimated): for tests and export.
    const QVector<QPointF> &points() const { return m_points; }

    // A forecast continuing the line up to `untilMs` (the time axis grows to reach
    // it) and anomaly markers, each with its evidence shown on hover (`markerTips`,
    // one per marker). Kept across setData() until cleared.
    void setOverlay(const ForecastBand &band, const QVector<AnomalyMarker> &markers, const QStringList &markerTips,
                    qint64 untilMs);
    void clearOverlay();
    const ForecastBand &forecastBand() const { return m_forecast; }
    const QVector<AnomalyMarker> &anomalyMarkers() const { return m_markers; }
    // Display scale of the metric (100 for fractions shown as percent).
    double displayScale() const;

    // Deployments as vertical lines (failed ones red and solid), each with its text
    // on hover; with the keyboard, Left/Right step through those in range and show
    // the text. Kept across setData() until replaced.
    void setDeployMarkers(const QVector<DeployMarker> &markers);
    const QVector<DeployMarker> &deployMarkers() const { return m_deploys; }
    // The markers inside the chart's time range, oldest first (what is drawn).
    QVector<DeployMarker> visibleDeployMarkers() const;
    // The marker chosen with the keyboard (-1: none), an index into visibleDeployMarkers().
    int currentDeployMarker() const { return m_currentDeploy; }
    // The text shown for the marker nearest to the x position (view coordinates)
    // within a few pixels; empty when none is that close.
    QString deployTipAt(int x) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void redraw();
    void showHover(const QPointF &point, bool state);
    void showMarkerHover(const QPointF &point, bool state);
    double toDisplay(double value) const;
    qint64 shownUntilMs() const; // the data's end, or the forecast's when one is shown
    double deployX(qint64 atMs) const; // view x of a time
    void updateDeployAccessibility();

    Model::MetricKind m_kind;
    QChart *m_chart = nullptr;
    QLineSeries *m_line = nullptr;
    QLineSeries *m_bandLow = nullptr;
    QLineSeries *m_bandHigh = nullptr;
    QAreaSeries *m_band = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QLineSeries *m_forecastLine = nullptr;
    QLineSeries *m_forecastLow = nullptr;
    QLineSeries *m_forecastHigh = nullptr;
    QAreaSeries *m_forecastBand = nullptr;
    QScatterSeries *m_markerSeries = nullptr;
    ForecastBand m_forecast;
    QVector<AnomalyMarker> m_markers;
    QStringList m_markerTips;
    qint64 m_overlayUntilMs = 0;
    QVector<QPointF> m_points;
    QVector<QPointF> m_lows;
    QVector<QPointF> m_highs;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_placeholder;
    QVector<DeployMarker> m_deploys;
    int m_currentDeploy = -1;
};

} // namespace Gui::Charts
