#include "app/cli/commands/auditcommand.h"

#include "app/cli/commands/databaseoption.h"
#include "core/actions/auditlog.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

QString AuditCommand::name() const { return u"audit"_s; }

QString AuditCommand::summary() const
{
    return QCoreApplication::translate("Cli", "verify that the audit log was not edited, cut or reordered");
}

QString AuditCommand::usage() const
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: straja-cli audit verify [--database FILE | --data-dir DIR] [--expect-head HASH]\n"
        "Checks every record's hash and its link to the record before it. --expect-head compares the\n"
        "newest record's hash with one you kept elsewhere, which also catches records cut from the end.\n"
        "Exit code 0: intact; 1: broken or unreadable; 2: usage error.");
}

int AuditCommand::run(const QStringList &arguments, CommandIo &io)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"verify") {
        io.err << usage() << '\n';
        return ExitUsage;
    }
    auto path = takeDatabasePath(args);
    if (!path) {
        io.err << u"audit: "_s << path.error().message << '\n';
        return ExitUsage;
    }
    QString expectHead;
    if (const qsizetype i = args.indexOf(u"--expect-head"_s); i >= 0) {
        if (i + 1 >= args.size()) {
            io.err << u"audit: "_s << QCoreApplication::translate("Cli", "%1 needs a value").arg(u"--expect-head"_s)
                   << '\n';
            return ExitUsage;
        }
        expectHead = args.at(i + 1).toLower();
        args.remove(i, 2);
    }
    if (!args.isEmpty()) {
        io.err << u"audit: "_s << QCoreApplication::translate("Cli", "unknown option '%1'").arg(args.first()) << '\n';
        return ExitUsage;
    }
    if (!QFileInfo::exists(*path)) {
        io.err << u"audit: "_s
               << QCoreApplication::translate("Cli", "no database at %1").arg(QDir::toNativeSeparators(*path)) << '\n';
        return ExitBadInput;
    }

    Store::Database db;
    if (auto opened = db.open(*path, u"straja-cli-audit"_s, Store::Database::Mode::ReadOnly); !opened) {
        io.err << u"audit: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    auto report = Actions::AuditLog(db.handle()).verify();
    if (!report) {
        io.err << u"audit: "_s << report.error().message << '\n';
        return ExitBadInput;
    }
    if (!report->intact) {
        io.err << QCoreApplication::translate("Cli", "audit log BROKEN at record %1: %2")
                      .arg(report->firstBadSeq)
                      .arg(report->problem)
               << '\n';
        return ExitBadInput;
    }
    if (!expectHead.isEmpty() && expectHead != report->headHash) {
        io.err << QCoreApplication::translate("Cli", "audit log BROKEN: its newest record (%1) has hash %2, not the "
                                                     "expected %3; records were cut from the end or the log was "
                                                     "rewritten")
                      .arg(report->records)
                      .arg(report->headHash.isEmpty() ? u"-"_s : report->headHash, expectHead)
               << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "audit log intact: %n record(s)", nullptr, int(report->records))
           << '\n';
    if (!report->headHash.isEmpty())
        io.out << QCoreApplication::translate("Cli", "head: %1").arg(report->headHash) << '\n';
    return ExitOk;
}

} // namespace Cli
