#pragma once

#include "core/report/chartrenderer.h"

#include <QLocale>
#include <QTimeZone>

namespace Gui {

// Report charts drawn by the project view's own chart widget (Charts::TimeSeriesChart),
// rendered offscreen into an image at twice the shown size, its time axis labelled in
// the report's zone (Report::seriesShownIn). GUI thread only.
class ReportChartRenderer final : public Report::ChartRenderer
{
public:
    ReportChartRenderer(const QLocale &locale, const QTimeZone &zone) : m_locale(locale), m_zone(zone) { }

    QImage render(const Report::ChartData &chart, qint64 fromMs, qint64 toMs, const QString &title,
                  const QSize &size) override;

private:
    QLocale m_locale;
    QTimeZone m_zone;
};

} // namespace Gui
