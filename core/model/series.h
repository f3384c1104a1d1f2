#pragma once

#include "core/model/metrickind.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace Model {

// One observation. Time in milliseconds since the Unix epoch, UTC.
struct Sample
{
    qint64 t = 0;
    double v = 0.0;
};

// Identifies one time series: a metric of a service, optionally of one region
// (empty region = the service as a whole).
struct SeriesKey
{
    QString serviceId;
    MetricKind kind = MetricKind::Rps;
    QString region;

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

inline size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    return ::qHash(key.serviceId, seed) ^ ::qHash(static_cast<int>(key.kind), seed) ^ ::qHash(key.region, seed);
}

struct SeriesData
{
    SeriesKey key;
    QVector<Sample> samples; // ascending by t; no NaN (sources drop them)
};

// A batch handed between threads; immutable once shared.
using SeriesBatch = QVector<SeriesData>;
using SeriesBatchPtr = std::shared_ptr<const SeriesBatch>;

} // namespace Model

Q_DECLARE_METATYPE(Model::SeriesBatchPtr)
