#pragma once

#include "core/traces/tracesource.h"

#include <memory>

namespace Sources::Demo {
class DemoFleet;
}

namespace Traces {

// Traces of the demo fleet, so the traces view is useful without a Jaeger. A
// pure function of (fleet, time) like the fleet's metrics: a request every few
// seconds per service, its spans following the service's dependencies, its
// length and errors following the simulated p95 latency and error rate (the
// slow database after a bad deploy shows as long database spans).
class DemoTraceSource final : public TraceSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTraceSource)
public:
    explicit DemoTraceSource(std::shared_ptr<const Sources::Demo::DemoFleet> fleet, QObject *parent = nullptr);
    ~DemoTraceSource() override;

    void findTraces(quint64 requestId, const Traces::TraceQuery &query) override;
    void fetchTrace(quint64 requestId, const QString &traceId) override;
    void fetchServices(quint64 requestId) override;
    void fetchOperations(quint64 requestId, const QString &service) override;

    // The traces of a search, synchronously (tests, benchmarks).
    TraceList search(const TraceQuery &query) const;
    // The trace with that id, or null when the id is not one of ours.
    TracePtr trace(const QString &traceId) const;

    // A trace of `spanCount` spans over a few services, for benchmarks and the
    // large-trace tests: wide and deep, some errors, deterministic in `seed`.
    static TracePtr largeTrace(int spanCount, quint64 seed, qint64 startUs);

private:
    TracePtr generate(int serviceIndex, qint64 slot) const;

    std::shared_ptr<const Sources::Demo::DemoFleet> m_fleet;
};

} // namespace Traces
