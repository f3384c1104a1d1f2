#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Store {

// Reads and writes the workspace tables (sources, projects, services).
class WorkspaceStore final
{
public:
    explicit WorkspaceStore(QSqlDatabase &db) : m_db(db) { }

    Util::Result<Model::Workspace> load() const;
    // Whether a workspace was ever saved (an empty one counts): false on first start.
    Util::Result<bool> exists() const;
    // Replaces the stored workspace in one transaction, and forgets the cached
    // samples of services it no longer has.
    Util::Result<void> save(const Model::Workspace &workspace);

private:
    QSqlDatabase &m_db;
};

} // namespace Store
