#include "core/store/storewriter.h"

#include "core/store/database.h"
#include "core/store/samplestore.h"
#include "core/store/workspacestore.h"
#include "core/util/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Store {

namespace {
constexpr qint64 kPruneEveryMs = 3600LL * 1000;
}

StoreWriter::StoreWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

StoreWriter::~StoreWriter()
{
    close();
}

void StoreWriter::open(Model::WorkspacePtr firstStart)
{
    m_db = std::make_unique<Database>();
    if (auto opened = m_db->open(m_path, u"straja-writer"_s, Database::Mode::ReadWrite); !opened) {
        m_db.reset();
        emit openFailed(opened.error());
        return;
    }
    WorkspaceStore workspaces(m_db->handle());
    auto loaded = workspaces.load();
    if (!loaded) {
        m_db.reset();
        emit openFailed(loaded.error());
        return;
    }
    Model::Workspace workspace = std::move(loaded).value();
    const auto exists = workspaces.exists();
    if (!exists) {
        m_db.reset();
        emit openFailed(exists.error());
        return;
    }
    // An empty workspace the operator started on purpose is not a first start.
    if (!*exists && workspace.projects.isEmpty() && workspace.sources.isEmpty() && firstStart) {
        if (auto saved = workspaces.save(*firstStart); !saved) {
            m_db.reset();
            emit openFailed(saved.error());
            return;
        }
        workspace = *firstStart;
        qCInfo(lcStore) << "first start: created workspace" << workspace.name << "in" << m_path;
    }
    m_samples = std::make_unique<SampleStore>(m_db->handle());
    rememberServices(workspace);
    emit opened(std::make_shared<const Model::Workspace>(std::move(workspace)));
}

void StoreWriter::rememberServices(const Model::Workspace &workspace)
{
    m_serviceIds.clear();
    for (const Model::Service &s : workspace.services)
        m_serviceIds.insert(s.id);
}

void StoreWriter::write(Model::SeriesBatchPtr batch, qint64 stepMs, qint64 nowMs)
{
    if (!m_samples || !batch)
        return;
    // A batch fetched just before the workspace changed may still name a service
    // that is gone; caching it would bring its series back.
    Model::SeriesBatch kept;
    for (const Model::SeriesData &s : *batch) {
        if (m_serviceIds.contains(s.key.serviceId))
            kept.append(s);
    }
    if (auto written = m_samples->write(kept, stepMs, nowMs); !written) {
        qCWarning(lcStore) << "write failed:" << written.error().message;
        emit writeFailed(written.error());
        return;
    }
    qint64 count = 0;
    for (const Model::SeriesData &s : kept)
        count += s.samples.size();
    if (nowMs - m_lastPruneMs > kPruneEveryMs) {
        m_lastPruneMs = nowMs;
        if (auto pruned = m_samples->prune(nowMs); !pruned)
            qCWarning(lcStore) << "prune failed:" << pruned.error().message;
    }
    emit written(count);
}

void StoreWriter::saveWorkspace(Model::WorkspacePtr workspace)
{
    if (!workspace)
        return;
    if (!m_db) {
        emit workspaceSaveFailed(Util::makeError(u"store.closed"_s,
                                                 QCoreApplication::translate("Store", "The local store is not open.")));
        return;
    }
    WorkspaceStore workspaces(m_db->handle());
    if (auto saved = workspaces.save(*workspace); !saved) {
        qCWarning(lcStore) << "saving the workspace failed:" << saved.error().message;
        emit workspaceSaveFailed(saved.error());
        return;
    }
    // Series of removed services were deleted: forget their cached row ids.
    m_samples = std::make_unique<SampleStore>(m_db->handle());
    rememberServices(*workspace);
    qCInfo(lcStore) << "saved workspace" << workspace->name << "with" << workspace->services.size() << "services";
    emit workspaceSaved(workspace);
}

void StoreWriter::writeDeployments(DeploymentRecordsPtr records, qint64 nowMs)
{
    if (!m_db || !records)
        return;
    DeploymentStore store(m_db->handle());
    if (auto written = store.upsert(*records, nowMs); !written) {
        qCWarning(lcStore) << "storing deployments failed:" << written.error().message;
        emit writeFailed(written.error());
        return;
    }
    loadDeployments(nowMs);
}

void StoreWriter::loadDeployments(qint64 nowMs)
{
    if (!m_db)
        return;
    auto loaded = DeploymentStore(m_db->handle()).load(nowMs - DeploymentStore::kKeepMs);
    if (!loaded) {
        qCWarning(lcStore) << "loading deployments failed:" << loaded.error().message;
        emit writeFailed(loaded.error());
        return;
    }
    emit deploymentsChanged(std::make_shared<const DeploymentRecords>(std::move(loaded).value()));
}

void StoreWriter::close()
{
    m_samples.reset();
    m_db.reset();
}

} // namespace Store
