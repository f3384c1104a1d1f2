#pragma once

#include <QLoggingCategory>

// Flags and experiments: `QT_LOGGING_RULES="straja.flags.debug=true"`.
Q_DECLARE_LOGGING_CATEGORY(lcFlags)
