#pragma once

#include "core/actions/actiontypes.h"

#include <QChartView>

class QAreaSeries;
class QChart;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Gui {

// The "why" of a proposal as a picture: the metric that motivated it, the target
// or limit it was compared to (dashed), and for a forecast its 95% band ahead.
class EvidenceChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceChart)
public:
    explicit EvidenceChart(QWidget *parent = nullptr);
    ~EvidenceChart() override;

    void setEvidence(const Actions::EvidenceSeries &evidence, const Actions::ForecastEvidence &forecast);
    void clear();
    int pointCount() const;
    int forecastPointCount() const;

private:
    double toDisplay(double value) const;

    Model::MetricKind m_kind = Model::MetricKind::Cpu;
    QChart *m_chart = nullptr;
    QLineSeries *m_line = nullptr;
    QLineSeries *m_reference = nullptr;
    QLineSeries *m_forecast = nullptr;
    QLineSeries *m_bandLow = nullptr;
    QLineSeries *m_bandHigh = nullptr;
    QAreaSeries *m_band = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
};

} // namespace Gui
