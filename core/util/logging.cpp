#include "core/util/logging.h"

Q_LOGGING_CATEGORY(lcEngine, "straja.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSources, "straja.sources", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "straja.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "straja.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "straja.secrets", QtInfoMsg)
