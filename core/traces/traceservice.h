#pragma once

#include "core/model/workspace.h"
#include "core/traces/tracetree.h"
#include "core/traces/tracetypes.h"
#include "core/util/result.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

class QThread;

namespace Sources {
class CredentialSource;
}

namespace Traces {

class TraceSource;

// What the traces view asks for, answered on the GUI thread by signals carrying
// immutable values. The connector (Jaeger, or the demo generator when the
// workspace has no Jaeger source) lives on a thread of its own; trees are built
// on the thread pool. Every call returns a request id its answer carries;
// answers to requests made before a workspace change arrive as failed().
class TraceService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceService)
public:
    enum class Backend { None, Demo, Jaeger };

    explicit TraceService(QObject *parent = nullptr);
    ~TraceService() override;

    // Where a Jaeger source's token or password come from (may stay unset for none).
    void setCredentialSource(std::shared_ptr<Sources::CredentialSource> credentials);
    // Uses the workspace's first Jaeger source, else its demo fleet, else nothing.
    void setWorkspace(const Model::WorkspacePtr &workspace);
    Backend backend() const { return m_backend; }
    // The Jaeger source's name, or empty; a configuration error, if any.
    QString sourceName() const { return m_sourceName; }
    const std::optional<Util::Error> &configError() const { return m_configError; }

    quint64 findTraces(const Traces::TraceQuery &query);
    // Fetches the trace and builds its tree: answers with treeReady().
    quint64 openTrace(const QString &traceId);
    // Builds the tree of a trace already at hand.
    quint64 openTrace(const Traces::TracePtr &trace);
    quint64 fetchOperations(const QString &serviceId);

signals:
    void tracesFound(quint64 requestId, Traces::TraceListPtr traces);
    void treeReady(quint64 requestId, Traces::TraceTreePtr tree);
    void operationsFetched(quint64 requestId, QStringList operations);
    void failed(quint64 requestId, Util::Error error);

private:
    quint64 nextId() { return ++m_lastId; }
    void buildTree(quint64 requestId, const Traces::TracePtr &trace);
    void dropSource();
    bool noSource(quint64 requestId);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: where the connector is created and called
    TraceSource *m_source = nullptr;
    std::shared_ptr<Sources::CredentialSource> m_credentials;
    Backend m_backend = Backend::None;
    QString m_sourceName;
    std::optional<Util::Error> m_configError;
    QSet<quint64> m_pending;
    QSet<quint64> m_opening; // ids whose fetched trace still needs a tree
    quint64 m_lastId = 0;
};

} // namespace Traces
