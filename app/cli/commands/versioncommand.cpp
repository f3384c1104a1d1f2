#include "app/cli/commands/versioncommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

QString VersionCommand::name() const { return u"version"_s; }

QString VersionCommand::summary() const
{
    return QCoreApplication::translate("Cli", "print the version of Straja and of Qt");
}

QString VersionCommand::usage() const { return u"straja-cli version"_s; }

int VersionCommand::run(const QStringList &args, CommandIo &io)
{
    if (!args.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "version: takes no arguments") << '\n';
        return ExitUsage;
    }
    io.out << u"straja-cli "_s << QStringLiteral(STRAJA_VERSION) << u" (Qt "_s << QString::fromLatin1(qVersion())
           << u")"_s << '\n';
    return ExitOk;
}

} // namespace Cli
