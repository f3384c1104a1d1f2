#include "app/cli/commands/flagscommand.h"

#include "core/flags/flagevaluator.h"
#include "core/flags/flagjson.h"
#include "core/flags/murmurhash.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

const QStringList kStandardFields = {u"userId"_s, u"sessionId"_s, u"remoteAddress"_s, u"environment"_s,
                                     u"appName"_s, u"currentTime"_s};

} // namespace

QString FlagsCommand::name() const
{
    return u"flags"_s;
}

QString FlagsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "evaluate a feature flag for a user as Unleash's SDKs do");
}

QString FlagsCommand::usage() const
{
    return u"straja-cli flags evaluate --state FEATURES.json --flag NAME [--user ID] [--context KEY=VALUE]...\n\n"_s
           + QCoreApplication::translate(
               "Cli", "FEATURES.json is what an SDK downloads (GET /api/client/features) or a client\n"
                      "specification file's state. Prints 'enabled' or 'disabled', the variant, and the\n"
                      "strategies that decided. Context keys userId, sessionId, remoteAddress, environment,\n"
                      "appName and currentTime are standard fields; any other key is a custom property.");
}

int FlagsCommand::run(const QStringList &args, CommandIo &io)
{
    if (args.value(0) != u"evaluate") {
        io.err << QCoreApplication::translate("Cli", "flags: expected 'evaluate'; see 'straja-cli flags --help'") << '\n';
        return ExitUsage;
    }
    QString statePath, flag;
    Flags::EvaluationContext context;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString key = args.at(i);
        if (i + 1 >= args.size()) {
            io.err << QCoreApplication::translate("Cli", "flags: option '%1' needs a value").arg(key) << '\n';
            return ExitUsage;
        }
        const QString value = args.at(++i);
        if (key == u"--state") {
            statePath = value;
        } else if (key == u"--flag") {
            flag = value;
        } else if (key == u"--user") {
            context.fields.insert(u"userId"_s, value);
        } else if (key == u"--context") {
            const qsizetype eq = value.indexOf(u'=');
            if (eq <= 0) {
                io.err << QCoreApplication::translate("Cli", "flags: --context takes KEY=VALUE, not '%1'").arg(value)
                       << '\n';
                return ExitUsage;
            }
            const QString name = value.left(eq);
            (kStandardFields.contains(name) ? context.fields : context.properties).insert(name, value.mid(eq + 1));
        } else {
            io.err << QCoreApplication::translate("Cli", "flags: unknown option '%1'").arg(key) << '\n';
            return ExitUsage;
        }
    }
    if (statePath.isEmpty() || flag.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "flags: --state and --flag are required") << '\n';
        return ExitUsage;
    }
    QFile file(statePath);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << QCoreApplication::translate("Cli", "flags: cannot read '%1': %2").arg(statePath, file.errorString())
               << '\n';
        return ExitBadInput;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        io.err << QCoreApplication::translate("Cli", "flags: '%1' is not JSON: %2").arg(statePath, error.errorString())
               << '\n';
        return ExitBadInput;
    }
    // A specification file wraps the state; a Client API answer is the state.
    const QJsonObject root = doc.object();
    Util::Result<Flags::ClientState> state =
        Flags::FlagJson::clientState(root.contains(u"state") ? root.value(u"state").toObject() : root);
    if (!state.ok()) {
        io.err << u"flags: "_s << state.error().message << '\n';
        return ExitBadInput;
    }
    const Flags::FlagEvaluator evaluator(std::make_shared<const Flags::ClientState>(std::move(state).value()));
    const Flags::Evaluation e = evaluator.evaluate(flag, context);
    if (!e.found) {
        io.err << QCoreApplication::translate("Cli", "flags: no flag named '%1' in '%2'").arg(flag, statePath) << '\n';
        return ExitBadInput;
    }
    io.out << (e.enabled ? u"enabled"_s : u"disabled"_s) << '\n';
    if (e.variant.enabled)
        io.out << u"variant: "_s << e.variant.name << '\n';
    for (int i = 0; i < e.strategies.size(); ++i) {
        const Flags::StrategyTrace &t = e.strategies.at(i);
        io.out << u"strategy %1 %2: constraints %3"_s.arg(i + 1).arg(t.name, t.constraintsPassed ? u"met"_s : u"not met"_s);
        if (t.bucket > 0)
            io.out << u", bucket "_s << t.bucket;
        io.out << (t.enabled ? u", on"_s : u", off"_s) << (i == e.strategyIndex ? u" (decides)"_s : QString()) << '\n';
    }
    return ExitOk;
}

} // namespace Cli
