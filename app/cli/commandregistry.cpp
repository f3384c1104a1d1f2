#include "app/cli/commandregistry.h"

#include "app/cli/commands/anomaliescommand.h"
#include "app/cli/commands/benchcommand.h"
#include "app/cli/commands/demofleetcommand.h"
#include "app/cli/commands/experimentscommand.h"
#include "app/cli/commands/flagscommand.h"
#include "app/cli/commands/costcommand.h"
#include "app/cli/commands/forecastcommand.h"
#include "app/cli/commands/actionscommand.h"
#include "app/cli/commands/auditcommand.h"
#include "app/cli/commands/reportcommand.h"
#include "app/cli/commands/versioncommand.h"
#include "app/cli/commands/workspacecommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<VersionCommand>());
    commands.push_back(std::make_unique<ForecastCommand>());
    commands.push_back(std::make_unique<AnomaliesCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<CostCommand>());
    commands.push_back(std::make_unique<WorkspaceCommand>());
    commands.push_back(std::make_unique<FlagsCommand>());
    commands.push_back(std::make_unique<ExperimentsCommand>());
    commands.push_back(std::make_unique<DemoFleetCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<ActionsCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

namespace {

void printHelp(QTextStream &stream, const std::vector<std::unique_ptr<Command>> &commands)
{
    stream << QCoreApplication::translate("Cli", "Usage: straja-cli <command> [options]") << '\n'
           << QCoreApplication::translate("Cli", "Headless Straja: the same engine as the desktop app.")
           << "\n\n"
           << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const auto &command : commands)
        stream << u"  %1  %2"_s.arg(command->name(), -10).arg(command->summary()) << '\n';
    stream << '\n'
           << QCoreApplication::translate("Cli", "Options:") << '\n'
           << u"  --help       "_s << QCoreApplication::translate("Cli", "show this help") << '\n'
           << u"  --version    "_s << QCoreApplication::translate("Cli", "show the version") << '\n'
           << u"  --lang LANG  "_s
           << QCoreApplication::translate("Cli", "messages in LANG (en, ro); default: from LC_ALL / LANG, else English")
           << '\n'
           << '\n'
           << QCoreApplication::translate("Cli", "Run 'straja-cli <command> --help' for a command's options.")
           << '\n';
}

} // namespace

int runCommandLine(const QStringList &arguments, CommandIo &io)
{
    const auto commands = allCommands();
    if (arguments.isEmpty()) {
        printHelp(io.err, commands);
        return ExitUsage;
    }
    const QString first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printHelp(io.out, commands);
        return ExitOk;
    }
    if (first == u"--version" || first == u"-v")
        return VersionCommand().run({}, io);

    for (const auto &command : commands) {
        if (command->name() != first)
            continue;
        const QStringList rest = arguments.mid(1);
        if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
            io.out << command->usage() << '\n';
            return ExitOk;
        }
        return command->run(rest, io);
    }
    io.err << QCoreApplication::translate("Cli", "straja-cli: unknown command '%1'; see 'straja-cli --help'")
                  .arg(first)
           << '\n';
    return ExitUsage;
}

} // namespace Cli
