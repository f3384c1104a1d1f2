#pragma once

#include "core/util/result.h"

class QSqlDatabase;

namespace Store {

// The schema version this build writes. A database at a higher version came from
// a newer Straja and is refused rather than risk corrupting it.
int latestSchemaVersion();

// Brings `db` from its PRAGMA user_version to `targetVersion` (default: latest), one
// numbered migration at a time, all in one transaction: either every step lands or
// none does.
Util::Result<void> migrate(QSqlDatabase &db, int targetVersion = -1);

int schemaVersion(QSqlDatabase &db);

} // namespace Store
