#pragma once

#include "core/engine/engineapi.h"
#include "core/engine/poller.h"

#include <QThread>

#include <memory>

namespace Util {
class Clock;
}
namespace Store {
class StoreWriter;
}
namespace Sources {
class CredentialSource;
}

namespace Engine {

class AnalysisScheduler;

struct EngineOptions
{
    QString databasePath;
    // Stored when the database holds no workspace yet (first start); also what
    // "back to the demo" restores.
    Model::WorkspacePtr firstStartWorkspace;
    double demoSpeed = 1.0;
    PollerSettings poller;
    // Tests inject a manual clock; otherwise the system clock, scaled for a demo.
    std::shared_ptr<const Util::Clock> clock;
    // Tests inject connectors; empty means the real ones (createSource).
    SourceFactory sourceFactory;
    // Where connectors get tokens and passwords by source id (the keychain through
    // Secrets::KeychainCredentialSource); callable from the network thread.
    std::shared_ptr<Sources::CredentialSource> credentials;
    // Forecasts, anomalies, capacity and cost (docs/analysis.md).
    AnalysisSettings analysis;
};

// The engine: a store thread with the single SQLite writer, a network thread with
// the poller and its connectors. Shutdown order: stop the poller and its
// connectors, let the writer drain what was sent to it, then join both threads.
class FleetEngine final : public EngineApi
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetEngine)
public:
    explicit FleetEngine(EngineOptions options, QObject *parent = nullptr);
    ~FleetEngine() override;

    void start() override;
    void refreshNow() override;
    quint64 requestHistory(const HistoryRequest &request) override;
    void scaleDemoService(const QString &serviceId, int replicas) override;
    void updateWorkspace(Model::WorkspacePtr workspace, const QStringList &reconnectSourceIds = {}) override;
    Model::WorkspacePtr demoWorkspace() const override { return m_options.firstStartWorkspace; }
    Model::WorkspacePtr workspace() const override { return m_workspace; }
    FleetSnapshotPtr latestSnapshot() const override { return m_latest; }
    qint64 nowMs() const override;
    // History at a chosen resolution (the analysis reads two weeks of 5-minute
    // buckets); answers with historyReady() like requestHistory().
    quint64 requestHistoryAt(const HistoryRequest &request, std::optional<Store::Resolution> resolution);
    quint64 requestAnalysis(const AnalysisRequest &request) override;
    void cancelAnalysis(quint64 requestId) override;
    AnomalySnapshotPtr latestAnomalies() const override;

private:
    void onStoreOpened(Model::WorkspacePtr workspace);
    void onWorkspaceSaved(Model::WorkspacePtr workspace);
    std::shared_ptr<const Util::Clock> clockFor(const Model::Workspace &workspace) const;
    void stop();

    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    using ThreadPtr = std::unique_ptr<QThread, ThreadStopper>;

    EngineOptions m_options;
    std::shared_ptr<const Util::Clock> m_clock;
    ThreadPtr m_storeThread;
    ThreadPtr m_networkThread;
    Store::StoreWriter *m_writer = nullptr; // lives on m_storeThread
    Poller *m_poller = nullptr;             // lives on m_networkThread
    Model::WorkspacePtr m_workspace;
    FleetSnapshotPtr m_latest;
    quint64 m_nextHistoryId = 1;
    QList<QStringList> m_reconnectAfterSave; // one entry per save in flight, in order
    AnalysisScheduler *m_analysis = nullptr; // on this (the GUI) thread; jobs on its pool
};

} // namespace Engine
