#include "core/engine/healthrules.h"
#include "core/store/thresholdsjson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Engine::Health;
using Engine::HealthCause;
using Model::MetricKind;

namespace {

constexpr qint64 kNow = 1772712000000LL;

Engine::LatestValues values(std::initializer_list<std::pair<MetricKind, double>> list, qint64 at = kNow)
{
    Engine::LatestValues latest;
    for (const auto &[kind, v] : list) {
        latest.value[Model::metricIndex(kind)] = v;
        latest.atMs[Model::metricIndex(kind)] = at;
    }
    return latest;
}

} // namespace

Q_DECLARE_METATYPE(Engine::LatestValues)

class TestHealthRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void perServiceOverride();
    void sourceDownMakesStaleWithTime();
    void pacedSourceIsNotStaleBetweenItsRefreshes();
    void describeNamesMetricValueAndLimit();
    void lowerIsWorseKinds_data();
    void lowerIsWorseKinds();
    void cacheHitDropDegrades();
    void describeSaysBelowForLowerIsWorse();
    void olderThresholdsJsonGetsNewDefaults();
    void invertedLowerIsWorseLimitsAreRejected();
};

void TestHealthRules::rules_data()
{
    QTest::addColumn<Engine::LatestValues>("latest");
    QTest::addColumn<int>("health");
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("metric");

    const auto ok = values({{MetricKind::Rps, 50}, {MetricKind::LatencyP95, 120}, {MetricKind::ErrorRate, 0.001},
                            {MetricKind::Cpu, 40}, {MetricKind::Memory, 50}, {MetricKind::Replicas, 2}});
    QTest::newRow("all within limits") << ok << int(Health::Ok) << int(HealthCause::None) << 0;
    QTest::newRow("no samples") << Engine::LatestValues() << int(Health::Unknown) << int(HealthCause::NoData) << 0;
    QTest::newRow("latency at the degraded limit")
        << values({{MetricKind::LatencyP95, 500}}) << int(Health::Degraded) << int(HealthCause::Threshold)
        << int(MetricKind::LatencyP95);
    QTest::newRow("latency just below") << values({{MetricKind::LatencyP95, 499.9}}) << int(Health::Ok)
                                        << int(HealthCause::None) << 0;
    QTest::newRow("error rate down") << values({{MetricKind::ErrorRate, 0.12}}) << int(Health::Down)
                                     << int(HealthCause::Threshold) << int(MetricKind::ErrorRate);
    QTest::newRow("down beats degraded")
        << values({{MetricKind::Cpu, 90}, {MetricKind::Memory, 96}}) << int(Health::Down)
        << int(HealthCause::Threshold) << int(MetricKind::Memory);
    QTest::newRow("larger relative excess wins among degraded")
        << values({{MetricKind::Cpu, 86}, {MetricKind::LatencyP95, 900}}) << int(Health::Degraded)
        << int(HealthCause::Threshold) << int(MetricKind::LatencyP95);
    QTest::newRow("zero replicas is down") << values({{MetricKind::Replicas, 0}, {MetricKind::Cpu, 0}})
                                           << int(Health::Down) << int(HealthCause::NoReplicas)
                                           << int(MetricKind::Replicas);
    QTest::newRow("old samples are stale") << values({{MetricKind::Cpu, 10}}, kNow - 301'000) << int(Health::Stale)
                                           << int(HealthCause::SamplesTooOld) << 0;
    QTest::newRow("rps has no limit") << values({{MetricKind::Rps, 1e6}}) << int(Health::Ok) << int(HealthCause::None)
                                      << 0;
    QTest::newRow("429s degrade") << values({{MetricKind::Throttled, 2.5}}) << int(Health::Degraded)
                                  << int(HealthCause::Threshold) << int(MetricKind::Throttled);
    QTest::newRow("crash loop") << values({{MetricKind::Restarts, 12}}) << int(Health::Down)
                                << int(HealthCause::Threshold) << int(MetricKind::Restarts);
    QTest::newRow("disk filling") << values({{MetricKind::Disk, 82}}) << int(Health::Degraded)
                                  << int(HealthCause::Threshold) << int(MetricKind::Disk);
}

void TestHealthRules::rules()
{
    QFETCH(Engine::LatestValues, latest);
    QFETCH(int, health);
    QFETCH(int, cause);
    QFETCH(int, metric);
    const auto verdict = Engine::evaluateHealth(latest, Model::HealthThresholds::defaults(), kNow, {});
    QCOMPARE(int(verdict.health), health);
    QCOMPARE(int(verdict.cause), cause);
    if (verdict.cause == HealthCause::Threshold || verdict.cause == HealthCause::NoReplicas)
        QCOMPARE(int(verdict.metric), metric);
}

void TestHealthRules::perServiceOverride()
{
    Model::HealthThresholds database = Model::HealthThresholds::defaults();
    database[MetricKind::LatencyP95] = {25.0, 200.0};
    const auto latest = values({{MetricKind::LatencyP95, 48.0}});
    QCOMPARE(Engine::evaluateHealth(latest, Model::HealthThresholds::defaults(), kNow, {}).health, Health::Ok);
    const auto verdict = Engine::evaluateHealth(latest, database, kNow, {});
    QCOMPARE(verdict.health, Health::Degraded);
    QCOMPARE(verdict.limit, 25.0);
    database[MetricKind::LatencyP95] = {};
    QCOMPARE(Engine::evaluateHealth(latest, database, kNow, {}).health, Health::Ok);
}

void TestHealthRules::sourceDownMakesStaleWithTime()
{
    const auto latest = values({{MetricKind::ErrorRate, 0.5}});
    const auto verdict = Engine::evaluateHealth(latest, Model::HealthThresholds::defaults(), kNow, {false, kNow - 60'000});
    QCOMPARE(verdict.health, Health::Stale);
    QCOMPARE(verdict.cause, HealthCause::SourceDown);
    QCOMPARE(verdict.sinceMs, kNow - 60'000);
}

// Railway refreshes every 5 minutes (longer when its hourly budget runs low): a
// sample 7 minutes old is as fresh as that source can be, not stale; with the
// default 300 s limit the service flipped between OK and Stale between refreshes.
void TestHealthRules::pacedSourceIsNotStaleBetweenItsRefreshes()
{
    const auto latest = values({{MetricKind::Cpu, 40}}, kNow - 7 * 60'000);
    const auto thresholds = Model::HealthThresholds::defaults();
    QCOMPARE(Engine::evaluateHealth(latest, thresholds, kNow, {}).health, Health::Stale);
    QCOMPARE(Engine::evaluateHealth(latest, thresholds, kNow, {true, 0, 300'000}).health, Health::Ok);
    // Two of its intervals and a minute missed: stale after all.
    const auto old = values({{MetricKind::Cpu, 40}}, kNow - 12 * 60'000);
    const auto verdict = Engine::evaluateHealth(old, thresholds, kNow, {true, 0, 300'000});
    QCOMPARE(verdict.health, Health::Stale);
    QCOMPARE(verdict.cause, HealthCause::SamplesTooOld);
}

void TestHealthRules::describeNamesMetricValueAndLimit()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto verdict = Engine::evaluateHealth(values({{MetricKind::LatencyP95, 812.0}}),
                                                Model::HealthThresholds::defaults(), kNow, {});
    const QString text = Engine::describeVerdict(verdict);
    QVERIFY2(text.contains(u"p95 latency"_s) && text.contains(u"812"_s) && text.contains(u"500"_s), qPrintable(text));
}

void TestHealthRules::lowerIsWorseKinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("health");

    QTest::newRow("certificate 60 days left") << int(MetricKind::CertExpiryDays) << 60.0 << int(Health::Ok);
    QTest::newRow("certificate 20 days left") << int(MetricKind::CertExpiryDays) << 20.0 << int(Health::Degraded);
    QTest::newRow("certificate 5 days left") << int(MetricKind::CertExpiryDays) << 5.0 << int(Health::Down);
    QTest::newRow("certificate expired") << int(MetricKind::CertExpiryDays) << -2.0 << int(Health::Down);
    QTest::newRow("cache hit ratio 0.95") << int(MetricKind::CacheHitRatio) << 0.95 << int(Health::Ok);
    QTest::newRow("cache hit ratio 0.6") << int(MetricKind::CacheHitRatio) << 0.6 << int(Health::Degraded);
    QTest::newRow("cache hit ratio 0.3") << int(MetricKind::CacheHitRatio) << 0.3 << int(Health::Down);
    // The two newer "higher is worse" kinds.
    QTest::newRow("queue of 40") << int(MetricKind::QueueDepth) << 40.0 << int(Health::Ok);
    QTest::newRow("queue of 5000") << int(MetricKind::QueueDepth) << 5000.0 << int(Health::Degraded);
    QTest::newRow("queue of 50000") << int(MetricKind::QueueDepth) << 50000.0 << int(Health::Down);
    QTest::newRow("pool 60 % used") << int(MetricKind::PoolUsage) << 0.6 << int(Health::Ok);
    QTest::newRow("pool 93 % used") << int(MetricKind::PoolUsage) << 0.93 << int(Health::Degraded);
    QTest::newRow("pool exhausted") << int(MetricKind::PoolUsage) << 1.0 << int(Health::Down);
}

void TestHealthRules::lowerIsWorseKinds()
{
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(int, health);
    const auto verdict = Engine::evaluateHealth(values({{MetricKind(kind), value}, {MetricKind::Replicas, 2}}),
                                                Model::HealthThresholds::defaults(), kNow, {});
    QCOMPARE(int(verdict.health), health);
    if (health != int(Health::Ok)) {
        QCOMPARE(int(verdict.metric), kind);
        QCOMPARE(verdict.value, value);
    }
}

void TestHealthRules::cacheHitDropDegrades()
{
    // Minute by minute from a warm 0.95 to a cold 0.6: amber from the first
    // value at or below 0.8, never red on the way (red is 0.5).
    QVector<int> levels;
    for (int percent = 95; percent >= 60; percent -= 5) {
        const double ratio = percent / 100.0;
        const auto verdict = Engine::evaluateHealth(values({{MetricKind::CacheHitRatio, ratio}}),
                                                    Model::HealthThresholds::defaults(), kNow, {});
        levels.append(int(verdict.health));
    }
    const QVector<int> expected{int(Health::Ok),       int(Health::Ok),       int(Health::Ok),
                                int(Health::Degraded), int(Health::Degraded), int(Health::Degraded),
                                int(Health::Degraded), int(Health::Degraded)};
    QCOMPARE(levels, expected);
    // With a cold cache and a slightly hot CPU, the cache is further past its limit.
    const auto both = Engine::evaluateHealth(values({{MetricKind::CacheHitRatio, 0.6}, {MetricKind::Cpu, 86.0}}),
                                             Model::HealthThresholds::defaults(), kNow, {});
    QCOMPARE(both.metric, MetricKind::CacheHitRatio);
    QCOMPARE(both.limit, 0.8);
}

void TestHealthRules::describeSaysBelowForLowerIsWorse()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto verdict = Engine::evaluateHealth(values({{MetricKind::CertExpiryDays, 5.0}}),
                                                Model::HealthThresholds::defaults(), kNow, {});
    const QString text = Engine::describeVerdict(verdict);
    QVERIFY2(text.contains(u"below"_s) && !text.contains(u"over"_s) && text.contains(u"7"_s), qPrintable(text));
}

void TestHealthRules::olderThresholdsJsonGetsNewDefaults()
{
    // As a version without the four newer kinds stored a database service's limits.
    const QByteArray older = R"({"latency_p95":{"degraded":25,"down":200},"staleAfterSeconds":120})";
    const Model::HealthThresholds loaded = Store::thresholdsFromJson(older);
    QCOMPARE(loaded[MetricKind::LatencyP95].degraded, 25.0);
    QCOMPARE(loaded.staleAfterSeconds, 120);
    const Model::HealthThresholds defaults = Model::HealthThresholds::defaults();
    for (MetricKind kind : {MetricKind::CacheHitRatio, MetricKind::CertExpiryDays, MetricKind::QueueDepth,
                            MetricKind::PoolUsage}) {
        QVERIFY(defaults[kind].enabled());
        QCOMPARE(loaded[kind], defaults[kind]);
    }
    // Saved again, the new defaults are not written out: a later default change still reaches it.
    QVERIFY(!Store::thresholdsToJson(loaded).contains("cert_expiry"));
    // A service that switched a new kind off keeps it off.
    Model::HealthThresholds off = loaded;
    off[MetricKind::CertExpiryDays] = {};
    QVERIFY(!Store::thresholdsFromJson(Store::thresholdsToJson(off))[MetricKind::CertExpiryDays].enabled());
}

void TestHealthRules::invertedLowerIsWorseLimitsAreRejected()
{
    QVERIFY(!Model::limitsInverted(MetricKind::CertExpiryDays, 21.0, 7.0));
    QVERIFY(Model::limitsInverted(MetricKind::CertExpiryDays, 7.0, 21.0));
    QVERIFY(Model::limitsInverted(MetricKind::Cpu, 98.0, 85.0));
    QVERIFY(!Model::limitsInverted(MetricKind::Cpu, 85.0, 98.0));
}

QTEST_GUILESS_MAIN(TestHealthRules)
#include "tst_healthrules.moc"
