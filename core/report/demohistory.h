#pragma once

#include "core/report/reportgatherer.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Model {
struct Workspace;
}
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

    // The demo's flags and experiment verdicts as the flags view shows them at `nowMs`,
    // kept in the store as the flag engine's recorder does: the report's flags section
    // reads the store only, and a store filled by fill() alone has no flags. The demo
    // flag source of `workspace` is read once by a flag worker on this thread (an event
    // loop runs until it answered), so the verdicts are computed by the same code as the
    // GUI's. Returns how many flag states were stored; 0 for a workspace without demo.
    static Util::Result<int> fillFlags(QSqlDatabase &db, const Model::Workspace &workspace, qint64 nowMs);
};

} // namespace Report
