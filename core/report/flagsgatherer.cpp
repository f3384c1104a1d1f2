#include "core/report/flagsgatherer.h"

#include "core/flags/flagsnapshotstore.h"

namespace Report {

bool FlagsGatherer::belongsTo(const QString &flagProject, const Model::Project &project)
{
    return flagProject == project.id || flagProject.compare(project.name, Qt::CaseInsensitive) == 0;
}

Util::Result<bool> FlagsGatherer::gather(QSqlDatabase &db, ReportData &data) const
{
    auto stored = Flags::FlagSnapshotStore(db).load();
    if (!stored)
        return stored.error();
    data.flagsAvailable = stored->available;
    for (const Flags::StoredFlagState &f : std::as_const(stored->flags)) {
        bool placed = false;
        for (ProjectReport &p : data.projects) {
            if (belongsTo(f.project, p.project)) {
                p.flags.append(f);
                placed = true;
                break;
            }
        }
        if (!placed && data.request.projectId.isEmpty())
            data.otherFlags.append(f);
    }
    for (const Flags::StoredExperiment &e : std::as_const(stored->experiments)) {
        bool placed = false;
        for (ProjectReport &p : data.projects) {
            if (belongsTo(e.project, p.project)) {
                p.experiments.append(e);
                placed = true;
                break;
            }
        }
        if (!placed && data.request.projectId.isEmpty())
            data.otherExperiments.append(e);
    }
    return true;
}

} // namespace Report
