#include "core/engine/livecache.h"

#include <algorithm>

namespace Engine {

void LiveCache::merge(const Model::SeriesBatch &batch, qint64 nowMs)
{
    const qint64 cutoff = nowMs - m_windowMs;
    for (const Model::SeriesData &series : batch) {
        QVector<Model::Sample> &kept = m_series[series.key];
        for (const Model::Sample &s : series.samples) {
            if (s.t < cutoff)
                continue;
            if (kept.isEmpty() || s.t > kept.last().t) {
                kept.append(s); // the common case: a refresh appends newer samples
                continue;
            }
            const auto at = std::lower_bound(kept.begin(), kept.end(), s.t,
                                             [](const Model::Sample &a, qint64 t) { return a.t < t; });
            if (at != kept.end() && at->t == s.t)
                at->v = s.v;
            else
                kept.insert(at, s);
        }
        const auto firstKept = std::lower_bound(kept.begin(), kept.end(), cutoff,
                                                [](const Model::Sample &a, qint64 t) { return a.t < t; });
        kept.erase(kept.begin(), firstKept);
        if (!kept.isEmpty())
            m_newestMs = std::max(m_newestMs, kept.last().t);
    }
}

void LiveCache::retainServices(const QSet<QString> &serviceIds)
{
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (serviceIds.contains(it.key().serviceId))
            ++it;
        else
            it = m_series.erase(it);
    }
}

const QVector<Model::Sample> &LiveCache::samples(const Model::SeriesKey &key) const
{
    static const QVector<Model::Sample> empty;
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? empty : it.value();
}

const Model::Sample *LiveCache::latest(const Model::SeriesKey &key) const
{
    const QVector<Model::Sample> &s = samples(key);
    return s.isEmpty() ? nullptr : &s.last();
}

} // namespace Engine
