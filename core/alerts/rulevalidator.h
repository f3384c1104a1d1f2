#pragma once

#include "core/model/alertrule.h"

#include <QStringList>

namespace Alerts {

// Checks one alert rule as the rule editor saves it, with the same limits the
// workspace file imposes, plus what would make a rule silently useless (a clear
// level on the wrong side of the limit, an anomaly score outside 0..1, a
// percentage over 100). Messages are translated and name the field.
class RuleValidator final
{
public:
    // `otherIds`: the ids of the service's other rules (an id is unique in a service).
    static QStringList problems(const Model::AlertRule &rule, const QStringList &otherIds);
    // Where a metric's values live, for the editor's inputs and the checks.
    static double minimum(const Model::AlertRule &rule);
    static double maximum(const Model::AlertRule &rule);
};

} // namespace Alerts
