#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli actions list`: the inbox and its history, as text or CSV;
// `straja-cli actions target`: where a service's actions go at its provider.
class ActionsCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;

private:
    int runTarget(QStringList args, CommandIo &io);
};

} // namespace Cli
