#pragma once

#include "core/report/reporttypes.h"

#include <QImage>
#include <QSize>

namespace Report {

class ReportTranslator;

// Draws a report's charts. The UI implements it with the screens' own chart widgets
// (Gui::ReportChartRenderer), so a report shows what the project view shows; core
// cannot, as it never links QtWidgets or QtCharts. Called on the GUI thread only.
class ChartRenderer
{
public:
    virtual ~ChartRenderer() = default;
    virtual QImage render(const ChartData &chart, qint64 fromMs, qint64 toMs, const QString &title,
                          const QSize &size) = 0;
};

// Pixel size of a chart in reports (drawn at twice the size it is shown at, for print).
inline constexpr QSize kReportChartSize{1200, 440};

// Renders every chart of `data` (two per service); `progress` and `cancel` as for gathering.
QVector<ChartImage> renderCharts(const ReportData &data, ChartRenderer &renderer, const ReportTranslator &words);

} // namespace Report
