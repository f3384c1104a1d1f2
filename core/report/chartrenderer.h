#pragma once

#include "core/report/reporttypes.h"

#include <QImage>
#include <QSize>
#include <QTimeZone>

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

// QtCharts' date axis (Qt 6.4) labels instants in the machine's time zone only. A chart
// of a report in another zone is given each instant moved to the machine-zone instant
// that has the same wall-clock reading as the report's zone, so that its labels read
// the report zone's time. Pure; no painting.
qint64 machineInstantShowing(qint64 utcMs, const QTimeZone &zone);
Store::StoredSeries seriesShownIn(const Store::StoredSeries &series, const QTimeZone &zone);

// Renders every chart of `data` (two per service); `progress` and `cancel` as for gathering.
QVector<ChartImage> renderCharts(const ReportData &data, ChartRenderer &renderer, const ReportTranslator &words);

} // namespace Report
