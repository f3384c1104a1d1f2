#include "core/analysis/capacityplanner.h"
#include "core/analysis/costforecaster.h"

#include <QDateTime>
#include <QTest>

#include <cmath>
#include <random>

using namespace Analysis;

namespace {

constexpr qint64 kDayMs = 86'400'000;

qint64 utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// CPU with a daily cycle whose level grows by `monthly` per 30 days.
RegularSeries cpu(int days, double start, double monthly, std::uint64_t seed)
{
    RegularSeries s{utc(2026, 1, 1), 300'000, {}};
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0, 1);
    for (qsizetype i = 0; i < days * 288; ++i) {
        const double day = double(i) / 288.0;
        const double level = start * std::pow(1.0 + monthly, day / 30.0);
        const double shape = 0.75 + 0.25 * std::sin(2 * M_PI * (day - 0.25)); // peak = level
        s.values.push_back(level * shape + noise(rng));
    }
    return s;
}

} // namespace

class TestCapacity : public QObject
{
    Q_OBJECT

private slots:
    void projectsCrossing_data();
    void projectsCrossing();
    void flatSeriesDoesNotCross();
    void alreadyAboveLimit();
    void refusesShortHistory();
    void linearFillingDisk_data();
    void linearFillingDisk();
    void costOfConstantReplicas();
    void costBandHoldsTruth();
    void replicasStaySensible_data();
    void replicasStaySensible();
};

void TestCapacity::projectsCrossing_data()
{
    QTest::addColumn<double>("monthly");
    QTest::addColumn<int>("replicas");
    QTest::newRow("+15%/month, 3 replicas") << 0.15 << 3;
    QTest::newRow("+30%/month, 2 replicas") << 0.30 << 2;
}

void TestCapacity::projectsCrossing()
{
    QFETCH(double, monthly);
    QFETCH(int, replicas);
    const RegularSeries s = cpu(60, 40.0, monthly, 7);
    CapacityPlanner::Request r;
    r.limit = 80;
    r.replicasNow = replicas;
    r.horizonDays = 365;
    r.metricName = QStringLiteral("CPU p95");
    r.unit = QStringLiteral("%");
    auto p = CapacityPlanner().project(s, r);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY2(std::abs(p->growthPerMonth - monthly) < 0.03, qPrintable(QString::number(p->growthPerMonth)));
    QVERIFY(p->crosses);
    // Truth: the daily p95 (~ the peak) starts near 40*(1+g)^(60/30) at the end and
    // reaches 80 after 30*ln(80/peakNow)/ln(1+g) days.
    const double peakNow = 40.0 * std::pow(1.0 + monthly, 59.0 / 30.0) * 0.998;
    const double days = 30.0 * std::log(80.0 / peakNow) / std::log(1.0 + monthly);
    const qint64 truth = s.timeAt(s.size() - 1) + qint64(days * double(kDayMs));
    QVERIFY2(std::abs(double(p->crossingMs - truth)) < 10.0 * kDayMs,
             qPrintable(QDateTime::fromMSecsSinceEpoch(p->crossingMs, Qt::UTC).toString()));
    QVERIFY(p->crossingEarliestMs <= p->crossingMs);
    QVERIFY(p->crossingLatestMs == 0 || p->crossingLatestMs >= p->crossingMs);
    QVERIFY(p->replicasNeeded > replicas);
    // The replica figure's interval comes from the band at the crossing: its lower edge
    // is at most the limit there (so about today's count), the figure is its upper edge.
    QCOMPARE(p->replicasHigh, p->replicasNeeded);
    QVERIFY2(p->replicasLow >= 1 && p->replicasLow <= replicas + 1 && p->replicasLow < p->replicasHigh,
             qPrintable(QStringLiteral("%1..%2").arg(p->replicasLow).arg(p->replicasHigh)));
    QVERIFY(p->explanation.contains(QStringLiteral("CPU p95 crosses 80%")));
    // The sentence gives the figure with its interval, as the predictions table does.
    QVERIFY2(p->explanation.contains(QStringLiteral("%1 replica").arg(p->replicasNeeded))
                 && p->explanation.contains(QStringLiteral("(%1–%2) needed then.").arg(p->replicasLow).arg(p->replicasHigh)),
             qPrintable(p->explanation));
    QCOMPARE(p->peak.size(), size_t(366));
    for (size_t i = 0; i < p->peak.size(); ++i)
        QVERIFY(p->peakLower[i] <= p->peak[i] && p->peak[i] <= p->peakUpper[i]);
}

void TestCapacity::flatSeriesDoesNotCross()
{
    CapacityPlanner::Request r;
    r.limit = 80;
    r.replicasNow = 4;
    auto p = CapacityPlanner().project(cpu(30, 40.0, 0.0, 3), r);
    QVERIFY(p.ok());
    QVERIFY(!p->crosses);
    QVERIFY(std::abs(p->growthPerMonth) < 0.03);
    QVERIFY(p->replicasNeeded <= 4); // room to scale down
    QVERIFY(p->explanation.contains(QStringLiteral("stays under")));
}

void TestCapacity::alreadyAboveLimit()
{
    CapacityPlanner::Request r;
    r.limit = 30;
    r.replicasNow = 2;
    auto p = CapacityPlanner().project(cpu(10, 40.0, 0.0, 4), r);
    QVERIFY(p.ok());
    QVERIFY(p->alreadyAbove);
    QVERIFY(p->replicasNeeded >= 3);
}

void TestCapacity::refusesShortHistory()
{
    CapacityPlanner::Request r;
    auto p = CapacityPlanner().project(cpu(2, 40.0, 0.1, 5), r);
    QVERIFY(!p.ok());
    QVERIFY(p.error().message.contains(QStringLiteral("days")));
}

void TestCapacity::linearFillingDisk_data()
{
    QTest::addColumn<int>("growth");
    QTest::addColumn<bool>("onTime");
    // The default model compounds: a volume that fills by a fixed amount a day looks
    // like fast exponential growth from its history and is projected to fill weeks
    // early. That is why the option exists.
    QTest::newRow("exponential (default)") << int(CapacityPlanner::Growth::Exponential) << false;
    QTest::newRow("linear") << int(CapacityPlanner::Growth::Linear) << true;
}

void TestCapacity::linearFillingDisk()
{
    QFETCH(int, growth);
    QFETCH(bool, onTime);
    // 90 days of a disk filling 0.35 points a day, now at 61%: 80% in 54 days.
    RegularSeries s{utc(2026, 1, 1), 3'600'000, {}};
    std::mt19937_64 rng(3);
    std::normal_distribution<double> noise(0, 0.02);
    for (qsizetype i = 0; i < 90 * 24; ++i)
        s.values.push_back(61.0 - 0.35 * double(90 * 24 - 1 - i) / 24.0 + noise(rng));
    CapacityPlanner::Request r;
    r.limit = 80;
    r.growth = CapacityPlanner::Growth(growth);
    auto p = CapacityPlanner().project(s, r);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    QVERIFY(p->crosses);
    const qint64 truth = s.timeAt(s.size() - 1) + qint64((80.0 - 61.0) / 0.35 * double(kDayMs));
    if (onTime) {
        // Daily peaks on whole days: within a day of the truth, and so is the interval.
        QVERIFY(std::abs(double(p->crossingMs - truth)) <= double(kDayMs));
        QVERIFY(p->crossingEarliestMs >= truth - 2 * kDayMs && p->crossingLatestMs <= truth + 2 * kDayMs);
        QVERIFY(std::abs(p->growthPerMonth - 30 * 0.35 / 61.0) < 0.01); // relative to today's peak
    } else {
        QVERIFY(p->crossingLatestMs < truth - 14 * kDayMs); // weeks early, interval and all
    }
}

void TestCapacity::costOfConstantReplicas()
{
    // 3 replicas from 1 March 00:00 for 20 days at 5-minute samples, 0.5 per replica-hour.
    RegularSeries s{utc(2026, 3, 1), 300'000, std::vector<double>(20 * 288, 3.0)};
    auto c = CostForecaster().forecast(s, 0.5);
    QVERIFY2(c.ok(), qPrintable(c.error().message));
    QCOMPARE(c->monthToDate, 20 * 24 * 1.5);
    QVERIFY(std::abs(c->next7Days - 7 * 24 * 1.5) < 1e-6);
    QVERIFY(std::abs(c->monthEnd - 31 * 24 * 1.5) < 1e-6);
    QCOMPARE(c->monthEndMs, utc(2026, 4, 1));
    QVERIFY(c->monthEndLower <= c->monthEnd && c->monthEnd <= c->monthEndUpper);

    const CostForecast project = CostForecaster::sum({*c, *c});
    QVERIFY(std::abs(project.monthEnd - 2 * c->monthEnd) < 1e-9);
    QVERIFY(std::abs(project.next7Days - 2 * c->next7Days) < 1e-9);
}

void TestCapacity::costBandHoldsTruth()
{
    // Autoscaled service: 2 replicas at night, 6 by day, 28 days; forecast the next 7.
    auto replicasAt = [](qsizetype i) { return (i / 12) % 24 >= 8 && (i / 12) % 24 < 20 ? 6.0 : 2.0; };
    RegularSeries s{utc(2026, 2, 1), 300'000, {}};
    for (qsizetype i = 0; i < 28 * 288; ++i)
        s.values.push_back(replicasAt(i));
    auto c = CostForecaster().forecast(s, 1.0);
    QVERIFY(c.ok());
    const double truth = 7 * (12 * 6 + 12 * 2);
    QVERIFY2(std::abs(c->next7Days - truth) < 0.05 * truth, qPrintable(QString::number(c->next7Days)));
    QVERIFY(c->next7DaysLower <= truth && truth <= c->next7DaysUpper);
}

void TestCapacity::replicasStaySensible_data()
{
    // About a week of daily peaks: the slope is uncertain, and its band extrapolated for
    // six months used to ask for millions of replicas.
    QTest::addColumn<int>("days");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("noise");   // relative day-to-day scatter of the peaks
    QTest::addColumn<double>("limit");
    QTest::addColumn<int>("minReplicas");
    QTest::addColumn<int>("maxReplicas");
    QTest::addColumn<int>("crosses"); // 1 must, 0 must not, -1 either (a week cannot tell)
    QTest::newRow("a week of flat peaks") << 7 << 0.0 << 40.0 << 0.0 << 80.0 << 1 << 3 << 0;
    QTest::newRow("a week of noisy flat peaks") << 7 << 0.0 << 40.0 << 0.15 << 80.0 << 1 << 3 << -1;
    QTest::newRow("a week of growing peaks") << 8 << 0.30 << 50.0 << 0.003 << 80.0 << 4 << 6 << 1;
    QTest::newRow("a week of noisy growing peaks") << 8 << 0.30 << 50.0 << 0.10 << 80.0 << 1 << 8 << -1;
    QTest::newRow("limit already crossed") << 7 << 0.0 << 100.0 << 0.05 << 80.0 << 4 << 6 << 1;
}

void TestCapacity::replicasStaySensible()
{
    QFETCH(int, days);
    QFETCH(double, monthly);
    QFETCH(double, start);
    QFETCH(double, noise);
    QFETCH(double, limit);
    QFETCH(int, minReplicas);
    QFETCH(int, maxReplicas);
    QFETCH(int, crosses);
    // Hourly samples whose daily peak is start * (1 + monthly)^(day / 30), scattered by a
    // day-level factor (a busy or a quiet day), with a daily cycle below the peak.
    RegularSeries s{utc(2026, 3, 2), 3'600'000, {}};
    std::mt19937_64 rng(42);
    std::normal_distribution<double> gauss(0, 1);
    for (int d = 0; d < days; ++d) {
        const double dayFactor = 1.0 + noise * gauss(rng);
        const double peak = start * std::pow(1.0 + monthly, d / 30.0) * dayFactor;
        for (int h = 0; h < 24; ++h)
            s.values.push_back(peak * (0.6 + 0.4 * std::exp(-std::pow((h - 18) / 3.0, 2))));
    }
    CapacityPlanner::Request r;
    r.limit = limit;
    r.replicasNow = 3;
    r.horizonDays = 180;
    r.metricName = QStringLiteral("CPU p95");
    r.unit = QStringLiteral("%");
    auto p = CapacityPlanner().project(s, r);
    QVERIFY2(p.ok(), qPrintable(p.error().message));
    const QString said = p->explanation + QStringLiteral(" replicas ") + QString::number(p->replicasNeeded);
    if (crosses >= 0)
        QVERIFY2((p->crosses || p->alreadyAbove) == (crosses == 1), qPrintable(said));
    QVERIFY2(p->replicasNeeded >= minReplicas && p->replicasNeeded <= maxReplicas, qPrintable(said));
    if (!p->crosses)
        QVERIFY2(p->replicasNeeded <= r.replicasNow, qPrintable(said)); // never more without a crossing
    QVERIFY2(p->replicasLow >= 1 && p->replicasLow <= p->replicasNeeded && p->replicasHigh == p->replicasNeeded,
             qPrintable(said + QStringLiteral(" low %1 high %2").arg(p->replicasLow).arg(p->replicasHigh)));
    QVERIFY(!p->explanation.isEmpty());
}

QTEST_GUILESS_MAIN(TestCapacity)
#include "tst_capacity.moc"
