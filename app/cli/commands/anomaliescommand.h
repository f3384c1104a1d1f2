#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli anomalies --input IN.csv --output OUT.csv`: streams the file through the
// causal detector, so memory does not grow with the number of rows.
class AnomaliesCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
