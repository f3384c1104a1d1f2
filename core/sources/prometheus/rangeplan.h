#pragma once

#include <QVector>

namespace Sources::Prometheus {

// One query_range call: evaluation at startMs, startMs + step, ... <= endMs.
struct RangeChunk
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;

    qint64 points() const { return stepMs > 0 && endMs >= startMs ? (endMs - startMs) / stepMs + 1 : 0; }
    friend bool operator==(const RangeChunk &, const RangeChunk &) = default;
};

// Splits time ranges so that no call exceeds Prometheus' limit of 11,000 points
// per series, and picks steps from the range when the caller gives none.
class RangePlan final
{
public:
    // Prometheus (2.x) refuses (end - start) / step > 11,000.
    static constexpr qint64 kServerMaxPoints = 11'000;
    // Points a chart wants when it leaves the step to us.
    static constexpr qint64 kTargetPoints = 1'000;

    // `requestedMs` > 0 is honoured (never finer than `nativeMs`); 0 picks the
    // smallest round step giving at most kTargetPoints over the range.
    static qint64 chooseStepMs(qint64 fromMs, qint64 toMs, qint64 requestedMs, qint64 nativeMs);

    // Evaluation times are the multiples of `stepMs` within [fromMs, toMs], so
    // successive refreshes land on the same grid. Chunks are consecutive, share
    // no timestamp and leave none out; each has at most `maxPoints` points.
    static QVector<RangeChunk> split(qint64 fromMs, qint64 toMs, qint64 stepMs, qint64 maxPoints = kServerMaxPoints);
};

} // namespace Sources::Prometheus
