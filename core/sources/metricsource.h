#pragma once

#include "core/model/series.h"
#include "core/util/result.h"

#include <QObject>

namespace Sources {

// Samples wanted from a source: every key over [fromMs, toMs] at stepMs.
struct RangeRequest
{
    QVector<Model::SeriesKey> series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 60'000;
};

// A connector. Lives on the engine's network thread; fetch() returns at once and
// answers later with exactly one fetched() or failed() carrying the same requestId.
class MetricSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricSource)
public:
    using QObject::QObject;
    ~MetricSource() override = default;

    virtual QString sourceId() const = 0;
    // The finest step worth asking for (the scrape interval).
    virtual qint64 nativeStepMs() const = 0;
    virtual void fetch(quint64 requestId, const Sources::RangeRequest &request) = 0;
    // What the last answer lacked although it succeeded (a partial answer), for
    // the source's status; read right after fetched(). Empty: nothing missing.
    virtual QString lastWarning() const { return {}; }
    // How often new samples can be expected at best when the source paces itself
    // (Railway's request budget stretches its refreshes); 0: every refresh.
    virtual qint64 newDataIntervalMs() const { return 0; }

signals:
    void fetched(quint64 requestId, Model::SeriesBatchPtr batch);
    void failed(quint64 requestId, Util::Error error);
};

} // namespace Sources
