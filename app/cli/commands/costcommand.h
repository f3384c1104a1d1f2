#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli cost [--data-dir DIR] [--period today|month|monthend] [--tz ZONE]
// [--at "YYYY-MM-DD HH:MM"] [--prices DIR] [--recommendations] [--output FILE]`:
// the cost table (or the savings recommendations) from the local store, offline,
// as CSV whose rows add up to the total row to the cent (docs/cost.md).
class CostCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
