#include "core/report/reportwriter.h"

#include "core/report/csvreportwriter.h"
#include "core/report/htmlreportwriter.h"
#include "core/report/pdfreportwriter.h"
#include "core/report/reportgatherer.h"
#include "core/report/reporttranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Report {

Util::Result<void> ReportWriter::write(const QString &path, const ReportData &data, const QVector<ChartImage> &charts,
                                       const ReportTranslator &words, const std::atomic_bool *cancel)
{
    QSaveFile file(path);
    auto failed = [&file, &path] {
        file.cancelWriting();
        return Util::makeError(u"report.write"_s, QCoreApplication::translate("Report", "Cannot write %1: %2")
                                                      .arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    switch (data.request.format) {
    case Format::Csv:
        if (file.write(CsvReportWriter::csv(data, words)) < 0)
            return failed();
        break;
    case Format::Html:
        if (file.write(HtmlReportWriter::html(data, charts, words, HtmlReportWriter::Images::Inline).toUtf8()) < 0)
            return failed();
        break;
    case Format::Pdf: {
        const auto pages = PdfReportWriter::write(file, data, charts, words, cancel);
        if (!pages) {
            file.cancelWriting();
            return pages.error();
        }
        break;
    }
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return ReportGatherer::cancelledError();
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace Report
