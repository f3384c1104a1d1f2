#include "app/cli/commands/actionscommand.h"

#include "app/cli/commands/databaseoption.h"
#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/proposaltext.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
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
               "open: proposals waiting for a decision (default); active: approved and running; all: everything.");
}

int ActionsCommand::run(const QStringList &arguments, CommandIo &io)
{
    QStringList args = arguments;
    if (args.isEmpty() || args.takeFirst() != u"list") {
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
