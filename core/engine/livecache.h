#pragma once

#include "core/model/series.h"

#include <QHash>
#include <QSet>

namespace Engine {

// The recent window of every live series, kept in memory by the poller so each
// refresh builds its snapshot without touching the database.
class LiveCache final
{
public:
    explicit LiveCache(qint64 windowMs) : m_windowMs(windowMs) { }

    // Merges samples (deduplicated by time) and forgets what fell out of the window.
    void merge(const Model::SeriesBatch &batch, qint64 nowMs);

    // Forgets every series of a service not in `serviceIds` (the workspace changed).
    void retainServices(const QSet<QString> &serviceIds);

    const QVector<Model::Sample> &samples(const Model::SeriesKey &key) const;
    const Model::Sample *latest(const Model::SeriesKey &key) const;
    // The newest sample time over all series, or 0.
    qint64 newestMs() const { return m_newestMs; }
    qsizetype seriesCount() const { return m_series.size(); }

private:
    qint64 m_windowMs;
    qint64 m_newestMs = 0;
    QHash<Model::SeriesKey, QVector<Model::Sample>> m_series;
};

} // namespace Engine
