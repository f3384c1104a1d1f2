#pragma once

#include "app/cli/command.h"

#include <memory>
#include <vector>

namespace Cli {

// Every sub-command, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

// Runs the whole command line (argv without the program name); returns the exit code.
int runCommandLine(const QStringList &arguments, CommandIo &io);

} // namespace Cli
