#include "core/traces/traceservice.h"

#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demosource.h"
#include "core/sources/jaeger/jaegersource.h"
#include "core/traces/demotracesource.h"
#include "core/traces/tracesource.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Traces {

TraceService::TraceService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Traces::TracePtr>();
    qRegisterMetaType<Traces::TraceListPtr>();
    qRegisterMetaType<Traces::TraceTreePtr>();
    qRegisterMetaType<Traces::TraceQuery>();
    qRegisterMetaType<Util::Error>();
    m_thread = new QThread(this);
    m_thread->setObjectName(u"straja-traces"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
}

TraceService::~TraceService()
{
    // Shutdown order: the connector and its context die on their thread, then the thread ends.
    TraceSource *source = m_source;
    m_source = nullptr;
    QObject *context = m_context;
    QMetaObject::invokeMethod(context, [source, context] {
        delete source;
        delete context;
    }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void TraceService::setCredentialSource(std::shared_ptr<Sources::CredentialSource> credentials)
{
    m_credentials = std::move(credentials);
}

void TraceService::dropSource()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->deleteLater(); // on its own thread
        m_source = nullptr;
    }
    const QSet<quint64> pending = m_pending + m_opening;
    m_pending.clear();
    m_opening.clear();
    for (quint64 id : pending)
        emit failed(id, Util::makeError(u"traces.cancelled"_s,
                                        QCoreApplication::translate("Traces", "The workspace changed; search again.")));
    m_backend = Backend::None;
    m_sourceName.clear();
    m_configError.reset();
}

void TraceService::setWorkspace(const Model::WorkspacePtr &workspace)
{
    dropSource();
    if (!workspace)
        return;
    std::function<TraceSource *()> create;
    for (const Model::SourceConfig &config : workspace->sources) {
        if (config.type != Model::SourceType::Jaeger)
            continue;
        auto options = Sources::Jaeger::JaegerOptions::fromConfig(config);
        if (!options) {
            m_configError = options.error();
            return;
        }
        m_backend = Backend::Jaeger;
        m_sourceName = config.name;
        create = [options = std::move(options).value(), credentials = m_credentials]() -> TraceSource * {
            return new Sources::Jaeger::JaegerSource(options, credentials.get());
        };
        break;
    }
    if (!create) {
        for (const Model::SourceConfig &config : workspace->sources) {
            if (config.type != Model::SourceType::Demo)
                continue;
            auto fleet = Sources::Demo::DemoSource::fleetFromOptions(config.options);
            if (!fleet)
                continue;
            std::shared_ptr<const Sources::Demo::DemoFleet> shared(std::move(fleet).value().release());
            m_backend = Backend::Demo;
            create = [shared]() -> TraceSource * { return new DemoTraceSource(shared); };
            break;
        }
    }
    if (!create)
        return;
    // Created on the traces thread so that its network objects belong there;
    // the pointer is handed back before any call can be queued behind it.
    TraceSource *source = nullptr;
    QMetaObject::invokeMethod(m_context, [&source, &create] { source = create(); }, Qt::BlockingQueuedConnection);
    m_source = source;
    connect(m_source, &TraceSource::tracesFound, this, [this](quint64 id, const TraceListPtr &traces) {
        if (m_pending.remove(id))
            emit tracesFound(id, traces);
    });
    connect(m_source, &TraceSource::traceFetched, this, [this](quint64 id, const TracePtr &trace) {
        if (m_opening.remove(id))
            buildTree(id, trace);
    });
    connect(m_source, &TraceSource::namesFetched, this, [this](quint64 id, const QStringList &names) {
        if (m_pending.remove(id))
            emit operationsFetched(id, names);
    });
    connect(m_source, &TraceSource::failed, this, [this](quint64 id, const Util::Error &error) {
        if (m_pending.remove(id) || m_opening.remove(id))
            emit failed(id, error);
    });
}

bool TraceService::noSource(quint64 id)
{
    if (m_source)
        return false;
    const Util::Error error = m_configError
                                  ? *m_configError
                                  : Util::makeError(u"traces.no_source"_s,
                                                    QCoreApplication::translate("Traces", "This workspace has no "
                                                                                          "trace source: add a Jaeger "
                                                                                          "source in Workspace › Edit "
                                                                                          "workspace."));
    QMetaObject::invokeMethod(this, [this, id, error] { emit failed(id, error); }, Qt::QueuedConnection);
    return true;
}

quint64 TraceService::findTraces(const TraceQuery &query)
{
    const quint64 id = nextId();
    if (noSource(id))
        return id;
    m_pending.insert(id);
    QMetaObject::invokeMethod(m_source, [source = m_source, id, query] { source->findTraces(id, query); },
                              Qt::QueuedConnection);
    return id;
}

quint64 TraceService::openTrace(const QString &traceId)
{
    const quint64 id = nextId();
    if (noSource(id))
        return id;
    m_opening.insert(id);
    QMetaObject::invokeMethod(m_source, [source = m_source, id, traceId] { source->fetchTrace(id, traceId); },
                              Qt::QueuedConnection);
    return id;
}

quint64 TraceService::openTrace(const TracePtr &trace)
{
    const quint64 id = nextId();
    m_opening.insert(id);
    buildTree(id, trace);
    return id;
}

quint64 TraceService::fetchOperations(const QString &serviceId)
{
    const quint64 id = nextId();
    if (noSource(id))
        return id;
    m_pending.insert(id);
    QMetaObject::invokeMethod(m_source, [source = m_source, id, serviceId] { source->fetchOperations(id, serviceId); },
                              Qt::QueuedConnection);
    return id;
}

void TraceService::buildTree(quint64 id, const TracePtr &trace)
{
    m_opening.insert(id);
    // A watcher owned by this service: its answer arrives on this thread, and
    // never after the service is gone. With QFuture::then(this, ...) instead, the
    // answer sometimes never arrived (Qt 6.4.2, seen in tst_tracesview).
    auto *watcher = new QFutureWatcher<TraceTreePtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        const TraceTreePtr tree = watcher->result();
        watcher->deleteLater();
        if (m_opening.remove(id))
            emit treeReady(id, tree);
    });
    watcher->setFuture(QtConcurrent::run([trace] { return TraceTree::build(trace); }));
}

} // namespace Traces
