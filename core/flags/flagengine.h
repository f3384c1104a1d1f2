#pragma once

#include "core/flags/flagservice.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace Util {
class Clock;
}

namespace Flags {

class FlagSource;
class FlagWorker;
struct CountsSourceConfig;

// The FlagService the engine hands to the UI: a facade on the GUI thread over a
// FlagWorker that runs, with its sources, on a worker thread (the engine's
// network thread). Requests before start() are answered with a failure, never
// lost.
class FlagEngine final : public FlagService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagEngine)
public:
    explicit FlagEngine(QObject *parent = nullptr);
    ~FlagEngine() override;

    // Moves the worker and `sources` to `thread` (already running) and starts
    // refreshing. Call once.
    void start(QThread *thread, std::shared_ptr<const Util::Clock> clock, std::vector<FlagSource *> sources);
    void start(QThread *thread, std::shared_ptr<const Util::Clock> clock, std::vector<FlagSource *> sources,
               const CountsSourceConfig &counts);
    // Blocks until the worker stopped its timers and cancelled its requests; call
    // before the thread quits. The worker is deleted afterwards by release(): on its
    // own thread while that runs (the flag executor may be using one of its sources
    // there), and nothing it still sends reaches this engine any more.
    void stop();
    void release();

    FlagsSnapshotPtr latest() const override { return m_latest; }
    void refresh() override;
    quint64 apply(const FlagChange &change, const QString &approvedBy) override;
    quint64 importCounts(const QString &path, const QString &experimentId) override;
    // Forwarded by the engine on each fleet snapshot.
    void setGuardrails(const QVector<GuardrailReading> &readings);

    // Where approved changes go: the actions engine (persisted, audited, executed
    // by the flag executor). Without one, apply() runs the change on its source
    // directly and nothing is recorded (a FlagEngine used on its own).
    using ChangeRunner = std::function<void(quint64 requestId, const FlagChange &change, const QString &approvedBy)>;
    void setChangeRunner(ChangeRunner runner) { m_runner = std::move(runner); }
    // The flag actions of the actions engine's store, newest first: the snapshot's
    // audit from now on.
    void setAudit(const QVector<FlagAuditEntry> &audit);
    // A flag action reached its final state: answered as changeFinished(), then
    // the sources are read again.
    void actionFinished(const FlagChangeOutcome &outcome);
    // On the worker's thread only (the flag executor): the source with this id.
    FlagSource *sourceOnWorkerThread(const QString &sourceId) const;

private:
    FlagsSnapshotPtr withAudit(const FlagsSnapshotPtr &snapshot) const;

    FlagWorker *m_worker = nullptr; // lives on the worker thread; set and read on this one
    // The same worker for sourceOnWorkerThread(), read on the worker thread: cleared
    // before the worker is deleted there, so a lookup sees the worker or nothing.
    std::atomic<FlagWorker *> m_lookupWorker = nullptr;
    // Which worker's snapshots are taken: one started before release() may still have
    // a snapshot on its way here.
    quint64 m_workerEpoch = 0;

    FlagsSnapshotPtr m_latest;
    QVector<FlagAuditEntry> m_audit;
    ChangeRunner m_runner;
    quint64 m_nextRequestId = 1;
    int m_imports = 0;
};

} // namespace Flags
