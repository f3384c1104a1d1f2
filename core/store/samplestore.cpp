#include "core/store/samplestore.h"

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

Util::Result<void> SampleStore::writeRaw(qint64 seriesId, const QVector<Model::Sample> &samples)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO samples_raw (series_id, t, v) VALUES (?, ?, ?)"_s);
    for (const Model::Sample &s : samples) {
        query.bindValue(0, seriesId);
        query.bindValue(1, s.t);
        query.bindValue(2, s.v);
        if (!query.exec())
            return queryError(query);
    }
    return {};
}

Util::Result<void> SampleStore::rollUpFromRaw(qint64 seriesId, qint64 fromMs, qint64 toMs)
{
    // Recomputing whole buckets from raw keeps rollups exact however the raw
    // samples arrived (out of order, retried, overlapping refreshes).
    static const struct
    {
        const char *table;
        qint64 width;
    } kTargets[] = {{"rollup_5m", kFiveMinutesMs}, {"rollup_1h", kOneHourMs}};
    QSqlQuery query(m_db);
    for (const auto &target : kTargets) {
        const qint64 from = bucketOf(fromMs, target.width);
        const qint64 to = bucketOf(toMs, target.width) + target.width;
        query.prepare(u"INSERT OR REPLACE INTO %1 (series_id, bucket, vmin, vmax, vsum, n)"
                      " SELECT series_id, t - (t % %2), min(v), max(v), sum(v), count(*) FROM samples_raw"
                      " WHERE series_id = ? AND t >= ? AND t < ? GROUP BY series_id, t - (t % %2)"_s
                          .arg(QLatin1String(target.table))
                          .arg(target.width));
        query.addBindValue(seriesId);
        query.addBindValue(from);
        query.addBindValue(to);
        if (!query.exec())
            return queryError(query);
    }
    return {};
}

Util::Result<void> SampleStore::writeRollups(qint64 seriesId, const QVector<Model::Sample> &samples,
                                             bool includeFiveMinutes)
{
    QSqlQuery query(m_db);
    auto upsert = [&](const char *table, qint64 width) -> Util::Result<void> {
        query.prepare(u"INSERT OR REPLACE INTO %1 (series_id, bucket, vmin, vmax, vsum, n) VALUES (?, ?, ?, ?, ?, ?)"_s
                          .arg(QLatin1String(table)));
        for (const Bucket &b : aggregate(samples, width)) {
            query.bindValue(0, seriesId);
            query.bindValue(1, b.start);
            query.bindValue(2, b.min);
            query.bindValue(3, b.max);
            query.bindValue(4, b.sum);
            query.bindValue(5, b.n);
            if (!query.exec())
                return queryError(query);
        }
        return {};
    };
    if (includeFiveMinutes) {
        if (auto r = upsert("rollup_5m", kFiveMinutesMs); !r)
            return r;
    }
    return upsert("rollup_1h", kOneHourMs);
}

Util::Result<void> SampleStore::write(const Model::SeriesBatch &batch, qint64 stepMs, qint64 nowMs)
{
    if (!m_db.transaction())
        return Util::makeError(u"store.transaction"_s, m_db.lastError().text());
    auto fail = [this](Util::Error error) -> Util::Result<void> {
        m_db.rollback();
        return error;
    };
    const qint64 rawCutoff = nowMs - kRawRetentionMs;
    for (const Model::SeriesData &series : batch) {
        if (series.samples.isEmpty())
            continue;
        QVector<Model::Sample> samples;
        samples.reserve(series.samples.size());
        std::copy_if(series.samples.cbegin(), series.samples.cend(), std::back_inserter(samples),
                     [](const Model::Sample &s) { return std::isfinite(s.v); });
        if (samples.isEmpty())
            continue;
        std::sort(samples.begin(), samples.end(), [](const auto &a, const auto &b) { return a.t < b.t; });
        const auto id = seriesId(series.key, true);
        if (!id)
            return fail(id.error());

        if (stepMs > kRawStepLimitMs) {
            if (auto r = writeRollups(*id, samples, stepMs <= kFiveMinutesMs); !r)
                return fail(r.error());
            continue;
        }
        const auto firstRecent = std::lower_bound(samples.cbegin(), samples.cend(), rawCutoff,
                                                  [](const Model::Sample &s, qint64 t) { return s.t < t; });
        const QVector<Model::Sample> old(samples.cbegin(), firstRecent);
        const QVector<Model::Sample> recent(firstRecent, samples.cend());
        if (!old.isEmpty()) {
            if (auto r = writeRollups(*id, old, true); !r)
                return fail(r.error());
        }
        if (!recent.isEmpty()) {
            if (auto r = writeRaw(*id, recent); !r)
                return fail(r.error());
            if (auto r = rollUpFromRaw(*id, recent.first().t, recent.last().t); !r)
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
        query.prepare(u"SELECT t, v, v, v FROM samples_raw WHERE series_id = ? AND t >= ? AND t <= ? ORDER BY t"_s);
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
    query.addBindValue(resolution == Resolution::Raw ? fromMs : bucketOf(fromMs, resolutionMs(resolution, 1)));
    query.addBindValue(toMs);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        result.points.append({query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble(),
                              query.value(3).toDouble()});
    }
    return result;
}

Util::Result<int> SampleStore::prune(qint64 nowMs)
{
    QSqlQuery query(m_db);
    int removed = 0;
    const struct
    {
        const char *sql;
        qint64 cutoff;
    } steps[] = {{"DELETE FROM samples_raw WHERE t < ?", nowMs - kRawRetentionMs},
                 {"DELETE FROM rollup_5m WHERE bucket < ?", nowMs - kRollupRetentionMs},
                 {"DELETE FROM rollup_1h WHERE bucket < ?", nowMs - kRollupRetentionMs}};
    for (const auto &step : steps) {
        query.prepare(QString::fromLatin1(step.sql));
        query.addBindValue(step.cutoff);
        if (!query.exec())
            return queryError(query);
        removed += query.numRowsAffected();
    }
    return removed;
}

} // namespace Store
