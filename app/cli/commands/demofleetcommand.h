#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli demo-fleet`: the demo fleet for a real Prometheus (the lab).
//   --listen 127.0.0.1:PORT     serve /metrics (text exposition) until stopped
//   --backfill FILE --days N    write OpenMetrics history for promtool
//   --write-workspace DIR       a Straja data folder whose workspace reads the lab
class DemoFleetCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
