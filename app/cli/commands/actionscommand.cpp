#include "app/cli/commands/actionscommand.h"

#include "app/cli/commands/databaseoption.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/proposaltext.h"
#include "core/store/database.h"
#include "core/store/workspacestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QString csvField(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) : QString();
}

} // namespace

QString ActionsCommand::name() const { return u"actions"_s; }

QString ActionsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "list proposed, running and decided actions");
}

QString ActionsCommand::usage() const
{
    return QCoreApplication::translate(
        "Cli", "Usage: straja-cli actions list [--database FILE | --data-dir DIR] [--state open|active|all|STATE]\n"
               "                               [--format text|csv]\n"
               "       straja-cli actions target SERVICE [KEY=VALUE ...] [--database FILE | --data-dir DIR]\n"
               "list -- open: proposals waiting for a decision (default); active: approved and running; all: "
               "everything.\n"
               "target -- where a service's actions go at its provider, e.g. kubeconfig=PATH context=NAME "
               "namespace=NS\n"
               "deployment=NAME (Kubernetes) or serviceId=ID environmentId=ID account=NAME plan=hobby|pro|enterprise\n"
               "(Railway); KEY= removes a key. Tokens go to the keychain, never here. Read at the next start.");
}

int ActionsCommand::runTarget(QStringList args, CommandIo &io)
{
    auto path = takeDatabasePath(args);
    if (!path || args.isEmpty()) {
        io.err << usage() << '\n';
        return ExitUsage;
    }
    const QString serviceId = args.takeFirst();
    QJsonObject changes;
    for (const QString &assignment : std::as_const(args)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0) {
            io.err << u"actions: "_s
                   << QCoreApplication::translate("Cli", "'%1' is not KEY=VALUE").arg(assignment) << '\n';
            return ExitUsage;
        }
        const QString key = assignment.left(eq);
        const QString value = assignment.mid(eq + 1);
        if (key.contains(u"token"_s, Qt::CaseInsensitive) && !key.endsWith(u"File"_s)) {
            io.err << u"actions: "_s
                   << QCoreApplication::translate("Cli", "tokens belong in the keychain, not in the workspace") << '\n';
            return ExitBadInput;
        }
        changes.insert(key, value);
    }
    if (!QFileInfo::exists(*path)) {
        io.err << u"actions: "_s
               << QCoreApplication::translate("Cli", "no database at %1").arg(QDir::toNativeSeparators(*path)) << '\n';
        return ExitBadInput;
    }
    Store::Database db;
    if (auto opened = db.open(*path, u"straja-cli-actions"_s, Store::Database::Mode::ReadWrite); !opened) {
        io.err << u"actions: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    auto workspace = Store::WorkspaceStore(db.handle()).load();
    if (!workspace || !workspace->service(serviceId)) {
        io.err << u"actions: "_s << QCoreApplication::translate("Cli", "no service '%1' in the workspace").arg(serviceId)
               << '\n';
        return ExitBadInput;
    }
    Actions::ActionStore store(db.handle());
    QJsonObject target = store.setting(u"target"_s, serviceId).value();
    if (!changes.isEmpty()) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().toString().isEmpty())
                target.remove(it.key());
            else
                target.insert(it.key(), it.value());
        }
        QString who = qEnvironmentVariable("USER");
        if (who.isEmpty())
            who = u"operator"_s;
        if (auto saved = store.setSetting(u"target"_s, serviceId, target, QDateTime::currentMSecsSinceEpoch(), who);
            !saved) {
            io.err << u"actions: "_s << saved.error().message << '\n';
            return ExitBadInput;
        }
    }
    io.out << workspace->service(serviceId)->provider << u" "_s
           << QString::fromUtf8(QJsonDocument(target).toJson(QJsonDocument::Compact)) << '\n';
    return ExitOk;
}

int ActionsCommand::run(const QStringList &arguments, CommandIo &io)
{
    QStringList args = arguments;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == u"target")
        return runTarget(args, io);
    if (sub != u"list") {
        io.err << usage() << '\n';
        return ExitUsage;
    }
    auto path = takeDatabasePath(args);
    if (!path) {
        io.err << u"actions: "_s << path.error().message << '\n';
        return ExitUsage;
    }
    QString state = u"open"_s;
    QString format = u"text"_s;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if ((option == u"--state" || option == u"--format") && !args.isEmpty()) {
            (option == u"--state" ? state : format) = args.takeFirst();
            continue;
        }
        io.err << u"actions: "_s << QCoreApplication::translate("Cli", "unknown option '%1'").arg(option) << '\n';
        return ExitUsage;
    }
    if (format != u"text" && format != u"csv") {
        io.err << u"actions: "_s << QCoreApplication::translate("Cli", "--format is text or csv") << '\n';
        return ExitUsage;
    }
    using Actions::ActionState;
    QVector<ActionState> states;
    if (state == u"open")
        states = {ActionState::Proposed};
    else if (state == u"active")
        states = {ActionState::Approved, ActionState::Executing, ActionState::Verifying};
    else if (state != u"all") {
        const auto one = Actions::ActionStateMachine::stateFromId(state);
        if (!one) {
            io.err << u"actions: "_s << QCoreApplication::translate("Cli", "unknown state '%1'").arg(state) << '\n';
            return ExitUsage;
        }
        states = {*one};
    }
    if (!QFileInfo::exists(*path)) {
        io.err << u"actions: "_s
               << QCoreApplication::translate("Cli", "no database at %1").arg(QDir::toNativeSeparators(*path)) << '\n';
        return ExitBadInput;
    }
    Store::Database db;
    if (auto opened = db.open(*path, u"straja-cli-actions"_s, Store::Database::Mode::ReadOnly); !opened) {
        io.err << u"actions: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    Actions::ActionStore store(db.handle());
    auto records = store.loadInStates({ActionState::Proposed, ActionState::Approved, ActionState::Rejected,
                                       ActionState::Expired, ActionState::Executing, ActionState::Verifying,
                                       ActionState::Succeeded, ActionState::Failed, ActionState::RolledBack,
                                       ActionState::DryRun});
    if (!records) {
        io.err << u"actions: "_s << records.error().message << '\n';
        return ExitBadInput;
    }
    if (format == u"csv")
        io.out << u"id,state,service,kind,title,trigger,confidence,cost_delta_per_month,created,decided_by,reason"_s
               << '\n';
    int shown = 0;
    for (const Actions::ActionRecord &r : *records) {
        if (!states.isEmpty() && !states.contains(r.state))
            continue;
        ++shown;
        const QString title = Actions::ProposalText::title(r.proposal);
        if (format == u"csv") {
            io.out << r.id << ',' << Actions::ActionStateMachine::stateId(r.state) << ','
                   << csvField(r.proposal.actedServiceId()) << ','
                   << Actions::ActionStateMachine::kindId(r.proposal.kind) << ',' << csvField(title) << ','
                   << Actions::ActionStateMachine::triggerId(r.proposal.trigger) << ','
                   << QString::number(r.proposal.confidence, 'f', 2) << ','
                   << QString::number(r.proposal.costDeltaPerMonth, 'f', 2) << ',' << isoTime(r.createdMs) << ','
                   << csvField(r.decidedBy) << ',' << csvField(r.reason) << '\n';
        } else {
            io.out << u"#%1  %2  %3%4"_s.arg(r.id)
                          .arg(Actions::ActionStateMachine::stateLabel(r.state), -12)
                          .arg(title, r.shadow ? QCoreApplication::translate("Cli", "  [shadow]") : QString())
                   << '\n';
        }
    }
    if (format == u"text" && shown == 0)
        io.out << QCoreApplication::translate("Cli", "no actions") << '\n';
    return ExitOk;
}

} // namespace Cli
