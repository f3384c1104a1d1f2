#include "core/store/samplestore.h"

#include "core/store/samplechunk.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqltext.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

constexpr qint64 kRawStepLimitMs = 60'000;

Util::Error queryError(const QSqlQuery &query)
{
    return Util::makeError(u"store.query"_s, QCoreApplication::translate("Store", "Database error: %1")
                                                 .arg(query.lastError().text().trimmed()));
}

qint64 bucketOf(qint64 t, qint64 width)
{
    return t - (t % width);
}

struct Bucket
{
    qint64 start = 0;
    double min = 0.0;
    double max = 0.0;
    double sum = 0.0;
    qint64 n = 0;
};

QVector<Bucket> aggregate(const QVector<Model::Sample> &samples, qint64 width)
{
    QVector<Bucket> buckets;
    for (const Model::Sample &s : samples) {
        if (!std::isfinite(s.v))
            continue;
        const qint64 start = bucketOf(s.t, width);
        if (buckets.isEmpty() || buckets.last().start != start) {
            buckets.append({start, s.v, s.v, s.v, 1});
            continue;
        }
        Bucket &b = buckets.last();
        b.min = std::min(b.min, s.v);
        b.max = std::max(b.max, s.v);
        b.sum += s.v;
        ++b.n;
    }
    return buckets;
}

} // namespace

qint64 resolutionMs(Resolution resolution, qint64 rawStepMs)
{
    switch (resolution) {
    case Resolution::Raw: return rawStepMs;
    case Resolution::FiveMinutes: return SampleStore::kFiveMinutesMs;
    case Resolution::OneHour: return SampleStore::kOneHourMs;
    }
    return rawStepMs;
}

Resolution SampleStore::resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    const qint64 span = toMs - fromMs;
    if (span <= 6 * kOneHourMs && fromMs >= nowMs - kRawRetentionMs)
        return Resolution::Raw;
    if (span <= 8 * 24 * kOneHourMs)
        return Resolution::FiveMinutes;
    return Resolution::OneHour;
}

Util::Result<qint64> SampleStore::seriesId(const Model::SeriesKey &key, bool create) const
{
    if (const auto it = m_seriesIds.constFind(key); it != m_seriesIds.cend())
        return it.value();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM series WHERE service_id = ? AND kind = ? AND region = ?"_s);
    query.addBindValue(key.serviceId);
    query.addBindValue(Model::metricKindId(key.kind));
    query.addBindValue(sqlText(key.region));
    if (!query.exec())
        return queryError(query);
    if (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        m_seriesIds.insert(key, id);
        return id;
    }
    if (!create)
        return qint64(-1);
    query.prepare(u"INSERT INTO series (service_id, kind, region) VALUES (?, ?, ?)"_s);
    query.addBindValue(key.serviceId);
    query.addBindValue(Model::metricKindId(key.kind));
    query.addBindValue(sqlText(key.region));
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

// The statements of one write(), prepared once per batch: a large refresh runs them
// ~300,000 times, so they bind through the SQLite C API (SqliteStatement).
struct SampleStore::WriteStatements
{
    explicit WriteStatements(sqlite3 *connection)
        : chunks(connection, "SELECT chunk, data FROM samples_chunk WHERE series_id = ?1 AND chunk >= ?2 AND chunk <= ?3"
                             " ORDER BY chunk")
        , putChunk(connection, "INSERT OR REPLACE INTO samples_chunk (series_id, chunk, data) VALUES (?1, ?2, ?3)")
        , put5m(connection, "INSERT OR REPLACE INTO rollup_5m (series_id, bucket, vmin, vmax, vsum, n)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        , put1h(connection, "INSERT OR REPLACE INTO rollup_1h (series_id, bucket, vmin, vmax, vsum, n)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
    {
    }

    const SqliteStatement *firstInvalid() const
    {
        for (const SqliteStatement *s : {&chunks, &putChunk, &put5m, &put1h}) {
            if (!s->isValid())
                return s;
        }
        return nullptr;
    }

    SqliteStatement chunks;
    SqliteStatement putChunk;
    SqliteStatement put5m;
    SqliteStatement put1h;
};

namespace {

Util::Result<void> putBuckets(SqliteStatement &statement, qint64 seriesId, const QVector<Model::Sample> &samples,
                              qint64 width)
{
    for (const Bucket &b : aggregate(samples, width)) {
        statement.bind(1, seriesId);
        statement.bind(2, b.start);
        statement.bind(3, b.min);
        statement.bind(4, b.max);
        statement.bind(5, b.sum);
        statement.bind(6, b.n);
        if (auto r = statement.run(); !r)
            return r;
    }
    return {};
}

// Finite samples sorted by time, one per time: on equal times the one given last
// wins, as a later write wins over an earlier one.
QVector<Model::Sample> cleaned(const QVector<Model::Sample> &input)
{
    QVector<Model::Sample> samples;
    samples.reserve(input.size());
    std::copy_if(input.cbegin(), input.cend(), std::back_inserter(samples),
                 [](const Model::Sample &s) { return std::isfinite(s.v); });
    std::stable_sort(samples.begin(), samples.end(), [](const auto &a, const auto &b) { return a.t < b.t; });
    qsizetype kept = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (kept > 0 && samples[kept - 1].t == samples[i].t)
            samples[kept - 1] = samples[i];
        else
            samples[kept++] = samples[i];
    }
    samples.resize(kept);
    return samples;
}

} // namespace

Util::Result<void> SampleStore::writeRollups(WriteStatements &statements, qint64 seriesId,
                                             const QVector<Model::Sample> &samples, bool includeFiveMinutes)
{
    if (includeFiveMinutes) {
        if (auto r = putBuckets(statements.put5m, seriesId, samples, kFiveMinutesMs); !r)
            return r;
    }
    return putBuckets(statements.put1h, seriesId, samples, kOneHourMs);
}

Util::Result<void> SampleStore::writeRaw(WriteStatements &statements, qint64 seriesId,
                                         const QVector<Model::Sample> &samples)
{
    // The stored chunks this write touches, read before anything is written.
    QHash<qint64, QByteArray> stored;
    SqliteStatement &select = statements.chunks;
    select.bind(1, seriesId);
    select.bind(2, SampleChunk::chunkOf(samples.first().t));
    select.bind(3, SampleChunk::chunkOf(samples.last().t));
    while (select.next())
        stored.insert(select.int64At(0), select.blobAt(1).toByteArray());
    select.reset();
    if (select.failed())
        return select.error();

    const Model::Sample *begin = samples.constData();
    const Model::Sample *const end = begin + samples.size();
    QVector<Model::Sample> older;
    while (begin != end) {
        const qint64 chunk = SampleChunk::chunkOf(begin->t);
        const Model::Sample *chunkEnd = std::find_if(begin, end, [chunk](const Model::Sample &s) {
            return s.t >= chunk + SampleChunk::kChunkMs;
        });
        const QByteArray before = stored.value(chunk);
        older.clear();
        SampleChunk::decode(chunk, before, older);
        const QVector<Model::Sample> merged = SampleChunk::merge(older, begin, chunkEnd);
        const QByteArray after = SampleChunk::encode(chunk, merged.constData(), merged.constData() + merged.size());
        begin = chunkEnd;
        // A refresh mostly re-fetches what is stored; an unchanged hour costs no writes.
        if (after == before)
            continue;
        statements.putChunk.bind(1, seriesId);
        statements.putChunk.bind(2, chunk);
        statements.putChunk.bind(3, QByteArrayView(after));
        if (auto r = statements.putChunk.run(); !r)
            return r;
        // A chunk is one whole hour, so its 5-minute and 1-hour buckets are recomputed
        // exactly from everything stored raw, however the samples arrived.
        if (auto r = writeRollups(statements, seriesId, merged, true); !r)
            return r;
    }
    return {};
}

Util::Result<void> SampleStore::write(const Model::SeriesBatch &batch, qint64 stepMs, qint64 nowMs)
{
    if (!m_db.transaction())
        return Util::makeError(u"store.transaction"_s, m_db.lastError().text());
    auto fail = [this](Util::Error error) -> Util::Result<void> {
        m_db.rollback();
        return error;
    };
    WriteStatements statements(SqliteStatement::connectionOf(m_db));
    if (const SqliteStatement *invalid = statements.firstInvalid())
        return fail(invalid->error());

    const qint64 rawCutoff = nowMs - kRawRetentionMs;
    for (const Model::SeriesData &series : batch) {
        if (series.samples.isEmpty())
            continue;
        const QVector<Model::Sample> samples = cleaned(series.samples);
        if (samples.isEmpty())
            continue;
        const auto id = seriesId(series.key, true);
        if (!id)
            return fail(id.error());

        if (stepMs > kRawStepLimitMs) {
            if (auto r = writeRollups(statements, *id, samples, stepMs <= kFiveMinutesMs); !r)
                return fail(r.error());
            continue;
        }
        const auto firstRecent = std::lower_bound(samples.cbegin(), samples.cend(), rawCutoff,
                                                  [](const Model::Sample &s, qint64 t) { return s.t < t; });
        const QVector<Model::Sample> old(samples.cbegin(), firstRecent);
        const QVector<Model::Sample> recent(firstRecent, samples.cend());
        if (!old.isEmpty()) {
            if (auto r = writeRollups(statements, *id, old, true); !r)
                return fail(r.error());
        }
        if (!recent.isEmpty()) {
            if (auto r = writeRaw(statements, *id, recent); !r)
                return fail(r.error());
        }
    }
    if (!m_db.commit())
        return fail(Util::makeError(u"store.commit"_s, m_db.lastError().text()));
    return {};
}

Util::Result<StoredSeries> SampleStore::read(const Model::SeriesKey &key, qint64 fromMs, qint64 toMs,
                                             Resolution resolution) const
{
    StoredSeries result;
    result.key = key;
    result.resolution = resolution;
    const auto id = seriesId(key, false);
    if (!id)
        return id.error();
    if (*id < 0)
        return result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    switch (resolution) {
    case Resolution::Raw:
        query.prepare(u"SELECT chunk, data FROM samples_chunk WHERE series_id = ? AND chunk >= ? AND chunk <= ?"
                      " ORDER BY chunk"_s);
        break;
    case Resolution::FiveMinutes:
        query.prepare(u"SELECT bucket, vsum / n, vmin, vmax FROM rollup_5m"
                      " WHERE series_id = ? AND bucket >= ? AND bucket <= ? ORDER BY bucket"_s);
        break;
    case Resolution::OneHour:
        query.prepare(u"SELECT bucket, vsum / n, vmin, vmax FROM rollup_1h"
                      " WHERE series_id = ? AND bucket >= ? AND bucket <= ? ORDER BY bucket"_s);
        break;
    }
    query.addBindValue(*id);
    query.addBindValue(resolution == Resolution::Raw ? SampleChunk::chunkOf(fromMs)
                                                     : bucketOf(fromMs, resolutionMs(resolution, 1)));
    query.addBindValue(toMs);
    if (!query.exec())
        return queryError(query);
    if (resolution == Resolution::Raw) {
        QVector<Model::Sample> samples;
        while (query.next()) {
            samples.clear();
            SampleChunk::decode(query.value(0).toLongLong(), query.value(1).toByteArray(), samples);
            for (const Model::Sample &s : std::as_const(samples)) {
                if (s.t >= fromMs && s.t <= toMs)
                    result.points.append({s.t, s.v, s.v, s.v});
            }
        }
        return result;
    }
    while (query.next()) {
        result.points.append({query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble(),
                              query.value(3).toDouble()});
    }
    return result;
}

Util::Result<int> SampleStore::pruneRaw(qint64 cutoffMs)
{
    int removed = 0;
    QSqlQuery query(m_db);
    // Whole hours before the cutoff go at once; their sample count is their size.
    const qint64 lastWholeChunk = SampleChunk::chunkOf(cutoffMs) - SampleChunk::kChunkMs;
    query.prepare(u"SELECT coalesce(sum(length(data)), 0) FROM samples_chunk WHERE chunk <= ?"_s);
    query.addBindValue(lastWholeChunk);
    if (!query.exec() || !query.next())
        return queryError(query);
    removed += int(query.value(0).toLongLong() / SampleChunk::kRecordBytes);
    query.prepare(u"DELETE FROM samples_chunk WHERE chunk <= ?"_s);
    query.addBindValue(lastWholeChunk);
    if (!query.exec())
        return queryError(query);

    // The hour the cutoff falls into keeps its samples from the cutoff on.
    const qint64 boundary = SampleChunk::chunkOf(cutoffMs);
    if (boundary == cutoffMs)
        return removed;
    query.prepare(u"SELECT series_id, data FROM samples_chunk WHERE chunk = ?"_s);
    query.addBindValue(boundary);
    if (!query.exec())
        return queryError(query);
    QVector<QPair<qint64, QVector<Model::Sample>>> trimmed;
    while (query.next()) {
        QVector<Model::Sample> samples;
        SampleChunk::decode(boundary, query.value(1).toByteArray(), samples);
        const auto keep = std::lower_bound(samples.cbegin(), samples.cend(), cutoffMs,
                                           [](const Model::Sample &s, qint64 t) { return s.t < t; });
        if (keep == samples.cbegin())
            continue;
        removed += int(keep - samples.cbegin());
        trimmed.append({query.value(0).toLongLong(), QVector<Model::Sample>(keep, samples.cend())});
    }
    for (const auto &[id, samples] : std::as_const(trimmed)) {
        if (samples.isEmpty()) {
            query.prepare(u"DELETE FROM samples_chunk WHERE series_id = ? AND chunk = ?"_s);
            query.addBindValue(id);
            query.addBindValue(boundary);
        } else {
            query.prepare(u"UPDATE samples_chunk SET data = ? WHERE series_id = ? AND chunk = ?"_s);
            query.addBindValue(SampleChunk::encode(boundary, samples.constData(), samples.constData() + samples.size()));
            query.addBindValue(id);
            query.addBindValue(boundary);
        }
        if (!query.exec())
            return queryError(query);
    }
    return removed;
}

Util::Result<int> SampleStore::prune(qint64 nowMs)
{
    if (!m_db.transaction())
        return Util::makeError(u"store.transaction"_s, m_db.lastError().text());
    auto raw = pruneRaw(nowMs - kRawRetentionMs);
    if (!raw) {
        m_db.rollback();
        return raw.error();
    }
    int removed = *raw;
    QSqlQuery query(m_db);
    for (const char *sql : {"DELETE FROM rollup_5m WHERE bucket < ?", "DELETE FROM rollup_1h WHERE bucket < ?"}) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(nowMs - kRollupRetentionMs);
        if (!query.exec()) {
            const Util::Error error = queryError(query);
            m_db.rollback();
            return error;
        }
        removed += query.numRowsAffected();
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Util::makeError(u"store.commit"_s, m_db.lastError().text());
    }
    return removed;
}

Util::Result<void> SampleStore::convertRawRows(QSqlDatabase &db)
{
    SqliteStatement rows(SqliteStatement::connectionOf(db), "SELECT series_id, t, v FROM samples_raw ORDER BY series_id, t");
    SqliteStatement put(SqliteStatement::connectionOf(db),
                        "INSERT INTO samples_chunk (series_id, chunk, data) VALUES (?1, ?2, ?3)");
    for (const SqliteStatement *s : {&rows, &put}) {
        if (!s->isValid())
            return s->error();
    }
    // Read in order and flush one chunk at a time, so memory stays one hour of one series.
    QVector<Model::Sample> pending;
    qint64 pendingSeries = -1;
    qint64 pendingChunk = 0;
    auto flush = [&]() -> Util::Result<void> {
        if (pending.isEmpty())
            return {};
        put.bind(1, pendingSeries);
        put.bind(2, pendingChunk);
        put.bind(3, QByteArrayView(SampleChunk::encode(pendingChunk, pending.constData(), pending.constData() + pending.size())));
        pending.clear();
        return put.run();
    };
    while (rows.next()) {
        const qint64 series = rows.int64At(0);
        const Model::Sample sample{rows.int64At(1), rows.doubleAt(2)};
        const qint64 chunk = SampleChunk::chunkOf(sample.t);
        if (series != pendingSeries || chunk != pendingChunk) {
            if (auto r = flush(); !r)
                return r;
            pendingSeries = series;
            pendingChunk = chunk;
        }
        pending.append(sample);
    }
    if (rows.failed())
        return rows.error();
    rows.reset();
    return flush();
}

} // namespace Store
