#pragma once

#include "core/sources/logsource.h"

#include <QByteArrayView>
#include <QStringList>

namespace Sources::Loki {

// Parses Loki's /loki/api/v1/query_range answer of resultType "streams": every
// line of every stream, oldest first, at most `limit` (the newest ones).
// Errors: "loki.format", or "loki.<errorType>" for an error envelope. Safe on any
// input (fuzzed).
Util::Result<LogLines> parseStreams(QByteArrayView body, int limit);

// Parses /loki/api/v1/labels: {"status":"success","data":["app", ...]}.
Util::Result<QStringList> parseLabels(QByteArrayView body);

// Loki explains refusals in plain text ("parse error at line 1, col 5: ...");
// returns that text, shortened, or an empty string.
QString errorText(QByteArrayView body);

} // namespace Sources::Loki
