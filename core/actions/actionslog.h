#pragma once

#include <QLoggingCategory>

// `QT_LOGGING_RULES="straja.actions.debug=true"` traces every proposal and step.
Q_DECLARE_LOGGING_CATEGORY(lcActions)
