#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli actions list`: the inbox and its history, as text or CSV.
class ActionsCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
