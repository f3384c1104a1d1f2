#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/util/result.h"

#include <QByteArray>

namespace Experiments {

// Imports exposures and conversions per variant from CSV:
//
//   timestamp,variant,exposures,conversions
//   2026-03-01,control,1200,48
//   2026-03-01,B,1180,55
//
// Columns by name in any order (timestamp is optional; `date` is accepted for
// it), comma or semicolon separated, each row the counts of one variant in one
// period (increments, not running totals). Timestamps: YYYY-MM-DD, YYYY-MM-DD
// HH:MM:SS (UTC), ISO 8601, or Unix seconds. The result has one cumulative look
// per distinct timestamp. Any bad row fails the whole import with an error that
// names the line: nothing is half-imported.
class CountsCsv final
{
public:
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

    static Util::Result<ExperimentData> parse(const QByteArray &csv);
    static Util::Result<ExperimentData> readFile(const QString &path);
};

} // namespace Experiments
