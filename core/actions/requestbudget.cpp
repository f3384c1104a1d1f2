#include "core/actions/requestbudget.h"

#include <QDateTime>

#include <algorithm>

namespace Actions {

namespace {

// X-RateLimit-Reset is seen as unix seconds, unix milliseconds or a date.
qint64 parseReset(const QByteArray &value, qint64 nowMs)
{
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (ok) {
        if (number > 1e12)
            return static_cast<qint64>(number);
        if (number > 1e9)
            return static_cast<qint64>(number * 1000.0);
        return nowMs + static_cast<qint64>(number * 1000.0); // seconds from now
    }
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::RFC2822Date); // HTTP-date
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace

int RequestBudget::remaining(qint64 nowMs) const
{
    const auto recent = std::count_if(m_sent.cbegin(), m_sent.cend(), [nowMs](qint64 t) { return t > nowMs - kWindowMs; });
    int left = m_limit - static_cast<int>(recent);
    if (m_serverRemaining >= 0 && (m_serverResetMs == 0 || nowMs < m_serverResetMs))
        left = std::min(left, m_serverRemaining);
    return std::max(0, left);
}

qint64 RequestBudget::resetMs(qint64 nowMs) const
{
    if (m_serverResetMs > nowMs)
        return m_serverResetMs;
    const auto oldest = std::find_if(m_sent.cbegin(), m_sent.cend(), [nowMs](qint64 t) { return t > nowMs - kWindowMs; });
    return oldest == m_sent.cend() ? nowMs : *oldest + kWindowMs;
}

bool RequestBudget::allow(bool essential, qint64 nowMs, qint64 *retryAfterMs) const
{
    qint64 wait = 0;
    if (m_blockedUntilMs > nowMs)
        wait = m_blockedUntilMs - nowMs;
    else if (remaining(nowMs) <= (essential ? 0 : reserve()))
        wait = std::max<qint64>(1000, resetMs(nowMs) - nowMs);
    if (retryAfterMs)
        *retryAfterMs = wait;
    return wait == 0;
}

void RequestBudget::spend(qint64 nowMs)
{
    m_sent.erase(std::remove_if(m_sent.begin(), m_sent.end(), [nowMs](qint64 t) { return t <= nowMs - kWindowMs; }),
                 m_sent.end());
    m_sent.append(nowMs);
    if (m_serverRemaining > 0)
        --m_serverRemaining;
}

void RequestBudget::update(const HttpResponse &r, qint64 nowMs)
{
    bool ok = false;
    const int limit = r.headers.value("x-ratelimit-limit").toInt(&ok);
    if (ok && limit > 0)
        m_limit = limit;
    const int left = r.headers.value("x-ratelimit-remaining").toInt(&ok);
    if (ok)
        m_serverRemaining = std::max(0, left);
    if (r.headers.contains("x-ratelimit-reset"))
        m_serverResetMs = parseReset(r.headers.value("x-ratelimit-reset"), nowMs);
    if (r.status == 429) {
        const qint64 after = r.headers.contains("retry-after") ? parseReset(r.headers.value("retry-after"), nowMs)
                                                               : nowMs + 60'000;
        m_blockedUntilMs = std::max(m_blockedUntilMs, after);
        m_serverRemaining = 0;
        // Without a reset time the provider's "none left" holds until Retry-After.
        if (!r.headers.contains("x-ratelimit-reset"))
            m_serverResetMs = m_blockedUntilMs;
    }
}

RequestBudgetStatus RequestBudget::status(const QString &account, qint64 nowMs) const
{
    return RequestBudgetStatus{account, m_limit, remaining(nowMs), resetMs(nowMs)};
}

} // namespace Actions
