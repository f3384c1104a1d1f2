#pragma once

#include "app/cli/command.h"

namespace Cli {

// straja-cli flags evaluate: a flag for a user, offline, from a downloaded flag
// state (Unleash's /api/client/features answer), exactly as the SDKs would.
class FlagsCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
