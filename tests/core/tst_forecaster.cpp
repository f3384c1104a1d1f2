#include "core/analysis/backtester.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/naivecombination.h"
#include "core/analysis/seasonalitydetector.h"
#include "core/analysis/syntheticseries.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <numbers>
#include <random>

using namespace Analysis;
using namespace Qt::StringLiterals;

namespace {

RegularSeries makeSeries(qsizetype n, qint64 stepMs, const std::function<double(qsizetype)> &f)
{
    RegularSeries s{1'767'225'600'000, stepMs, {}};
    s.values.resize(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        s.values[size_t(i)] = f(i);
    return s;
}

double mean(const std::vector<double> &v, size_t from = 0, size_t to = size_t(-1))
{
    to = std::min(to, v.size());
    double s = 0;
    for (size_t i = from; i < to; ++i)
        s += v[i];
    return s / double(to - from);
}

} // namespace

class TestForecaster : public QObject
{
    Q_OBJECT

private slots:
    void detectsSeasonality_data();
    void detectsSeasonality();
    void invariantsHold_data();
    void invariantsHold();
    void constantSeries();
    void shortHistoryWidensAndSays();
    void weekFromTwelveDays_data();
    void weekFromTwelveDays();
    void followsTrend();
    void adoptsRecentLevelShift();
    void multiplicativeSeriesUsesLogScale();
    void ignoresSpikesInHistory();
    void seasonOverride();
    void rejectsBadArguments();
    void backtestReportsAccuracy();
    void naiveCombinationWeight_data();
    void naiveCombinationWeight();
    void blendsSeasonalNaiveWhenItForecastsBetter_data();
    void blendsSeasonalNaiveWhenItForecastsBetter();
};

void TestForecaster::detectsSeasonality_data()
{
    QTest::addColumn<int>("weekend"); // percent of weekday level
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("5 min, daily only") << 100 << 14 << qint64(300'000) << QList<int>{288};
    QTest::newRow("5 min, daily and weekly") << 50 << 21 << qint64(300'000) << QList<int>{288, 2016};
    QTest::newRow("hourly, daily and weekly") << 50 << 35 << qint64(3'600'000) << QList<int>{24, 168};
    QTest::newRow("hourly, one week: weekly not claimed") << 50 << 7 << qint64(3'600'000) << QList<int>{24};
    // From one and a half weeks on, clearly different weekday levels are a week.
    QTest::newRow("5 min, 12 days with weekends") << 60 << 12 << qint64(300'000) << QList<int>{288, 2016};
    QTest::newRow("5 min, 12 days without weekends") << 100 << 12 << qint64(300'000) << QList<int>{288};
    QTest::newRow("hourly, 11 days with weekends") << 60 << 11 << qint64(3'600'000) << QList<int>{24, 168};
    QTest::newRow("hourly, 9 days: a weekday level needs more") << 60 << 9 << qint64(3'600'000) << QList<int>{24};
}

void TestForecaster::detectsSeasonality()
{
    QFETCH(int, weekend);
    QFETCH(int, days);
    QFETCH(qint64, stepMs);
    QFETCH(QList<int>, expected);
    SyntheticSeries::Spec spec;
    spec.stepMs = stepMs;
    spec.length = days * 86'400'000LL / stepMs;
    spec.weekendFactor = weekend / 100.0;
    spec.noise = 0.05;
    const RegularSeries s = SyntheticSeries::make(spec);
    const std::vector<int> found =
        SeasonalityDetector::detect(s.values.data(), s.size(), stepMs, SeasonalityDetector::ShortWeek::FromWeekdayLevels);
    QCOMPARE(QList<int>(found.begin(), found.end()), expected);
}

void TestForecaster::invariantsHold_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<double>("missing");
    QTest::newRow("long") << 4032 << 576 << 0.0;
    QTest::newRow("gappy") << 2000 << 288 << 0.2;
    QTest::newRow("hourly short") << 30 << 48 << 0.0;
    QTest::newRow("three points") << 3 << 10 << 0.0;
    QTest::newRow("horizon longer than history") << 100 << 1000 << 0.0;
}

void TestForecaster::invariantsHold()
{
    QFETCH(int, n);
    QFETCH(int, horizon);
    QFETCH(double, missing);
    SyntheticSeries::Spec spec;
    spec.length = n;
    spec.missingFraction = missing;
    const RegularSeries s = SyntheticSeries::make(spec);
    ForecastOptions o;
    o.horizon = horizon;
    auto f = Forecaster().forecast(s, o);
    QVERIFY2(f.ok(), qPrintable(f.error().message));
    QCOMPARE(int(f->point.size()), horizon);
    QCOMPARE(f->startMs, s.timeAt(s.size()));
    for (int h = 0; h < horizon; ++h) {
        QVERIFY(std::isfinite(f->point[size_t(h)]) && std::isfinite(f->lower[size_t(h)])
                && std::isfinite(f->upper[size_t(h)]));
        QVERIFY(f->lower[size_t(h)] <= f->point[size_t(h)]);
        QVERIFY(f->point[size_t(h)] <= f->upper[size_t(h)]);
        QVERIFY(f->lower[size_t(h)] >= 0); // the series is positive: so is the band
    }
    // The band widens with the horizon: compare the same time of day a day apart.
    // On a Box-Cox scale the raw width follows level^(1 - lambda): normalise by it.
    auto width = [&](size_t h) {
        return (f->upper[h] - f->lower[h]) / std::pow(std::max(f->point[h], 1e-9), 1.0 - f->boxCoxLambda);
    };
    for (size_t h = 0; h + 288 < size_t(horizon); h += 97)
        QVERIFY2(width(h + 288) >= 0.95 * width(h), qPrintable(QStringLiteral("%1 %2").arg(width(h + 288)).arg(width(h))));
    QVERIFY(!f->explanation.isEmpty());
    if (missing > 0)
        QVERIFY(f->hasNote(ForecastNote::MissingValues));
}

void TestForecaster::constantSeries()
{
    const RegularSeries s = makeSeries(500, 60'000, [](qsizetype) { return 5.0; });
    ForecastOptions o;
    o.horizon = 60;
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    QVERIFY(f->hasNote(ForecastNote::ConstantSeries));
    for (size_t h = 0; h < 60; ++h)
        QCOMPARE(f->point[h], 5.0);
}

void TestForecaster::shortHistoryWidensAndSays()
{
    SyntheticSeries::Spec spec;
    spec.stepMs = 3'600'000;
    spec.length = 30; // a day and a quarter: no daily profile possible
    const RegularSeries s = SyntheticSeries::make(spec);
    ForecastOptions o;
    o.horizon = 24;
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    QVERIFY(f->hasNote(ForecastNote::ShortHistory));
    QVERIFY(f->periods.empty());
    QVERIFY(f->explanation.contains(QLatin1String("two days")));

    spec.length = 5;
    auto tiny = Forecaster().forecast(SyntheticSeries::make(spec), o);
    QVERIFY(tiny.ok());
    QVERIFY(tiny->hasNote(ForecastNote::VeryShortHistory));
}

void TestForecaster::weekFromTwelveDays_data()
{
    QTest::addColumn<int>("skip"); // 5-minute steps dropped from the start (Thursday 00:00)
    QTest::addColumn<int>("length");
    QTest::newRow("midnight to midnight") << 0 << 12 * 288;
    QTest::newRow("09:00 to 14:30") << 108 << 12 * 288 - 108 + 174;
}

// About twelve days (from a Thursday: Tuesday and Wednesday seen once, the weekend
// twice) are enough for the weekend's level: the forecast a week ahead dips on the
// calendar's Saturday and Sunday as the history did, whatever the hour the history
// starts and ends, and the explanation says the weekly shape rests on little history.
void TestForecaster::weekFromTwelveDays()
{
    QFETCH(int, skip);
    QFETCH(int, length);
    SyntheticSeries::Spec spec;
    spec.length = 13 * 288;
    spec.weekendFactor = 0.6;
    spec.noise = 0.05;
    const RegularSeries full = SyntheticSeries::make(spec);
    const RegularSeries s{full.timeAt(skip), full.stepMs,
                          std::vector<double>(full.values.begin() + skip, full.values.begin() + skip + length)};
    ForecastOptions o;
    o.horizon = 7 * 288;
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    QCOMPARE(f->periods, (std::vector<int>{288, 2016}));
    QVERIFY(f->hasNote(ForecastNote::ShortWeek));
    QVERIFY2(f->explanation.contains(QLatin1String("two weeks")), qPrintable(f->explanation));
    // The forecast at a UTC weekday and hour, within the week ahead.
    const auto at = [&](int dayOfWeek, int hour) {
        for (qsizetype i = 0; i < qsizetype(f->point.size()); ++i) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(f->startMs + i * f->stepMs, QTimeZone::utc());
            if (t.date().dayOfWeek() == dayOfWeek && t.time() == QTime(hour, 0))
                return f->point[size_t(i)];
        }
        return std::numeric_limits<double>::quiet_NaN();
    };
    // Saturday morning against Friday morning: the weekend level; Friday evening
    // against Thursday evening: still a weekday (the level changes around midnight,
    // not from Friday noon on).
    const double weekend = at(6, 6) / at(5, 6);
    const double friday = at(5, 18) / at(4, 18);
    QVERIFY2(weekend > 0.5 && weekend < 0.7, qPrintable(QStringLiteral("Saturday / Friday %1").arg(weekend)));
    QVERIFY2(friday > 0.9 && friday < 1.1, qPrintable(QStringLiteral("Friday / Thursday evening %1").arg(friday)));
    for (size_t i = 0; i < f->point.size(); ++i)
        QVERIFY(f->lower[i] <= f->point[i] && f->point[i] <= f->upper[i]);
}

void TestForecaster::followsTrend()
{
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0, 1);
    const RegularSeries s = makeSeries(2000, 300'000, [&](qsizetype i) { return 50 + 0.05 * double(i) + noise(rng); });
    ForecastOptions o;
    o.horizon = 100;
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    // Last level ~150: the forecast keeps rising (damped) and stays far above a flat 150.
    QVERIFY2(f->point.back() > 151.5, qPrintable(QString::number(f->point.back())));
    QVERIFY(f->point.back() < 156);
    QVERIFY(f->lower.back() < 150 + 0.05 * 100 && f->upper.back() > 150 + 0.05 * 100);
}

void TestForecaster::adoptsRecentLevelShift()
{
    std::mt19937 rng(5);
    std::normal_distribution<double> noise(0, 1);
    const RegularSeries s = makeSeries(1500, 60'000, [&](qsizetype i) { return (i < 1470 ? 20.0 : 40.0) + noise(rng); });
    ForecastOptions o;
    o.horizon = 30;
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    QVERIFY2(std::abs(mean(f->point) - 40.0) < 3.0, qPrintable(QString::number(mean(f->point))));
}

void TestForecaster::multiplicativeSeriesUsesLogScale()
{
    SyntheticSeries::Spec spec;
    spec.length = 14 * 288;
    spec.dailyAmplitude = 0.8;
    spec.noise = 0.1;
    spec.multiplicative = true;
    ForecastOptions o;
    o.horizon = 288;
    auto f = Forecaster().forecast(SyntheticSeries::make(spec), o);
    QVERIFY(f.ok());
    QVERIFY(f->boxCoxLambda < 1.0);
    QVERIFY(f->hasNote(ForecastNote::LogScale));
    // Band wider at the daily peak than in the night trough (spread follows the level).
    size_t peak = 0, trough = 0;
    for (size_t h = 0; h < f->point.size(); ++h) {
        if (f->point[h] > f->point[peak])
            peak = h;
        if (f->point[h] < f->point[trough])
            trough = h;
    }
    QVERIFY(f->upper[peak] - f->lower[peak] > 1.5 * (f->upper[trough] - f->lower[trough]));

    spec.multiplicative = false;
    spec.dailyAmplitude = 0.3;
    auto additive = Forecaster().forecast(SyntheticSeries::make(spec), o);
    QVERIFY(additive.ok());
    QCOMPARE(additive->boxCoxLambda, 1.0);
}

void TestForecaster::ignoresSpikesInHistory()
{
    SyntheticSeries::Spec spec;
    spec.length = 10 * 288;
    spec.multiplicative = false;
    RegularSeries clean = SyntheticSeries::make(spec);
    RegularSeries spiky = clean;
    // A huge spike at the same phase on two of the last days.
    spiky.values[size_t(spiky.size() - 288 + 100)] += 5000;
    spiky.values[size_t(spiky.size() - 2 * 288 + 100)] += 5000;
    ForecastOptions o;
    o.horizon = 288;
    auto a = Forecaster().forecast(clean, o);
    auto b = Forecaster().forecast(spiky, o);
    QVERIFY(a.ok() && b.ok());
    QVERIFY2(std::abs(b->point[100] - a->point[100]) < 10,
             qPrintable(QStringLiteral("%1 vs %2").arg(b->point[100]).arg(a->point[100])));
}

void TestForecaster::seasonOverride()
{
    // A 10-step cycle on a 1-minute series: no calendar period, given explicitly.
    const RegularSeries s = makeSeries(400, 60'000, [](qsizetype i) { return 10 + 5 * std::sin(double(i) * 2 * M_PI / 10); });
    ForecastOptions o;
    o.horizon = 20;
    o.periods = {10};
    auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    QCOMPARE(f->periods, std::vector<int>{10});
    QVERIFY(f->hasNote(ForecastNote::SeasonOverride));
    for (int h = 1; h <= 20; ++h)
        QVERIFY(std::abs(f->point[size_t(h - 1)] - (10 + 5 * std::sin(double(400 + h - 1) * 2 * M_PI / 10))) < 0.5);

    // The same series is found to be seasonal without help (autocorrelation search).
    o.periods.clear();
    auto g = Forecaster().forecast(s, o);
    QVERIFY(g.ok());
    QCOMPARE(g->periods, std::vector<int>{10});
}

void TestForecaster::rejectsBadArguments()
{
    ForecastOptions o;
    o.horizon = 0;
    const RegularSeries s = makeSeries(10, 1000, [](qsizetype i) { return double(i); });
    QVERIFY(!Forecaster().forecast(s, o).ok());
    o.horizon = 5;
    const RegularSeries nan = makeSeries(10, 1000, [](qsizetype) { return kMissing; });
    auto f = Forecaster().forecast(nan, o);
    QVERIFY(!f.ok());
    QVERIFY(!f.error().message.isEmpty());
}

void TestForecaster::backtestReportsAccuracy()
{
    SyntheticSeries::Spec spec;
    spec.length = 14 * 288;
    spec.noise = 0.05;
    const RegularSeries s = SyntheticSeries::make(spec);
    ForecastOptions o;
    o.horizon = 288;
    const Accuracy a = Backtester().evaluate(s, o);
    QVERIFY(a.valid());
    QCOMPARE(a.origins, 3);
    QCOMPARE(a.points, 3 * 288);
    QVERIFY2(a.mase < a.baselineMase, qPrintable(QStringLiteral("%1 vs %2").arg(a.mase).arg(a.baselineMase)));
    QVERIFY(a.coverage >= 0.8 && a.coverage <= 1.0);
    QVERIFY(a.smape > 0 && a.smape < 20);
}

void TestForecaster::naiveCombinationWeight_data()
{
    QTest::addColumn<double>("modelSd");
    QTest::addColumn<double>("naiveSd");
    QTest::addColumn<double>("shared"); // part of both errors that is common (0..1)
    QTest::addColumn<double>("expected");
    QTest::newRow("naive much better") << 4.0 << 1.0 << 0.0 << 0.0;
    QTest::newRow("model much better") << 1.0 << 4.0 << 0.0 << 1.0;
    // Independent errors: even the worse forecast helps (the least-error weight of two
    // independent errors is inversely proportional to their variances, here 1/5).
    QTest::newRow("naive twice as good") << 2.0 << 1.0 << 0.0 << 0.25;
    QTest::newRow("equal, independent") << 1.0 << 1.0 << 0.0 << 0.5;
    // Errors that are the same for both: nothing to gain, so the shrink keeps the model.
    QTest::newRow("equal, identical") << 1.0 << 1.0 << 1.0 << 1.0;
}

void TestForecaster::naiveCombinationWeight()
{
    QFETCH(double, modelSd);
    QFETCH(double, naiveSd);
    QFETCH(double, shared);
    QFETCH(double, expected);
    std::mt19937 rng(7);
    std::normal_distribution<double> g(0.0, 1.0);
    std::vector<double> em, en;
    for (int i = 0; i < 400; ++i) {
        const double common = g(rng);
        em.push_back(modelSd * (shared * common + (1.0 - shared) * g(rng)));
        en.push_back(naiveSd * (shared * common + (1.0 - shared) * g(rng)));
    }
    std::vector<double> z(100, 0.0), seasonal(124, 0.0);
    NaiveCombination c(z.data(), seasonal.data(), 100, 24);
    QVERIFY(c.isActive());
    QCOMPARE(c.addCheckpoint(1, em, en), expected);
    QCOMPARE(c.modelWeight(1), expected);
    QCOMPARE(c.modelWeight(48), expected); // carried beyond the last checkpoint
}

void TestForecaster::blendsSeasonalNaiveWhenItForecastsBetter_data()
{
    QTest::addColumn<bool>("wandering"); // daily shape drifting from day to day
    QTest::newRow("shape drifts day to day") << true;
    QTest::newRow("fixed shape, noise") << false;
}

// An hourly series whose daily shape drifts from day to day (each hour a random walk
// across days): yesterday is the best guess of today, and a profile averaged over days
// lags; the forecaster must learn that from the series and lean on the last day. With
// a fixed shape and independent noise, the last day only adds its noise: the model
// keeps (nearly) all the weight.
void TestForecaster::blendsSeasonalNaiveWhenItForecastsBetter()
{
    QFETCH(bool, wandering);
    std::mt19937 rng(11);
    std::normal_distribution<double> g(0.0, 1.0);
    const qsizetype days = 30, n = days * 24, horizon = 48;
    std::vector<double> shape(24);
    for (int j = 0; j < 24; ++j)
        shape[size_t(j)] = 100.0 + 30.0 * std::sin(2 * std::numbers::pi * j / 24.0);
    std::vector<double> all(size_t(n + horizon));
    for (qsizetype i = 0; i < n + horizon; ++i) {
        const size_t j = size_t(i % 24);
        if (wandering) {
            shape[j] += 4.0 * g(rng);
            all[size_t(i)] = shape[j] + 0.5 * g(rng);
        } else {
            all[size_t(i)] = shape[j] + 3.0 * g(rng);
        }
    }
    const RegularSeries s = makeSeries(n, 3'600'000, [&](qsizetype i) { return all[size_t(i)]; });
    ForecastOptions o;
    o.horizon = int(horizon);
    const auto f = Forecaster().forecast(s, o);
    QVERIFY(f.ok());
    double maeOurs = 0, maeNaive = 0;
    for (qsizetype h = 0; h < horizon; ++h) {
        const double y = all[size_t(n + h)];
        maeOurs += std::abs(y - f->point[size_t(h)]);
        maeNaive += std::abs(y - all[size_t(n - 24 + h % 24)]);
    }
    if (wandering) {
        QVERIFY2(f->naiveShare >= 0.5, qPrintable(QString::number(f->naiveShare)));
        QVERIFY(f->hasNote(ForecastNote::SeasonalNaiveBlend));
        QVERIFY(f->explanation.contains(u"seasonal naive"_s));
        QVERIFY2(maeOurs <= 1.1 * maeNaive, qPrintable(u"%1 vs %2"_s.arg(maeOurs).arg(maeNaive)));
    } else {
        QVERIFY2(f->naiveShare <= 0.25, qPrintable(QString::number(f->naiveShare)));
        QVERIFY2(maeOurs < maeNaive, qPrintable(u"%1 vs %2"_s.arg(maeOurs).arg(maeNaive)));
    }
}

QTEST_GUILESS_MAIN(TestForecaster)
#include "tst_forecaster.moc"
