#pragma once

#include "core/model/workspace.h"
#include "core/sources/railway/railwaytypes.h"
#include "core/util/result.h"

namespace Sources::Railway {

// Keeps a workspace in step with what a Railway token can see: services Railway
// has and the workspace lacks are added (with a project when needed); services
// Railway no longer lists are marked removed in the source's "services" map (their
// history and the operator's settings stay); services that come back are unmarked.
// What the operator set on a service (name, role, thresholds, replica bounds) is
// never changed. Pure: the caller hands the result to EngineApi::updateWorkspace.
class DiscoveryMerge final
{
public:
    struct Outcome
    {
        Model::Workspace workspace;
        QStringList added;    // Straja service ids
        QStringList removed;  // newly marked removed
        QStringList returned; // were marked removed, Railway lists them again
        QStringList unseen;   // in projects the token no longer sees: left as they were
        int unchanged = 0;
    };

    static Util::Result<Outcome> merge(const Model::Workspace &workspace, const QString &sourceId,
                                       const Inventory &inventory);
    // api, web, database, worker: a first guess from the service's name.
    static QString guessRole(const QString &serviceName);
};

} // namespace Sources::Railway
