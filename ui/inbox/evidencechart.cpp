#include "ui/inbox/evidencechart.h"

#include "core/model/metricformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

EvidenceChart::EvidenceChart(QWidget *parent)
    : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);

    m_bandLow = new QLineSeries(m_chart);
    m_bandHigh = new QLineSeries(m_chart);
    m_band = new QAreaSeries(m_bandHigh, m_bandLow);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(QColor(0xe6, 0x9b, 0x00, 60));
    m_line = new QLineSeries;
    QPen pen(QColor(0x1a, 0x5f, 0xd0));
    pen.setWidthF(1.6);
    m_line->setPen(pen);
    m_forecast = new QLineSeries;
    QPen forecastPen(QColor(0xb3, 0x6b, 0x00));
    forecastPen.setWidthF(1.4);
    forecastPen.setStyle(Qt::DotLine);
    m_forecast->setPen(forecastPen);
    m_reference = new QLineSeries;
    QPen referencePen(QColor(0xc6, 0x28, 0x28));
    referencePen.setStyle(Qt::DashLine);
    referencePen.setWidthF(1.2);
    m_reference->setPen(referencePen);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_line),
                               static_cast<QAbstractSeries *>(m_forecast), static_cast<QAbstractSeries *>(m_reference)})
        m_chart->addSeries(s);

    m_axisX = new QDateTimeAxis;
    m_axisX->setTickCount(5);
    m_axisX->setFormat(u"HH:mm"_s);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(u"%.4g"_s);
    m_axisY->setTickCount(5);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : m_chart->series()) {
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
    }
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 180);
    setFocusPolicy(Qt::NoFocus);
}

EvidenceChart::~EvidenceChart() = default;

double EvidenceChart::toDisplay(double value) const
{
    return Model::metricUnit(m_kind) == Model::MetricUnit::Fraction ? value * 100.0 : value;
}

void EvidenceChart::clear()
{
    for (QLineSeries *s : {m_line, m_reference, m_forecast, m_bandLow, m_bandHigh})
        s->clear();
    m_chart->setTitle(QString());
}

int EvidenceChart::pointCount() const
{
    return m_line->count();
}

int EvidenceChart::forecastPointCount() const
{
    return m_forecast->count();
}

void EvidenceChart::setEvidence(const Actions::EvidenceSeries &evidence, const Actions::ForecastEvidence &forecast)
{
    clear();
    m_kind = evidence.kind;
    QString title = Model::metricKindLabel(m_kind);
    const QString unit = Model::metricUnitSuffix(m_kind);
    if (!unit.isEmpty())
        title += u" ("_s + unit + u')';
    if (!evidence.region.isEmpty())
        title += u" · "_s + evidence.region;
    m_chart->setTitle(title);

    QList<QPointF> line;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    auto extend = [&](qint64 t, double v) {
        if (!std::isfinite(v))
            return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        from = std::min(from, t);
        to = std::max(to, t);
    };
    for (const Model::Sample &s : evidence.points) {
        const double v = toDisplay(s.v);
        line.append(QPointF(static_cast<qreal>(s.t), v));
        extend(s.t, v);
    }
    m_line->replace(line);
    if (!forecast.isEmpty()) {
        QList<QPointF> point;
        QList<QPointF> low;
        QList<QPointF> high;
        for (qsizetype i = 0; i < forecast.point.size(); ++i) {
            const qint64 t = forecast.startMs + i * forecast.stepMs;
            const auto x = static_cast<qreal>(t);
            point.append(QPointF(x, toDisplay(forecast.point.at(i))));
            low.append(QPointF(x, toDisplay(forecast.lower.value(i, forecast.point.at(i)))));
            high.append(QPointF(x, toDisplay(forecast.upper.value(i, forecast.point.at(i)))));
            extend(t, high.last().y());
            extend(t, low.last().y());
        }
        m_forecast->replace(point);
        m_bandLow->replace(low);
        m_bandHigh->replace(high);
    }
    if (from > to) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        from = now - 3600'000;
        to = now;
        lo = 0;
        hi = 1;
    }
    if (std::isfinite(evidence.reference)) {
        const double ref = toDisplay(evidence.reference);
        m_reference->replace({QPointF(static_cast<qreal>(from), ref), QPointF(static_cast<qreal>(to), ref)});
        lo = std::min(lo, ref);
        hi = std::max(hi, ref);
    }
    const double pad = std::max((hi - lo) * 0.08, 1e-6);
    m_axisY->setRange(std::max(0.0, lo - pad), hi + pad);
    m_axisY->applyNiceNumbers();
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(std::max(to, from + 60'000)));
    m_axisX->setFormat(to - from > 24 * 3600'000LL ? u"ddd HH:mm"_s : u"HH:mm"_s);
}

} // namespace Gui
