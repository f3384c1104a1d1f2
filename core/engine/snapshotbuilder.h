#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/model/workspace.h"

#include <QHash>

namespace Engine {

class LiveCache;

// Turns the live cache and source states into an immutable FleetSnapshot: health
// per service, roll-up per project, trend lines. A pure function of its inputs.
class SnapshotBuilder final
{
public:
    explicit SnapshotBuilder(Model::WorkspacePtr workspace) : m_workspace(std::move(workspace)) { }

    FleetSnapshotPtr build(const LiveCache &cache, const QHash<QString, SourceStatus> &sources, qint64 nowMs,
                           quint64 generation, const QVector<Sources::Alert> &alerts = {},
                           const QVector<SourceStatus> &alertSources = {}) const;

    static constexpr qint64 kTrendWindowMs = 60LL * 60 * 1000;

private:
    Model::WorkspacePtr m_workspace;
};

} // namespace Engine
