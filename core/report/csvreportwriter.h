#pragma once

#include "core/report/reporttypes.h"

#include <QByteArray>

namespace Report {

class ReportTranslator;

// The report as CSV: one table per section, each introduced by a line with the
// section's name and followed by an empty line. Headers and words are in the report's
// language; numbers are written plainly (dot decimal, no grouping) so spreadsheets
// and scripts read them in any locale. Per-project total rows equal the sum of their
// service rows, and the workspace total the sum of the project totals.
class CsvReportWriter final
{
public:
    static QByteArray csv(const ReportData &data, const ReportTranslator &words);
    // RFC 4180 quoting where needed.
    static QString field(const QString &text);
};

} // namespace Report
