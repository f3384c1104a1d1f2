#include "core/report/chartrenderer.h"

#include "core/report/reporttranslator.h"

#include <QDateTime>

namespace Report {

QVector<ChartImage> renderCharts(const ReportData &data, ChartRenderer &renderer, const ReportTranslator &words)
{
    QVector<ChartImage> images;
    for (const ProjectReport &project : data.projects) {
        for (const ChartData &chart : project.charts) {
            const QString title = words.metricLabel(chart.metric);
            images.append(ChartImage{chart.serviceId, chart.metric,
                                     renderer.render(chart, data.request.fromMs, data.request.toMs, title,
                                                     kReportChartSize)});
        }
    }
    return images;
}

qint64 machineInstantShowing(qint64 utcMs, const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::systemTimeZone())
        return utcMs;
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

Store::StoredSeries seriesShownIn(const Store::StoredSeries &series, const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::systemTimeZone())
        return series;
    Store::StoredSeries shown = series;
    for (Store::StoredPoint &p : shown.points)
        p.t = machineInstantShowing(p.t, zone);
    return shown;
}

QString formatId(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

std::optional<Format> formatFromId(const QString &id)
{
    for (Format f : {Format::Pdf, Format::Html, Format::Csv})
        if (formatId(f) == id)
            return f;
    return std::nullopt;
}

} // namespace Report
