#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/engine/logs.h"
#include "core/engine/livecache.h"
#include "core/engine/snapshotbuilder.h"
#include "core/engine/sourcefactory.h"
#include "core/model/workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace Util {
class Clock;
}
namespace Sources {
class CredentialSource;
class MetricSource;
namespace Demo {
class DemoSource;
}
}
namespace Store {
class Database;
class SampleStore;
}

namespace Engine {

class AlertLogHub;

struct PollerSettings
{
    int refreshIntervalMs = 5000;     // wall-clock time between refreshes
    int requestTimeoutMs = 30000;     // a source that has not answered by then failed
    qint64 trendWindowMs = 60LL * 60 * 1000;
    qint64 latestWindowMs = 10LL * 60 * 1000;
};

// The refresh loop, living on the engine's network thread: owns the connectors,
// asks each for what is new, keeps the live cache, builds snapshots, and sends
// every fetched batch to the store writer. Chart history is answered from the
// store when it has it and from the source otherwise.
class Poller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Poller)
public:
    Poller(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock, QString databasePath,
           PollerSettings settings, SourceFactory sourceFactory = {}, QObject *parent = nullptr);
    ~Poller() override;

    // Where connectors read their secrets (may be null: sources without
    // authentication only). Set before start(); it must outlive the poller.
    void setCredentialSource(Sources::CredentialSource *credentials) { m_credentials = credentials; }
    // Called on the network thread whenever connectors were created (at start, and
    // for the new ones of a replaced workspace), with their source ids, before the
    // next refresh: the demo executor replays recorded changes into new simulators.
    void setSourcesCreatedHook(std::function<void(const QStringList &sourceIds)> hook)
    {
        m_sourcesCreated = std::move(hook);
    }
    // The connector of a source (same thread; null when there is none).
    Sources::MetricSource *metricSource(const QString &sourceId) const;
    // The simulator behind a demo service, for the demo executor (same thread).
    Sources::Demo::DemoSource *demoSourceFor(const QString &serviceId) const;

public slots:
    void start();
    void shutdown();
    void refreshNow();
    // `resolution` empty: chosen from the span (SampleStore::resolutionFor); analysis
    // asks for 5-minute buckets over two weeks and hourly ones over months.
    void requestHistory(quint64 requestId, Engine::HistoryRequest request,
                        std::optional<Store::Resolution> resolution = std::nullopt);
    // Switches to another workspace without a restart: connectors whose settings
    // did not change (and are not in reconnectSourceIds) keep running, cached
    // samples of services still present are kept, and a refresh starts at once.
    void replaceWorkspace(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock,
                          const QStringList &reconnectSourceIds);
    void requestLogs(quint64 requestId, Engine::LogRequest request);

signals:
    void snapshotReady(Engine::FleetSnapshotPtr snapshot);
    void historyReady(Engine::HistoryResultPtr result);
    void logsReady(Engine::LogResultPtr result);
    void samplesFetched(Model::SeriesBatchPtr batch, qint64 stepMs, qint64 nowMs);

private:
    struct SourceSlot
    {
        QPointer<Sources::MetricSource> source;
        QVector<Model::SeriesKey> trendKeys;  // RPS: needs the whole trend window
        QVector<Model::SeriesKey> latestKeys; // everything else
        qint64 fetchedUntilMs = 0;
        qint64 pendingUntilMs = 0;
        QSet<quint64> pending;
        QElapsedTimer pendingSince;
        bool roundFailed = false;
        QString roundMessage;
        QStringList roundWarnings; // partial answers of this round
        SourceStatus status;
    };
    struct HistoryJob
    {
        std::shared_ptr<HistoryResult> result;
        QSet<quint64> pending;
    };

    void addSource(const Model::SourceConfig &config);
    void startAlertLogHub();
    void assignKeys();
    void tick();
    void onFetched(quint64 fetchId, Model::SeriesBatchPtr batch);
    void onFailed(quint64 fetchId, const Util::Error &error);
    void finishTickRequest(const QString &sourceId, quint64 fetchId, bool ok, const QString &message);
    void expireTimedOutRequests();
    HistoryJob *historyJobOf(quint64 fetchId);
    void finishHistoryFetch(HistoryJob &job, quint64 fetchId);
    void publishSnapshot();
    quint64 sendFetch(SourceSlot &slot, const QVector<Model::SeriesKey> &keys, qint64 fromMs, qint64 toMs,
                      qint64 stepMs);
    QString sourceOf(const Model::SeriesKey &key) const;

    Model::WorkspacePtr m_workspace;
    std::shared_ptr<const Util::Clock> m_clock;
    QString m_databasePath;
    PollerSettings m_settings;
    SourceFactory m_sourceFactory;
    LiveCache m_cache;
    SnapshotBuilder m_builder;
    QTimer *m_timer = nullptr;
    Sources::CredentialSource *m_credentials = nullptr;
    AlertLogHub *m_hub = nullptr;
    std::unique_ptr<Store::Database> m_reader;
    std::unique_ptr<Store::SampleStore> m_readStore;
    QHash<QString, SourceSlot> m_sources;
    QHash<quint64, QString> m_tickRequests;   // fetch id -> source id
    QHash<quint64, quint64> m_historyFetches; // fetch id -> history request id
    QHash<quint64, HistoryJob> m_historyJobs;
    quint64 m_nextFetchId = 1;
    quint64 m_generation = 0;
    std::function<void(const QStringList &)> m_sourcesCreated;
};

} // namespace Engine
