#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Sources::Demo::DemoFleet;
using Sources::Demo::DemoPresets;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Monday 2026-03-02 00:00 UTC.
constexpr qint64 kMonday = 1772409600000LL;
constexpr qint64 kOrigin = kMonday + 3 * kDay + 12 * kHour; // Thursday noon

DemoFleet standardFleet(quint64 seed = 7, qint64 origin = kOrigin)
{
    return DemoFleet(DemoPresets::standard(seed), seed, origin);
}

double meanOver(const DemoFleet &fleet, const QString &service, MetricKind kind, qint64 from, qint64 to,
                const QString &region = {})
{
    const auto samples = fleet.range({service, kind, region}, from, to, kMinute);
    double sum = 0.0;
    for (const auto &s : samples)
        sum += s.v;
    return samples.isEmpty() ? std::nan("") : sum / static_cast<double>(samples.size());
}

} // namespace

class TestDemoFleet : public QObject
{
    Q_OBJECT

private slots:
    void presetsHaveTheSeedsFleet();
    void largePresetIsFiftyByThousand();
    void sameSeedSameValues();
    void valuesDoNotDependOnStepOrOrder();
    void otherSeedOtherValues();
    void dailySeasonality();
    void weekendIsQuieter();
    void fridayEveningSpike();
    void growsOverMonths();
    void memoryLeakClimbsAndRestartResets();
    void throttleBurstAroundOrigin();
    void slowDatabaseAfterBadDeployUntilRollback();
    void scalingUpLowersCpuAndLatency_data();
    void scalingUpLowersCpuAndLatency();
    void scalingDoesNotRewriteHistory();
    void regionsAddUpToTheService();
    void valuesAreFiniteAndInRange();
};

void TestDemoFleet::presetsHaveTheSeedsFleet()
{
    const auto spec = DemoPresets::standard(7);
    QCOMPARE(spec.projects.size(), 3);
    int seo = 0;
    QStringList roles;
    for (const auto &s : spec.services) {
        roles << s.role;
        if (s.projectId == u"seo")
            ++seo;
    }
    QCOMPARE(seo, 30);
    for (const QString &role : {u"api"_s, u"web"_s, u"voice"_s, u"database"_s})
        QVERIFY2(roles.contains(role), qPrintable(role));
}

void TestDemoFleet::largePresetIsFiftyByThousand()
{
    const auto spec = DemoPresets::large(7);
    QCOMPARE(spec.projects.size(), 50);
    QCOMPARE(spec.services.size(), 1000);
    QSet<QString> ids;
    for (const auto &s : spec.services)
        ids.insert(s.id);
    QCOMPARE(ids.size(), 1000);
}

void TestDemoFleet::sameSeedSameValues()
{
    const DemoFleet a = standardFleet();
    const DemoFleet b = standardFleet();
    for (int i = 0; i < a.serviceCount(); ++i) {
        for (MetricKind kind : Model::allMetricKinds()) {
            for (qint64 t = kOrigin - 3 * kDay; t <= kOrigin + kDay; t += 7 * kHour + 13 * kMinute) {
                const double va = a.value(i, kind, t);
                const double vb = b.value(i, kind, t);
                QVERIFY((std::isnan(va) && std::isnan(vb)) || va == vb);
            }
        }
    }
}

void TestDemoFleet::valuesDoNotDependOnStepOrOrder()
{
    const DemoFleet fleet = standardFleet();
    const Model::SeriesKey key{u"events-api"_s, MetricKind::LatencyP95, {}};
    const auto fine = fleet.range(key, kOrigin - 2 * kHour, kOrigin, kMinute);
    const auto coarse = fleet.range(key, kOrigin - 2 * kHour, kOrigin, 5 * kMinute);
    QCOMPARE(fine.size(), 121);
    QCOMPARE(coarse.size(), 25);
    for (const auto &c : coarse) {
        const auto it = std::find_if(fine.cbegin(), fine.cend(), [&](const auto &f) { return f.t == c.t; });
        QVERIFY(it != fine.cend());
        QCOMPARE(it->v, c.v);
    }
    // Asking backwards in time gives the same numbers.
    for (qsizetype i = fine.size() - 1; i >= 0; i -= 17)
        QCOMPARE(fleet.value(fleet.indexOf(key.serviceId), key.kind, fine.at(i).t), fine.at(i).v);
}

void TestDemoFleet::otherSeedOtherValues()
{
    const DemoFleet a = standardFleet(7);
    const DemoFleet b = standardFleet(8);
    const int i = a.indexOf(u"seo-05"_s);
    QVERIFY(a.value(i, MetricKind::Rps, kOrigin) != b.value(i, MetricKind::Rps, kOrigin));
}

void TestDemoFleet::dailySeasonality()
{
    // The busiest hour of a weekday carries well over twice the quietest one's
    // traffic, and the API's busiest hour is in the European evening.
    const DemoFleet fleet = standardFleet();
    const qint64 tuesday = kMonday + kDay;
    double busiest = 0.0;
    double quietest = 1e18;
    int busiestHour = -1;
    for (int h = 0; h < 24; ++h) {
        const double mean = meanOver(fleet, u"events-api"_s, MetricKind::Rps, tuesday + h * kHour,
                                     tuesday + (h + 1) * kHour - kMinute);
        if (mean > busiest) {
            busiest = mean;
            busiestHour = h;
        }
        quietest = std::min(quietest, mean);
    }
    QVERIFY2(busiest > 2.0 * quietest, qPrintable(u"busiest %1 quietest %2"_s.arg(busiest).arg(quietest)));
    QVERIFY2(busiestHour >= 16 && busiestHour <= 22, qPrintable(QString::number(busiestHour)));
}

void TestDemoFleet::weekendIsQuieter()
{
    const DemoFleet fleet = standardFleet();
    const qint64 wednesday = kMonday + 2 * kDay;
    const qint64 sunday = kMonday + 6 * kDay;
    const double weekday = meanOver(fleet, u"events-voice"_s, MetricKind::Rps, wednesday, wednesday + kDay);
    const double weekend = meanOver(fleet, u"events-voice"_s, MetricKind::Rps, sunday, sunday + kDay);
    QVERIFY2(weekend < 0.6 * weekday, qPrintable(u"weekday %1 weekend %2"_s.arg(weekday).arg(weekend)));
}

void TestDemoFleet::fridayEveningSpike()
{
    const DemoFleet fleet = standardFleet();
    const qint64 thursday = kMonday + 3 * kDay;
    const qint64 friday = kMonday + 4 * kDay;
    const double thu = meanOver(fleet, u"events-api"_s, MetricKind::Rps, thursday + 19 * kHour, thursday + 21 * kHour);
    const double fri = meanOver(fleet, u"events-api"_s, MetricKind::Rps, friday + 19 * kHour, friday + 21 * kHour);
    QVERIFY2(fri > 1.6 * thu, qPrintable(u"thursday %1 friday %2"_s.arg(thu).arg(fri)));
}

void TestDemoFleet::growsOverMonths()
{
    const DemoFleet fleet = standardFleet();
    // Same weekday and hour, 12 weeks apart: +8%/month compounds to about +26%.
    const double now = meanOver(fleet, u"events-api"_s, MetricKind::Rps, kMonday + kDay, kMonday + 2 * kDay);
    const double later = meanOver(fleet, u"events-api"_s, MetricKind::Rps, kMonday + 85 * kDay, kMonday + 86 * kDay);
    QVERIFY2(later > 1.18 * now && later < 1.4 * now, qPrintable(u"%1 -> %2"_s.arg(now).arg(later)));
}

void TestDemoFleet::memoryLeakClimbsAndRestartResets()
{
    DemoFleet fleet = standardFleet();
    const int web = fleet.indexOf(u"events-web"_s);
    const double before = fleet.value(web, MetricKind::Memory, kOrigin);
    const double sixHoursLater = fleet.value(web, MetricKind::Memory, kOrigin + 6 * kHour);
    QVERIFY2(sixHoursLater > before + 5.0, qPrintable(u"%1 -> %2"_s.arg(before).arg(sixHoursLater)));
    // Left alone, it reaches the limit and is OOM-killed: memory drops, a restart is counted.
    bool sawOom = false;
    for (qint64 t = kOrigin; t < kOrigin + 2 * kDay; t += 5 * kMinute) {
        if (fleet.value(web, MetricKind::Restarts, t) >= 1.0) {
            sawOom = true;
            QVERIFY(fleet.value(web, MetricKind::Memory, t) < 50.0);
            break;
        }
    }
    QVERIFY(sawOom);
    QVERIFY(fleet.restart(u"events-web"_s, kOrigin + 6 * kHour));
    QVERIFY(fleet.value(web, MetricKind::Memory, kOrigin + 6 * kHour + kMinute) < 40.0);
    QCOMPARE(fleet.value(web, MetricKind::Restarts, kOrigin + 6 * kHour + kMinute), 1.0);
    QCOMPARE(fleet.value(web, MetricKind::Memory, kOrigin + 5 * kHour), fleet.value(web, MetricKind::Memory, kOrigin + 5 * kHour));
}

void TestDemoFleet::throttleBurstAroundOrigin()
{
    const DemoFleet fleet = standardFleet();
    const int voice = fleet.indexOf(u"events-voice"_s);
    QVERIFY(fleet.throttleBurstAt(voice, kOrigin));
    QVERIFY(fleet.value(voice, MetricKind::Throttled, kOrigin) > 0.5);
    QVERIFY(!fleet.throttleBurstAt(voice, kOrigin + 30 * kMinute) || fleet.throttleBurstAt(voice, kOrigin + 31 * kMinute));
    QCOMPARE(fleet.value(fleet.indexOf(u"events-api"_s), MetricKind::Throttled, kOrigin), 0.0);
}

void TestDemoFleet::slowDatabaseAfterBadDeployUntilRollback()
{
    DemoFleet fleet = standardFleet();
    const int db = fleet.indexOf(u"shared-db"_s);
    QVERIFY(fleet.databaseSlowAt(db, kOrigin));
    const double slow = fleet.value(db, MetricKind::LatencyP95, kOrigin);
    QVERIFY(fleet.rollback(u"events-api"_s, kOrigin + kMinute));
    QVERIFY(!fleet.databaseSlowAt(db, kOrigin + 2 * kMinute));
    const double recovered = fleet.value(db, MetricKind::LatencyP95, kOrigin + 2 * kMinute);
    QVERIFY2(recovered < slow / 2.5, qPrintable(u"%1 -> %2"_s.arg(slow).arg(recovered)));
    // Before the rollback, history is unchanged.
    QVERIFY(fleet.databaseSlowAt(db, kOrigin));
}

void TestDemoFleet::scalingUpLowersCpuAndLatency_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("replicas");
    QTest::newRow("api 3 -> 6") << u"events-api"_s << 6;
    QTest::newRow("voice 2 -> 5") << u"events-voice"_s << 5;
    QTest::newRow("site 1 -> 3") << u"seo-03"_s << 3;
}

void TestDemoFleet::scalingUpLowersCpuAndLatency()
{
    QFETCH(QString, service);
    QFETCH(int, replicas);
    DemoFleet fleet = standardFleet();
    const int i = fleet.indexOf(service);
    const qint64 at = kOrigin + 2 * kHour;
    const qint64 probe = at + 10 * kMinute;
    const double cpuBefore = fleet.value(i, MetricKind::Cpu, probe);
    const double latencyBefore = fleet.value(i, MetricKind::LatencyP95, probe);
    const double rpsBefore = fleet.value(i, MetricKind::Rps, probe);
    QVERIFY(fleet.scale(service, replicas, at));
    QCOMPARE(fleet.value(i, MetricKind::Replicas, probe), double(replicas));
    QVERIFY(fleet.value(i, MetricKind::Cpu, probe) < cpuBefore * 0.8);
    QVERIFY(fleet.value(i, MetricKind::LatencyP95, probe) < latencyBefore);
    QCOMPARE(fleet.value(i, MetricKind::Rps, probe), rpsBefore); // demand does not change
}

void TestDemoFleet::scalingDoesNotRewriteHistory()
{
    DemoFleet fleet = standardFleet();
    const int api = fleet.indexOf(u"events-api"_s);
    const double before = fleet.value(api, MetricKind::Cpu, kOrigin);
    fleet.scale(u"events-api"_s, 10, kOrigin + kHour);
    QCOMPARE(fleet.value(api, MetricKind::Cpu, kOrigin), before);
}

void TestDemoFleet::regionsAddUpToTheService()
{
    const DemoFleet fleet = standardFleet();
    const int api = fleet.indexOf(u"events-api"_s);
    const qint64 t = kOrigin + 5 * kHour;
    double sum = 0.0;
    for (const QString &region : fleet.workspace(u"demo"_s).service(u"events-api"_s)->regions)
        sum += fleet.value(api, MetricKind::Rps, t, region);
    QCOMPARE(fleet.value(api, MetricKind::Rps, t), sum);
    // A far region is slower than the near one.
    QVERIFY(fleet.value(api, MetricKind::LatencyP95, t, u"ap-south"_s)
            > fleet.value(api, MetricKind::LatencyP95, t, u"eu-west"_s));
}

void TestDemoFleet::valuesAreFiniteAndInRange()
{
    const DemoFleet fleet(DemoPresets::large(3), 3, kOrigin);
    for (int i = 0; i < fleet.serviceCount(); i += 37) {
        for (qint64 t = kOrigin - 7 * kDay; t < kOrigin + 7 * kDay; t += 97 * kMinute) {
            for (MetricKind kind : Model::allMetricKinds()) {
                const double v = fleet.value(i, kind, t);
                // Only some roles have a volume, a cache, a certificate, a queue or a pool.
                const bool byRole = kind == MetricKind::Disk || kind == MetricKind::CacheHitRatio
                                 || kind == MetricKind::CertExpiryDays || kind == MetricKind::QueueDepth
                                 || kind == MetricKind::PoolUsage;
                if (byRole && std::isnan(v))
                    continue;
                QVERIFY(std::isfinite(v));
                QVERIFY(v >= 0.0);
                if (Model::metricUnit(kind) == Model::MetricUnit::Percent)
                    QVERIFY(v <= 100.0);
                if (Model::metricUnit(kind) == Model::MetricUnit::Fraction)
                    QVERIFY(v <= 1.0);
                // Healthy by default: a valid certificate, a warm cache, a pool with headroom.
                if (kind == MetricKind::CertExpiryDays)
                    QVERIFY(v > 14.0 && v <= 90.0);
                if (kind == MetricKind::CacheHitRatio)
                    QVERIFY(v > 0.85);
                if (kind == MetricKind::PoolUsage)
                    QVERIFY(v < 0.95);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
