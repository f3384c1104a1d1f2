#include "ui/charts/chartoverlay.h"
#include "ui/charts/decimation.h"
#include "ui/charts/timeserieschart.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Gui::Charts::ChartOverlay;
using Gui::Charts::decimateMinMax;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesUntouched();
    void keepsEverySpike();
    void boundedByBuckets();
    void chartKeepsUnitsAndRange();
    void forecastBandContinuesTheLine_data();
    void forecastBandContinuesTheLine();
    void markersAboveThresholdInRange();
    void markersThinnedPerSlice();
    void markerTipsCarryTheEvidence();
    void shownHorizonFollowsTheRange();
    void ratioAxesStopAtAHundredPercent_data();
    void ratioAxesStopAtAHundredPercent();
    void chartGrowsToTheForecast();
};

namespace {

// Five steps of a forecast from t=1000, every 100 ms; the last band edge is swapped
// on purpose (a degenerate interval must still draw lower <= line <= upper).
Analysis::Forecast sampleForecast()
{
    Analysis::Forecast f;
    f.startMs = 1000;
    f.stepMs = 100;
    f.point = {10, 11, 12, 13, 14};
    f.lower = {9, 9.5, 10, 10.5, 15};
    f.upper = {11, 12.5, 14, 15.5, 13};
    return f;
}

} // namespace

void TestCharts::forecastBandContinuesTheLine_data()
{
    QTest::addColumn<double>("anchorX");
    QTest::addColumn<double>("anchorY");
    QTest::addColumn<qint64>("until");
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("points");
    QTest::addColumn<double>("firstX");
    QTest::addColumn<double>("firstY");
    QTest::addColumn<double>("lastX");

    QTest::newRow("anchored before the start") << 950.0 << 8.0 << qint64(10'000) << 1.0 << 6 << 950.0 << 8.0 << 1400.0;
    QTest::newRow("anchor inside: covered steps skipped") << 1150.0 << 8.0 << qint64(10'000) << 1.0 << 4 << 1150.0
                                                          << 8.0 << 1400.0;
    QTest::newRow("clipped at until") << 950.0 << 8.0 << qint64(1250) << 1.0 << 4 << 950.0 << 8.0 << 1200.0;
    QTest::newRow("no anchor") << 0.0 << qQNaN() << qint64(10'000) << 1.0 << 5 << 1000.0 << 10.0 << 1400.0;
    QTest::newRow("fractions shown as percent") << 950.0 << 0.08 << qint64(10'000) << 100.0 << 6 << 950.0 << 8.0
                                                << 1400.0;
}

void TestCharts::forecastBandContinuesTheLine()
{
    QFETCH(double, anchorX);
    QFETCH(double, anchorY);
    QFETCH(qint64, until);
    QFETCH(double, scale);
    QFETCH(int, points);
    QFETCH(double, firstX);
    QFETCH(double, firstY);
    QFETCH(double, lastX);
    Analysis::Forecast f = sampleForecast();
    if (scale != 1.0) {
        for (auto *v : {&f.point, &f.lower, &f.upper})
            for (double &x : *v)
                x /= scale;
    }
    const Gui::Charts::ForecastBand band = ChartOverlay::forecastBand(f, QPointF(anchorX, anchorY), until, scale);
    QCOMPARE(band.line.size(), points);
    QCOMPARE(band.lower.size(), points);
    QCOMPARE(band.upper.size(), points);
    QCOMPARE(band.line.first().x(), firstX);
    QCOMPARE(band.line.first().y(), firstY);
    QCOMPARE(band.line.last().x(), lastX);
    for (int i = 0; i < points; ++i) {
        QCOMPARE(band.lower.at(i).x(), band.line.at(i).x());
        QVERIFY(band.lower.at(i).y() <= band.line.at(i).y());
        QVERIFY(band.line.at(i).y() <= band.upper.at(i).y());
    }
    QVERIFY(band.top() >= band.line.last().y());
}

void TestCharts::markersAboveThresholdInRange()
{
    Analysis::RegularSeries s{0, 10, {1, 2, 3, 4, 5, qQNaN(), 7}};
    const std::vector<float> scores = {0.9f, 0.2f, 0.8f, 0.95f, 0.99f, 1.0f, 0.85f};
    const auto markers = ChartOverlay::markers(s, scores, 0.8, 10, 50, 100, 2.0);
    // t=0 is before the range, t=10 under the threshold, t=50 missing, t=60 after it.
    QCOMPARE(markers.size(), 3);
    QCOMPARE(markers.at(0), (Gui::Charts::AnomalyMarker{20, 6, double(0.8f)}));
    QCOMPARE(markers.at(1).x, 30.0);
    QCOMPARE(markers.at(2).y, 10.0);
    QCOMPARE(markers.at(2).score, double(0.99f));
    QVERIFY(ChartOverlay::markers(s, {}, 0.8, 0, 100).isEmpty());
}

void TestCharts::markersThinnedPerSlice()
{
    Analysis::RegularSeries s{0, 1, std::vector<double>(1000, 1.0)};
    std::vector<float> scores(1000, 0.9f);
    scores[123] = 0.99f;
    scores[777] = 0.97f;
    const auto markers = ChartOverlay::markers(s, scores, 0.8, 0, 999, 10);
    QVERIFY(markers.size() <= 10);
    QVERIFY(markers.size() >= 9);
    // Each slice keeps its highest score: both peaks survive.
    QVERIFY(std::any_of(markers.cbegin(), markers.cend(), [](const auto &m) { return m.x == 123.0; }));
    QVERIFY(std::any_of(markers.cbegin(), markers.cend(), [](const auto &m) { return m.x == 777.0; }));
    for (qsizetype i = 1; i < markers.size(); ++i)
        QVERIFY(markers.at(i).x > markers.at(i - 1).x);
}

void TestCharts::markerTipsCarryTheEvidence()
{
    Engine::AnomalyAlert alert;
    alert.kind = Model::MetricKind::LatencyP95;
    alert.startMs = 100'000;
    alert.endMs = 400'000;
    alert.atMs = 200'000;
    alert.value = 300;
    alert.expected = 100;
    alert.lower = 90;
    alert.upper = 110;
    alert.score = 0.96;
    const QVector<Gui::Charts::AnomalyMarker> markers = {{200'000, 300, 0.96}, {900'000, 50, 0.81}};
    const QStringList tips = ChartOverlay::markerTips(markers, {alert}, 1.0, Model::MetricKind::LatencyP95);
    QCOMPARE(tips.size(), 2);
    QVERIFY2(tips.at(0).contains(u"3.0× its usual"_s), qPrintable(tips.at(0)));
    QVERIFY(tips.at(0).contains(u"expected 100\u00A0ms"_s));
    QVERIFY(tips.at(1).startsWith(u"Anomaly score 0.81"_s));
    QVERIFY(!tips.at(1).contains(u"expected"_s));
}

void TestCharts::shownHorizonFollowsTheRange()
{
    constexpr qint64 hour = 3'600'000;
    QCOMPARE(ChartOverlay::shownHorizonMs(hour, 48 * hour), hour);
    QCOMPARE(ChartOverlay::shownHorizonMs(24 * hour, 48 * hour), 24 * hour);
    QCOMPARE(ChartOverlay::shownHorizonMs(30 * 24 * hour, 48 * hour), 48 * hour);
}

void TestCharts::ratioAxesStopAtAHundredPercent_data()
{
    QTest::addColumn<int>("kindId");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("axisMax");
    QTest::newRow("cache hit ratio 93 %") << int(Model::MetricKind::CacheHitRatio) << 0.93 << 100.0;
    QTest::newRow("CPU 95 %") << int(Model::MetricKind::Cpu) << 95.0 << 100.0;
    QTest::newRow("error rate 0.8 %: no full scale") << int(Model::MetricKind::ErrorRate) << 0.008 << 1.0;
    QTest::newRow("latency 130 ms: not a ratio") << int(Model::MetricKind::LatencyP95) << 130.0 << 150.0;
}

void TestCharts::ratioAxesStopAtAHundredPercent()
{
    QFETCH(int, kindId);
    const auto kind = static_cast<Model::MetricKind>(kindId);
    QFETCH(double, value);
    QFETCH(double, axisMax);
    Gui::Charts::TimeSeriesChart chart(kind);
    Store::StoredSeries series;
    series.key.kind = kind;
    series.points = {{1000, value, value, value}, {2000, value, value, value}};
    chart.setData(series, 0, 2000);
    QCOMPARE(chart.valueAxisMax(), axisMax);
}

void TestCharts::chartGrowsToTheForecast()
{
    Gui::Charts::TimeSeriesChart chart(Model::MetricKind::ErrorRate);
    Store::StoredSeries series;
    series.key.kind = Model::MetricKind::ErrorRate;
    series.points = {{1000, 0.02, 0.02, 0.02}, {2000, 0.03, 0.03, 0.03}};
    chart.setData(series, 0, 2000);
    QCOMPARE(chart.displayScale(), 100.0);
    Analysis::Forecast f = sampleForecast();
    f.startMs = 2100;
    const auto band = ChartOverlay::forecastBand(f, chart.points().last(), 4000, chart.displayScale());
    chart.setOverlay(band, {{1000, 2.0, 0.9}}, {u"tip"_s}, 4000);
    QCOMPARE(chart.forecastBand().line.size(), 6);
    QCOMPARE(chart.forecastBand().line.first().y(), 3.0); // 0.03 shown as 3%
    QCOMPARE(chart.anomalyMarkers().size(), 1);
    QCOMPARE(chart.toMs(), 2000); // the data's range; the axis reaches the forecast
    // Kept across new data until cleared.
    chart.setData(series, 0, 2000);
    QCOMPARE(chart.forecastBand().line.size(), 6);
    chart.clearOverlay();
    QVERIFY(chart.forecastBand().isEmpty());
    QVERIFY(chart.anomalyMarkers().isEmpty());
}

void TestCharts::shortSeriesUntouched()
{
    const QVector<QPointF> points = {{0, 1}, {1, 2}, {2, 3}};
    QCOMPARE(decimateMinMax(points, 10), points);
}

void TestCharts::keepsEverySpike()
{
    QVector<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.append({double(i), std::sin(i / 1000.0)});
    points[31337].setY(50.0);
    points[77777].setY(-40.0);
    const QVector<QPointF> out = decimateMinMax(points, 800);
    double top = -1e9;
    double bottom = 1e9;
    for (const QPointF &p : out) {
        top = std::max(top, p.y());
        bottom = std::min(bottom, p.y());
    }
    QCOMPARE(top, 50.0);
    QCOMPARE(bottom, -40.0);
    for (qsizetype i = 1; i < out.size(); ++i)
        QVERIFY(out.at(i).x() > out.at(i - 1).x());
}

void TestCharts::boundedByBuckets()
{
    QVector<QPointF> points;
    for (int i = 0; i < 50000; ++i)
        points.append({double(i), double(i % 7)});
    QVERIFY(decimateMinMax(points, 300).size() <= 600);
}

void TestCharts::chartKeepsUnitsAndRange()
{
    Gui::Charts::TimeSeriesChart chart(Model::MetricKind::ErrorRate);
    Store::StoredSeries series;
    series.key.kind = Model::MetricKind::ErrorRate;
    series.resolution = Store::Resolution::FiveMinutes;
    series.points = {{1000, 0.02, 0.01, 0.05}, {2000, 0.03, 0.02, 0.04}};
    chart.setData(series, 0, 3000);
    // Stored as fractions; the points keep metric units, the plot shows percent.
    QCOMPARE(chart.points().size(), 2);
    QCOMPARE(chart.points().last().y(), 0.03);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
