#include "core/store/database.h"
#include "core/store/samplestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Store::Resolution;
using Store::SampleStore;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kNow = 1772712000000LL; // 2026-03-05 12:00 UTC, a whole hour
const Model::SeriesKey kKey{u"api"_s, MetricKind::Cpu, {}};

Model::SeriesBatch oneSeries(const QVector<Model::Sample> &samples)
{
    return {{kKey, samples}};
}

} // namespace

class TestSampleStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rawSamplesAreRolledUp();
    void rewritingIsIdempotent();
    void outOfOrderAndOverlappingWrites();
    void oldSamplesGoToRollupsOnly();
    void coarseSamplesSkipRaw();
    void nanAndInfinityAreDropped();
    void pruneKeepsRetention();
    void resolutionForRange_data();
    void resolutionForRange();
    void regionsAreSeparateSeries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<SampleStore> m_store;
};

void TestSampleStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Store::Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"s.sqlite"_s), u"t"_s, Store::Database::Mode::ReadWrite).ok());
    m_store = std::make_unique<SampleStore>(m_db->handle());
}

void TestSampleStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestSampleStore::rawSamplesAreRolledUp()
{
    // 10:00 .. 10:59, value = minute number: each 5-minute bucket k holds 5k..5k+4.
    const qint64 start = kNow - 2 * kHour;
    QVector<Model::Sample> samples;
    for (int m = 0; m < 60; ++m)
        samples.append({start + m * kMinute, double(m)});
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());

    const auto raw = m_store->read(kKey, start, start + kHour, Resolution::Raw);
    QVERIFY(raw.ok());
    QCOMPARE(raw->points.size(), 60);

    const auto five = m_store->read(kKey, start, start + kHour - 1, Resolution::FiveMinutes);
    QVERIFY(five.ok());
    QCOMPARE(five->points.size(), 12);
    for (int k = 0; k < 12; ++k) {
        const Store::StoredPoint &p = five->points.at(k);
        QCOMPARE(p.t, start + k * 5 * kMinute);
        QCOMPARE(p.min, 5.0 * k);
        QCOMPARE(p.max, 5.0 * k + 4);
        QCOMPARE(p.mean, 5.0 * k + 2);
    }
    const auto hour = m_store->read(kKey, start, start + kHour - 1, Resolution::OneHour);
    QVERIFY(hour.ok());
    QCOMPARE(hour->points.size(), 1);
    QCOMPARE(hour->points.first().mean, 29.5);
    QCOMPARE(hour->points.first().min, 0.0);
    QCOMPARE(hour->points.first().max, 59.0);
}

void TestSampleStore::rewritingIsIdempotent()
{
    QVector<Model::Sample> samples;
    for (int m = 0; m < 30; ++m)
        samples.append({kNow - kHour + m * kMinute, 10.0 + m});
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());
    const auto hour = m_store->read(kKey, kNow - kHour, kNow, Resolution::OneHour);
    QVERIFY(hour.ok());
    QCOMPARE(hour->points.size(), 1);
    QCOMPARE(hour->points.first().mean, 10.0 + 14.5);
    QCOMPARE(m_store->read(kKey, kNow - kHour, kNow, Resolution::Raw)->points.size(), 30);
}

void TestSampleStore::outOfOrderAndOverlappingWrites()
{
    // Two refreshes that overlap by two samples, the second arriving reversed.
    QVector<Model::Sample> first;
    QVector<Model::Sample> second;
    for (int m = 0; m < 7; ++m)
        first.append({kNow - kHour + m * kMinute, 1.0});
    for (int m = 9; m >= 5; --m)
        second.append({kNow - kHour + m * kMinute, 3.0});
    QVERIFY(m_store->write(oneSeries(first), kMinute, kNow).ok());
    QVERIFY(m_store->write(oneSeries(second), kMinute, kNow).ok());
    const auto five = m_store->read(kKey, kNow - kHour, kNow - kHour + 9 * kMinute, Resolution::FiveMinutes);
    QVERIFY(five.ok());
    QCOMPARE(five->points.size(), 2);
    QCOMPARE(five->points.at(0).mean, 1.0);  // minutes 0-4
    QCOMPARE(five->points.at(1).mean, 3.0);  // minutes 5-9: the later write wins
    QCOMPARE(five->points.at(1).min, 3.0);
}

void TestSampleStore::oldSamplesGoToRollupsOnly()
{
    const qint64 old = kNow - 10 * kDay;
    QVector<Model::Sample> samples;
    for (int m = 0; m < 10; ++m)
        samples.append({old + m * kMinute, double(m)});
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());
    QCOMPARE(m_store->read(kKey, old, old + kHour, Resolution::Raw)->points.size(), 0);
    const auto five = m_store->read(kKey, old, old + kHour, Resolution::FiveMinutes);
    QCOMPARE(five->points.size(), 2);
    QCOMPARE(five->points.at(1).mean, 7.0);
    QCOMPARE(m_store->read(kKey, old, old + kHour, Resolution::OneHour)->points.first().mean, 4.5);
}

void TestSampleStore::coarseSamplesSkipRaw()
{
    QVector<Model::Sample> hourly;
    for (int h = 0; h < 24; ++h)
        hourly.append({kNow - 24 * kHour + h * kHour, double(h)});
    QVERIFY(m_store->write(oneSeries(hourly), kHour, kNow).ok());
    QCOMPARE(m_store->read(kKey, kNow - kDay, kNow, Resolution::Raw)->points.size(), 0);
    QCOMPARE(m_store->read(kKey, kNow - kDay, kNow, Resolution::FiveMinutes)->points.size(), 0);
    QCOMPARE(m_store->read(kKey, kNow - kDay, kNow, Resolution::OneHour)->points.size(), 24);
}

void TestSampleStore::nanAndInfinityAreDropped()
{
    const QVector<Model::Sample> samples = {{kNow - 3 * kMinute, 1.0},
                                            {kNow - 2 * kMinute, std::numeric_limits<double>::quiet_NaN()},
                                            {kNow - kMinute, std::numeric_limits<double>::infinity()},
                                            {kNow, 4.0}};
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());
    const auto raw = m_store->read(kKey, kNow - kHour, kNow, Resolution::Raw);
    QCOMPARE(raw->points.size(), 2);
    QCOMPARE(raw->points.last().mean, 4.0);
}

void TestSampleStore::pruneKeepsRetention()
{
    QVector<Model::Sample> samples = {{kNow - 50 * kHour, 1.0}, {kNow - 47 * kHour, 2.0}, {kNow, 3.0}};
    // Written while they were all recent:
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow - 3 * kHour).ok());
    QVERIFY(m_store->write(oneSeries({{kNow - 401 * kDay, 9.0}}), kHour, kNow).ok());
    const auto removed = m_store->prune(kNow);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 2); // the raw sample at -50 h and the 1 h bucket at -401 d
    QCOMPARE(m_store->read(kKey, kNow - 3 * kDay, kNow, Resolution::Raw)->points.size(), 2);
    QCOMPARE(m_store->read(kKey, kNow - 3 * kDay, kNow, Resolution::OneHour)->points.size(), 3);
}

void TestSampleStore::resolutionForRange_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<int>("expected");
    QTest::newRow("1 h raw") << kHour << int(Resolution::Raw);
    QTest::newRow("6 h raw") << 6 * kHour << int(Resolution::Raw);
    QTest::newRow("24 h 5 min") << kDay << int(Resolution::FiveMinutes);
    QTest::newRow("7 d 5 min") << 7 * kDay << int(Resolution::FiveMinutes);
    QTest::newRow("30 d 1 h") << 30 * kDay << int(Resolution::OneHour);
}

void TestSampleStore::resolutionForRange()
{
    QFETCH(qint64, span);
    QFETCH(int, expected);
    QCOMPARE(int(SampleStore::resolutionFor(kNow - span, kNow, kNow)), expected);
}

void TestSampleStore::regionsAreSeparateSeries()
{
    const Model::SeriesKey eu{u"api"_s, MetricKind::Rps, u"eu-west"_s};
    const Model::SeriesKey all{u"api"_s, MetricKind::Rps, {}};
    QVERIFY(m_store->write({{eu, {{kNow, 5.0}}}, {all, {{kNow, 8.0}}}}, kMinute, kNow).ok());
    QCOMPARE(m_store->read(eu, kNow - kHour, kNow, Resolution::Raw)->points.first().mean, 5.0);
    QCOMPARE(m_store->read(all, kNow - kHour, kNow, Resolution::Raw)->points.first().mean, 8.0);
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
