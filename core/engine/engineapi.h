#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/engine/predictions.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QObject>

namespace Engine {

// What the UI may ask of the engine. Every answer arrives as a signal on the
// caller's (GUI) thread carrying an immutable value; no call blocks.
class EngineApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineApi)
public:
    using QObject::QObject;
    ~EngineApi() override = default;

    // Opens the store and starts refreshing; answers with opened() or openFailed().
    virtual void start() = 0;
    virtual void refreshNow() = 0;
    // Answers with historyReady() carrying the returned id.
    virtual quint64 requestHistory(const HistoryRequest &request) = 0;
    // Demo fleet only, until the actions engine lands: changes the simulated replicas.
    virtual void scaleDemoService(const QString &serviceId, int replicas) = 0;
    // Replaces the workspace (edited, imported, new or back to the demo): saved to
    // the store first, then the refresh loop switches to it without a restart,
    // keeping the cached samples of the services it still has. Sources listed in
    // reconnectSourceIds get a new connector even if their settings did not change
    // (their credentials did). Answers with workspaceChanged() or workspaceSaveFailed().
    virtual void updateWorkspace(Model::WorkspacePtr workspace, const QStringList &reconnectSourceIds = {}) = 0;
    // The demo workspace this engine was started with (for "back to the demo").
    virtual Model::WorkspacePtr demoWorkspace() const = 0;

    // Forecasts with their backtest accuracy, anomalies with evidence, capacity and
    // cost of one project, computed on worker threads. Answers with analysisReady()
    // carrying the returned id (analysisProgress() while it runs); a cancelled
    // request never answers. 0 = this engine has no analysis.
    virtual quint64 requestAnalysis(const AnalysisRequest &request)
    {
        Q_UNUSED(request)
        return 0;
    }
    virtual void cancelAnalysis(quint64 requestId) { Q_UNUSED(requestId) }
    // Anomalies on every service's key metrics now (anomaliesReady() when they change).
    virtual AnomalySnapshotPtr latestAnomalies() const { return {}; }

    virtual Model::WorkspacePtr workspace() const = 0;
    virtual FleetSnapshotPtr latestSnapshot() const = 0;
    // The engine's "now": simulated time for a demo running faster than real time.
    virtual qint64 nowMs() const = 0;

signals:
    void opened(Model::WorkspacePtr workspace);
    void openFailed(Util::Error error);
    void snapshotReady(Engine::FleetSnapshotPtr snapshot);
    void historyReady(Engine::HistoryResultPtr result);
    void storeFailed(Util::Error error);
    void workspaceChanged(Model::WorkspacePtr workspace);
    void workspaceSaveFailed(Util::Error error);
    void analysisReady(Engine::AnalysisResultPtr result);
    void analysisProgress(quint64 requestId, int done, int total);
    void anomaliesReady(Engine::AnomalySnapshotPtr anomalies);
};

} // namespace Engine
