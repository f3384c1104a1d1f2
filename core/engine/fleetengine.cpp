#include "core/engine/fleetengine.h"

#include "core/engine/analysisscheduler.h"
#include "core/model/workspacecheck.h"
#include "core/store/storewriter.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>

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
    qRegisterMetaType<Engine::AnalysisRequest>();
    qRegisterMetaType<Engine::AnalysisResultPtr>();
    qRegisterMetaType<Engine::AnomalySnapshotPtr>();
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
{
    registerMetaTypes();
    m_analysis = new AnalysisScheduler(
        this, [this](const HistoryRequest &request, Store::Resolution resolution) {
            return requestHistoryAt(request, resolution);
        },
        m_options.analysis, this);
    connect(m_analysis, &AnalysisScheduler::analysisReady, this, &EngineApi::analysisReady);
    connect(m_analysis, &AnalysisScheduler::analysisProgress, this, &EngineApi::analysisProgress);
    connect(m_analysis, &AnalysisScheduler::anomaliesReady, this, &EngineApi::anomaliesReady);
}

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
    m_workspace = workspace;
    m_clock = clockFor(*workspace);

    m_networkThread.reset(new QThread);
    m_networkThread->setObjectName(u"straja-network"_s);
    m_poller = new Poller(workspace, m_clock, m_options.databasePath, m_options.poller, m_options.sourceFactory);
    m_poller->moveToThread(m_networkThread.get());
    connect(m_poller, &Poller::snapshotReady, this, [this](FleetSnapshotPtr snapshot) {
        // Snapshots can overtake each other only across restarts; keep the newest.
        if (m_latest && snapshot->generation <= m_latest->generation)
            return;
        m_latest = snapshot;
        emit snapshotReady(snapshot);
        m_analysis->onSnapshot(snapshot);
    });
    connect(m_poller, &Poller::historyReady, this, &EngineApi::historyReady);
    // Straight from the network thread to the store thread: the GUI never relays samples.
    connect(m_poller, &Poller::samplesFetched, m_writer, &Store::StoreWriter::write);
    m_networkThread->start();
    QMetaObject::invokeMethod(m_poller, &Poller::start, Qt::QueuedConnection);
    emit opened(workspace);
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
    m_workspace = workspace;
    m_clock = clockFor(*workspace);
    m_analysis->resetWorkspace();
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, workspace, clock = m_clock, reconnect] {
            poller->replaceWorkspace(workspace, clock, reconnect);
        }, Qt::QueuedConnection);
    }
    emit workspaceChanged(workspace);
}

void FleetEngine::stop()
{
    // Analysis first: its workers only read values, but must not outlive the engine.
    m_analysis->shutdown();
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, &Poller::shutdown, Qt::BlockingQueuedConnection);
        m_networkThread.reset();
        delete m_poller;
        m_poller = nullptr;
    }
    if (m_writer) {
        // Queued after every write already sent, so the store is drained first.
        QMetaObject::invokeMethod(m_writer, &Store::StoreWriter::close, Qt::BlockingQueuedConnection);
        m_storeThread.reset();
        delete m_writer;
        m_writer = nullptr;
    }
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

void FleetEngine::scaleDemoService(const QString &serviceId, int replicas)
{
    if (m_poller) {
        QMetaObject::invokeMethod(m_poller, [poller = m_poller, serviceId, replicas] {
            poller->scaleDemoService(serviceId, replicas);
            poller->refreshNow();
        }, Qt::QueuedConnection);
    }
}

} // namespace Engine
