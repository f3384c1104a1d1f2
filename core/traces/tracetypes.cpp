#include "core/traces/tracetypes.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace Traces {

qint64 Trace::startUs() const
{
    if (spans.isEmpty())
        return 0;
    qint64 start = std::numeric_limits<qint64>::max();
    for (const Span &span : spans)
        start = std::min(start, span.startUs);
    return start;
}

qint64 Trace::endUs() const
{
    if (spans.isEmpty())
        return 0;
    qint64 end = std::numeric_limits<qint64>::min();
    for (const Span &span : spans)
        end = std::max(end, span.startUs + std::max<qint64>(0, span.durationUs));
    return end;
}

int Trace::errorCount() const
{
    return static_cast<int>(std::count_if(spans.cbegin(), spans.cend(), [](const Span &s) { return s.error; }));
}

const Span *Trace::rootSpan() const
{
    QSet<QString> ids;
    for (const Span &span : spans)
        ids.insert(span.spanId);
    for (const Span &span : spans) {
        const QString parent = span.parentSpanId();
        if (parent.isEmpty() || !ids.contains(parent))
            return &span;
    }
    return spans.isEmpty() ? nullptr : &spans.first();
}

QStringList Trace::services() const
{
    QStringList names;
    for (const Span &span : spans)
        if (!names.contains(span.service))
            names.append(span.service);
    return names;
}

} // namespace Traces
