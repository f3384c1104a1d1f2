#pragma once

#include "core/sources/alertsource.h"

#include <QByteArrayView>

namespace Sources::Alertmanager {

// Parses the body of Alertmanager's GET /api/v2/alerts (a JSON array of
// gettableAlert). Alerts come back unmatched (no project or service yet), labels
// sorted by name. Errors: "alertmanager.format". Safe on any input (fuzzed).
Util::Result<AlertList> parseAlerts(QByteArrayView body);

// Alertmanager's error answers are a JSON string, a {"message": ...} object or
// plain text; returns the message, or an empty string when there is none.
QString errorMessage(QByteArrayView body);

} // namespace Sources::Alertmanager
