#pragma once

#include "core/actions/actiontypes.h"
#include "core/actions/httptransport.h"
#include "core/actions/requestbudget.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace Actions {

// One RequestBudget per provider token, shared by everything that spends it: the
// Railway connector (on the network thread) and the Railway executor (on the
// actions thread) count against the same 1,000 requests an hour, so both must see
// one budget. Keys are the token's keychain entry ("railway:<account>"), never the
// token itself. Thread-safe.
class BudgetRegistry final
{
public:
    BudgetRegistry() = default;
    Q_DISABLE_COPY_MOVE(BudgetRegistry)

    // The process-wide registry the app wires into the executor and the sources.
    static std::shared_ptr<BudgetRegistry> shared();

    // Checks and spends in one step, so two threads cannot both take the last
    // request. `retryAfterMs` tells how long to wait when it refuses.
    bool acquire(const QString &key, bool essential, qint64 nowMs, qint64 *retryAfterMs = nullptr);
    void update(const QString &key, const HttpResponse &response, qint64 nowMs);
    RequestBudgetStatus status(const QString &key, qint64 nowMs) const;
    qint64 blockedUntilMs(const QString &key) const;
    int remaining(const QString &key, qint64 nowMs) const;
    // Every budget in use, by key (for the status bar).
    QVector<RequestBudgetStatus> statuses(qint64 nowMs) const;
    // Sets the hourly limit a budget starts from (before the provider's headers say).
    void setLimit(const QString &key, int limitPerHour);

private:
    RequestBudget &budget(const QString &key);

    mutable QMutex m_mutex;
    QHash<QString, RequestBudget> m_budgets;
};

} // namespace Actions
