#pragma once

#include "core/model/metrickind.h"
#include "core/store/samplestore.h"

#include <QChartView>
#include <QPointF>
#include <QVector>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
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
    void setData(const Store::StoredSeries &series, qint64 fromMs, qint64 toMs);
    void setPlaceholder(const QString &text);
    void retranslate();

    // The points behind the line, in metric units (not decimated): for tests and export.
    const QVector<QPointF> &points() const { return m_points; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void redraw();
    void showHover(const QPointF &point, bool state);
    double toDisplay(double value) const;

    Model::MetricKind m_kind;
    QChart *m_chart = nullptr;
    QLineSeries *m_line = nullptr;
    QLineSeries *m_bandLow = nullptr;
    QLineSeries *m_bandHigh = nullptr;
    QAreaSeries *m_band = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QVector<QPointF> m_points;
    QVector<QPointF> m_lows;
    QVector<QPointF> m_highs;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QString m_placeholder;
};

} // namespace Gui::Charts
