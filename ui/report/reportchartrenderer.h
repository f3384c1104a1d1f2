#pragma once

#include "core/report/chartrenderer.h"

#include <QLocale>

namespace Gui {

// Report charts drawn by the project view's own chart widget (Charts::TimeSeriesChart),
// rendered offscreen into an image at twice the shown size. GUI thread only.
class ReportChartRenderer final : public Report::ChartRenderer
{
public:
    explicit ReportChartRenderer(const QLocale &locale) : m_locale(locale) { }

    QImage render(const Report::ChartData &chart, qint64 fromMs, qint64 toMs, const QString &title,
                  const QSize &size) override;

private:
    QLocale m_locale;
};

} // namespace Gui
