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

    // An empty workspace (no projects) means first start.
    Util::Result<Model::Workspace> load() const;
    // Replaces the stored workspace in one transaction.
    Util::Result<void> save(const Model::Workspace &workspace);

private:
    QSqlDatabase &m_db;
};

} // namespace Store
