#pragma once

#include <QLoggingCategory>

// One category per core domain, so `QT_LOGGING_RULES="straja.store.debug=true"`
// turns on exactly what is being investigated.
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcSources)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
