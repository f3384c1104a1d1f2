#include "core/actions/actionslog.h"

Q_LOGGING_CATEGORY(lcActions, "straja.actions", QtInfoMsg)
