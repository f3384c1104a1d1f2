#pragma once

#include "core/report/reportgatherer.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Sources::Demo {
class DemoFleet;
}

namespace Report {

// Fills a store with the demo fleet's history for a report of `--workspace demo`:
// the simulator is a pure function of time, so the figures are the ones the demo's
// screens show for the same period, computed offline.
class DemoHistory final
{
public:
    // One sample per `stepMs` (5 minutes or 1 hour: the report's bucket) for every
    // metric of every service of `fleet` in [fromMs, toMs).
    static Util::Result<qint64> fill(QSqlDatabase &db, const Sources::Demo::DemoFleet &fleet, qint64 fromMs,
                                     qint64 toMs, qint64 stepMs, const ProgressFn &progress = {},
                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace Report
