#pragma once

#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <atomic>

class QIODevice;

namespace Report {

class ReportTranslator;

// The report as an A4 PDF: the HTML markup laid out by QTextDocument, page by page,
// under a header (title, period) and above a footer (generated at, page i of n).
// Needs a QGuiApplication (fonts); runs on any thread.
class PdfReportWriter final
{
public:
    static Util::Result<int> write(QIODevice &device, const ReportData &data, const QVector<ChartImage> &charts,
                                   const ReportTranslator &words, const std::atomic_bool *cancel = nullptr);
};

} // namespace Report
