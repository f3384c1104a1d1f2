#include "app/cli/commands/workspacecommand.h"

#include "core/model/workspacejson.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/workspacestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QString summaryOf(const Model::Workspace &ws)
{
    return QCoreApplication::translate("Cli", "'%1': %2 source(s), %3 project(s), %4 service(s)")
        .arg(ws.name)
        .arg(ws.sources.size())
        .arg(ws.projects.size())
        .arg(ws.services.size());
}

Util::Result<Model::Workspace> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Util::makeError(u"cli.read"_s, QCoreApplication::translate("Cli", "cannot read %1: %2")
                                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return Model::workspaceFromJson(file.readAll());
}

} // namespace

QString WorkspaceCommand::name() const { return u"workspace"_s; }

QString WorkspaceCommand::summary() const
{
    return QCoreApplication::translate("Cli", "export, import or validate a workspace file (no credentials)");
}

QString WorkspaceCommand::usage() const
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: straja-cli workspace export|import|validate --file FILE [--data-dir DIR]\n"
        "  export    write the workspace stored in DIR to FILE\n"
        "  import    check FILE and, if it is valid, replace the workspace stored in DIR with it\n"
        "  validate  check FILE and list every problem with its place in the file\n"
        "DIR defaults to Straja's data folder. Credentials are never written to or read from FILE.\n"
        "Quit Straja before importing into the folder it is using.");
}

int WorkspaceCommand::run(const QStringList &args, CommandIo &io)
{
    if (args.isEmpty()) {
        io.err << usage() << '\n';
        return ExitUsage;
    }
    const QString action = args.first();
    QString file;
    QString dataDir;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if ((arg == u"--file" || arg == u"--data-dir") && i + 1 < args.size()) {
            (arg == u"--file" ? file : dataDir) = args.at(++i);
            continue;
        }
        io.err << QCoreApplication::translate("Cli", "workspace: unexpected argument '%1'").arg(arg) << '\n'
               << usage() << '\n';
        return ExitUsage;
    }
    if (file.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "workspace: --file is required") << '\n' << usage() << '\n';
        return ExitUsage;
    }
    if (dataDir.isEmpty())
        dataDir = Store::defaultDataDir();
    if (action == u"export")
        return exportTo(file, dataDir, io);
    if (action == u"import")
        return importFrom(file, dataDir, io);
    if (action == u"validate")
        return validate(file, io);
    io.err << QCoreApplication::translate("Cli", "workspace: unknown action '%1' (expected export, import or "
                                                 "validate)")
                  .arg(action)
           << '\n';
    return ExitUsage;
}

int WorkspaceCommand::exportTo(const QString &file, const QString &dataDir, CommandIo &io)
{
    Store::Database db;
    const QString path = Store::workspaceDatabasePath(dataDir, u"standard"_s);
    if (auto opened = db.open(path, u"straja-cli-export"_s, Store::Database::Mode::ReadOnly); !opened) {
        io.err << u"workspace export: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    Store::WorkspaceStore store(db.handle());
    auto loaded = store.load();
    if (!loaded) {
        io.err << u"workspace export: "_s << loaded.error().message << '\n';
        return ExitBadInput;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(Model::workspaceToJson(*loaded)) < 0 || !out.commit()) {
        io.err << QCoreApplication::translate("Cli", "workspace export: cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(file), out.errorString())
               << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "Exported %1 to %2").arg(summaryOf(*loaded), file) << '\n';
    return ExitOk;
}

int WorkspaceCommand::importFrom(const QString &file, const QString &dataDir, CommandIo &io)
{
    auto workspace = readFile(file);
    if (!workspace) {
        io.err << u"workspace import: "_s << workspace.error().message << '\n';
        return ExitBadInput;
    }
    Store::Database db;
    const QString path = Store::workspaceDatabasePath(dataDir, u"standard"_s);
    if (auto opened = db.open(path, u"straja-cli-import"_s, Store::Database::Mode::ReadWrite); !opened) {
        io.err << u"workspace import: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    Store::WorkspaceStore store(db.handle());
    if (auto saved = store.save(*workspace); !saved) {
        io.err << u"workspace import: "_s << saved.error().message << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "Imported %1 into %2").arg(summaryOf(*workspace), path) << '\n';
    int needSecrets = 0;
    for (const Model::SourceConfig &s : workspace->sources)
        needSecrets += s.auth != Model::SourceAuth::None ? 1 : 0;
    if (needSecrets > 0) {
        io.out << QCoreApplication::translate("Cli", "%n source(s) need credentials: enter them in Straja under "
                                                     "Workspace > Edit workspace.",
                                              nullptr, needSecrets)
               << '\n';
    }
    return ExitOk;
}

int WorkspaceCommand::validate(const QString &file, CommandIo &io)
{
    auto workspace = readFile(file);
    if (!workspace) {
        io.err << workspace.error().message << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "Valid: %1").arg(summaryOf(*workspace)) << '\n';
    return ExitOk;
}

} // namespace Cli
