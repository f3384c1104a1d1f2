#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace Cli {

// `--database FILE` or `--data-dir DIR` (the GUI's --data-dir); neither means the
// standard workspace in the standard data folder. Consumes what it recognises
// from `args` and leaves the rest.
Util::Result<QString> takeDatabasePath(QStringList &args);

} // namespace Cli
