#include "core/sources/http/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Sources::Http {

RetryPolicy::RetryPolicy(int maxAttempts, int baseMs, int maxMs)
    : m_maxAttempts(std::max(1, maxAttempts))
    , m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(m_baseMs, maxMs))
{
}

int RetryPolicy::delayMs(int nextAttempt, QRandomGenerator &random, std::optional<int> retryAfterMs) const
{
    const int exponent = std::clamp(nextAttempt - 2, 0, 20);
    const qint64 ceiling = std::min<qint64>(m_maxMs, qint64(m_baseMs) << exponent);
    const qint64 half = ceiling / 2;
    qint64 delay = half + random.bounded(half + 1);
    if (retryAfterMs)
        delay = std::max<qint64>(delay, std::min<qint64>(*retryAfterMs, m_maxMs));
    return static_cast<int>(delay);
}

bool RetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

} // namespace Sources::Http
