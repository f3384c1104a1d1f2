#include "core/store/datalocation.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Store {

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString workspaceDatabasePath(const QString &dataDir, const QString &demoPreset)
{
    const QString file = demoPreset.isEmpty() || demoPreset == u"standard" ? u"workspace.sqlite"_s
                                                                           : u"demo-%1.sqlite"_s.arg(demoPreset);
    return QDir(dataDir).filePath(file);
}

} // namespace Store
