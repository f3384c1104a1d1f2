#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

// Value types of distributed traces, shaped like Jaeger's query API (docs/traces.md).
// Times are microseconds since the epoch, durations microseconds, as Jaeger sends them.
namespace Traces {

struct KeyValue
{
    QString key;
    QString type; // string, bool, int64, float64, binary
    QString value; // kept whole, however long; the views shorten it for display
};

struct SpanLog
{
    qint64 timestampUs = 0;
    QVector<KeyValue> fields;
};

enum class RefType { ChildOf, FollowsFrom };

struct SpanRef
{
    RefType type = RefType::ChildOf;
    QString traceId;
    QString spanId;
};

struct Span
{
    QString spanId;
    QString operation;
    QString service;     // the process's serviceName
    qint64 startUs = 0;
    qint64 durationUs = 0; // as received: may be negative in bad data
    QVector<SpanRef> references;
    QVector<KeyValue> tags;
    QVector<SpanLog> logs;
    bool error = false;  // tag error=true or otel.status_code=ERROR

    // The parent named by the first CHILD_OF reference (else the first FOLLOWS_FROM).
    QString parentSpanId() const
    {
        for (const SpanRef &ref : references)
            if (ref.type == RefType::ChildOf)
                return ref.spanId;
        return references.isEmpty() ? QString() : references.first().spanId;
    }
};

struct Trace
{
    QString traceId;
    QVector<Span> spans;
    QStringList warnings; // as the server sent them

    qint64 startUs() const;
    qint64 endUs() const;
    qint64 durationUs() const { return endUs() - startUs(); }
    int errorCount() const;
    // The span without a parent in the trace (the first one), or null.
    const Span *rootSpan() const;
    QStringList services() const;
};

using TracePtr = std::shared_ptr<const Trace>;
using TraceList = QVector<TracePtr>;
using TraceListPtr = std::shared_ptr<const TraceList>;

// A search of /api/traces. Durations in microseconds, 0 = no bound.
struct TraceQuery
{
    QString service;
    QString operation; // empty: all
    QVector<KeyValue> tags; // key=value, all must match
    qint64 minDurationUs = 0;
    qint64 maxDurationUs = 0;
    qint64 startUs = 0;
    qint64 endUs = 0;
    int limit = 20;
    bool errorsOnly = false; // adds the tag error=true
};

} // namespace Traces

Q_DECLARE_METATYPE(Traces::TracePtr)
Q_DECLARE_METATYPE(Traces::TraceListPtr)
Q_DECLARE_METATYPE(Traces::TraceQuery)
