#pragma once

#include "core/experiments/experimenttypes.h"

#include <QChartView>

class QChart;
class QDateTimeAxis;
class QValueAxis;

namespace Gui {

// Cumulative conversion of every arm over the experiment's looks, one line per
// variant: arms that settle apart are the visual of a real difference.
class ConversionChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversionChart)
public:
    explicit ConversionChart(QWidget *parent = nullptr);
    ~ConversionChart() override;

    void setReport(const Experiments::ExperimentReportPtr &report);
    void retranslate();
    // Per variant, the (time ms, conversion %) points drawn: for tests.
    QVector<QPointF> points(const QString &variant) const;

private:
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    Experiments::ExperimentReportPtr m_report;
};

} // namespace Gui
