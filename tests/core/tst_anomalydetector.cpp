#include "core/analysis/anomalydetector.h"
#include "core/analysis/syntheticseries.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Analysis;
using Kind = SyntheticSeries::AnomalyKind;

namespace {

double maxIn(const std::vector<double> &v, qsizetype from, qsizetype to)
{
    double m = 0;
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min<qsizetype>(to, qsizetype(v.size())); ++i)
        m = std::max(m, v[size_t(i)]);
    return m;
}

SyntheticSeries::Spec background()
{
    SyntheticSeries::Spec spec;
    spec.length = 14 * 288;
    spec.noise = 0.04;
    spec.multiplicative = false;
    spec.dailyAmplitude = 0.3;
    spec.seed = 77;
    return spec;
}

} // namespace

class TestAnomalyDetector : public QObject
{
    Q_OBJECT

private slots:
    void scoresAreCausal();
    void scoresInRangeAndQuietOnNormalDays();
    void catchesInjectedAnomaly_data();
    void catchesInjectedAnomaly();
    void outliersDoNotPoisonHistory();
    void levelShiftAlarmEnds();
    void missingValuesScoreZero();
    void constantSeriesScoresZero();
    void findsDailyPeriod();
};

void TestAnomalyDetector::scoresAreCausal()
{
    RegularSeries s = SyntheticSeries::make(background());
    SyntheticSeries::inject(s, background(), Kind::Spike, 3000, 20);
    const std::vector<double> full = AnomalyDetector::scoreSeries(s);
    for (qsizetype cut : {10, 47, 500, 1001, 3001}) {
        RegularSeries prefix{s.startMs, s.stepMs, std::vector<double>(s.values.begin(), s.values.begin() + cut)};
        const std::vector<double> part = AnomalyDetector::scoreSeries(prefix);
        for (qsizetype i = 0; i < cut; ++i)
            QCOMPARE(part[size_t(i)], full[size_t(i)]);
    }
}

void TestAnomalyDetector::scoresInRangeAndQuietOnNormalDays()
{
    const RegularSeries s = SyntheticSeries::make(background());
    const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
    QVERIFY(std::all_of(sc.begin(), sc.end(), [](double v) { return v >= 0 && v <= 1; }));
    for (int i = 0; i < AnomalyDetector::kWarmupRows; ++i)
        QCOMPARE(sc[size_t(i)], 0.0);
    // After the first three days every normal daily cycle stays below the alarm level.
    QVERIFY2(maxIn(sc, 3 * 288, s.size()) < 0.5, qPrintable(QString::number(maxIn(sc, 3 * 288, s.size()))));
}

void TestAnomalyDetector::catchesInjectedAnomaly_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("size");
    QTest::addColumn<int>("window");
    QTest::newRow("spike") << int(Kind::Spike) << 10.0 << 1;
    QTest::newRow("dip") << int(Kind::Dip) << 10.0 << 1;
    QTest::newRow("level shift") << int(Kind::LevelShift) << 6.0 << 12;
    QTest::newRow("variance change") << int(Kind::VarianceChange) << 5.0 << 24;
}

void TestAnomalyDetector::catchesInjectedAnomaly()
{
    QFETCH(int, kind);
    QFETCH(double, size);
    QFETCH(int, window);
    const SyntheticSeries::Spec spec = background();
    RegularSeries s = SyntheticSeries::make(spec);
    const qsizetype at = 3000;
    SyntheticSeries::inject(s, spec, Kind(kind), at, size);
    const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
    QVERIFY2(maxIn(sc, at, at + window) >= 0.5, qPrintable(QString::number(maxIn(sc, at, at + window))));
    QVERIFY2(maxIn(sc, 3 * 288, at) < 0.5, "alarm before the anomaly");
}

void TestAnomalyDetector::outliersDoNotPoisonHistory()
{
    // Spikes at the same phase on several days: each one must still stand out, and the
    // normal value at that phase afterwards must not.
    const SyntheticSeries::Spec spec = background();
    RegularSeries s = SyntheticSeries::make(spec);
    for (int day = 5; day <= 9; ++day)
        SyntheticSeries::inject(s, spec, Kind::Spike, day * 288 + 100, 15);
    const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
    for (int day = 5; day <= 9; ++day)
        QVERIFY2(sc[size_t(day * 288 + 100)] >= 0.5, qPrintable(QString::number(day)));
    QVERIFY(sc[size_t(10 * 288 + 100)] < 0.5);
}

void TestAnomalyDetector::levelShiftAlarmEnds()
{
    const SyntheticSeries::Spec spec = background();
    RegularSeries s = SyntheticSeries::make(spec);
    SyntheticSeries::inject(s, spec, Kind::LevelShift, 2500, 8);
    const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
    QVERIFY(maxIn(sc, 2500, 2512) >= 0.5);
    // The baseline re-anchors: a day later the new level is normal.
    QVERIFY2(maxIn(sc, 2500 + 288, s.size()) < 0.5, qPrintable(QString::number(maxIn(sc, 2500 + 288, s.size()))));
}

void TestAnomalyDetector::missingValuesScoreZero()
{
    SyntheticSeries::Spec spec = background();
    spec.missingFraction = 0.1;
    const RegularSeries s = SyntheticSeries::make(spec);
    const std::vector<double> sc = AnomalyDetector::scoreSeries(s);
    for (size_t i = 0; i < sc.size(); ++i)
        if (std::isnan(s.values[i]))
            QCOMPARE(sc[i], 0.0);
    QVERIFY(maxIn(sc, 3 * 288, s.size()) < 0.5);
}

void TestAnomalyDetector::constantSeriesScoresZero()
{
    AnomalyDetector d;
    for (int i = 0; i < 2100; ++i)
        QCOMPARE(d.score(qint64(i) * 60'000, 5.0), 0.0);
    // ... and, once past the warm-up, a departure from a flat line is an anomaly.
    QVERIFY(d.score(2100 * 60'000, 9.0) >= 0.5);
}

void TestAnomalyDetector::findsDailyPeriod()
{
    const RegularSeries s = SyntheticSeries::make(background());
    AnomalyDetector d;
    for (qsizetype i = 0; i < s.size(); ++i)
        d.score(s.timeAt(i), s.values[size_t(i)]);
    QCOMPARE(d.periods().empty() ? 0 : d.periods().front(), 288);
}

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"
