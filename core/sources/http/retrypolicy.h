#pragma once

#include <QtGlobal>

#include <optional>

class QRandomGenerator;

namespace Sources::Http {

// When to try again: exponential backoff with "equal jitter" (half the delay
// fixed, half random), so retries of many clients spread out but still grow.
class RetryPolicy final
{
public:
    RetryPolicy(int maxAttempts, int baseMs, int maxMs);

    int maxAttempts() const { return m_maxAttempts; }
    // Delay before attempt `nextAttempt` (2 = the first retry). A server's
    // Retry-After, when given, is honoured up to the policy's maximum.
    int delayMs(int nextAttempt, QRandomGenerator &random, std::optional<int> retryAfterMs = std::nullopt) const;

    // Statuses worth repeating: the server is overloaded or restarting.
    static bool isRetryableStatus(int status);

private:
    int m_maxAttempts;
    int m_baseMs;
    int m_maxMs;
};

} // namespace Sources::Http
