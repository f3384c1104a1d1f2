#include "core/sources/prometheus/rangeplan.h"

#include <algorithm>
#include <array>

namespace Sources::Prometheus {

namespace {

qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 r = t % step;
    return r < 0 ? t - r - step : t - r;
}

qint64 ceilTo(qint64 t, qint64 step)
{
    const qint64 f = floorTo(t, step);
    return f == t ? t : f + step;
}

} // namespace

qint64 RangePlan::chooseStepMs(qint64 fromMs, qint64 toMs, qint64 requestedMs, qint64 nativeMs)
{
    const qint64 native = std::max<qint64>(nativeMs, 1000);
    if (requestedMs > 0)
        return std::max(requestedMs, native);
    constexpr qint64 s = 1000;
    constexpr std::array<qint64, 16> kRound = {15 * s,   30 * s,    60 * s,    2 * 60 * s, 5 * 60 * s,  10 * 60 * s,
                                               15 * 60 * s, 30 * 60 * s, 3600 * s, 2 * 3600 * s, 3 * 3600 * s,
                                               6 * 3600 * s, 12 * 3600 * s, 86400 * s, 2 * 86400 * s, 7 * 86400 * s};
    const qint64 span = std::max<qint64>(0, toMs - fromMs);
    const qint64 wanted = std::max(native, (span + kTargetPoints - 1) / kTargetPoints);
    for (qint64 step : kRound) {
        if (step >= wanted)
            return step;
    }
    return wanted;
}

QVector<RangeChunk> RangePlan::split(qint64 fromMs, qint64 toMs, qint64 stepMs, qint64 maxPoints)
{
    QVector<RangeChunk> chunks;
    if (stepMs <= 0 || maxPoints <= 0)
        return chunks;
    const qint64 first = ceilTo(fromMs, stepMs);
    const qint64 last = floorTo(toMs, stepMs);
    for (qint64 start = first; start <= last;) {
        const qint64 end = std::min(last, start + (maxPoints - 1) * stepMs);
        chunks.append({start, end, stepMs});
        start = end + stepMs;
    }
    return chunks;
}

} // namespace Sources::Prometheus
