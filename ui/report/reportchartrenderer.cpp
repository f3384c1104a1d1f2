#include "ui/report/reportchartrenderer.h"

#include "ui/charts/timeserieschart.h"

#include <QChart>
#include <QGraphicsScene>
#include <QCoreApplication>
#include <QPainter>
#include <QThread>

namespace Gui {

QImage ReportChartRenderer::render(const Report::ChartData &chart, qint64 fromMs, qint64 toMs, const QString &title,
                                   const QSize &size)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    // Laid out at half the pixel size and drawn at twice that, so the text keeps the
    // proportions it has on screen and stays sharp in print.
    constexpr qreal kRatio = 2.0;
    Charts::TimeSeriesChart view(chart.metric);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize((QSizeF(size) / kRatio).toSize());
    // Shown (never on screen) so the chart lays itself out for this size before the
    // data is decimated to its plot width; only layout requests are processed here.
    view.show();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    view.setData(Report::seriesShownIn(chart.series, m_zone), Report::machineInstantShowing(fromMs, m_zone),
                 Report::machineInstantShowing(toMs, m_zone));
    view.chart()->setTitle(title);
    view.chart()->setLocale(m_locale);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    // The chart's scene drawn scaled into the image: vector shapes and text at twice the
    // resolution, the same picture as the widget shows.
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(view.size())));
    painter.end();
    return image;
}

} // namespace Gui
