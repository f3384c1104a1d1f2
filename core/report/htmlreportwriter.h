#pragma once

#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Report {

class ReportTranslator;

// The report as HTML. The same markup serves the self-contained .html file (charts
// inlined as base64 PNG) and the PDF (laid out by QTextDocument, charts as resources),
// so both formats always carry the same figures.
class HtmlReportWriter final
{
public:
    enum class Images { Inline, Resources };

    static QString html(const ReportData &data, const QVector<ChartImage> &charts, const ReportTranslator &words,
                        Images images);
    // The resource name a chart image is registered under for Images::Resources.
    static QUrl chartUrl(const QString &serviceId, Model::MetricKind metric);
    // The report's title: the project's name, or the workspace's for a whole-workspace report.
    static QString title(const ReportData &data, const ReportTranslator &words);
    static QString periodText(const ReportData &data, const ReportTranslator &words);
};

} // namespace Report
