#include "app/cli/commands/databaseoption.h"

#include "core/store/datalocation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

Util::Result<QString> takeDatabasePath(QStringList &args)
{
    QString database;
    QString dataDir;
    for (qsizetype i = 0; i < args.size();) {
        const QString &arg = args.at(i);
        if (arg == u"--database" || arg == u"--data-dir") {
            if (i + 1 >= args.size()) {
                return Util::makeError(u"cli.usage"_s,
                                       QCoreApplication::translate("Cli", "%1 needs a value").arg(arg));
            }
            (arg == u"--database" ? database : dataDir) = args.at(i + 1);
            args.remove(i, 2);
            continue;
        }
        ++i;
    }
    if (!database.isEmpty() && !dataDir.isEmpty()) {
        return Util::makeError(u"cli.usage"_s,
                               QCoreApplication::translate("Cli", "give either --database or --data-dir, not both"));
    }
    if (!database.isEmpty())
        return database;
    return Store::workspaceDatabasePath(dataDir.isEmpty() ? Store::defaultDataDir() : dataDir, u"standard"_s);
}

} // namespace Cli
