#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/httptransport.h"

#include <QVector>

#include <algorithm>

namespace Actions {

// The API requests one provider account may still make this hour. Railway's public
// API allows 1,000 an hour per token and says so in X-RateLimit-* headers; Straja
// counts its own requests too (the headers may be missing), keeps a reserve for
// executions (observations stop first), and after a 429 waits out Retry-After
// before asking again.
class RequestBudget final
{
public:
    explicit RequestBudget(int limitPerHour = 1000) : m_limit(limitPerHour) { }

    // May a request go now? Essential ones (executions) may use the reserve.
    bool allow(bool essential, qint64 nowMs, qint64 *retryAfterMs = nullptr) const;
    void spend(qint64 nowMs);
    // Learns from the provider's answer (remaining, reset, 429 + Retry-After).
    void update(const HttpResponse &response, qint64 nowMs);

    int remaining(qint64 nowMs) const;
    int limit() const { return m_limit; }
    qint64 resetMs(qint64 nowMs) const;
    qint64 blockedUntilMs() const { return m_blockedUntilMs; }
    RequestBudgetStatus status(const QString &account, qint64 nowMs) const;

    static constexpr qint64 kWindowMs = 3600'000;

private:
    // 5% of the hour's requests are kept for executions.
    int reserve() const { return std::max(1, m_limit / 20); }

    int m_limit;
    QVector<qint64> m_sent;      // our own requests in the last hour
    int m_serverRemaining = -1;  // as the provider last said
    qint64 m_serverResetMs = 0;
    qint64 m_blockedUntilMs = 0; // after a 429
};

} // namespace Actions
