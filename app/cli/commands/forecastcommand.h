#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli forecast --input IN.csv --horizon H [--season auto|N[,M]] --output OUT.csv`
class ForecastCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
