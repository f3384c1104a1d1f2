#pragma once

#include "core/flags/flagsource.h"

#include <QHash>

#include <memory>

namespace Sources::Demo {
class DemoFleet;
}
namespace Util {
class Clock;
}

namespace Flags {

// The demo fleet's flags and experiments, clearly a demo: a few flags per project
// (gradual rollouts, a targeted rollout with a segment, a beta list, a kill
// switch) and three running A/B tests whose exposures follow the simulated
// traffic of the services they run on: one with a winner, one just started, one
// with a broken split. Everything is a pure function of the fleet's seed and
// origin and the engine's clock, so a demo replays identically; approved changes
// are kept in memory and concluding an experiment (giving one variant all the
// weight) stops its counts. The simulator's metrics are only read, never changed.
class DemoFlagSource final : public FlagSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFlagSource)
public:
    DemoFlagSource(QString sourceId, std::unique_ptr<Sources::Demo::DemoFleet> fleet, const Util::Clock &clock,
                   QObject *parent = nullptr);
    ~DemoFlagSource() override;

    QString sourceId() const override { return m_sourceId; }
    QString name() const override;
    bool isDemo() const override { return true; }

    void fetch(quint64 requestId) override;
    void apply(quint64 requestId, const Flags::FlagChange &change) override;
    void cancel() override { }
    // A change approved and verified in an earlier run (or before the workspace was
    // reloaded), applied again as of when it happened; no signal is emitted.
    void replay(const Flags::FlagChange &change, qint64 atMs);

    // The flags as they are now (tests compare with what a fetch reports).
    const QVector<FlagProject> &projects() const { return m_projects; }
    // The experiments with their counts up to `nowMs`.
    QVector<ExperimentInput> experiments(qint64 nowMs) const;

private:
    // An A/B test of the demo: who sees it (a share of a service's requests) and
    // how each arm converts.
    struct DemoExperiment
    {
        Experiments::ExperimentDefinition definition;
        QString trafficService;           // exposures follow this service's RPS
        double exposuresPerRequest = 0.0; // share of requests that expose a user
        QVector<double> conversionRates;  // per arm, same order as definition.variants
        QVector<double> assignedShares;   // the split users really get (differs from the flag's for an SRM)
    };
    void buildFlags();
    FlagChangeOutcome applyAt(const FlagChange &change, qint64 atMs);
    Experiments::ExperimentData counts(const DemoExperiment &e, qint64 nowMs) const;
    Feature *findFeature(const QString &project, const QString &name);

    QString m_sourceId;
    std::unique_ptr<Sources::Demo::DemoFleet> m_fleet;
    const Util::Clock &m_clock;
    QVector<FlagProject> m_projects;
    QVector<Segment> m_segments;
    QVector<DemoExperiment> m_experiments;
    QHash<QString, qint64> m_concludedAtMs; // experiment id -> when its winner got all the weight
    qint64 m_nextEventId = 1000;
};

} // namespace Flags
