#pragma once

#include "core/flags/flagsnapshot.h"
#include "core/flags/flagsource.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QTimer;

namespace Experiments {
class PrometheusCountsReader;
}
namespace Sources {
class CredentialSource;
}
namespace Util {
class Clock;
}

namespace Flags {

// Where experiments of Unleash flags get their exposures and conversions: a
// Prometheus of the workspace (see Experiments::PromQlCounts).
struct CountsSourceConfig
{
    QUrl url;                   // empty: no metrics source
    QString credentialsId;      // the Prometheus source's id
    Sources::CredentialSource *credentials = nullptr;
};

// Lives on the engine's network thread with the flag sources: refreshes them on
// a timer, keeps CSV imports, and after each change of input rebuilds the snapshot: rollout reach
// per flag and environment, every experiment's report, and rollout proposals for
// winners checked against the guardrail services' health.
class FlagWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagWorker)
public:
    static constexpr int kRefreshIntervalMs = 60'000;

    explicit FlagWorker(std::shared_ptr<const Util::Clock> clock, QObject *parent = nullptr);
    ~FlagWorker() override;

    // Before start(), on the constructing thread: the worker becomes the parent.
    void addSource(FlagSource *source);
    // Before start(), on the constructing thread.
    void setCountsSource(const CountsSourceConfig &config) { m_countsConfig = config; }

    void start();
    void shutdown();
    void refresh();
    // Runs a change straight on its source, without the actions engine: only for a
    // FlagEngine used on its own (no store). The app records changes as actions.
    void apply(quint64 requestId, const Flags::FlagChange &change, const QString &approvedBy);
    // On the worker thread: the source with this id, or null (the flag executor).
    FlagSource *source(const QString &sourceId) const;
    void setGuardrails(const QVector<Flags::GuardrailReading> &readings);
    // CSV counts for an experiment (replacing a source's counts of the same id).
    void setImportedCounts(const Flags::ExperimentInput &input);

signals:
    void snapshotReady(Flags::FlagsSnapshotPtr snapshot);
    void changeFinished(Flags::FlagChangeOutcome outcome);

private:
    void onFetched(FlagSource *source, quint64 requestId, const SourceFlagsPtr &flags);
    void onFetchFailed(FlagSource *source, quint64 requestId, const Util::Error &error);
    void onApplied(const FlagChangeOutcome &outcome);
    void rebuild();
    void readCounts(const SourceFlags &flags);

    std::shared_ptr<const Util::Clock> m_clock;
    QVector<FlagSource *> m_sources;
    QTimer *m_timer = nullptr;
    quint64 m_nextFetchId = 1;
    QHash<QString, quint64> m_fetchInFlight;    // source id -> request id
    QHash<QString, SourceFlagsPtr> m_latest;    // source id -> last good answer
    QHash<QString, FlagSourceStatus> m_status;  // source id -> health of the last answer
    QHash<QString, ExperimentInput> m_imported; // experiment id -> CSV counts
    QSet<quint64> m_applying;                   // request ids of apply() in flight
    QVector<GuardrailReading> m_guardrails;
    CountsSourceConfig m_countsConfig;
    Experiments::PrometheusCountsReader *m_counts = nullptr; // made in start(), on the worker thread
    QHash<QString, Experiments::ExperimentData> m_metricCounts; // experiment id -> counts read from PromQL
    QHash<QString, QString> m_countsProblems;
    QSet<QString> m_countsInFlight;
    quint64 m_generation = 0;
    bool m_shutDown = false;
};

} // namespace Flags
