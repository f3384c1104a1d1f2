#pragma once

#include "fakehttpserver.h"

#include "core/traces/tracetypes.h"

#include <QJsonObject>
#include <QVector>

namespace TestSupport {

// A local stand-in for Jaeger's query service (which cannot be installed here),
// speaking the JSON API its UI uses: GET /api/services,
// /api/services/{service}/operations, /api/operations?service=,
// /api/traces?service=&operation=&tags=&minDuration=&maxDuration=&start=&end=&limit=
// and /api/traces/{id}, with Jaeger's envelope {"data","total","limit","offset",
// "errors":[{"code","msg"}]} and its error answers (400 for a missing service
// or an unparsable parameter, 404 "trace not found", Go's plain-text 404 for
// unknown paths). Traces are stored in the recorded wire format.
class JaegerProtocolServer final
{
public:
    // A trace as Jaeger's API writes it (spans with processID, references, tags, logs; processes).
    void addTrace(const QJsonObject &trace) { m_traces.append(trace); }
    void addTrace(const Traces::Trace &trace) { m_traces.append(toJson(trace)); }
    // Every answer waits this long first (a slow backend).
    void setDelayMs(int ms) { m_delayMs = ms; }

    FakeReply handle(const FakeRequest &request) const;

    static QJsonObject toJson(const Traces::Trace &trace);
    // The envelope of an error answer, as Jaeger's query service writes it.
    static QByteArray errorBody(int code, const QString &message);

private:
    FakeReply search(const QUrlQuery &params) const;
    FakeReply services() const;
    FakeReply operations(const QString &service, bool objects) const;
    FakeReply traceById(const QString &id) const;

    QVector<QJsonObject> m_traces;
    int m_delayMs = 0;
};

} // namespace TestSupport
