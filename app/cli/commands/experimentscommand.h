#pragma once

#include "app/cli/command.h"

namespace Cli {

// straja-cli experiments analyze: an A/B test's counts from CSV in, the same
// statistics and verdict as the desktop app out.
class ExperimentsCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
