#pragma once

#include "app/cli/command.h"

#include <QtGlobal>

namespace Cli {

// straja-cli report: a PDF, HTML or CSV report from the local store (DESIGN §7).
// Charts are drawn by the GUI's chart widgets, so this command needs a QApplication;
// main() creates one (on the offscreen platform when there is no display) for it.
class ReportCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, CommandIo &io) override;

    // "7d", "48h" -> milliseconds; 0 when malformed.
    static qint64 parsePeriod(const QString &text);
    // "2026-11-20", "2026-11-20 18:00" (UTC) or unix seconds -> ms; -1 when malformed.
    static qint64 parseInstant(const QString &text);
};

} // namespace Cli
