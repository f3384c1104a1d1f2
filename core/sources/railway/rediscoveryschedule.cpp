#include "core/sources/railway/rediscoveryschedule.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/discoverymerge.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

// Below this share of the hourly budget a scheduled discovery waits for the next
// round: the refreshes and the executor's requests come first.
constexpr int kMinBudgetPercent = 20;

QString noteTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

RediscoverySchedule::RediscoverySchedule(CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                                         std::shared_ptr<Actions::BudgetRegistry> budgets,
                                         Actions::HttpTransport *transport, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_clock(std::move(clock))
    , m_budgets(budgets ? std::move(budgets) : Actions::BudgetRegistry::shared())
    , m_transport(transport)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    m_timer->setInterval(static_cast<int>(m_intervalMs));
    connect(m_timer, &QTimer::timeout, this, &RediscoverySchedule::runNow);
}

RediscoverySchedule::~RediscoverySchedule() = default;

void RediscoverySchedule::setWorkspace(Model::WorkspacePtr workspace)
{
    m_workspace = std::move(workspace);
    bool railway = false;
    if (m_workspace) {
        for (const Model::SourceConfig &s : m_workspace->sources)
            railway = railway || s.type == Model::SourceType::Railway;
    }
    if (!railway)
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
    // Notes of sources that are gone go with them.
    for (auto it = m_notes.begin(); it != m_notes.end();) {
        if (!m_workspace || !m_workspace->source(it.key()))
            it = m_notes.erase(it);
        else
            ++it;
    }
}

void RediscoverySchedule::setIntervalMs(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(60'000, intervalMs);
    m_timer->setInterval(static_cast<int>(std::min<qint64>(m_intervalMs, std::numeric_limits<int>::max())));
}

void RediscoverySchedule::runNow()
{
    if (!m_workspace)
        return;
    for (const Model::SourceConfig &s : m_workspace->sources) {
        if (s.type == Model::SourceType::Railway)
            discover(s);
    }
}

void RediscoverySchedule::discover(const Model::SourceConfig &source)
{
    if (m_running.value(source.id))
        return; // the previous one is still asking
    const auto options = RailwayOptions::fromConfig(source);
    if (!options) {
        setNote(source.id, options.error().message);
        return;
    }
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    const Actions::RequestBudgetStatus budget = m_budgets->status(options->credentialKey(), now);
    if (budget.limit > 0 && budget.remaining * 100 < budget.limit * kMinBudgetPercent) {
        setNote(source.id, QCoreApplication::translate("Railway", "Discovery postponed at %1: only %2 of %3 API "
                                                                  "requests left this hour.")
                               .arg(noteTime(now))
                               .arg(budget.remaining)
                               .arg(budget.limit));
        return;
    }
    auto *discovery = new RailwayDiscovery(*options, m_credentials, m_clock.get(), m_transport, m_budgets, this);
    m_running.insert(source.id, discovery);
    const QString sourceId = source.id;
    connect(discovery, &RailwayDiscovery::discovered, this,
            [this, sourceId, discovery](quint64, const InventoryPtr &inventory, const QString &error, const QStringList &) {
                m_running.remove(sourceId);
                discovery->deleteLater();
                onDiscovered(sourceId, inventory, error);
            });
    discovery->discover(m_nextId++);
}

void RediscoverySchedule::onDiscovered(const QString &sourceId, const InventoryPtr &inventory, const QString &error)
{
    const qint64 now = m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
    if (!error.isEmpty() || !inventory) {
        // Half an inventory would mark everything it missed as removed: nothing is merged.
        setNote(sourceId, QCoreApplication::translate("Railway", "Discovery failed at %1: %2").arg(noteTime(now), error));
        return;
    }
    if (!m_workspace || !m_workspace->source(sourceId))
        return; // the source went away meanwhile
    if (m_held) {
        m_waiting.insert(sourceId, {inventory, now});
        setNote(sourceId, QCoreApplication::translate("Railway", "Discovery at %1 waits until the workspace editor "
                                                                 "is closed, so that your unsaved edits stay as "
                                                                 "they are.")
                              .arg(noteTime(now)));
        return;
    }
    apply(sourceId, inventory, now);
}

void RediscoverySchedule::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (held)
        return;
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
        setNote(it.key(), QString()); // no longer waiting; apply() says what changed
        if (m_workspace && m_workspace->source(it.key()))
            apply(it.key(), it->first, it->second);
    }
}

void RediscoverySchedule::apply(const QString &sourceId, const InventoryPtr &inventory, qint64 now)
{
    const auto merged = DiscoveryMerge::merge(*m_workspace, sourceId, *inventory);
    if (!merged) {
        setNote(sourceId, merged.error().message);
        return;
    }
    const Model::SourceConfig *before = m_workspace->source(sourceId);
    const Model::SourceConfig *after = merged->workspace.source(sourceId);
    const bool changed = !merged->added.isEmpty() || !merged->removed.isEmpty() || !merged->returned.isEmpty()
                      || !before || !after || before->options != after->options;
    qCInfo(lcSources) << sourceId << "rediscovered:" << merged->added.size() << "added," << merged->removed.size()
                      << "marked removed," << merged->returned.size() << "back";
    if (!merged->added.isEmpty() || !merged->removed.isEmpty() || !merged->returned.isEmpty()) {
        QStringList parts;
        const int added = static_cast<int>(merged->added.size());
        const int removed = static_cast<int>(merged->removed.size());
        const int back = static_cast<int>(merged->returned.size());
        if (added > 0)
            parts << QCoreApplication::translate("Railway", "%n service(s) added (%1)", nullptr, added)
                         .arg(merged->added.join(u", "_s));
        if (removed > 0)
            parts << QCoreApplication::translate("Railway", "%n marked removed (%1)", nullptr, removed)
                         .arg(merged->removed.join(u", "_s));
        if (back > 0)
            parts << QCoreApplication::translate("Railway", "%n back (%1)", nullptr, back)
                         .arg(merged->returned.join(u", "_s));
        setNote(sourceId, QCoreApplication::translate("Railway", "Discovery at %1: %2")
                              .arg(noteTime(now), parts.join(u"; "_s)));
    }
    if (!changed)
        return;
    auto workspace = std::make_shared<const Model::Workspace>(merged->workspace);
    // Later discoveries build on this one even before the save comes back.
    m_workspace = workspace;
    emit workspaceDiscovered(workspace, sourceId);
}

void RediscoverySchedule::setNote(const QString &sourceId, const QString &note)
{
    if (m_notes.value(sourceId) == note)
        return;
    m_notes.insert(sourceId, note);
    emit noteChanged(sourceId, note);
}

} // namespace Sources::Railway
