#pragma once

#include "core/store/samplestore.h"

#include <QMetaType>

#include <memory>

namespace Engine {

// A chart's question: these series over [from, to].
struct HistoryRequest
{
    QVector<Model::SeriesKey> series;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

struct HistoryResult
{
    quint64 requestId = 0;
    HistoryRequest request;
    Store::Resolution resolution = Store::Resolution::Raw;
    qint64 stepMs = 0;
    QVector<Store::StoredSeries> series;
    bool stale = false; // the source could not be asked; this is what the store had
    QString message;    // why, when stale
};

using HistoryResultPtr = std::shared_ptr<const HistoryResult>;

} // namespace Engine

Q_DECLARE_METATYPE(Engine::HistoryResultPtr)
