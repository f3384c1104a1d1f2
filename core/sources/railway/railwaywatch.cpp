#include "core/sources/railway/railwaywatch.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/railwayoptions.h"
#include "core/sources/railway/railwaysource.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

int timerMs(qint64 ms)
{
    return static_cast<int>(std::clamp<qint64>(ms, 1'000, std::numeric_limits<int>::max()));
}

bool sameConfig(const Model::SourceConfig &a, const Model::SourceConfig &b)
{
    return a.id == b.id && a.type == b.type && a.url == b.url && a.auth == b.auth && a.caFile == b.caFile
        && a.options == b.options;
}

} // namespace

RailwayWatch::RailwayWatch(CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                           std::shared_ptr<Actions::BudgetRegistry> budgets, Actions::HttpTransport *transport,
                           QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_clock(clock ? std::move(clock) : std::make_shared<Util::SystemClock>())
    , m_budgets(budgets ? std::move(budgets) : Actions::BudgetRegistry::shared())
    , m_transport(transport)
    , m_deploymentsTimer(new QTimer(this))
    , m_usageTimer(new QTimer(this))
{
    qRegisterMetaType<DeploymentListPtr>();
    qRegisterMetaType<UsageListPtr>();
    m_deploymentsTimer->setTimerType(Qt::VeryCoarseTimer);
    m_usageTimer->setTimerType(Qt::VeryCoarseTimer);
    setIntervals(kDefaultDeploymentsMs, kDefaultUsageMs);
    connect(m_deploymentsTimer, &QTimer::timeout, this, &RailwayWatch::fetchDeploymentsNow);
    connect(m_usageTimer, &QTimer::timeout, this, &RailwayWatch::fetchUsageNow);
}

RailwayWatch::~RailwayWatch() = default;

qint64 RailwayWatch::nowMs() const
{
    return m_clock->nowMs();
}

void RailwayWatch::setIntervals(qint64 deploymentsMs, qint64 usageMs)
{
    m_deploymentsTimer->setInterval(timerMs(deploymentsMs));
    m_usageTimer->setInterval(timerMs(usageMs));
}

void RailwayWatch::setWorkspace(const Model::WorkspacePtr &workspace)
{
    QHash<QString, Model::SourceConfig> configs;
    if (workspace) {
        for (const Model::SourceConfig &s : workspace->sources) {
            if (s.type == Model::SourceType::Railway)
                configs.insert(s.id, s);
        }
    }
    QStringList fresh;
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        const auto config = configs.constFind(it.key());
        if (config == configs.cend() || !sameConfig(m_configs.value(it.key()), *config)) {
            // Settings changed (discovery found services, the token kind changed):
            // the connector reads its services from the config, so it is made anew.
            if (it.value())
                it.value()->deleteLater();
            it = m_sources.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = configs.cbegin(); it != configs.cend(); ++it) {
        if (m_sources.contains(it.key()))
            continue;
        auto *source = new RailwaySource(it.value(), m_credentials, *m_clock, this, m_transport, m_budgets);
        const QString sourceId = it.key();
        connect(source, &RailwaySource::deploymentsFetched, this,
                [this, sourceId](quint64, const DeploymentListPtr &list, const QString &error) {
                    emit deploymentsFetched(sourceId, list, error);
                });
        connect(source, &RailwaySource::usageFetched, this,
                [this, sourceId](quint64, const UsageListPtr &usage, const QString &error) {
                    emit usageFetched(sourceId, usage, error, nowMs());
                });
        m_sources.insert(sourceId, source);
        fresh.append(sourceId);
    }
    m_configs = configs;
    if (m_sources.isEmpty()) {
        m_deploymentsTimer->stop();
        m_usageTimer->stop();
        return;
    }
    if (!m_deploymentsTimer->isActive())
        m_deploymentsTimer->start();
    if (!m_usageTimer->isActive())
        m_usageTimer->start();
    // A new or changed source shows its markers and usage without waiting a round.
    for (const QString &id : std::as_const(fresh)) {
        RailwaySource *source = m_sources.value(id);
        if (budgetAllows(id, source)) {
            source->fetchDeployments(m_nextId++, {});
            source->fetchUsage(m_nextId++);
        }
    }
}

bool RailwayWatch::budgetAllows(const QString &sourceId, RailwaySource *source)
{
    if (!source || !source->options())
        return source != nullptr; // a misconfigured source answers with its error at once
    const qint64 now = nowMs();
    const Actions::RequestBudgetStatus budget = m_budgets->status(source->options()->credentialKey(), now);
    if (budget.limit > 0 && budget.remaining * 100 < budget.limit * kMinBudgetPercent) {
        emit postponed(sourceId,
                       QCoreApplication::translate("Railway", "Deployments and usage postponed at %1: only %2 of %3 "
                                                              "API requests left this hour.")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(now).time(), QLocale::ShortFormat))
                           .arg(budget.remaining)
                           .arg(budget.limit));
        return false;
    }
    return true;
}

void RailwayWatch::fetchDeploymentsNow()
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (budgetAllows(it.key(), it.value()))
            it.value()->fetchDeployments(m_nextId++, {});
    }
}

void RailwayWatch::fetchUsageNow()
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        if (budgetAllows(it.key(), it.value()))
            it.value()->fetchUsage(m_nextId++);
    }
}

} // namespace Sources::Railway
