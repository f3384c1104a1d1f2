#include "core/sources/http/circuitbreaker.h"

#include <algorithm>

namespace Sources::Http {

CircuitBreaker::CircuitBreaker(int threshold, qint64 openMs)
    : m_threshold(std::max(1, threshold))
    , m_openMs(std::max<qint64>(0, openMs))
{
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (!m_open)
        return State::Closed;
    return nowMs >= retryAtMs() ? State::HalfOpen : State::Open;
}

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed: return true;
    case State::Open: return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    ++m_failures;
    // A failed trial reopens at once; otherwise the threshold decides.
    if (m_trialInFlight || m_failures >= m_threshold) {
        m_open = true;
        m_openedAtMs = nowMs;
    }
    m_trialInFlight = false;
}

void CircuitBreaker::releaseTrial()
{
    m_trialInFlight = false;
}

} // namespace Sources::Http
