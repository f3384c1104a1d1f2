#include "ui/flags/conversionchart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QTimeZone>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
// Early looks with a handful of users swing wildly; start each line once the arm
// has enough users to mean something.
constexpr qint64 kMinUsersToPlot = 100;
}

ConversionChart::ConversionChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_axisX(new QDateTimeAxis)
    , m_axisY(new QValueAxis)
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_axisX->setTickCount(4);
    m_axisY->setLabelFormat(u"%.1f"_s);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
}

ConversionChart::~ConversionChart() = default;

void ConversionChart::retranslate()
{
    m_chart->setTitle(tr("Conversion over time (%)"));
    // Axis labels (day names, decimal comma) follow the language chosen at run time.
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
}

void ConversionChart::setReport(const Experiments::ExperimentReportPtr &report)
{
    m_report = report;
    m_chart->removeAllSeries();
    if (!report || report->history.isEmpty())
        return;
    double lo = 100.0, hi = 0.0;
    qint64 first = report->history.first().atMs, last = report->history.last().atMs;
    for (const Experiments::VariantStats &arm : report->variants) {
        auto *series = new QLineSeries;
        series->setName(arm.isControl && arm.variant != u"control" ? tr("%1 (control)").arg(arm.variant) : arm.variant);
        QVector<QPointF> points;
        for (const Experiments::Look &look : report->history) {
            const Experiments::VariantCounts *c = look.variant(arm.variant);
            if (!c || c->exposures < kMinUsersToPlot)
                continue;
            const double pct = 100.0 * double(c->conversions) / double(c->exposures);
            points.append(QPointF(double(look.atMs), pct));
            lo = std::min(lo, pct);
            hi = std::max(hi, pct);
        }
        series->replace(points);
        m_chart->addSeries(series);
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    if (hi < lo) {
        lo = 0;
        hi = 1;
    }
    // Short labels: long ones collide and Qt Charts then draws none.
    const qint64 span = last - first;
    m_axisX->setFormat(span <= 24 * 3600'000LL ? u"HH:mm"_s : (span <= 8 * 24 * 3600'000LL ? u"ddd HH:mm"_s : u"d MMM"_s));
    const double pad = std::max(0.05, (hi - lo) * 0.1);
    m_axisY->setRange(std::max(0.0, lo - pad), hi + pad);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(first, QTimeZone::utc()),
                      QDateTime::fromMSecsSinceEpoch(std::max(last, first + 60'000), QTimeZone::utc()));
}

QVector<QPointF> ConversionChart::points(const QString &variant) const
{
    const QString control = tr("%1 (control)").arg(variant);
    for (QAbstractSeries *s : m_chart->series()) {
        if (s->name() == variant || s->name() == control)
            return static_cast<QLineSeries *>(s)->points();
    }
    return {};
}

} // namespace Gui
