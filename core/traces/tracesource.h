#pragma once

#include "core/traces/tracetypes.h"
#include "core/util/result.h"

#include <QObject>
#include <QStringList>

namespace Traces {

// A connector that finds and reads traces (Jaeger, the demo generator). Lives on
// the traces thread; every call answers later with exactly one of its signals or
// failed(), carrying the same requestId. Service names are Straja service ids;
// the connector maps them to its own.
class TraceSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceSource)
public:
    using QObject::QObject;
    ~TraceSource() override = default;

    virtual void findTraces(quint64 requestId, const Traces::TraceQuery &query) = 0;
    virtual void fetchTrace(quint64 requestId, const QString &traceId) = 0;
    virtual void fetchServices(quint64 requestId) = 0;
    virtual void fetchOperations(quint64 requestId, const QString &service) = 0;

signals:
    void tracesFound(quint64 requestId, Traces::TraceListPtr traces);
    void traceFetched(quint64 requestId, Traces::TracePtr trace);
    void namesFetched(quint64 requestId, QStringList names);
    void failed(quint64 requestId, Util::Error error);
};

} // namespace Traces
