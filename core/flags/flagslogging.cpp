#include "core/flags/flagslogging.h"

Q_LOGGING_CATEGORY(lcFlags, "straja.flags", QtInfoMsg)
