#include "core/report/pdfreportwriter.h"

#include "core/report/htmlreportwriter.h"
#include "core/report/reportgatherer.h"
#include "core/report/reporttranslator.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Report {

namespace {

// The PDF is laid out at screen resolution so QTextDocument's pixels are the page's
// units; charts are drawn at twice that and stay sharp in print.
constexpr int kDpi = 96;
constexpr qreal kHeaderHeight = 34;
constexpr qreal kFooterHeight = 26;

} // namespace

Util::Result<int> PdfReportWriter::write(QIODevice &device, const ReportData &data, const QVector<ChartImage> &charts,
                                         const ReportTranslator &words, const std::atomic_bool *cancel)
{
    QPdfWriter writer(&device);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 12, 14, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(HtmlReportWriter::title(data, words));
    writer.setCreator(u"Straja "_s + QStringLiteral(STRAJA_VERSION));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8.5);
    doc.setDefaultFont(font);
    for (const ChartImage &chart : charts)
        doc.addResource(QTextDocument::ImageResource, HtmlReportWriter::chartUrl(chart.serviceId, chart.metric),
                        chart.image);
    doc.setHtml(HtmlReportWriter::html(data, charts, words, HtmlReportWriter::Images::Resources));

    const QRectF page = writer.pageLayout().paintRectPixels(kDpi).translated(
        -writer.pageLayout().paintRectPixels(kDpi).topLeft());
    const QSizeF body(page.width(), page.height() - kHeaderHeight - kFooterHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Util::makeError(u"report.pdf"_s,
                               QCoreApplication::translate("Report", "The PDF could not be started: %1")
                                   .arg(device.errorString()));
    QFont small = font;
    small.setPointSizeF(7.5);
    const QString title = HtmlReportWriter::title(data, words);
    const QString period = HtmlReportWriter::periodText(data, words);
    const QString generated = words.text(QT_TRANSLATE_NOOP("Report", "Generated: %1"))
                                  .arg(words.dateTime(data.generatedAtMs, true));
    for (int i = 0; i < pages; ++i) {
        if (cancel && cancel->load()) {
            painter.end();
            return ReportGatherer::cancelledError();
        }
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(0, 0, page.width(), kHeaderHeight - 8);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, period);
        painter.setPen(QPen(QColor(0x9d, 0xb3, 0xd8), 0.8));
        painter.drawLine(QPointF(0, kHeaderHeight - 8), QPointF(page.width(), kHeaderHeight - 8));

        painter.save();
        painter.translate(0, kHeaderHeight);
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, QColor(0x1d, 0x1d, 0x1f));
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, page.height() - kFooterHeight + 8, page.width(), kFooterHeight - 8);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         words.text(QT_TRANSLATE_NOOP("Report", "Page %1 of %2"))
                             .arg(words.locale().toString(i + 1), words.locale().toString(pages)));
    }
    if (!painter.end())
        return Util::makeError(u"report.pdf"_s, QCoreApplication::translate("Report", "The PDF could not be finished."));
    return pages;
}

} // namespace Report
