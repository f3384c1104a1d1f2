#pragma once

#include "app/cli/command.h"

#include <functional>
#include <vector>

namespace Cli {

// `straja-cli bench [NAME]`: runs named benchmarks that print the figures they measure.
// Add a bench by appending a row to BenchCommand::benches().
class BenchCommand final : public Command
{
public:
    struct Bench
    {
        QString name;
        QString description;                    // one line
        std::function<int(QTextStream &)> run;  // prints its figures, returns an exit code
    };
    static std::vector<Bench> benches();

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
