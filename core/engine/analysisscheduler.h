#pragma once

#include "core/engine/analysisjob.h"
#include "core/engine/anomalywatch.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/engine/predictions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Engine {

class EngineApi;

// Runs the analysis off the GUI thread, in two ways:
//  - on request (a view asks for a project's predictions): history is read the way
//    charts read it (store first, then source), then one job on the pool computes
//    an AnalysisResult;
//  - on refresh: whenever a 5-minute bucket has completed, the newest buckets of
//    every service's key metrics go through the AnomalyWatch, which keeps detector
//    state between refreshes, and the current anomalies come back as a snapshot.
// Lives on the GUI thread (the engine facade's); every answer is an immutable value
// emitted there. Stale answers (cancelled requests, a replaced workspace) are
// dropped by request id and epoch, never delivered.
class AnalysisScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisScheduler)
public:
    // How the scheduler asks for history at a resolution; answers come as the
    // engine's historyReady().
    using HistoryFunction = std::function<quint64(const HistoryRequest &, Store::Resolution)>;

    AnalysisScheduler(EngineApi *engine, HistoryFunction requestHistory, AnalysisSettings settings,
                      QObject *parent = nullptr);
    ~AnalysisScheduler() override;

    quint64 request(const AnalysisRequest &request);
    void cancel(quint64 requestId);
    void onSnapshot(const FleetSnapshotPtr &snapshot);
    // The workspace was replaced: requests in flight are dropped, the watch starts over.
    void resetWorkspace();
    // Cancels everything and waits for the workers (the engine's shutdown order).
    void shutdown();

    AnomalySnapshotPtr latestAnomalies() const { return m_anomalies; }
    const AnalysisSettings &settings() const { return m_settings; }

    // The metrics watched on refresh: the few worth a forecast at every refresh.
    static QVector<Model::MetricKind> watchedKinds();
    // The kinds watched for one service: the key metrics plus those its anomaly-score
    // alert rules read (the alert worker takes its scores from this watch).
    static QVector<Model::MetricKind> watchedKinds(const Model::Service &service);
    // Keys per history request of the watch's first load, so the network thread
    // answers charts in between.
    static constexpr int kWatchChunk = 400;
    // A refresh whose history has not come back by then is abandoned.
    static constexpr qint64 kWatchPatienceMs = 120'000;

signals:
    void analysisReady(Engine::AnalysisResultPtr result);
    void analysisProgress(quint64 requestId, int done, int total);
    void anomaliesReady(Engine::AnomalySnapshotPtr anomalies);

private:
    struct Pending
    {
        AnalysisInput input;
        quint64 fineHistoryId = 0;
        quint64 coarseHistoryId = 0;
        bool fineArrived = false;
        bool coarseArrived = false;
        std::shared_ptr<std::atomic<bool>> cancelled;
        quint64 epoch = 0;
    };
    struct WatchRun
    {
        QSet<quint64> pendingHistory;
        AnomalyWatch::Input input;
        QVector<Model::SeriesKey> keys;
        qint64 windowEndMs = 0;
        quint64 epoch = 0;
        bool running = false;
        QElapsedTimer since;
        std::shared_ptr<std::atomic<bool>> cancelled;
    };

    void onHistory(const HistoryResultPtr &result);
    void startJob(quint64 requestId);
    void startWatch();
    void runWatch();

    QPointer<EngineApi> m_engine;
    HistoryFunction m_requestHistory;
    AnalysisSettings m_settings;
    QThreadPool m_pool;
    QHash<quint64, Pending> m_pending;          // by analysis request id; removed when running or done
    QHash<quint64, std::shared_ptr<std::atomic<bool>>> m_running;
    QHash<quint64, quint64> m_historyOwner;     // history id -> analysis request id (0: the watch)
    quint64 m_nextId = 1;
    quint64 m_epoch = 0;
    bool m_shutDown = false;

    std::shared_ptr<AnomalyWatch> m_watch;
    std::optional<WatchRun> m_watchRun;
    qint64 m_watchedUntilMs = 0;
    QSet<Model::SeriesKey> m_watchKnown;
    quint64 m_anomalyGeneration = 0;
    AnomalySnapshotPtr m_anomalies;
};

} // namespace Engine
