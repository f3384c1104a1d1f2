#pragma once

#include "core/engine/engineapi.h"
#include "core/engine/poller.h"
#include "core/flags/unleashconnector.h"

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
namespace Flags {
class FlagEngine;
}

namespace Engine {

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
    // Unleash servers whose flags and experiments are shown (a demo workspace also
    // gets the demo's flags); their admin tokens come from `credentials`.
    QVector<Flags::UnleashConfig> unleashSources;
    // Where connectors get tokens and passwords by source id (the keychain through
    // Secrets::KeychainCredentialSource); callable from the network thread.
    std::shared_ptr<Sources::CredentialSource> credentials;
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
    QString databasePath() const override { return m_options.databasePath; }
    FleetSnapshotPtr latestSnapshot() const override { return m_latest; }
    qint64 nowMs() const override;
    Flags::FlagService *flags() const override;

private:
    void onStoreOpened(Model::WorkspacePtr workspace);
    void onWorkspaceSaved(Model::WorkspacePtr workspace);
    std::shared_ptr<const Util::Clock> clockFor(const Model::Workspace &workspace) const;
    void startFlags(const Model::WorkspacePtr &workspace);
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
    Flags::FlagEngine *m_flags = nullptr;   // facade here, worker on m_networkThread
    Model::WorkspacePtr m_workspace;
    FleetSnapshotPtr m_latest;
    quint64 m_nextHistoryId = 1;
    QList<QStringList> m_reconnectAfterSave; // one entry per save in flight, in order
};

} // namespace Engine
