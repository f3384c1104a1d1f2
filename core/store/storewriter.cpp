#include "core/store/storewriter.h"

#include "core/store/database.h"
#include "core/store/samplestore.h"
#include "core/store/workspacestore.h"
#include "core/util/logging.h"

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
    if (workspace.projects.isEmpty() && workspace.sources.isEmpty() && firstStart) {
        if (auto saved = workspaces.save(*firstStart); !saved) {
            m_db.reset();
            emit openFailed(saved.error());
            return;
        }
        workspace = *firstStart;
        qCInfo(lcStore) << "first start: created workspace" << workspace.name << "in" << m_path;
    }
    m_samples = std::make_unique<SampleStore>(m_db->handle());
    emit opened(std::make_shared<const Model::Workspace>(std::move(workspace)));
}

void StoreWriter::write(Model::SeriesBatchPtr batch, qint64 stepMs, qint64 nowMs)
{
    if (!m_samples || !batch)
        return;
    if (auto written = m_samples->write(*batch, stepMs, nowMs); !written) {
        qCWarning(lcStore) << "write failed:" << written.error().message;
        emit writeFailed(written.error());
        return;
    }
    qint64 count = 0;
    for (const Model::SeriesData &s : *batch)
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
    if (!m_db || !workspace)
        return;
    WorkspaceStore workspaces(m_db->handle());
    if (auto saved = workspaces.save(*workspace); !saved)
        emit writeFailed(saved.error());
}

void StoreWriter::close()
{
    m_samples.reset();
    m_db.reset();
}

} // namespace Store
