#pragma once

#include "core/traces/tracetypes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QStringList>

// Readers of Jaeger query API answers: {"data": ..., "total", "limit", "offset",
// "errors": [{"code", "msg", "traceID"?}]}.
namespace Sources::Jaeger {

struct ParsedTraces
{
    Traces::TraceList traces;
    QStringList errors; // per-trace errors of a partial answer (e.g. one trace not found)
};

// The "data" array of /api/traces or /api/traces/{id}.
Util::Result<ParsedTraces> parseTraces(const QByteArray &body);
// The "data" of /api/services or /api/services/{s}/operations (strings), or
// of /api/operations ([{"name", "spanKind"}]).
Util::Result<QStringList> parseNames(const QByteArray &body);
// The messages of "errors", joined; empty when the body has none.
QString errorText(const QByteArray &body);

} // namespace Sources::Jaeger
