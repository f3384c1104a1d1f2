#include "ui/charts/timeserieschart.h"

#include "core/model/metricformat.h"
#include "ui/charts/decimation.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui::Charts {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr double kDeployHitPx = 5.0; // how near the pointer must be to a deployment line

QString axisFormat(qint64 spanMs)
{
    if (spanMs <= kDayMs)
        return u"HH:mm"_s;
    if (spanMs <= 8 * kDayMs)
        return u"ddd HH:mm"_s;
    return u"d MMM"_s;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(Model::MetricKind kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
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
    m_band->setBrush(QColor(0x42, 0x85, 0xf4, 50));
    m_line = new QLineSeries;
    QPen pen(QColor(0x1a, 0x5f, 0xd0));
    pen.setWidthF(1.6);
    m_line->setPen(pen);
    m_chart->addSeries(m_band);
    m_chart->addSeries(m_line);

    // The forecast in a warm colour, so it never reads as measured data.
    m_forecastLow = new QLineSeries(m_chart);
    m_forecastHigh = new QLineSeries(m_chart);
    m_forecastBand = new QAreaSeries(m_forecastHigh, m_forecastLow);
    m_forecastBand->setPen(Qt::NoPen);
    m_forecastBand->setBrush(QColor(0xf5, 0x8f, 0x00, 60));
    m_forecastLine = new QLineSeries;
    QPen forecastPen(QColor(0xe6, 0x5c, 0x00));
    forecastPen.setWidthF(1.6);
    forecastPen.setStyle(Qt::DashLine);
    m_forecastLine->setPen(forecastPen);
    m_markerSeries = new QScatterSeries;
    m_markerSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_markerSeries->setMarkerSize(9.0);
    m_markerSeries->setColor(QColor(0xd3, 0x2f, 0x2f));
    m_markerSeries->setBorderColor(Qt::white);
    m_chart->addSeries(m_forecastBand);
    m_chart->addSeries(m_forecastLine);
    m_chart->addSeries(m_markerSeries);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_forecastBand),
                                    static_cast<QAbstractSeries *>(m_forecastLine),
                                    static_cast<QAbstractSeries *>(m_markerSeries)})
        series->setVisible(false);

    m_axisX = new QDateTimeAxis;
    m_axisX->setTickCount(5);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(u"%.4g"_s);
    m_axisY->setTickCount(5);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_line),
          static_cast<QAbstractSeries *>(m_forecastBand), static_cast<QAbstractSeries *>(m_forecastLine),
          static_cast<QAbstractSeries *>(m_markerSeries)}) {
        series->attachAxis(m_axisX);
        series->attachAxis(m_axisY);
    }
    connect(m_line, &QLineSeries::hovered, this, &TimeSeriesChart::showHover);
    connect(m_forecastLine, &QLineSeries::hovered, this, &TimeSeriesChart::showHover);
    connect(m_markerSeries, &QScatterSeries::hovered, this, &TimeSeriesChart::showMarkerHover);

    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 180);
    setFocusPolicy(Qt::NoFocus);
    retranslate();
}

TimeSeriesChart::~TimeSeriesChart() = default;

double TimeSeriesChart::valueAxisMax() const
{
    return m_axisY->max();
}

double TimeSeriesChart::displayScale() const
{
    return Model::metricUnit(m_kind) == Model::MetricUnit::Fraction ? 100.0 : 1.0;
}

double TimeSeriesChart::toDisplay(double value) const
{
    return value * displayScale();
}

void TimeSeriesChart::setOverlay(const ForecastBand &band, const QVector<AnomalyMarker> &markers,
                                 const QStringList &markerTips, qint64 untilMs)
{
    m_forecast = band;
    m_markers = markers;
    m_markerTips = markerTips;
    m_overlayUntilMs = untilMs;
    m_forecastLine->replace(band.line);
    m_forecastLow->replace(band.lower);
    m_forecastHigh->replace(band.upper);
    QVector<QPointF> points;
    points.reserve(markers.size());
    for (const AnomalyMarker &m : markers)
        points.append({m.x, m.y});
    m_markerSeries->replace(points);
    m_forecastBand->setVisible(!band.isEmpty());
    m_forecastLine->setVisible(!band.isEmpty());
    m_markerSeries->setVisible(!markers.isEmpty());
    redraw();
}

void TimeSeriesChart::clearOverlay()
{
    setOverlay({}, {}, {}, 0);
}

void TimeSeriesChart::retranslate()
{
    const QString unit = Model::metricUnitSuffix(m_kind);
    QString title = Model::metricKindLabel(m_kind);
    if (!unit.isEmpty() && !unit.startsWith(u'/'))
        title += u" ("_s + unit + u")"_s;
    if (!m_placeholder.isEmpty())
        title += u" — "_s + m_placeholder;
    m_chart->setTitle(title);
    m_chart->setLocale(QLocale());
    m_axisX->setFormat(axisFormat(shownUntilMs() - m_fromMs));
}

qint64 TimeSeriesChart::shownUntilMs() const
{
    return m_forecast.isEmpty() ? m_toMs : std::max(m_toMs, m_overlayUntilMs);
}

void TimeSeriesChart::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    retranslate();
}

void TimeSeriesChart::setData(const Store::StoredSeries &series, qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_points.clear();
    m_lows.clear();
    m_highs.clear();
    m_points.reserve(series.points.size());
    const bool band = series.resolution != Store::Resolution::Raw;
    for (const Store::StoredPoint &p : series.points) {
        if (!std::isfinite(p.mean))
            continue;
        const auto x = static_cast<double>(p.t);
        m_points.append({x, p.mean});
        if (band) {
            m_lows.append({x, toDisplay(p.min)});
            m_highs.append({x, toDisplay(p.max)});
        }
    }
    m_placeholder = m_points.isEmpty() ? tr("no data in this range") : QString();
    retranslate();
    redraw();
    if (!m_deploys.isEmpty()) {
        // A refresh of the same range keeps the keyboard's place; one that drops it resets.
        if (m_currentDeploy >= visibleDeployMarkers().size())
            m_currentDeploy = -1;
        updateDeployAccessibility();
    }
}

void TimeSeriesChart::redraw()
{
    const int buckets = std::max(50, static_cast<int>(m_chart->plotArea().width()));
    QVector<QPointF> shown;
    shown.reserve(m_points.size());
    for (const QPointF &p : m_points)
        shown.append({p.x(), toDisplay(p.y())});
    m_line->replace(decimateMinMax(shown, buckets));
    m_bandLow->replace(decimateMinMax(m_lows, buckets));
    m_bandHigh->replace(decimateMinMax(m_highs, buckets));
    m_band->setVisible(!m_lows.isEmpty());

    const qint64 until = shownUntilMs();
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(until));
    m_axisX->setFormat(axisFormat(until - m_fromMs));
    double top = 0.0;
    for (const QPointF &p : shown)
        top = std::max(top, p.y());
    for (const QPointF &p : std::as_const(m_highs))
        top = std::max(top, p.y());
    if (!m_forecast.isEmpty())
        top = std::max(top, m_forecast.top());
    const Model::MetricUnit unit = Model::metricUnit(m_kind);
    if (unit == Model::MetricUnit::Percent)
        top = std::min(100.0, std::max(top * 1.15, 10.0));
    else if (unit == Model::MetricUnit::Fraction) // shown as a percentage, never above 100
        top = top > 0.0 ? std::min(100.0, top * 1.15) : 1.0;
    else
        top = top > 0.0 ? top * 1.15 : 1.0;
    m_axisY->setTickCount(5);
    m_axisY->setRange(0.0, top);
    // "Nice numbers" would round a full 0-100 % scale up to 150 %.
    const bool fullScale = (unit == Model::MetricUnit::Percent || unit == Model::MetricUnit::Fraction) && top >= 100.0;
    if (!fullScale)
        m_axisY->applyNiceNumbers();
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!m_points.isEmpty() || !m_forecast.isEmpty())
        redraw();
}

void TimeSeriesChart::showMarkerHover(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    qsizetype nearest = -1;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        if (nearest < 0 || std::abs(m_markers.at(i).x - point.x()) < std::abs(m_markers.at(nearest).x - point.x()))
            nearest = i;
    }
    if (nearest < 0)
        return;
    const QString tip = nearest < m_markerTips.size()
        ? m_markerTips.at(nearest)
        : tr("Anomaly score %1").arg(QLocale().toString(m_markers.at(nearest).score, 'f', 2));
    QToolTip::showText(QCursor::pos(), tip, this);
}

void TimeSeriesChart::showHover(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x()));
    const double raw = Model::metricUnit(m_kind) == Model::MetricUnit::Fraction ? point.y() / 100.0 : point.y();
    QToolTip::showText(QCursor::pos(),
                       u"%1\n%2"_s.arg(locale.toString(when, QLocale::ShortFormat),
                                       Model::formatMetricValue(m_kind, raw, locale)),
                       this);
}

void TimeSeriesChart::setDeployMarkers(const QVector<DeployMarker> &markers)
{
    if (markers == m_deploys)
        return;
    // The same deployments with new texts (the language changed) keep the keyboard's place.
    const bool sameTimes = std::equal(markers.cbegin(), markers.cend(), m_deploys.cbegin(), m_deploys.cend(),
                                      [](const DeployMarker &a, const DeployMarker &b) { return a.atMs == b.atMs; });
    m_deploys = markers;
    if (!sameTimes)
        m_currentDeploy = -1;
    // Only a chart with something to step through takes the keyboard focus.
    setFocusPolicy(m_deploys.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    updateDeployAccessibility();
    viewport()->update();
}

QVector<DeployMarker> TimeSeriesChart::visibleDeployMarkers() const
{
    QVector<DeployMarker> out;
    const qint64 until = shownUntilMs();
    for (const DeployMarker &m : m_deploys) {
        if (m.atMs >= m_fromMs && m.atMs <= until)
            out.append(m);
    }
    return out;
}

void TimeSeriesChart::updateDeployAccessibility()
{
    const QVector<DeployMarker> visible = visibleDeployMarkers();
    if (m_currentDeploy >= 0 && m_currentDeploy < visible.size()) {
        setAccessibleDescription(visible.at(m_currentDeploy).tip);
        return;
    }
    const int shown = static_cast<int>(visible.size());
    setAccessibleDescription(shown == 0 ? QString()
                                        : tr("%n deployment(s) marked; use the left and right arrow keys to read them",
                                             nullptr, shown));
}

double TimeSeriesChart::deployX(qint64 atMs) const
{
    const QPointF inChart = m_chart->mapToPosition(QPointF(static_cast<double>(atMs), 0.0), m_line);
    return mapFromScene(m_chart->mapToScene(inChart)).x();
}

QString TimeSeriesChart::deployTipAt(int x) const
{
    const QVector<DeployMarker> shown = visibleDeployMarkers();
    double best = kDeployHitPx + 1.0;
    QString tip;
    for (const DeployMarker &m : shown) {
        const double d = std::abs(deployX(m.atMs) - x);
        if (d <= kDeployHitPx && d < best) {
            best = d;
            tip = m.tip;
        }
    }
    return tip;
}

void TimeSeriesChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QVector<DeployMarker> shown = visibleDeployMarkers();
    if (shown.isEmpty() || m_toMs <= m_fromMs)
        return;
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const DeployMarker &m = shown.at(i);
        const double x = m_chart->mapToScene(m_chart->mapToPosition(QPointF(static_cast<double>(m.atMs), 0.0), m_line)).x();
        // Failed deployments in red and solid: they are the ones an operator looks for.
        QPen pen(m.failed ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x5f, 0x63, 0x68));
        pen.setStyle(m.failed ? Qt::SolidLine : Qt::DashLine);
        pen.setWidthF(i == m_currentDeploy ? 3.0 : 1.4);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        // A small flag on top makes the line findable at a glance and with the pointer.
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        const QPointF flag[] = {{x - 4.0, plot.top()}, {x + 4.0, plot.top()}, {x, plot.top() + 6.0}};
        painter->drawPolygon(flag, 3);
    }
    painter->restore();
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QString tip = deployTipAt(static_cast<int>(event->position().x()));
    if (!tip.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    const QVector<DeployMarker> shown = visibleDeployMarkers();
    if (shown.isEmpty() || (event->key() != Qt::Key_Left && event->key() != Qt::Key_Right)) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int last = static_cast<int>(shown.size()) - 1;
    if (m_currentDeploy < 0 || m_currentDeploy > last)
        m_currentDeploy = event->key() == Qt::Key_Left ? last : 0;
    else
        m_currentDeploy = std::clamp(m_currentDeploy + (event->key() == Qt::Key_Left ? -1 : 1), 0, last);
    const DeployMarker &m = shown.at(m_currentDeploy);
    const QPoint at(static_cast<int>(deployX(m.atMs)), viewport()->height() / 3);
    QToolTip::showText(viewport()->mapToGlobal(at), m.tip, this);
    updateDeployAccessibility();
    viewport()->update();
    event->accept();
}

} // namespace Gui::Charts
