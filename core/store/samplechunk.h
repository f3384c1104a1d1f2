#pragma once

#include "core/model/series.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace Store {

// The raw layout (schema 8): one row per series and UTC hour, its samples packed in a
// BLOB of 12-byte records (little-endian uint32 milliseconds since the hour, IEEE
// double), sorted by time with no two at the same time. A 24 h refresh of one series
// is 25 rows instead of 1,441, which is what brings a 1,000-series refresh under the
// 2 s budget (docs/performance.md, issue 4).
class SampleChunk final
{
public:
    static constexpr qint64 kChunkMs = 3600LL * 1000;
    static constexpr qsizetype kRecordBytes = 12;

    static qint64 chunkOf(qint64 t) { return t - (t % kChunkMs); }

    // `samples` must be sorted, unique in time and inside the chunk starting at `chunk`.
    static QByteArray encode(qint64 chunk, const Model::Sample *begin, const Model::Sample *end);
    // Appends the decoded samples to `out`. A BLOB whose size is not a whole number
    // of records (damage) decodes to its whole records only.
    static void decode(qint64 chunk, QByteArrayView data, QVector<Model::Sample> &out);
    static qsizetype count(QByteArrayView data) { return data.size() / kRecordBytes; }

    // Both inputs sorted and unique in time; on equal times `newer` wins, so writing
    // an overlapping range again neither duplicates nor loses samples.
    static QVector<Model::Sample> merge(const QVector<Model::Sample> &older, const Model::Sample *newerBegin,
                                        const Model::Sample *newerEnd);
};

} // namespace Store
