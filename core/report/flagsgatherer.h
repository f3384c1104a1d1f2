#pragma once

#include "core/report/reporttypes.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Report {

// The flags section of a report: the last known flag states and experiment verdicts
// the flag engine kept in the local store (Flags::FlagSnapshotRecorder), never a flag
// source, so it works with Unleash down. A flag source's project belongs to the
// report's project of the same id or name.
class FlagsGatherer final
{
public:
    Util::Result<bool> gather(QSqlDatabase &db, ReportData &data) const;

    static bool belongsTo(const QString &flagProject, const Model::Project &project);
};

} // namespace Report
