#pragma once

#include "app/cli/command.h"

namespace Cli {

// straja-cli workspace export|import|validate --file F [--data-dir D]: the
// workspace file of docs/workspace-file.md, without credentials.
class WorkspaceCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;

private:
    int exportTo(const QString &file, const QString &dataDir, CommandIo &io);
    int importFrom(const QString &file, const QString &dataDir, CommandIo &io);
    int validate(const QString &file, CommandIo &io);
};

} // namespace Cli
