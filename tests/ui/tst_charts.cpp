#include "ui/charts/decimation.h"
#include "ui/charts/timeserieschart.h"

#include <QTest>

#include <cmath>

using Gui::Charts::decimateMinMax;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void shortSeriesUntouched();
    void keepsEverySpike();
    void boundedByBuckets();
    void chartKeepsUnitsAndRange();
};

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
