#pragma once

#include "core/model/series.h"
#include "core/util/result.h"

#include <QHash>

class QSqlDatabase;

namespace Store {

enum class Resolution { Raw, FiveMinutes, OneHour };

qint64 resolutionMs(Resolution resolution, qint64 rawStepMs);

// A point as stored: raw samples have mean = min = max.
struct StoredPoint
{
    qint64 t = 0;
    double mean = 0.0;
    double min = 0.0;
    double max = 0.0;
};

struct StoredSeries
{
    Model::SeriesKey key;
    Resolution resolution = Resolution::Raw;
    QVector<StoredPoint> points;
};

// The sample cache: raw samples for 48 h, 5-minute and 1-hour rollups (min, max,
// sum, count) for 400 days (DESIGN §5). Every write is idempotent: writing the same
// samples twice leaves the same rows, so a retried refresh never double-counts.
class SampleStore final
{
public:
    static constexpr qint64 kRawRetentionMs = 48LL * 3600 * 1000;
    static constexpr qint64 kRollupRetentionMs = 400LL * 24 * 3600 * 1000;
    static constexpr qint64 kFiveMinutesMs = 5LL * 60 * 1000;
    static constexpr qint64 kOneHourMs = 3600LL * 1000;

    explicit SampleStore(QSqlDatabase &db) : m_db(db) { }

    // `stepMs` is the spacing the source sampled at: samples at the native step
    // (<= 1 min) are kept raw and rolled up; coarser ones go to the rollups only.
    Util::Result<void> write(const Model::SeriesBatch &batch, qint64 stepMs, qint64 nowMs);

    Util::Result<StoredSeries> read(const Model::SeriesKey &key, qint64 fromMs, qint64 toMs,
                                    Resolution resolution) const;

    // The resolution a chart of [from, to] should read: raw for short recent
    // ranges, then 5-minute, then 1-hour buckets.
    static Resolution resolutionFor(qint64 fromMs, qint64 toMs, qint64 nowMs);

    // Drops what retention no longer keeps; returns the number of raw samples and
    // rollup buckets removed.
    Util::Result<int> prune(qint64 nowMs);

    // Schema 10: packs the rows of the old one-row-per-sample table `samples_raw`
    // into hourly chunks (SampleChunk). Runs inside the migration's transaction.
    static Util::Result<void> convertRawRows(QSqlDatabase &db);

private:
    struct WriteStatements;

    Util::Result<qint64> seriesId(const Model::SeriesKey &key, bool create) const;
    Util::Result<void> writeRaw(WriteStatements &statements, qint64 seriesId, const QVector<Model::Sample> &samples);
    Util::Result<void> writeRollups(WriteStatements &statements, qint64 seriesId,
                                    const QVector<Model::Sample> &samples, bool includeFiveMinutes);
    Util::Result<int> pruneRaw(qint64 cutoffMs);

    QSqlDatabase &m_db;
    mutable QHash<Model::SeriesKey, qint64> m_seriesIds;
};

} // namespace Store
