#pragma once

#include <QtGlobal>

namespace Sources::Http {

// Stops hammering an endpoint that keeps failing: after `threshold` failed calls
// in a row the circuit opens and calls fail at once for `openMs`; then one trial
// call is let through (half-open) and its outcome closes or reopens the circuit.
// Time comes from the caller (milliseconds, any monotonic origin).
class CircuitBreaker final
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(int threshold, qint64 openMs);

    // May a call start now? In half-open state only one trial at a time.
    bool allow(qint64 nowMs);
    void recordSuccess();
    void recordFailure(qint64 nowMs);
    // A trial that was let through but ended without an outcome (cancelled).
    void releaseTrial();

    State state(qint64 nowMs) const;
    int consecutiveFailures() const { return m_failures; }
    // When an open circuit lets the next trial through.
    qint64 retryAtMs() const { return m_openedAtMs + m_openMs; }

private:
    int m_threshold;
    qint64 m_openMs;
    int m_failures = 0;
    bool m_open = false;
    bool m_trialInFlight = false;
    qint64 m_openedAtMs = 0;
};

} // namespace Sources::Http
