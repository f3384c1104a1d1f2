#include "core/actions/budgetregistry.h"

#include <QMutexLocker>

namespace Actions {

std::shared_ptr<BudgetRegistry> BudgetRegistry::shared()
{
    static const std::shared_ptr<BudgetRegistry> instance = std::make_shared<BudgetRegistry>();
    return instance;
}

RequestBudget &BudgetRegistry::budget(const QString &key)
{
    auto it = m_budgets.find(key);
    if (it == m_budgets.end())
        it = m_budgets.insert(key, RequestBudget());
    return it.value();
}

bool BudgetRegistry::acquire(const QString &key, bool essential, qint64 nowMs, qint64 *retryAfterMs)
{
    const QMutexLocker lock(&m_mutex);
    RequestBudget &b = budget(key);
    if (!b.allow(essential, nowMs, retryAfterMs))
        return false;
    b.spend(nowMs);
    return true;
}

void BudgetRegistry::update(const QString &key, const HttpResponse &response, qint64 nowMs)
{
    const QMutexLocker lock(&m_mutex);
    budget(key).update(response, nowMs);
}

RequestBudgetStatus BudgetRegistry::status(const QString &key, qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    return m_budgets.value(key).status(key, nowMs);
}

qint64 BudgetRegistry::blockedUntilMs(const QString &key) const
{
    const QMutexLocker lock(&m_mutex);
    return m_budgets.value(key).blockedUntilMs();
}

int BudgetRegistry::remaining(const QString &key, qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    return m_budgets.value(key).remaining(nowMs);
}

QVector<RequestBudgetStatus> BudgetRegistry::statuses(qint64 nowMs) const
{
    const QMutexLocker lock(&m_mutex);
    QStringList keys = m_budgets.keys();
    keys.sort();
    QVector<RequestBudgetStatus> out;
    for (const QString &key : std::as_const(keys))
        out.append(m_budgets.value(key).status(key, nowMs));
    return out;
}

void BudgetRegistry::setLimit(const QString &key, int limitPerHour)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_budgets.contains(key))
        m_budgets.insert(key, RequestBudget(limitPerHour));
}

} // namespace Actions
