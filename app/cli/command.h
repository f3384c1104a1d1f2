#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace Cli {

// Exit codes are part of the command-line contract (DESIGN §7).
enum ExitCode : int { ExitOk = 0, ExitBadInput = 1, ExitUsage = 2 };

struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

// One `straja-cli <name>` sub-command. Implementations parse their own arguments
// (everything after the command name) and never call exit().
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString usage() const = 0;
    virtual int run(const QStringList &args, CommandIo &io) = 0;
};

} // namespace Cli
