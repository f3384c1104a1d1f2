#pragma once

#include "core/sources/demo/demofleet.h"
#include "core/sources/metricsource.h"

#include <memory>

namespace Util {
class Clock;
}

namespace Sources::Demo {

// The demo fleet behind the same interface as a real connector. Interventions go
// through the invokable slots so they run on the thread that owns the fleet.
class DemoSource final : public MetricSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSource)
public:
    static constexpr qint64 kStepMs = 60'000;

    DemoSource(QString sourceId, std::unique_ptr<DemoFleet> fleet, const Util::Clock &clock,
               QObject *parent = nullptr);
    ~DemoSource() override;

    // Builds the fleet from a demo source's options (preset, seed, originMs).
    static Util::Result<std::unique_ptr<DemoFleet>> fleetFromOptions(const QJsonObject &options);

    QString sourceId() const override { return m_sourceId; }
    qint64 nativeStepMs() const override { return kStepMs; }
    void fetch(quint64 requestId, const Sources::RangeRequest &request) override;

    const DemoFleet &fleet() const { return *m_fleet; }

public slots:
    bool scaleService(const QString &serviceId, int replicas);
    bool restartService(const QString &serviceId);
    bool rollbackService(const QString &serviceId);
    // Re-applies an intervention recorded before a restart, at its own time, so
    // history after it reads as it did when it happened (the actions engine replays
    // the demo actions it executed).
    bool replayIntervention(const QString &serviceId, Sources::Demo::DemoFleet::InterventionType type, int value,
                            qint64 atMs);

private:
    QString m_sourceId;
    std::unique_ptr<DemoFleet> m_fleet;
    const Util::Clock &m_clock;
};

} // namespace Sources::Demo
