#pragma once

#include "app/cli/command.h"

namespace Cli {

// `straja-cli audit verify`: walks the hash chain of the audit log and says whether
// any record was edited, removed or reordered.
class AuditCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;
};

} // namespace Cli
