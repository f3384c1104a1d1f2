#pragma once

#include "core/model/workspace.h"

namespace Alerts {

// The rules every service starts with (docs/alerts.md): the seeds' three (high
// error rate, p95 latency over its limit, low cache hit ratio), CPU, memory, disk,
// 429s, restarts, a latency forecast ("p95 will cross the limit within 2 h"), a
// disk forecast ("disk full within 3 days") and a traffic anomaly rule. Limits
// follow the service's health thresholds, so a database's 25 ms latency limit is
// its alert limit too.
class DefaultRules final
{
public:
    static Model::AlertRules forService(const Model::Service &service);
    // The service's own rules if it has any, else the defaults.
    static Model::AlertRules effective(const Model::Service &service);
};

} // namespace Alerts
