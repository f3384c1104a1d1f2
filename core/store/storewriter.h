#pragma once

#include "core/model/series.h"
#include "core/store/deploymentstore.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace Store {

class Database;
class SampleStore;

// The one writer of the database, living on the engine's store thread. Every
// slot is called through a queued connection, so writes are serialised in the
// order they were sent.
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)
public:
    explicit StoreWriter(QString path, QObject *parent = nullptr);
    ~StoreWriter() override;

public slots:
    // Opens and migrates the database; stores `firstStart` if it holds no workspace yet.
    void open(Model::WorkspacePtr firstStart);
    void write(Model::SeriesBatchPtr batch, qint64 stepMs, qint64 nowMs);
    // Replaces the stored workspace; answers with workspaceSaved or workspaceSaveFailed.
    void saveWorkspace(Model::WorkspacePtr workspace);
    void close();
    // Upserts a provider's deployment timeline (idempotent) and answers with the
    // whole stored timeline (DeploymentStore::kKeepMs) as deploymentsChanged().
    void writeDeployments(Store::DeploymentRecordsPtr records, qint64 nowMs);
    // Answers with deploymentsChanged() (the timeline kept from earlier runs).
    void loadDeployments(qint64 nowMs);

signals:
    void opened(Model::WorkspacePtr workspace);
    void openFailed(Util::Error error);
    void written(qint64 samples);
    void writeFailed(Util::Error error);
    void workspaceSaved(Model::WorkspacePtr workspace);
    void workspaceSaveFailed(Util::Error error);
    void deploymentsChanged(Store::DeploymentRecordsPtr records);

private:
    void rememberServices(const Model::Workspace &workspace);

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SampleStore> m_samples;
    qint64 m_lastPruneMs = 0;
    QSet<QString> m_serviceIds; // the services whose samples are cached
};

} // namespace Store
