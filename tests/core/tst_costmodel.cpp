#include "core/cost/billingcalendar.h"
#include "core/cost/controlledrounding.h"
#include "core/cost/costmodel.h"
#include "core/cost/money.h"
#include "core/cost/pricetable.h"
#include "core/model/workspacejson.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/workspacestore.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Cost::Money;
using Cost::Period;
using Cost::Resource;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 local(const char *zone, int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toMSecsSinceEpoch();
}

Analysis::RegularSeries flat(qint64 fromMs, qint64 toMs, double value, qint64 stepMs = kHourMs)
{
    Analysis::RegularSeries s;
    s.startMs = fromMs;
    s.stepMs = stepMs;
    s.values.assign(size_t((toMs - fromMs) / stepMs), value);
    return s;
}

Cost::PriceCatalogPtr builtIn()
{
    auto catalog = Cost::PriceCatalog::builtIn();
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().message));
    return std::make_shared<const Cost::PriceCatalog>(std::move(catalog).value());
}

Model::Service kubernetesService(double cpu, double memoryGb)
{
    Model::Service s;
    s.id = u"api"_s;
    s.projectId = u"shop"_s;
    s.name = u"API"_s;
    s.cost.pricing = u"kubernetes"_s;
    s.cost.cpuPerReplica = cpu;
    s.cost.memoryGbPerReplica = memoryGb;
    s.cost.egressKbPerRequest = 0;
    return s;
}

Cost::ServiceUsage steadyUsage(qint64 fromMs, qint64 toMs, double replicas, double cpu = 50, double memory = 25,
                               double rps = 0)
{
    Cost::ServiceUsage u;
    u.serviceId = u"api"_s;
    u.replicas = flat(fromMs, toMs, replicas);
    u.cpu = flat(fromMs, toMs, cpu);
    u.memory = flat(fromMs, toMs, memory);
    u.rps = flat(fromMs, toMs, rps);
    return u;
}

QByteArray tableJson(const QString &versions)
{
    return QByteArrayLiteral("{\"schema\": 1, \"id\": \"test\", \"name\": \"Test\", \"currency\": \"USD\", "
                             "\"basis\": \"allocation\", \"versions\": [")
        + versions.toUtf8() + QByteArrayLiteral("]}");
}

const char *kVersion = "{\"version\": \"1\", \"takenOn\": \"2026-07\", \"source\": "
                       "\"https://example.invalid/prices\", \"vcpu\": {\"price\": \"0.04\", \"per\": \"hour\"}, "
                       "\"memoryGb\": {\"price\": \"0.005\", \"per\": \"hour\"}}";

} // namespace

// Cost arithmetic against hand-computed cases: exact money, price tables, calendar
// months in a time zone with daylight-saving changes, partial hours, rounding, and
// tables that add up as shown.
class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void moneyParses_data();
    void moneyParses();
    void moneyRoundsHalfAwayFromZero_data();
    void moneyRoundsHalfAwayFromZero();
    void moneyFormatsInTheLocale();
    void chargeIsExact_data();
    void chargeIsExact();
    void chargeRoundsOnceForTheSum();

    void builtInTablesCarryTheirSource();
    void badTablesAreRefusedWithThePath_data();
    void badTablesAreRefusedWithThePath();
    void overrideFileReplacesOrIsReported();
    void versionsApplyFromTheirDate();

    void calendarFollowsDaylightSaving_data();
    void calendarFollowsDaylightSaving();

    void allocationChargeByHand();
    void partialHoursAreProrated();
    void todayOnTheDaylightSavingDayHas23Hours();
    void monthToDateStartsAtLocalMidnight();
    void usageBasisChargesWhatWasUsed();
    void egressVolumeAndNodeShareByHand();
    void missingDataIsNotCharged();
    void planFeeAndIncludedUsage();
    void monthEndForecastOfASteadyService_data();
    void monthEndForecastOfASteadyService();
    void monthCostsSplitAtLocalMonthBoundaries();

    void controlledRoundingThirds();
    void controlledRoundingAddsUpExactly();

    void olderDatabaseOpensWithCostDefaults();
    void costFieldsRoundTrip();

private:
    QTemporaryDir m_dir;
};

void TestCostModel::moneyParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("railway vCPU-minute") << u"0.000463"_s << true << qint64(463);
    QTest::newRow("whole") << u"20"_s << true << qint64(20'000'000);
    QTest::newRow("one decimal") << u"12.5"_s << true << qint64(12'500'000);
    QTest::newRow("negative") << u"-1.000001"_s << true << qint64(-1'000'001);
    QTest::newRow("spaces trimmed") << u" 3.25 "_s << true << qint64(3'250'000);
    QTest::newRow("comma") << u"12,50"_s << false << qint64(0);
    QTest::newRow("seven decimals") << u"0.0000001"_s << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << u"12a"_s << false << qint64(0);
    QTest::newRow("two dots") << u"1.2.3"_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
}

void TestCostModel::moneyParses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, micros);
    const auto m = Money::parse(text);
    QCOMPARE(m.ok(), ok);
    if (ok)
        QCOMPARE(m->micros(), micros);
    else
        QVERIFY(m.error().message.contains(text.trimmed()));
}

void TestCostModel::moneyRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("below half") << qint64(4'999) << qint64(0);
    QTest::newRow("half up") << qint64(5'000) << qint64(1);
    QTest::newRow("1.5 cents") << qint64(15'000) << qint64(2);
    QTest::newRow("-1.5 cents") << qint64(-15'000) << qint64(-2);
    QTest::newRow("-0.4999 cents") << qint64(-4'999) << qint64(0);
    QTest::newRow("12.345678") << qint64(12'345'678) << qint64(1'235);
    QTest::newRow("2.675 (a double would say 2.67)") << qint64(2'675'000) << qint64(268);
}

void TestCostModel::moneyRoundsHalfAwayFromZero()
{
    QFETCH(qint64, micros);
    QFETCH(qint64, cents);
    QCOMPARE(Money::fromMicros(micros).roundedMinor(2), cents);
}

void TestCostModel::moneyFormatsInTheLocale()
{
    const Money m = Money::fromMicros(1'234'567'891); // $1,234.567891
    QCOMPARE(m.format(QLocale(QLocale::English, QLocale::UnitedStates)), u"$1,234.57"_s);
    QCOMPARE(m.format(QLocale(QLocale::Romanian, QLocale::Romania)), u"1.234,57\u00A0$"_s);
    QCOMPARE((-m).format(QLocale(QLocale::English, QLocale::UnitedStates)), u"-$1,234.57"_s);
    QCOMPARE(Money::fromMicros(5'000).toPlainString(), u"0.01"_s);
    QCOMPARE(Money::fromMicros(-1'234'560'000).toPlainString(), u"-1234.56"_s);
    QCOMPARE(Money::fromMicros(463).format(QLocale(QLocale::English, QLocale::UnitedStates), 6), u"$0.000463"_s);
}

void TestCostModel::chargeIsExact_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<qint64>("unitMs");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<qint64>("durationMs");
    QTest::addColumn<qint64>("micros");
    // Railway: $0.000463 per vCPU-minute.
    QTest::newRow("1 vCPU, 1 minute") << u"0.000463"_s << kMinuteMs << 1.0 << kMinuteMs << qint64(463);
    // 0.5 x 90 x 463 = 20,835
    QTest::newRow("0.5 vCPU, 90 minutes") << u"0.000463"_s << kMinuteMs << 0.5 << 90 * kMinuteMs << qint64(20'835);
    // A 30-day month at the per-minute price: 43,200 x 463 = $20.0016
    QTest::newRow("1 vCPU, 30 days") << u"0.000463"_s << kMinuteMs << 1.0 << 30 * kDayMs << qint64(20'001'600);
    // 2 vCPU for 20 min 30 s at $0.0445/h: 2 x 1230/3600 x 0.0445 = 0.030408333.. -> 30,408
    QTest::newRow("partial hour") << u"0.0445"_s << kHourMs << 2.0 << (20 * 60 + 30) * 1000LL << qint64(30'408);
    // 4 GB for 7.5 h at $0.0049225/GB-h = 0.1476750 -> 147,675
    QTest::newRow("GB-hours") << u"0.0049225"_s << kHourMs << 4.0 << 7 * kHourMs + 30 * kMinuteMs << qint64(147'675);
    // Half a micro-dollar rounds up: 1 vCPU x 1.08 s at $0.000463/min = 0.0000083.. -> 8
    QTest::newRow("sub-micro rounds") << u"0.000463"_s << kMinuteMs << 1.0 << 1'080LL << qint64(8);
}

void TestCostModel::chargeIsExact()
{
    QFETCH(QString, price);
    QFETCH(qint64, unitMs);
    QFETCH(double, quantity);
    QFETCH(qint64, durationMs);
    QFETCH(qint64, micros);
    Cost::Charge charge(unitMs, 1'000'000);
    charge.add(*Cost::Nanos::parse(price), qint64(std::llround(quantity * 1e6)), durationMs);
    QCOMPARE(charge.total().micros(), micros);
}

void TestCostModel::chargeRoundsOnceForTheSum()
{
    // Three charges of a third of a micro-dollar each: rounded one by one they
    // would add up to 0; summed first they are 1.
    Cost::Charge one(kHourMs, 1);
    one.add(Cost::Nanos{1'000}, 1, kHourMs / 3);
    QCOMPARE(one.total().micros(), qint64(0));
    Cost::Charge three(kHourMs, 1);
    for (int i = 0; i < 3; ++i)
        three.add(Cost::Nanos{1'000}, 1, kHourMs / 3);
    QCOMPARE(three.total().micros(), qint64(1));
}

void TestCostModel::builtInTablesCarryTheirSource()
{
    const auto catalog = builtIn();
    const Cost::PriceTable *railway = catalog->table(u"railway"_s);
    QVERIFY(railway);
    QCOMPARE(railway->basis, Cost::PricingBasis::Usage);
    const Cost::PriceVersion &v = railway->latest();
    QCOMPARE(v.source, u"https://railway.com/pricing"_s);
    QCOMPARE(v.takenOn, u"2026-07"_s);
    QCOMPARE(v.vcpu.price.value, qint64(463'000));
    QCOMPARE(v.vcpu.unitMs, kMinuteMs);
    QCOMPARE(v.memoryGb.price.value, qint64(231'000));
    QCOMPARE(v.egressGb.price.value, qint64(50'000'000));
    QCOMPARE(v.volumeGb.unitMs, 720 * kHourMs);
    QCOMPARE(v.plan(u"hobby"_s)->includedUsage, Money::fromMicros(5'000'000));
    QCOMPARE(v.plan(u"pro"_s)->monthlyFeePerSeat, Money::fromMicros(20'000'000));
    QCOMPARE(v.plan(u"pro"_s)->maxReplicas, 40);
    QCOMPARE(v.plan(u"enterprise"_s)->maxReplicas, 50);

    const Cost::PriceTable *k8s = catalog->table(u"kubernetes"_s);
    QVERIFY(k8s);
    QCOMPARE(k8s->basis, Cost::PricingBasis::Allocation);
    QCOMPARE(k8s->latest().memoryGb.price.value, qint64(4'922'500));
    QVERIFY(k8s->latest().nodeType(u"e2-standard-4"_s));
    QVERIFY(!k8s->latest().source.isEmpty());
}

void TestCostModel::badTablesAreRefusedWithThePath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("{\"schema\": 1,") << u"not valid JSON"_s;
    QTest::newRow("wrong schema") << QByteArray("{\"schema\": 2}") << u"schema"_s;
    QTest::newRow("price as a number")
        << tableJson(QString::fromLatin1(kVersion).replace(u"\"0.04\""_s, u"0.04"_s)) << u"versions[0].vcpu.price"_s;
    QTest::newRow("decimal comma")
        << tableJson(QString::fromLatin1(kVersion).replace(u"0.04"_s, u"0,04"_s)) << u"use a dot"_s;
    QTest::newRow("no source")
        << tableJson(QString::fromLatin1(kVersion).replace(u"\"source\": \"https://example.invalid/prices\","_s, u""_s))
        << u"versions[0].source: missing"_s;
    QTest::newRow("unknown unit")
        << tableJson(QString::fromLatin1(kVersion).replace(u"\"hour\"}, \"memory"_s, u"\"fortnight\"}, \"memory"_s))
        << u"versions[0].vcpu.per"_s;
    QTest::newRow("second version without a date")
        << tableJson(QString::fromLatin1(kVersion) + u","_s + QString::fromLatin1(kVersion))
        << u"versions[1].effectiveFrom"_s;
    QTest::newRow("unit changes between versions")
        << tableJson(QString::fromLatin1(kVersion) + u","_s
                     + QString::fromLatin1(kVersion)
                           .replace(u"\"version\": \"1\""_s, u"\"version\": \"2\", \"effectiveFrom\": \"2026-08-01\""_s)
                           .replace(u"\"0.04\", \"per\": \"hour\""_s, u"\"0.001\", \"per\": \"minute\""_s))
        << u"same time unit"_s;
    QTest::newRow("taken on not a date")
        << tableJson(QString::fromLatin1(kVersion).replace(u"2026-07"_s, u"July"_s)) << u"versions[0].takenOn"_s;
}

void TestCostModel::badTablesAreRefusedWithThePath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto table = Cost::PriceCatalog::parse(json, u"my-prices.json"_s);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message.contains(u"my-prices.json"_s), qPrintable(table.error().message));
    QVERIFY2(table.error().message.contains(expected), qPrintable(table.error().message));
}

void TestCostModel::overrideFileReplacesOrIsReported()
{
    QTemporaryDir dir;
    QFile good(dir.filePath(u"kubernetes.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(QString::fromUtf8(tableJson(QString::fromLatin1(kVersion))).replace(u"\"test\""_s, u"\"kubernetes\""_s).toUtf8());
    good.close();
    QFile bad(dir.filePath(u"railway.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"schema\": 1, \"id\": \"railway\"");
    bad.close();

    const auto catalog = Cost::PriceCatalog::load(dir.path());
    QVERIFY(catalog.ok());
    QCOMPARE(catalog->table(u"kubernetes"_s)->latest().vcpu.price.value, qint64(40'000'000));
    // The broken override is reported and the built-in Railway prices stay.
    QCOMPARE(catalog->table(u"railway"_s)->latest().vcpu.price.value, qint64(463'000));
    QCOMPARE(catalog->warnings().size(), 1);
    QVERIFY(catalog->warnings().first().contains(u"railway.json"_s));
}

void TestCostModel::versionsApplyFromTheirDate()
{
    const QString second = QString::fromLatin1(kVersion)
                               .replace(u"\"version\": \"1\""_s, u"\"version\": \"2\", \"effectiveFrom\": \"2026-03-15\""_s)
                               .replace(u"\"0.04\""_s, u"\"0.08\""_s);
    auto table = Cost::PriceCatalog::parse(tableJson(QString::fromLatin1(kVersion) + u","_s + second), u"t"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().message));
    Cost::PriceCatalog catalog;
    catalog.add(*table);
    const Cost::CostModel model(std::make_shared<const Cost::PriceCatalog>(catalog), Cost::BillingCalendar());
    Model::Service s = kubernetesService(1.0, 1.0);
    s.cost.pricing = u"test"_s;
    s.cost.memoryGbPerReplica = 0.0;
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 14), utc(2026, 3, 17), 1);
    // 24 h at $0.04 and 24 h at $0.08 around the change at midnight UTC.
    const auto amounts = model.charge(s, u, utc(2026, 3, 14), utc(2026, 3, 16));
    QCOMPARE(amounts[Resource::Cpu], Money::fromMicros(24 * 40'000 + 24 * 80'000));
}

void TestCostModel::calendarFollowsDaylightSaving_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<qint64>("monthHours");
    QTest::addColumn<qint64>("dayHours");
    QTest::addColumn<QString>("month");
    // Bucharest: EET -> EEST on the last Sunday of March at 03:00, back in October.
    QTest::newRow("Bucharest March, clocks forward") << QByteArray("Europe/Bucharest")
                                                    << local("Europe/Bucharest", 2026, 3, 29, 12) << qint64(743)
                                                    << qint64(23) << u"2026-03"_s;
    QTest::newRow("Bucharest October, clocks back") << QByteArray("Europe/Bucharest")
                                                   << local("Europe/Bucharest", 2026, 10, 25, 12) << qint64(745)
                                                   << qint64(25) << u"2026-10"_s;
    QTest::newRow("Bucharest ordinary day") << QByteArray("Europe/Bucharest") << local("Europe/Bucharest", 2026, 2, 10, 1)
                                            << qint64(28 * 24) << qint64(24) << u"2026-02"_s;
    QTest::newRow("New York March (second Sunday)") << QByteArray("America/New_York")
                                                   << local("America/New_York", 2026, 3, 8, 12) << qint64(743)
                                                   << qint64(23) << u"2026-03"_s;
    QTest::newRow("UTC leap February") << QByteArray("UTC") << utc(2028, 2, 29, 23, 59) << qint64(29 * 24)
                                       << qint64(24) << u"2028-02"_s;
    // 23:30 UTC on the 31st is already the next month in Bucharest.
    QTest::newRow("UTC evening is next month in Bucharest") << QByteArray("Europe/Bucharest")
                                                           << utc(2026, 1, 31, 23, 30) << qint64(28 * 24)
                                                           << qint64(24) << u"2026-02"_s;
}

void TestCostModel::calendarFollowsDaylightSaving()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, at);
    QFETCH(qint64, monthHours);
    QFETCH(qint64, dayHours);
    QFETCH(QString, month);
    const Cost::BillingCalendar calendar{QTimeZone(zone)};
    QVERIFY(calendar.zone().isValid());
    QCOMPARE((calendar.nextMonthStartMs(at) - calendar.monthStartMs(at)) / kHourMs, monthHours);
    QCOMPARE((calendar.nextDayStartMs(at) - calendar.dayStartMs(at)) / kHourMs, dayHours);
    QCOMPARE(calendar.monthId(at), month);
    QVERIFY(calendar.monthStartMs(at) <= at && at < calendar.nextMonthStartMs(at));
}

void TestCostModel::allocationChargeByHand()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    const Model::Service s = kubernetesService(2.0, 4.0);
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 1), utc(2026, 3, 11), 3);
    // 3 replicas x 2 vCPU x 228 h x $0.0445 = $60.876; 3 x 4 GB x 228 h x $0.0049225 = $13.46796
    const auto amounts = model.charge(s, u, utc(2026, 3, 1), utc(2026, 3, 10, 12));
    QCOMPARE(amounts[Resource::Cpu], Money::fromMicros(60'876'000));
    QCOMPARE(amounts[Resource::Memory], Money::fromMicros(13'467'960));
    QCOMPARE(amounts.total(), Money::fromMicros(74'343'960));
    // The forecaster's price: 2 x 0.0445 + 4 x 0.0049225 = $0.10869 per replica-hour.
    QVERIFY(std::abs(model.pricePerReplicaHour(s, u, utc(2026, 3, 10)) - 0.10869) < 1e-12);
}

void TestCostModel::partialHoursAreProrated()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    const Model::Service s = kubernetesService(1.0, 0.0);
    // 1 replica from 10:00; a window from 10:20 to 12:05 is 1 h 45 min: 1.75 x $0.0445 = $0.077875
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 2, 10), utc(2026, 3, 2, 13), 1);
    QCOMPARE(model.charge(s, u, utc(2026, 3, 2, 10, 20), utc(2026, 3, 2, 12, 5))[Resource::Cpu],
             Money::fromMicros(77'875));
    // Five-minute buckets give the same answer.
    const Cost::ServiceUsage fine = [&] {
        Cost::ServiceUsage f = steadyUsage(utc(2026, 3, 2, 10), utc(2026, 3, 2, 13), 1);
        f.replicas = flat(utc(2026, 3, 2, 10), utc(2026, 3, 2, 13), 1, 5 * kMinuteMs);
        return f;
    }();
    QCOMPARE(model.charge(s, fine, utc(2026, 3, 2, 10, 20), utc(2026, 3, 2, 12, 5))[Resource::Cpu],
             Money::fromMicros(77'875));
}

void TestCostModel::todayOnTheDaylightSavingDayHas23Hours()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar(QTimeZone("Europe/Bucharest")));
    const Model::Service s = kubernetesService(2.0, 4.0);
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 20), utc(2026, 3, 30), 3);
    // Noon local on 29 March is 09:00 UTC; the local day began at 22:00 UTC the day
    // before: 11 hours, not 12. 11 x 3 x 0.10869 = $3.58677
    const Cost::ServiceCost cost = model.serviceCost(s, u, local("Europe/Bucharest", 2026, 3, 29, 12));
    QCOMPARE(cost.at(Period::Today)[Resource::Cpu], Money::fromMicros(2'937'000));
    QCOMPARE(cost.at(Period::Today)[Resource::Memory], Money::fromMicros(649'770));
}

void TestCostModel::monthToDateStartsAtLocalMidnight()
{
    const Model::Service s = kubernetesService(2.0, 0.0);
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 2, 27), utc(2026, 3, 3), 3);
    const qint64 now = utc(2026, 3, 1, 5, 30);
    // UTC: 5.5 h of March so far: 3 x 2 x 5.5 x 0.0445 = $1.4685
    const Cost::CostModel inUtc(builtIn(), Cost::BillingCalendar());
    QCOMPARE(inUtc.serviceCost(s, u, now).at(Period::MonthToDate)[Resource::Cpu], Money::fromMicros(1'468'500));
    // Bucharest (UTC+2 in winter): March began at 22:00 UTC: 7.5 h -> $2.0025
    const Cost::CostModel inBucharest(builtIn(), Cost::BillingCalendar(QTimeZone("Europe/Bucharest")));
    QCOMPARE(inBucharest.serviceCost(s, u, now).at(Period::MonthToDate)[Resource::Cpu], Money::fromMicros(2'002'500));
}

void TestCostModel::usageBasisChargesWhatWasUsed()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    Model::Service s = kubernetesService(1.0, 1.0);
    s.cost.pricing = u"railway"_s;
    // 2 replicas x 1 vCPU x 50% = 1 vCPU for 60 min: 60 x $0.000463 = $0.02778
    // 2 x 1 GB x 25% = 0.5 GB for 60 min: 0.5 x 60 x $0.000231 = $0.00693
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 2), utc(2026, 3, 3), 2, 50, 25);
    const auto amounts = model.charge(s, u, utc(2026, 3, 2, 6), utc(2026, 3, 2, 7));
    QCOMPARE(amounts[Resource::Cpu], Money::fromMicros(27'780));
    QCOMPARE(amounts[Resource::Memory], Money::fromMicros(6'930));
    // Its price per replica-hour is what a replica used: ($0.02778 + $0.00693) / 2
    QVERIFY(std::abs(model.pricePerReplicaHour(s, u, utc(2026, 3, 3)) - 0.017355) < 1e-9);
}

void TestCostModel::egressVolumeAndNodeShareByHand()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    Model::Service s = kubernetesService(0.25, 0.5);
    s.cost.pricing = u"railway"_s;
    s.cost.egressKbPerRequest = 20.0;
    s.cost.volumeGb = 50.0;
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 1), utc(2026, 4, 1), 1, 0, 0, 10.0);
    // 10 req/s x 3600 s x 20 KB = 0.72 GB x $0.05 = $0.036
    QCOMPARE(model.charge(s, u, utc(2026, 3, 5), utc(2026, 3, 5, 1))[Resource::Egress], Money::fromMicros(36'000));
    // 50 GB for March (744 h) at $0.15 per 720-hour month = $7.75
    QCOMPARE(model.charge(s, u, utc(2026, 3, 1), utc(2026, 4, 1))[Resource::Volume], Money::fromMicros(7'750'000));
    // Kubernetes volumes: $0.10 per 730-hour month: 50 x 0.10 x 744 / 730 = 5.09589041.. -> $5.095890
    s.cost.pricing = u"kubernetes"_s;
    QCOMPARE(model.charge(s, u, utc(2026, 3, 1), utc(2026, 4, 1))[Resource::Volume], Money::fromMicros(5'095'890));
    // e2-small (2 vCPU, 2 GB): 0.25 vCPU and 0.5 GB take max(1/8, 1/4) of a node:
    // 10 h x 0.25 x $0.016751 = $0.0418775 -> 41,878 (half away from zero)
    s.cost.nodeType = u"e2-small"_s;
    const auto amounts = model.charge(s, u, utc(2026, 3, 5), utc(2026, 3, 5, 10));
    QCOMPARE(amounts[Resource::Node], Money::fromMicros(41'878));
    QCOMPARE(amounts[Resource::Cpu], Money());
}

void TestCostModel::missingDataIsNotCharged()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    const Model::Service s = kubernetesService(1.0, 0.0);
    Cost::ServiceUsage u = steadyUsage(utc(2026, 3, 2), utc(2026, 3, 2, 10), 1);
    for (size_t i = 2; i < 6; ++i)
        u.replicas.values[i] = Analysis::kMissing;
    double coverage = 0;
    // 6 of 10 hours known: 6 x $0.0445
    QCOMPARE(model.charge(s, u, utc(2026, 3, 2), utc(2026, 3, 2, 10), &coverage)[Resource::Cpu],
             Money::fromMicros(267'000));
    QCOMPARE(coverage, 0.6);
}

void TestCostModel::planFeeAndIncludedUsage()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    Model::Workspace ws;
    ws.plans = {{u"railway"_s, u"hobby"_s, 1}, {u"railway"_s, u"pro"_s, 3}};
    Cost::ServiceCost small;
    small.pricing = u"railway"_s;
    small.periods[size_t(Period::MonthToDate)][Resource::Cpu] = Money::fromMicros(3'200'000);
    small.periods[size_t(Period::MonthEnd)][Resource::Cpu] = Money::fromMicros(7'000'000);
    const auto plans = model.planCosts(ws, {small}, utc(2026, 3, 10));
    QCOMPARE(plans.size(), 2);
    // Hobby: $5 fee including $5 of usage: $3.20 used -> credit -$3.20; $7 -> credit -$5.
    QCOMPARE(plans[0].fee[size_t(Period::MonthToDate)], Money::fromMicros(5'000'000));
    QCOMPARE(plans[0].credit[size_t(Period::MonthToDate)], Money::fromMicros(-3'200'000));
    QCOMPARE(plans[0].credit[size_t(Period::MonthEnd)], Money::fromMicros(-5'000'000));
    QCOMPARE(plans[0].fee[size_t(Period::Today)], Money());
    // Pro: $20 per seat, three seats.
    QCOMPARE(plans[1].fee[size_t(Period::MonthEnd)], Money::fromMicros(60'000'000));
    QCOMPARE(plans[1].credit[size_t(Period::MonthEnd)], Money());
}

void TestCostModel::monthEndForecastOfASteadyService_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("remainingHours");
    QTest::newRow("UTC") << QByteArray("UTC") << utc(2026, 3, 20) << 12.0 * 24;
    // Bucharest loses an hour on 29 March: 12 days are 287 hours.
    QTest::newRow("Bucharest, DST inside") << QByteArray("Europe/Bucharest") << local("Europe/Bucharest", 2026, 3, 20)
                                           << 12.0 * 24 - 1;
    // Mid-hour: the running hour is billed pro rata.
    QTest::newRow("UTC, half past") << QByteArray("UTC") << utc(2026, 3, 20, 10, 30) << 11.0 * 24 + 13.5;
    // Kolkata is UTC+5:30: its month ends on a half hour.
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << local("Asia/Kolkata", 2026, 3, 20) << 12.0 * 24;
}

void TestCostModel::monthEndForecastOfASteadyService()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, now);
    QFETCH(double, remainingHours);
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar(QTimeZone(zone)));
    const Model::Service s = kubernetesService(2.0, 4.0);
    const Cost::ServiceUsage u = steadyUsage((now / kHourMs) * kHourMs - 30 * kDayMs, (now / kHourMs + 1) * kHourMs, 3);
    const Cost::ServiceCost cost = model.serviceCost(s, u, now);
    const double mtd = cost.at(Period::MonthToDate).total().toUnits();
    const double end = cost.at(Period::MonthEnd).total().toUnits();
    // A steady 3 replicas: the rest of the month costs 3 x $0.10869 per hour.
    QVERIFY2(std::abs(end - mtd - remainingHours * 3 * 0.10869) < 0.01,
             qPrintable(u"%1 vs %2"_s.arg(end - mtd).arg(remainingHours * 3 * 0.10869)));
    QVERIFY(cost.monthEndLower <= end + 1e-9 && end <= cost.monthEndUpper + 1e-9);
    // The month-end figure is month to date plus the rest, resource by resource.
    QCOMPARE(cost.at(Period::MonthEnd)[Resource::Volume], Money());
    QVERIFY(cost.at(Period::MonthEnd)[Resource::Cpu] >= cost.at(Period::MonthToDate)[Resource::Cpu]);
}

void TestCostModel::monthCostsSplitAtLocalMonthBoundaries()
{
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar(QTimeZone("Europe/Bucharest")));
    Model::Workspace ws;
    ws.projects = {{u"shop"_s, u"Shop"_s, {}}};
    ws.services = {kubernetesService(1.0, 0.0)};
    const Cost::ServiceUsage u = steadyUsage(utc(2026, 2, 20), utc(2026, 3, 5), 1);
    const auto months = model.monthCosts(ws, {u}, utc(2026, 3, 5));
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0].month, u"2026-02"_s);
    // February in Bucharest ends at 22:00 UTC on the 28th: from 20 Feb 00:00 UTC
    // that is 8 x 24 + 22 = 214 hours x $0.0445.
    QCOMPARE(months[0].total, Money::fromMicros(214 * 44'500));
    QCOMPARE(months[1].month, u"2026-03"_s);
    QCOMPARE(months[1].total, Money::fromMicros((4 * 24 + 2) * 44'500));
    QVERIFY(months[0].coverage < 1.0 && months[0].coverage > 0.3);
}

void TestCostModel::controlledRoundingThirds()
{
    Cost::RoundingInput in;
    in.columns = 1;
    in.groups = 1;
    in.groupOfRow = {0, 0, 0};
    in.micros = {333'333, 333'333, 333'334}; // $1.00 in thirds
    const Cost::RoundedTable t = Cost::ControlledRounding::round(in);
    QCOMPARE(t.total, qint64(100));
    QCOMPARE(t.cell(0, 0) + t.cell(1, 0) + t.cell(2, 0), qint64(100));
    for (int r = 0; r < 3; ++r)
        QVERIFY(t.cell(r, 0) == 33 || t.cell(r, 0) == 34);
}

void TestCostModel::controlledRoundingAddsUpExactly()
{
    // Random tables, some cells negative (credits), some already whole cents.
    QRandomGenerator rng(20260705);
    for (int round = 0; round < 200; ++round) {
        Cost::RoundingInput in;
        in.columns = 1 + int(rng.bounded(6));
        in.groups = 1 + int(rng.bounded(5));
        const int rows = in.groups + int(rng.bounded(30));
        for (int r = 0; r < rows; ++r) {
            in.groupOfRow.append(r < in.groups ? r : int(rng.bounded(in.groups)));
            for (int c = 0; c < in.columns; ++c) {
                qint64 v = qint64(rng.bounded(20'000'000));
                if (rng.bounded(8) == 0)
                    v = -v / 4;
                if (rng.bounded(6) == 0)
                    v = (v / 10'000) * 10'000;
                in.micros.append(v);
            }
        }
        const Cost::RoundedTable t = Cost::ControlledRounding::round(in);
        auto within = [](qint64 shown, qint64 micros) {
            const double exact = double(micros) / 10'000.0;
            return double(shown) > exact - 1.0 && double(shown) < exact + 1.0
                && (micros % 10'000 != 0 || shown * 10'000 == micros);
        };
        qint64 grand = 0, grandExact = 0;
        QVector<qint64> columnSums(in.columns, 0), groupSums(in.groups * in.columns, 0), groupTotalSums(in.groups, 0);
        for (int r = 0; r < rows; ++r) {
            qint64 rowSum = 0, rowExact = 0;
            for (int c = 0; c < in.columns; ++c) {
                const qint64 v = t.cell(r, c);
                QVERIFY(within(v, in.micros[r * in.columns + c]));
                rowSum += v;
                rowExact += in.micros[r * in.columns + c];
                columnSums[c] += v;
                groupSums[in.groupOfRow[r] * in.columns + c] += v;
            }
            QCOMPARE(t.rowTotals[r], rowSum);
            QVERIFY(within(rowSum, rowExact));
            groupTotalSums[in.groupOfRow[r]] += rowSum;
            grand += rowSum;
            grandExact += rowExact;
        }
        for (int c = 0; c < in.columns; ++c)
            QCOMPARE(t.columnTotals[c], columnSums[c]);
        for (int g = 0; g < in.groups; ++g) {
            QCOMPARE(t.groupTotals[g], groupTotalSums[g]);
            qint64 cells = 0;
            for (int c = 0; c < in.columns; ++c) {
                QCOMPARE(t.groupCell(g, c), groupSums[g * in.columns + c]);
                cells += t.groupCell(g, c);
            }
            QCOMPARE(cells, t.groupTotals[g]);
        }
        QCOMPARE(t.total, grand);
        QCOMPARE(t.total, Money::fromMicros(grandExact).roundedMinor(2));
    }
}

void TestCostModel::olderDatabaseOpensWithCostDefaults()
{
    const QString path = m_dir.filePath(u"schema2.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v2"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(Store::migrate(raw, 2).ok());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"INSERT INTO projects (id, name, description, position) VALUES ('p', 'Shop', '', 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO services (id, project_id, name, provider, position) VALUES ('s', 'p', 'api', "
                       "'railway', 0)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v2"_s);

    Store::Database db;
    QVERIFY(db.open(path, u"cost-upgrade"_s, Store::Database::Mode::ReadWrite).ok());
    QCOMPARE(Store::schemaVersion(db.handle()), Store::latestSchemaVersion());
    const auto ws = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(ws.ok());
    QCOMPARE(ws->services.size(), 1);
    QCOMPARE(ws->services.first().cost, Model::CostProfile());
    QVERIFY(ws->projects.first().businessQueries.isEmpty());
    QVERIFY(ws->plans.isEmpty());
    // ... and is priced by its provider's table with those defaults.
    const Cost::CostModel model(builtIn(), Cost::BillingCalendar());
    QCOMPARE(model.tableFor(ws->services.first())->id, u"railway"_s);
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(u"SELECT count(*) FROM business_records"_s));
}

void TestCostModel::costFieldsRoundTrip()
{
    Store::Database db;
    QVERIFY(db.open(m_dir.filePath(u"roundtrip.sqlite"_s), u"cost-roundtrip"_s, Store::Database::Mode::ReadWrite).ok());
    Model::Workspace ws;
    ws.name = u"W"_s;
    ws.projects = {{u"shop"_s, u"Shop"_s, {}, {{u"revenue"_s, u"sum(increase(orders_total_usd[1d]))"_s}}}};
    Model::Service s = kubernetesService(0.75, 3.0);
    s.cost.nodeType = u"e2-standard-4"_s;
    s.cost.region = u"eu-west"_s;
    s.cost.volumeGb = 12.5;
    s.cost.egressKbPerRequest = 7.0;
    ws.services = {s, kubernetesService(1.0, 1.0)};
    ws.services[1].id = u"web"_s;
    ws.services[1].cost = {};
    ws.plans = {{u"railway"_s, u"pro"_s, 4}};
    QVERIFY(Store::WorkspaceStore(db.handle()).save(ws).ok());
    const auto loaded = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->services[0].cost, s.cost);
    QCOMPARE(loaded->services[1].cost, Model::CostProfile());
    QCOMPARE(loaded->projects[0].businessQueries, ws.projects[0].businessQueries);
    QCOMPARE(loaded->plans.size(), 1);
    QCOMPARE(loaded->plans[0], ws.plans[0]);

    // The workspace file carries them too (secrets never, cost fields always).
    Model::Workspace file = *loaded;
    file.sources = {{u"demo"_s, Model::SourceType::Demo, u"Demo"_s, {}, {}, {}, {}}};
    for (Model::Service &svc : file.services)
        svc.sourceId = u"demo"_s;
    const QByteArray json = Model::workspaceToJson(file);
    const auto imported = Model::workspaceFromJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message));
    QCOMPARE(imported->services[0].cost, s.cost);
    QCOMPARE(imported->services[1].cost, Model::CostProfile());
    QCOMPARE(imported->projects[0].businessQueries, ws.projects[0].businessQueries);
    QCOMPARE(imported->plans, ws.plans);
    // A negative allocation in a file is refused with its path.
    QByteArray bad = json;
    bad.replace("\"cpu\": 0.75", "\"cpu\": -1");
    const auto refused = Model::workspaceFromJson(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"services[0].cost.cpu"_s), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
