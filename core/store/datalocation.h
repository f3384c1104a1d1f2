#pragma once

#include <QString>

namespace Store {

// Where Straja keeps its data: QStandardPaths::AppDataLocation unless the
// operator chose another folder with --data-dir.
QString defaultDataDir();

// The database file of the workspace for a demo preset: the standard demo is the
// default workspace, the large preset gets a file of its own so scale tests never
// touch the operator's workspace.
QString workspaceDatabasePath(const QString &dataDir, const QString &demoPreset);

} // namespace Store
