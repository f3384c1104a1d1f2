#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/samplestore.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

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

struct Agg
{
    double min = 0;
    double max = 0;
    double sum = 0;
    int n = 0;
};

// The rollups a set of samples must produce, computed here independently of the store.
std::map<qint64, Agg> expectedBuckets(const std::map<qint64, double> &samples, qint64 width)
{
    std::map<qint64, Agg> buckets;
    for (const auto &[t, v] : samples) {
        auto [it, fresh] = buckets.try_emplace(t - t % width, Agg{v, v, 0.0, 0});
        Agg &b = it->second;
        b.min = std::min(b.min, v);
        b.max = std::max(b.max, v);
        b.sum += v;
        ++b.n;
    }
    return buckets;
}

QList<QVariantList> tableRows(QSqlDatabase db, const QString &sql)
{
    QList<QVariantList> rows;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {{QVariant(q.lastError().text())}};
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(q.value(i));
        rows.append(row);
    }
    return rows;
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
    void roundTripAcrossChunkBoundaries_data();
    void roundTripAcrossChunkBoundaries();
    void overlappingWritesMergeAcrossChunks();
    void duplicatesInOneBatchKeepTheLast();
    void randomWritesMatchAReference();
    void pruneCutsAnHourInTwo();
    void oldLayoutIsMigratedWithoutLoss();

private:
    void compareWithReference(const std::map<qint64, double> &expected, qint64 from, qint64 to);

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

void TestSampleStore::compareWithReference(const std::map<qint64, double> &expected, qint64 from, qint64 to)
{
    const auto raw = m_store->read(kKey, from, to, Resolution::Raw);
    QVERIFY(raw.ok());
    QVector<Store::StoredPoint> want;
    for (auto it = expected.lower_bound(from); it != expected.end() && it->first <= to; ++it)
        want.append({it->first, it->second, it->second, it->second});
    QCOMPARE(raw->points.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        QCOMPARE(raw->points.at(i).t, want.at(i).t);
        QCOMPARE(raw->points.at(i).mean, want.at(i).mean);
    }
    for (const auto &[resolution, width] : {std::pair{Resolution::FiveMinutes, 5 * kMinute},
                                            std::pair{Resolution::OneHour, kHour}}) {
        const std::map<qint64, Agg> buckets = expectedBuckets(expected, width);
        const auto read = m_store->read(kKey, from, to, resolution);
        QVERIFY(read.ok());
        qsizetype i = 0;
        for (auto it = buckets.lower_bound(from - from % width); it != buckets.end() && it->first <= to; ++it, ++i) {
            QVERIFY2(i < read->points.size(), qPrintable(u"missing bucket %1"_s.arg(it->first)));
            const Store::StoredPoint &p = read->points.at(i);
            QCOMPARE(p.t, it->first);
            QCOMPARE(p.min, it->second.min);
            QCOMPARE(p.max, it->second.max);
            QCOMPARE(p.mean, it->second.sum / it->second.n);
        }
        QCOMPARE(read->points.size(), i);
    }
}

void TestSampleStore::roundTripAcrossChunkBoundaries_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    const qint64 h0 = kNow - 3 * kHour;
    QTest::newRow("all") << h0 - kHour << kNow;
    QTest::newRow("exactly one hour") << h0 << h0 + kHour - 1;
    QTest::newRow("hour start to next hour start") << h0 << h0 + kHour;
    QTest::newRow("mid hour to mid next hour") << h0 + 30 * kMinute + 1 << h0 + kHour + 30 * kMinute;
    QTest::newRow("across three hours") << h0 + 59 * kMinute << h0 + 2 * kHour + kMinute;
    QTest::newRow("one millisecond") << h0 + kHour - 1 << h0 + kHour - 1;
    QTest::newRow("before everything") << h0 - 2 * kHour << h0 - 1;
}

void TestSampleStore::roundTripAcrossChunkBoundaries()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    // Samples on and next to the hour boundaries, at odd milliseconds, values that
    // need every bit of a double.
    const qint64 h0 = kNow - 3 * kHour;
    std::map<qint64, double> expected;
    for (qint64 t : {h0, h0 + 1, h0 + 17 * kMinute + 333, h0 + kHour - 1, h0 + kHour, h0 + kHour + 1,
                     h0 + 2 * kHour - 1, h0 + 2 * kHour + 12 * kMinute, h0 + 3 * kHour - 7}) {
        expected[t] = std::ldexp(double(t % 100003) + 0.1, -7) * (t % 2 ? -1.0 : 1.0);
    }
    expected[h0 + 5 * kMinute] = -0.0;
    expected[h0 + 6 * kMinute] = std::numeric_limits<double>::denorm_min();
    expected[h0 + 7 * kMinute] = std::numeric_limits<double>::max();
    QVector<Model::Sample> samples;
    for (const auto &[t, v] : expected)
        samples.append({t, v});
    std::reverse(samples.begin(), samples.end());
    QVERIFY(m_store->write(oneSeries(samples), kMinute, kNow).ok());
    compareWithReference(expected, from, to);
}

void TestSampleStore::overlappingWritesMergeAcrossChunks()
{
    // 10:30-11:30 then 11:00-12:15 with other values: the union, the later write
    // winning where they overlap, every bucket recomputed from the union.
    const qint64 h0 = kNow - 4 * kHour;
    std::map<qint64, double> expected;
    QVector<Model::Sample> first;
    QVector<Model::Sample> second;
    for (qint64 t = h0 + 30 * kMinute; t <= h0 + 90 * kMinute; t += kMinute) {
        first.append({t, 1.0 + double(t / kMinute % 7)});
        expected[t] = first.last().v;
    }
    for (qint64 t = h0 + 60 * kMinute; t <= h0 + 135 * kMinute; t += kMinute) {
        second.append({t, 100.0 + double(t / kMinute % 11)});
        expected[t] = second.last().v;
    }
    QVERIFY(m_store->write(oneSeries(first), kMinute, kNow).ok());
    QVERIFY(m_store->write(oneSeries(second), kMinute, kNow).ok());
    compareWithReference(expected, h0, kNow);
    // Writing the first range again puts its values back where it overlaps, nothing else.
    QVERIFY(m_store->write(oneSeries(first), kMinute, kNow).ok());
    for (const Model::Sample &s : std::as_const(first))
        expected[s.t] = s.v;
    compareWithReference(expected, h0, kNow);
}

void TestSampleStore::duplicatesInOneBatchKeepTheLast()
{
    const qint64 t = kNow - kHour;
    QVERIFY(m_store->write(oneSeries({{t, 1.0}, {t + kMinute, 5.0}, {t, 2.0}, {t, 3.0}}), kMinute, kNow).ok());
    compareWithReference({{t, 3.0}, {t + kMinute, 5.0}}, t - kHour, kNow);
}

void TestSampleStore::randomWritesMatchAReference()
{
    // 40 refreshes of random ranges over 6 hours on a 15 s grid, shuffled, with
    // duplicates and NaN/Inf mixed in; the store must end up equal to a plain map.
    QRandomGenerator random(4);
    const qint64 start = kNow - 6 * kHour;
    const qint64 slotCount = 6 * 240;
    std::map<qint64, double> expected;
    for (int w = 0; w < 40; ++w) {
        const qint64 a = random.bounded(slotCount);
        const qint64 b = std::min<qint64>(slotCount, a + random.bounded(400));
        QVector<Model::Sample> samples;
        for (qint64 k = a; k < b; ++k) {
            const double v = double(random.bounded(1000)) / 8.0 - 50.0;
            samples.append({start + k * 15'000, v});
            if (random.bounded(10) == 0)
                samples.append({start + k * 15'000 + 1, std::numeric_limits<double>::quiet_NaN()});
            if (random.bounded(20) == 0)
                samples.append({start + k * 15'000 + 2, -std::numeric_limits<double>::infinity()});
        }
        std::shuffle(samples.begin(), samples.end(), random);
        if (!samples.isEmpty()) {
            samples.append(samples.first()); // a duplicate with the same value
            samples.append({samples.first().t, 7.25}); // and one given last, which wins
        }
        std::map<qint64, double> batch;
        for (const Model::Sample &s : std::as_const(samples)) {
            if (std::isfinite(s.v))
                batch[s.t] = s.v;
        }
        for (const auto &[t, v] : batch)
            expected[t] = v;
        QVERIFY(m_store->write(oneSeries(samples), 15'000, kNow).ok());
    }
    compareWithReference(expected, start, kNow);
    for (int r = 0; r < 20; ++r) {
        const qint64 from = start + qint64(random.bounded(6 * 3600)) * 1000;
        const qint64 to = from + qint64(random.bounded(3 * 3600)) * 1000;
        compareWithReference(expected, from, to);
    }
}

void TestSampleStore::pruneCutsAnHourInTwo()
{
    const qint64 now = kNow + 30 * kMinute;
    const qint64 cutoff = now - SampleStore::kRawRetentionMs; // half past an hour
    const Model::SeriesKey other{u"web"_s, MetricKind::Cpu, {}};
    QVERIFY(m_store->write({{kKey, {{cutoff - 40 * kMinute, 1.0}, {cutoff - 20 * kMinute, 2.0}, {cutoff, 3.0},
                                    {cutoff + 10 * kMinute, 4.0}}},
                            {other, {{cutoff - kMinute, 5.0}}}},
                           kMinute, kNow - 3 * kHour)
                .ok());
    const auto removed = m_store->prune(now);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 3);
    const auto kept = m_store->read(kKey, cutoff - kDay, now, Resolution::Raw);
    QCOMPARE(kept->points.size(), 2);
    QCOMPARE(kept->points.first().t, cutoff);
    QCOMPARE(kept->points.last().mean, 4.0);
    QCOMPARE(m_store->read(other, cutoff - kDay, now, Resolution::Raw)->points.size(), 0);
    // The rollups of the pruned samples stay.
    QCOMPARE(m_store->read(kKey, cutoff - kDay, now, Resolution::FiveMinutes)->points.size(), 4);
    QCOMPARE(*m_store->prune(now), 0);
}

void TestSampleStore::oldLayoutIsMigratedWithoutLoss()
{
    // A schema-5 database as the old code path wrote it: one samples_raw row per
    // sample, rollups computed from them, and an older rollup-only bucket.
    m_store.reset();
    m_db.reset();
    const QString path = m_dir->filePath(u"old.sqlite"_s);
    std::map<qint64, double> expected;
    QList<QVariantList> fiveBefore;
    QList<QVariantList> hourBefore;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v5"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(Store::migrate(raw, 5).ok());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"INSERT INTO series (id, service_id, kind, region) VALUES (7, 'api', '%1', '')"_s
                           .arg(Model::metricKindId(MetricKind::Cpu))));
        QVERIFY(q.prepare(u"INSERT OR REPLACE INTO samples_raw (series_id, t, v) VALUES (7, ?, ?)"_s));
        for (qint64 t = kNow - 30 * kHour + 17; t < kNow - 27 * kHour; t += 40'000) {
            const double v = double(t % 9973) / 3.0;
            q.addBindValue(t);
            q.addBindValue(v);
            QVERIFY(q.exec());
            expected[t] = v;
        }
        for (const char *table : {"rollup_5m", "rollup_1h"}) {
            const qint64 width = QByteArray(table) == "rollup_5m" ? 5 * kMinute : kHour;
            QVERIFY(q.exec(u"INSERT OR REPLACE INTO %1 (series_id, bucket, vmin, vmax, vsum, n) SELECT series_id,"
                           " t - (t % %2), min(v), max(v), sum(v), count(*) FROM samples_raw GROUP BY series_id,"
                           " t - (t % %2)"_s.arg(QLatin1String(table)).arg(width)));
        }
        QVERIFY(q.exec(u"INSERT INTO rollup_1h VALUES (7, %1, 1, 3, 4, 2)"_s.arg(kNow - 20 * kDay)));
        fiveBefore = tableRows(raw, u"SELECT * FROM rollup_5m ORDER BY series_id, bucket"_s);
        hourBefore = tableRows(raw, u"SELECT * FROM rollup_1h ORDER BY series_id, bucket"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v5"_s);
    QCOMPARE(expected.size(), std::size_t(270));

    m_db = std::make_unique<Store::Database>();
    QVERIFY(m_db->open(path, u"t"_s, Store::Database::Mode::ReadWrite).ok());
    QCOMPARE(Store::schemaVersion(m_db->handle()), Store::latestSchemaVersion());
    QSqlQuery q(m_db->handle());
    QVERIFY(!q.exec(u"SELECT count(*) FROM samples_raw"_s)); // gone, its rows moved
    QCOMPARE(tableRows(m_db->handle(), u"SELECT count(*) FROM samples_chunk"_s).first().first().toInt(), 3); // 3 hours
    QCOMPARE(tableRows(m_db->handle(), u"SELECT * FROM rollup_5m ORDER BY series_id, bucket"_s), fiveBefore);
    QCOMPARE(tableRows(m_db->handle(), u"SELECT * FROM rollup_1h ORDER BY series_id, bucket"_s), hourBefore);
    m_store = std::make_unique<SampleStore>(m_db->handle());
    compareWithReference(expected, kNow - 31 * kHour, kNow - 27 * kHour);

    // New writes merge with the migrated samples.
    QVector<Model::Sample> more;
    for (qint64 t = kNow - 28 * kHour; t < kNow - 26 * kHour; t += kMinute) {
        more.append({t, -double(t % 101)});
        expected[t] = more.last().v;
    }
    QVERIFY(m_store->write(oneSeries(more), kMinute, kNow).ok());
    compareWithReference(expected, kNow - 31 * kHour, kNow - 26 * kHour);
}

QTEST_GUILESS_MAIN(TestSampleStore)
#include "tst_samplestore.moc"
