#include "core/engine/fleetengine.h"

#include "core/actions/actionengine.h"
#include "core/actions/budgetregistry.h"
#include "core/actions/demoexecutor.h"
#include "core/actions/executorhost.h"
#include "core/actions/httptransport.h"
#include "core/actions/kubernetesexecutor.h"
#include "core/actions/railwayexecutor.h"
#include "core/actions/targetprobe.h"
#include "core/engine/analysisscheduler.h"
#include "core/engine/businessqueryrunner.h"
#include "core/model/workspacecheck.h"
#include "core/actions/flagactions.h"
#include "core/actions/flagexecutor.h"
#include "core/flags/demoflagsource.h"
#include "core/flags/flagengine.h"
#include "core/flags/flagsnapshotrecorder.h"
#include "core/flags/flagworker.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demosource.h"
#include "core/sources/railway/railwaywatch.h"
#include "core/sources/railway/rediscoveryschedule.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include "core/alerts/alertworker.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {

void registerMetaTypes()
{
    qRegisterMetaType<Model::WorkspacePtr>();
    qRegisterMetaType<Model::SeriesBatchPtr>();
    qRegisterMetaType<Engine::FleetSnapshotPtr>();
    qRegisterMetaType<Engine::HistoryResultPtr>();
    qRegisterMetaType<Engine::HistoryRequest>();
    qRegisterMetaType<Util::Error>();
    qRegisterMetaType<Engine::LogRequest>();
    qRegisterMetaType<Engine::LogResultPtr>();
    qRegisterMetaType<Sources::AlertListPtr>();
    qRegisterMetaType<Sources::LogLinesPtr>();
    qRegisterMetaType<Actions::InboxSnapshotPtr>();
    qRegisterMetaType<Actions::ExecutionRequest>();
    qRegisterMetaType<Actions::ExecutionResult>();
    qRegisterMetaType<Actions::ProviderState>();
    qRegisterMetaType<Actions::ActionTarget>();
    qRegisterMetaType<Actions::AppliedChange>();
    qRegisterMetaType<Actions::RequestBudgetStatus>();
    qRegisterMetaType<Actions::AutomationSettings>();
    qRegisterMetaType<QVector<Actions::ActionTarget>>();
    qRegisterMetaType<QVector<Actions::ProviderState>>();
    qRegisterMetaType<QVector<Actions::AppliedChange>>();
    qRegisterMetaType<Engine::AnalysisRequest>();
    qRegisterMetaType<Engine::AnalysisResultPtr>();
    qRegisterMetaType<Engine::AnomalySnapshotPtr>();
    qRegisterMetaType<Alerts::AlertsSnapshotPtr>();
    qRegisterMetaType<Alerts::Silence>();
    qRegisterMetaType<Alerts::MaintenanceWindow>();
    qRegisterMetaType<QVector<Alerts::WebhookConfig>>();
    qRegisterMetaType<Store::DeploymentRecordsPtr>();
    qRegisterMetaType<Engine::UsageReportPtr>();
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"operator"_s : name;
}

} // namespace

void FleetEngine::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

FleetEngine::FleetEngine(EngineOptions options, QObject *parent)
    : EngineApi(parent)
    , m_options(std::move(options))
    , m_operator(m_options.operatorName.isEmpty() ? loginName() : m_options.operatorName)
{
    registerMetaTypes();
    m_flags = new Flags::FlagEngine(this);
    // The last known flags and verdicts go to the store, for offline reports.
    new Flags::FlagSnapshotRecorder(m_flags, m_options.databasePath, this);
    m_analysis = new AnalysisScheduler(
        this, [this](const HistoryRequest &request, Store::Resolution resolution) {
            return requestHistoryAt(request, resolution);
        },
        m_options.analysis, this);
    connect(m_analysis, &AnalysisScheduler::analysisReady, this, &EngineApi::analysisReady);
    connect(m_analysis, &AnalysisScheduler::analysisProgress, this, &EngineApi::analysisProgress);
    connect(m_analysis, &AnalysisScheduler::anomaliesReady, this, &EngineApi::anomaliesReady);
}

Flags::FlagService *FleetEngine::flags() const
{
    return m_flags;
}

namespace {

// What the flags' rollout advisor needs of each service: its error rate and p95
// latency now, and where its health turns degraded.
QVector<Flags::GuardrailReading> guardrails(const FleetSnapshot &snapshot, const Model::Workspace &workspace)
{
    QVector<Flags::GuardrailReading> out;
    out.reserve(snapshot.services.size());
    for (const ServiceStatus &s : snapshot.services) {
        Flags::GuardrailReading r;
        r.serviceId = s.serviceId;
        r.serviceName = s.name;
        r.errorRate = s.latest[Model::MetricKind::ErrorRate];
        r.p95LatencyMs = s.latest[Model::MetricKind::LatencyP95];
        const Model::Service *service = workspace.service(s.serviceId);
        const Model::HealthThresholds thresholds = service ? service->thresholds : Model::HealthThresholds::defaults();
        r.errorRateLimit = thresholds[Model::MetricKind::ErrorRate].degraded;
        r.p95LatencyLimitMs = thresholds[Model::MetricKind::LatencyP95].degraded;
        out.append(r);
    }
    return out;
}

} // namespace

FleetEngine::~FleetEngine()
{
    stop();
}

qint64 FleetEngine::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void FleetEngine::start()
{
    Q_ASSERT(!m_storeThread);
    m_storeThread.reset(new QThread);
    m_storeThread->setObjectName(u"straja-store"_s);
    m_writer = new Store::StoreWriter(m_options.databasePath);
    m_writer->moveToThread(m_storeThread.get());
    connect(m_writer, &Store::StoreWriter::opened, this, &FleetEngine::onStoreOpened);
    connect(m_writer, &Store::StoreWriter::openFailed, this, &EngineApi::openFailed);
    connect(m_writer, &Store::StoreWriter::writeFailed, this, &EngineApi::storeFailed);
    connect(m_writer, &Store::StoreWriter::workspaceSaved, this, &FleetEngine::onWorkspaceSaved);
    connect(m_writer, &Store::StoreWriter::workspaceSaveFailed, this, [this](const Util::Error &error) {
        if (!m_reconnectAfterSave.isEmpty())
            m_reconnectAfterSave.removeFirst();
        emit workspaceSaveFailed(error);
    });
    connect(m_writer, &Store::StoreWriter::deploymentsChanged, this, [this](Store::DeploymentRecordsPtr records) {
        m_deployments = records;
        if (m_actions) {
            QMetaObject::invokeMethod(m_actions, [actions = m_actions, records] { actions->onDeployments(records); },
                                      Qt::QueuedConnection);
        }
        emit deploymentsReady(records);
    });
    m_storeThread->start();
    QMetaObject::invokeMethod(m_writer, "open", Qt::QueuedConnection,
                              Q_ARG(Model::WorkspacePtr, m_options.firstStartWorkspace));
}

std::shared_ptr<const Util::Clock> FleetEngine::clockFor(const Model::Workspace &workspace) const
{
    if (m_options.clock)
        return m_options.clock;
    // A demo may run faster than real time; anything real runs on the wall clock.
    // The current clock is kept when it is already the right kind, so time never jumps.
    if (workspace.isDemo() && m_options.demoSpeed != 1.0) {
        if (dynamic_cast<const Util::ScaledClock *>(m_clock.get()))
            return m_clock;
        return std::make_shared<Util::ScaledClock>(QDateTime::currentMSecsSinceEpoch(), m_options.demoSpeed);
    }
    if (dynamic_cast<const Util::SystemClock *>(m_clock.get()))
        return m_clock;
    return std::make_shared<Util::SystemClock>();
}

void FleetEngine::onStoreOpened(Model::WorkspacePtr workspace)
{
    // workspace() stays empty until opened() is emitted: callers may act on either.
    m_opening = workspace;
    m_clock = clockFor(*workspace);
    if (!m_options.actions) {
        startPolling({});
        return;
    }
    // The actions engine opens its own connection on its own thread (after the
    // writer migrated the schema) and says what the simulator must replay before
    // the first refresh; polling starts once it has.
    Actions::ActionEngineOptions actionOptions;
    actionOptions.databasePath = m_options.databasePath;
    actionOptions.clock = m_clock;
    actionOptions.diagnose = m_options.diagnoses;
    actionOptions.forecast = m_options.diagnoses;
    m_actions = new Actions::ActionEngine(actionOptions);
    m_actionsThread.reset(new QThread);
    m_actionsThread->setObjectName(u"straja-actions"_s);
    m_actions->moveToThread(m_actionsThread.get());
    m_actionsThread->start();
    connect(m_actions, &Actions::ActionEngine::ready, this, &FleetEngine::startPolling);
    connect(m_actions, &Actions::ActionEngine::startFailed, this, [this](const Util::Error &error) {
        qCWarning(lcEngine) << "actions are off:" << error.message;
        emit actionFailed(error);
        startPolling({});
    });
    // Approved flag changes become actions; their records are the flags view's audit.
    m_flags->setChangeRunner([this](quint64 requestId, const Flags::FlagChange &change, const QString &approvedBy) {
        if (!m_actions) {
            Flags::FlagChangeOutcome out;
            out.requestId = requestId;
            out.change = change;
            out.message = QCoreApplication::translate("Flags", "Flags are not connected yet; nothing was changed.");
            m_flags->actionFinished(out);
            return;
        }
        const Actions::Proposal proposal = Actions::FlagActions::proposal(change, approvedBy, requestId);
        const QString key = Actions::FlagActions::idempotencyKey(change);
        QMetaObject::invokeMethod(m_actions, [actions = m_actions, proposal, key, approvedBy] {
            actions->requestApproved(proposal, key, approvedBy);
        }, Qt::QueuedConnection);
    });
    connect(m_actions, &Actions::ActionEngine::inboxChanged, this, [this](Actions::InboxSnapshotPtr inbox) {
        if (m_inbox && inbox->generation <= m_inbox->generation)
            return;
        const bool first = !m_inbox;
        m_inbox = inbox;
        m_flags->setAudit(Actions::FlagActions::audit(*inbox));
        for (const Actions::ActionRecord &r : inbox->history) {
            if (r.proposal.kind != Actions::ActionKind::FlagChange || m_flagActionsDone.contains(r.id))
                continue;
            m_flagActionsDone.insert(r.id);
            if (const auto change = Actions::FlagActions::appliedChange(r))
                rememberFlagChange(*change);
            if (!first) // decided in an earlier run: nothing waits for it
                m_flags->actionFinished(Actions::FlagActions::outcome(r));
        }
        emit inboxReady(inbox);
    });
    connect(m_actions, &Actions::ActionEngine::proposalsRaised, this, &EngineApi::proposalsRaised);
    connect(m_actions, &Actions::ActionEngine::previewReady, this, &EngineApi::actionPreviewReady);
    connect(m_actions, &Actions::ActionEngine::failed, this, &EngineApi::actionFailed);
    QMetaObject::invokeMethod(m_actions, "start", Qt::QueuedConnection, Q_ARG(Model::WorkspacePtr, workspace));
}

void FleetEngine::startPolling(const QVector<Actions::AppliedChange> &replay)
{
    if (m_poller)
        return;
    for (const Actions::AppliedChange &c : replay) {
        if (c.kind == Actions::ActionKind::FlagChange)
            rememberFlagChange(c);
    }
    m_workspace = m_opening;
    m_networkThread.reset(new QThread);
    m_networkThread->setObjectName(u"straja-network"_s);
    m_poller = new Poller(m_workspace, m_clock, m_options.databasePath, m_options.poller, m_options.sourceFactory);
    m_poller->setCredentialSource(m_options.credentials.get());
    m_businessQueries = new BusinessQueryRunner(
        [poller = m_poller](const QString &sourceId) { return poller->metricSource(sourceId); }, m_poller);
    connect(m_businessQueries, &BusinessQueryRunner::finished, this, &EngineApi::businessQueriesReady);
    m_poller->moveToThread(m_networkThread.get());
    connect(m_poller, &Poller::snapshotReady, this, [this](FleetSnapshotPtr snapshot) {
        // Snapshots can overtake each other only across restarts; keep the newest.
        if (m_latest && snapshot->generation <= m_latest->generation)
            return;
        m_latestFromPoller = snapshot;
        publish(withNotes(snapshot));
        if (m_workspace)
            m_flags->setGuardrails(guardrails(*snapshot, *m_workspace));
        m_analysis->onSnapshot(snapshot);
    });
    connect(m_poller, &Poller::historyReady, this, [this](HistoryResultPtr result) {
        // The actions engine's own requests go to it alone, never through the GUI.
        if (result->requestId < Actions::ActionEngine::kHistoryIdBase)
            emit historyReady(result);
    });
    // Alerts are evaluated next to the poller, on each snapshot (never on the GUI thread).
    m_alerts = new Alerts::AlertWorker(m_options.credentials.get(), m_clock);
    m_alerts->moveToThread(m_networkThread.get());
    connect(m_poller, &Poller::snapshotReady, m_alerts, &Alerts::AlertWorker::onSnapshot);
    connect(m_alerts, &Alerts::AlertWorker::alertsReady, this, [this](Alerts::AlertsSnapshotPtr alerts) {
        m_latestAlerts = alerts;
        emit alertsReady(alerts);
    });
    connect(m_alerts, &Alerts::AlertWorker::commandFailed, this, &EngineApi::alertCommandFailed);
    // Anomaly-score rules read the analysis' scores (queued to the network thread)
    // instead of running detectors of their own: one detector per series in the app.
    connect(m_analysis, &AnalysisScheduler::anomaliesReady, m_alerts, &Alerts::AlertWorker::setAnomalyScores);
    QMetaObject::invokeMethod(m_alerts, [alerts = m_alerts, workspace = m_workspace, clock = m_clock,
                                         webhooks = m_webhookConfigs, path = m_options.databasePath,
                                         retention = m_options.alertRetention] {
        // Restored before the first workspace, so that alerts still firing join
        // their incidents instead of opening new ones.
        alerts->setRetention(retention);
        if (!path.isEmpty())
            alerts->openStore(path);
        alerts->setWebhooks(webhooks);
        alerts->setWorkspace(workspace, clock);
    }, Qt::QueuedConnection);
    connect(m_poller, &Poller::logsReady, this, &EngineApi::logsReady);
    // Straight from the network thread to the store thread: the GUI never relays samples.
    connect(m_poller, &Poller::samplesFetched, m_writer, &Store::StoreWriter::write);

    if (m_actions) {
        m_executors = new Actions::ExecutorHost;
        Poller *poller = m_poller;
        m_executors->addExecutor(new Actions::DemoExecutor(
            [poller](const QString &serviceId) { return poller->demoSourceFor(serviceId); }, m_clock));
        // The real providers share one transport on the network thread (owned by the host).
        auto *transport = new Actions::NetworkTransport(m_executors);
        m_executors->addExecutor(new Actions::KubernetesExecutor(transport, m_options.credentials));
        auto *railway = new Actions::RailwayExecutor(transport, m_options.credentials, m_clock);
        // One budget per token, shared with the Railway sources the poller creates.
        railway->setBudgetRegistry(Actions::BudgetRegistry::shared());
        m_executors->addExecutor(railway);
        m_executors->addExecutor(new Actions::FlagExecutor(
            [flags = m_flags](const QString &sourceId) { return flags->sourceOnWorkerThread(sourceId); }));
        // "Test" on the action target page: reads through the same transport, owned by the host.
        m_targetProbe = new Actions::TargetProbe(transport, m_options.credentials, m_clock, m_executors);
        connect(m_targetProbe, &Actions::TargetProbe::probed, this, &EngineApi::actionTargetTested);
        m_executors->moveToThread(m_networkThread.get());
        Actions::ExecutorHost *host = m_executors;
        // The simulator keeps no state across runs: what the store says was done is
        // replayed before the first refresh, and again into any simulator a
        // workspace change creates anew.
        m_poller->setSourcesCreatedHook([host, replay, first = true](const QStringList &sourceIds) mutable {
            if (first)
                host->replay(replay);
            else
                host->sourcesCreated(sourceIds);
            first = false;
        });

        using Actions::ActionEngine;
        using Actions::ExecutorHost;
        connect(m_poller, &Poller::snapshotReady, m_actions, &ActionEngine::onSnapshot);
        connect(m_poller, &Poller::historyReady, m_actions, &ActionEngine::onHistory);
        connect(m_actions, &ActionEngine::historyWanted, m_poller,
                [poller = m_poller](quint64 id, const HistoryRequest &request) { poller->requestHistory(id, request); });
        connect(m_actions, &ActionEngine::prepareWanted, host, &ExecutorHost::prepare);
        connect(m_actions, &ActionEngine::sendWanted, host, &ExecutorHost::send);
        connect(m_actions, &ActionEngine::observeWanted, host, &ExecutorHost::observe);
        connect(m_actions, &ActionEngine::describeWanted, host, &ExecutorHost::describe);
        connect(host, &ExecutorHost::prepared, m_actions, &ActionEngine::onPrepared);
        connect(host, &ExecutorHost::applied, m_actions, &ActionEngine::onApplied);
        connect(host, &ExecutorHost::observed, m_actions, &ActionEngine::onObserved);
        connect(host, &ExecutorHost::described, m_actions, &ActionEngine::onDescribed);
        connect(host, &ExecutorHost::budgetChanged, m_actions, &ActionEngine::onBudget);
    }
    m_networkThread->start();
    QMetaObject::invokeMethod(m_poller, &Poller::start, Qt::QueuedConnection);
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, &Actions::ActionEngine::resume, Qt::QueuedConnection);
    startFlags(m_workspace);
    startRediscovery();
    // The timeline kept from earlier runs first, then Railway's newer answers.
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, now = nowMs()] { writer->loadDeployments(now); },
                              Qt::QueuedConnection);
    startRailwayWatch();
    emit opened(m_workspace);
}

void FleetEngine::startRediscovery()
{
    if (m_rediscovery || m_options.railwayRediscoveryMs <= 0)
        return;
    // Shares the per-token budget with the Railway sources and the executor.
    m_rediscovery = new Sources::Railway::RediscoverySchedule(m_options.credentials.get(), m_clock,
                                                              Actions::BudgetRegistry::shared(), nullptr, this);
    m_rediscovery->setIntervalMs(m_options.railwayRediscoveryMs);
    m_rediscovery->setWorkspace(m_workspace);
    m_rediscovery->setHeld(m_editorOpen);
    connect(m_rediscovery, &Sources::Railway::RediscoverySchedule::workspaceDiscovered, this,
            [this](const Model::WorkspacePtr &workspace) { updateWorkspace(workspace); });
    connect(m_rediscovery, &Sources::Railway::RediscoverySchedule::noteChanged, this, [this] {
        if (m_latestFromPoller)
            publish(withNotes(m_latestFromPoller));
    });
}

void FleetEngine::setWorkspaceEditorOpen(bool open)
{
    m_editorOpen = open;
    if (m_rediscovery)
        m_rediscovery->setHeld(open);
}

void FleetEngine::startRailwayWatch()
{
    if (m_railwayWatch || (m_options.railwayDeploymentsMs <= 0 && m_options.railwayUsageMs <= 0))
        return;
    using Sources::Railway::RailwayWatch;
    m_railwayWatch = new RailwayWatch(m_options.credentials.get(), m_clock, Actions::BudgetRegistry::shared(), nullptr,
                                      this);
    constexpr qint64 kNever = std::numeric_limits<int>::max();
    m_railwayWatch->setIntervals(m_options.railwayDeploymentsMs > 0 ? m_options.railwayDeploymentsMs : kNever,
                                 m_options.railwayUsageMs > 0 ? m_options.railwayUsageMs : kNever);
    connect(m_railwayWatch, &RailwayWatch::deploymentsFetched, this, &FleetEngine::onDeploymentsFetched);
    connect(m_railwayWatch, &RailwayWatch::usageFetched, this, &FleetEngine::onUsageFetched);
    connect(m_railwayWatch, &RailwayWatch::postponed, this, [this](const QString &sourceId, const QString &why) {
        m_watchNotes.insert(sourceId, why);
        if (m_latestFromPoller)
            publish(withNotes(m_latestFromPoller));
    });
    m_railwayWatch->setWorkspace(m_workspace);
}

void FleetEngine::onDeploymentsFetched(const QString &sourceId, const Sources::Railway::DeploymentListPtr &list,
                                       const QString &error)
{
    if (!error.isEmpty())
        qCWarning(lcEngine) << sourceId << "deployments:" << error;
    else if (m_watchNotes.remove(sourceId) > 0 && m_latestFromPoller)
        publish(withNotes(m_latestFromPoller)); // the budget let it through again
    if (!list || list->isEmpty() || !m_writer)
        return;
    auto records = std::make_shared<Store::DeploymentRecords>();
    records->reserve(list->size());
    for (const Sources::Railway::Deployment &d : *list)
        records->append({d.id, sourceId, d.serviceId, d.status, d.createdMs, d.commitMessage});
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, records = Store::DeploymentRecordsPtr(records),
                                         now = nowMs()] { writer->writeDeployments(records, now); },
                              Qt::QueuedConnection);
}

void FleetEngine::onUsageFetched(const QString &sourceId, const Sources::Railway::UsageListPtr &usage,
                                 const QString &error, qint64 atMs)
{
    auto report = std::make_shared<UsageReport>(m_usage ? *m_usage : UsageReport());
    auto it = std::find_if(report->sources.begin(), report->sources.end(),
                           [&](const SourceUsage &s) { return s.sourceId == sourceId; });
    if (it == report->sources.end()) {
        report->sources.append(SourceUsage{sourceId, {}, {}, 0});
        it = report->sources.end() - 1;
    }
    it->error = error;
    // A failed read keeps the last good answer (and its time) beside the error.
    if (usage && !usage->isEmpty()) {
        it->projects = *usage;
        it->atMs = atMs;
    }
    if (m_workspace) {
        report->sources.erase(std::remove_if(report->sources.begin(), report->sources.end(),
                                             [this](const SourceUsage &s) { return !m_workspace->source(s.sourceId); }),
                              report->sources.end());
    }
    m_usage = report;
    emit usageReady(m_usage);
}

FleetSnapshotPtr FleetEngine::withNotes(const FleetSnapshotPtr &snapshot) const
{
    QHash<QString, QString> notes = m_rediscovery ? m_rediscovery->notes() : QHash<QString, QString>();
    for (auto it = m_watchNotes.cbegin(); it != m_watchNotes.cend(); ++it)
        notes[it.key()] = notes.value(it.key()).isEmpty() ? it.value() : notes.value(it.key()) + u'\n' + it.value();
    if (notes.isEmpty() || !snapshot)
        return snapshot;
    auto copy = std::make_shared<FleetSnapshot>(*snapshot);
    for (SourceStatus &s : copy->sources) {
        const QString note = notes.value(s.sourceId);
        if (!note.isEmpty())
            s.note = s.note.isEmpty() ? note : s.note + u'\n' + note;
    }
    return copy;
}

void FleetEngine::publish(FleetSnapshotPtr snapshot)
{
    m_latest = std::move(snapshot);
    emit snapshotReady(m_latest);
}

void FleetEngine::updateWorkspace(Model::WorkspacePtr workspace, const QStringList &reconnectSourceIds)
{
    if (!workspace)
        return;
    const QVector<Model::WorkspaceProblem> problems = Model::checkWorkspace(*workspace);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Model::WorkspaceProblem &p : problems)
            lines.append(p.toString());
        const Util::Error error = Util::makeError(
            u"workspace.invalid"_s, QCoreApplication::translate("Engine", "The workspace was not saved:") + u'\n'
                                        + lines.join(u'\n'));
        QMetaObject::invokeMethod(this, [this, error] { emit workspaceSaveFailed(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_writer || !m_workspace) {
        const Util::Error error = Util::makeError(
            u"workspace.not_open"_s, QCoreApplication::translate("Engine", "The workspace is not open yet."));
        QMetaObject::invokeMethod(this, [this, error] { emit workspaceSaveFailed(error); }, Qt::QueuedConnection);
        return;
    }
    m_reconnectAfterSave.append(reconnectSourceIds);
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, workspace] { writer->saveWorkspace(workspace); },
                              Qt::QueuedConnection);
}

void FleetEngine::onWorkspaceSaved(Model::WorkspacePtr workspace)
{
    const QStringList reconnect = m_reconnectAfterSave.isEmpty() ? QStringList() : m_reconnectAfterSave.takeFirst();
    const bool demoBefore = m_workspace && m_workspace->isDemo();
    m_workspace = workspace;
    m_clock = clockFor(*workspace);
    if (m_poller && demoBefore != workspace->isDemo()) {
        // The demo's flags belong to the demo workspace only.
        m_flags->stop();
        m_flags->release();
        startFlags(workspace);
    }
    m_analysis->resetWorkspace();
    if (m_rediscovery)
        m_rediscovery->setWorkspace(workspace);
    if (m_railwayWatch)
        m_railwayWatch->setWorkspace(workspace);
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, workspace, clock = m_clock, reconnect] {
            poller->replaceWorkspace(workspace, clock, reconnect);
        }, Qt::QueuedConnection);
    }
    if (m_actions) {
        QMetaObject::invokeMethod(m_actions, [actions = m_actions, workspace] { actions->setWorkspace(workspace); },
                                  Qt::QueuedConnection);
    }
    if (m_alerts) {
        QMetaObject::invokeMethod(m_alerts, [alerts = m_alerts, workspace, clock = m_clock] {
            alerts->setWorkspace(workspace, clock);
        }, Qt::QueuedConnection);
    }
    emit workspaceChanged(workspace);
}

void FleetEngine::startFlags(const Model::WorkspacePtr &workspace)
{
    std::vector<Flags::FlagSource *> sources;
    for (const Model::SourceConfig &config : workspace->sources) {
        if (config.type != Model::SourceType::Demo)
            continue;
        auto fleet = Sources::Demo::DemoSource::fleetFromOptions(config.options);
        if (fleet.ok()) {
            auto *demo = new Flags::DemoFlagSource(u"demo-flags"_s, std::move(fleet).value(), *m_clock);
            for (const Actions::AppliedChange &c : std::as_const(m_flagReplay)) {
                const auto change = Actions::FlagActions::fromJson(c.flagChange);
                if (change && change->sourceId == demo->sourceId())
                    demo->replay(*change, c.atMs);
            }
            sources.push_back(demo);
        }
        break; // one demo fleet, one set of demo flags
    }
    // Unleash servers of the workspace (token in the keychain under the source id),
    // then any given on the command line that the workspace does not name.
    QSet<QString> unleashIds;
    for (const Model::SourceConfig &config : workspace->sources) {
        if (config.type != Model::SourceType::Unleash)
            continue;
        unleashIds.insert(config.id);
        sources.push_back(new Flags::UnleashConnector(Flags::UnleashConfig::fromSource(config),
                                                      m_options.credentials.get(), m_clock.get()));
    }
    for (const Flags::UnleashConfig &config : std::as_const(m_options.unleashSources)) {
        if (!unleashIds.contains(config.sourceId))
            sources.push_back(new Flags::UnleashConnector(config, m_options.credentials.get(), m_clock.get()));
    }
    // Experiments of Unleash flags count through the workspace's first Prometheus.
    Flags::CountsSourceConfig counts;
    for (const Model::SourceConfig &config : workspace->sources) {
        if (config.type == Model::SourceType::Prometheus) {
            counts.url = config.url;
            counts.credentialsId = config.auth == Model::SourceAuth::None ? QString() : config.id;
            counts.credentials = m_options.credentials.get();
            break;
        }
    }
    m_flags->start(m_networkThread.get(), m_clock, std::move(sources), counts);
}

void FleetEngine::rememberFlagChange(const Actions::AppliedChange &change)
{
    // The same action can arrive twice: replayed from the store at start, and again in
    // the first inbox's history.
    for (const Actions::AppliedChange &known : std::as_const(m_flagReplay)) {
        if (known.idempotencyKey == change.idempotencyKey && known.atMs == change.atMs)
            return;
    }
    const auto later = std::upper_bound(m_flagReplay.begin(), m_flagReplay.end(), change.atMs,
                                        [](qint64 atMs, const Actions::AppliedChange &c) { return atMs < c.atMs; });
    m_flagReplay.insert(later, change);
}

void FleetEngine::stop()
{
    if (m_actions && m_actionsThread) {
        // First: no new step may start while the executors go away.
        QMetaObject::invokeMethod(m_actions, &Actions::ActionEngine::shutdown, Qt::BlockingQueuedConnection);
        m_actionsThread.reset();
    }
    // Then analysis: its workers only read values, but must not outlive the engine.
    m_analysis->shutdown();
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, &Poller::shutdown, Qt::BlockingQueuedConnection);
        // Deleted on its own thread: its webhook clients and retry timers live there.
        QMetaObject::invokeMethod(m_poller, [alerts = m_alerts] { delete alerts; }, Qt::BlockingQueuedConnection);
        m_alerts = nullptr;
        m_flags->stop();
        m_networkThread.reset();
        delete m_executors;
        m_executors = nullptr;
        m_targetProbe = nullptr;
        delete m_poller; // and the business query runner, its child
        m_poller = nullptr;
        m_businessQueries = nullptr;
        m_flags->release();
    }
    if (m_writer) {
        // Queued after every write already sent, so the store is drained first.
        QMetaObject::invokeMethod(m_writer, &Store::StoreWriter::close, Qt::BlockingQueuedConnection);
        m_storeThread.reset();
        delete m_writer;
        m_writer = nullptr;
    }
    delete m_actions;
    m_actions = nullptr;
}

void FleetEngine::refreshNow()
{
    if (m_poller)
        QMetaObject::invokeMethod(m_poller, &Poller::refreshNow, Qt::QueuedConnection);
}

quint64 FleetEngine::requestHistory(const HistoryRequest &request)
{
    return requestHistoryAt(request, {});
}

quint64 FleetEngine::requestHistoryAt(const HistoryRequest &request, std::optional<Store::Resolution> resolution)
{
    const quint64 id = m_nextHistoryId++;
    if (!m_poller) {
        auto empty = std::make_shared<HistoryResult>();
        empty->requestId = id;
        empty->request = request;
        QMetaObject::invokeMethod(this, [this, empty] { emit historyReady(empty); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_poller, [poller = m_poller, id, request, resolution] { poller->requestHistory(id, request, resolution); },
        Qt::QueuedConnection);
    return id;
}

quint64 FleetEngine::requestAnalysis(const AnalysisRequest &request)
{
    return m_analysis->request(request);
}

void FleetEngine::cancelAnalysis(quint64 requestId)
{
    m_analysis->cancel(requestId);
}

AnomalySnapshotPtr FleetEngine::latestAnomalies() const
{
    return m_analysis->latestAnomalies();
}

quint64 FleetEngine::requestLogs(const LogRequest &request)
{
    if (!m_poller)
        return EngineApi::requestLogs(request);
    const quint64 id = m_nextLogId++;
    QMetaObject::invokeMethod(m_poller, [poller = m_poller, id, request] { poller->requestLogs(id, request); },
                              Qt::QueuedConnection);
    return id;
}

void FleetEngine::scaleService(const QString &serviceId, int replicas)
{
    if (m_actions) {
        QMetaObject::invokeMethod(m_actions, [actions = m_actions, serviceId, replicas, who = m_operator] {
            actions->requestScale(serviceId, replicas, who);
        }, Qt::QueuedConnection);
    }
}

void FleetEngine::addCostSchedule(const Actions::CostSchedule &schedule)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, schedule, who = m_operator] { a->addSchedule(schedule, who); },
                                  Qt::QueuedConnection);
}

void FleetEngine::setCostSchedulePaused(const QString &scheduleId, bool paused)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, scheduleId, paused, who = m_operator] {
            a->setSchedulePaused(scheduleId, paused, who);
        }, Qt::QueuedConnection);
}

void FleetEngine::removeCostSchedule(const QString &scheduleId)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, scheduleId, who = m_operator] {
            a->removeSchedule(scheduleId, who);
        }, Qt::QueuedConnection);
}

void FleetEngine::recordManualChange(const Actions::Proposal &proposal)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, proposal, who = m_operator] {
            a->recordManualChange(proposal, who);
        }, Qt::QueuedConnection);
}

void FleetEngine::approveActions(const QVector<qint64> &ids)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, ids, who = m_operator] { a->approve(ids, who); },
                                  Qt::QueuedConnection);
}

void FleetEngine::rejectActions(const QVector<qint64> &ids)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, ids, who = m_operator] { a->reject(ids, who); },
                                  Qt::QueuedConnection);
}

void FleetEngine::snoozeActions(const QVector<qint64> &ids, qint64 forMs)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, ids, forMs, who = m_operator] { a->snooze(ids, forMs, who); },
                                  Qt::QueuedConnection);
}

void FleetEngine::setAutomation(const Actions::AutomationSettings &settings)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, settings, who = m_operator] {
            a->setAutomation(settings, who);
        }, Qt::QueuedConnection);
}

void FleetEngine::setActionTarget(const QString &serviceId, const QJsonObject &config,
                                  const Actions::Guardrails &guardrails)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, serviceId, config, guardrails, who = m_operator] {
            a->setTarget(serviceId, config, who);
            a->setGuardrails(serviceId, guardrails, who);
        }, Qt::QueuedConnection);
}

quint64 FleetEngine::testActionTarget(const Actions::ActionTarget &target, const QString &token)
{
    if (!m_targetProbe)
        return 0;
    const quint64 id = m_nextTargetTest++;
    QMetaObject::invokeMethod(m_targetProbe, [probe = m_targetProbe, id, target, token] {
        probe->probe(id, target, token);
    }, Qt::QueuedConnection);
    return id;
}

void FleetEngine::requestActionPreview(qint64 actionId)
{
    if (m_actions)
        QMetaObject::invokeMethod(m_actions, [a = m_actions, actionId] { a->requestPreview(actionId); },
                                  Qt::QueuedConnection);
}

} // namespace Engine

namespace Engine {

void FleetEngine::acknowledgeIncident(quint64 incidentId, const QString &reason)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, incidentId, reason] { a->acknowledge(incidentId, reason); },
                                  Qt::QueuedConnection);
}

void FleetEngine::resolveIncident(quint64 incidentId, const QString &reason)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, incidentId, reason] { a->resolve(incidentId, reason); },
                                  Qt::QueuedConnection);
}

void FleetEngine::silenceIncident(quint64 incidentId, qint64 untilMs, const QString &reason)
{
    if (m_alerts)
        QMetaObject::invokeMethod(
            m_alerts, [a = m_alerts, incidentId, untilMs, reason] { a->silence(incidentId, untilMs, reason); },
            Qt::QueuedConnection);
}

void FleetEngine::addMaintenanceWindow(const Alerts::MaintenanceWindow &window)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, window] { a->addMaintenance(window); },
                                  Qt::QueuedConnection);
}

void FleetEngine::removeSilence(quint64 silenceId)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, silenceId] { a->removeSilence(silenceId); },
                                  Qt::QueuedConnection);
}

void FleetEngine::setWebhooks(const QVector<Alerts::WebhookConfig> &webhooks)
{
    m_webhookConfigs = webhooks;
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, webhooks] { a->setWebhooks(webhooks); },
                                  Qt::QueuedConnection);
}

void FleetEngine::sendWebhookTest(const QString &webhookId)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, webhookId] { a->sendTest(webhookId); },
                                  Qt::QueuedConnection);
}

void FleetEngine::retryWebhookDelivery(quint64 deliveryId)
{
    if (m_alerts)
        QMetaObject::invokeMethod(m_alerts, [a = m_alerts, deliveryId] { a->retryDelivery(deliveryId); },
                                  Qt::QueuedConnection);
}

quint64 FleetEngine::requestBusinessQueries(const Business::BusinessQueryRequest &request)
{
    const quint64 id = m_nextBusinessQueryId++;
    if (!m_poller || !m_businessQueries) {
        auto result = std::make_shared<Business::BusinessQueryResult>();
        result->requestId = id;
        result->request = request;
        result->error = QCoreApplication::translate("Business", "The engine is not running yet.");
        QMetaObject::invokeMethod(this, [this, result] { emit businessQueriesReady(result); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(
        m_businessQueries, [runner = m_businessQueries, id, request] { runner->run(id, request); },
        Qt::QueuedConnection);
    return id;
}

} // namespace Engine
