#include "core/actions/reconciler.h"

namespace Actions {

ReconcileVerdict Reconciler::verdict(const ExecutionRequest &request, const ProviderState &before, qint64 startedMs,
                                     const ProviderState &now)
{
    switch (request.kind) {
    case ActionKind::Manual:
        return ReconcileVerdict::Applied;
    case ActionKind::FlagChange:
        // The flag executor marks the intended state as "carried" when the flag
        // read back holds it (a flag change sets a state, so landing twice is the
        // same); revision digests the environment's state as it was read.
        if (now.markers.contains(request.idempotencyKey))
            return ReconcileVerdict::Applied;
        return now.revision == before.revision ? ReconcileVerdict::NotApplied : ReconcileVerdict::Diverged;
    case ActionKind::Scale:
        if (now.markers.contains(request.idempotencyKey) || now.replicas == request.replicas)
            return ReconcileVerdict::Applied;
        if (now.replicas == before.replicas)
            return ReconcileVerdict::NotApplied;
        return ReconcileVerdict::Diverged;
    case ActionKind::Restart:
    case ActionKind::Rollback:
        if (now.markers.contains(request.idempotencyKey))
            return ReconcileVerdict::Applied;
        if (now.markersSupported)
            return now.revision == before.revision ? ReconcileVerdict::NotApplied : ReconcileVerdict::Diverged;
        // Without markers: a rollback shows as another revision running, a restart
        // as a change the provider dates after we started.
        if (request.kind == ActionKind::Rollback)
            return now.revision != before.revision ? ReconcileVerdict::Applied : ReconcileVerdict::NotApplied;
        return now.updatedMs >= startedMs && startedMs > 0 ? ReconcileVerdict::Applied : ReconcileVerdict::NotApplied;
    }
    return ReconcileVerdict::Diverged;
}

} // namespace Actions
