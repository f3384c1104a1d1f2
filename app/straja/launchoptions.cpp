#include "app/straja/launchoptions.h"

#include "core/sources/demo/demopresets.h"
#include "core/util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace App {

namespace {

struct Parser
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{u"data-dir"_s, QCoreApplication::translate("Launch", "Keep data in <dir>."), u"dir"_s};
    QCommandLineOption preset{u"demo-preset"_s,
                              QCoreApplication::translate("Launch", "Demo fleet to simulate: standard or large."),
                              u"name"_s, u"standard"_s};
    QCommandLineOption seed{u"seed"_s, QCoreApplication::translate("Launch", "Seed of the demo fleet."), u"n"_s,
                            u"7"_s};
    QCommandLineOption speed{u"demo-speed"_s,
                             QCoreApplication::translate("Launch", "Run the demo fleet <n> times faster than real "
                                                                   "time (1 to 10000)."),
                             u"n"_s, u"1"_s};
    QCommandLineOption refresh{u"refresh"_s,
                               QCoreApplication::translate("Launch", "Seconds between refreshes (1 to 3600)."),
                               u"seconds"_s, u"5"_s};
    QCommandLineOption lang{u"lang"_s, QCoreApplication::translate("Launch", "Interface language: en or ro."),
                            u"code"_s};
    QCommandLineOption help{QStringList{u"h"_s, u"help"_s}, QCoreApplication::translate("Launch", "Show this help.")};
    QCommandLineOption version{QStringList{u"v"_s, u"version"_s},
                               QCoreApplication::translate("Launch", "Show the version.")};

    Parser()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("Launch", "Straja: the operator's cockpit for many web projects."));
        parser.addOptions({dataDir, preset, seed, speed, refresh, lang, help, version});
    }
};

Util::Error badValue(const QString &option, const QString &value, const QString &accepted)
{
    return Util::makeError(u"launch.value"_s, QCoreApplication::translate("Launch", "Invalid value '%1' for --%2: %3.")
                                                  .arg(value, option, accepted));
}

} // namespace

QString launchHelpText()
{
    Parser p;
    return p.parser.helpText();
}

Util::Result<LaunchOptions> parseLaunchOptions(const QStringList &arguments)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        return Util::makeError(u"launch.usage"_s,
                               p.parser.errorText() + u". "_s
                                   + QCoreApplication::translate("Launch", "Run 'straja --help' for the options."));
    }
    if (!p.parser.positionalArguments().isEmpty()) {
        return Util::makeError(u"launch.usage"_s,
                               QCoreApplication::translate("Launch", "Unexpected argument '%1'. Run 'straja --help' "
                                                                     "for the options.")
                                   .arg(p.parser.positionalArguments().constFirst()));
    }
    LaunchOptions options;
    options.showHelp = p.parser.isSet(p.help);
    options.showVersion = p.parser.isSet(p.version);
    options.dataDir = p.parser.value(p.dataDir);

    options.demoPreset = p.parser.value(p.preset);
    if (!Sources::Demo::DemoPresets::names().contains(options.demoPreset))
        return badValue(u"demo-preset"_s, options.demoPreset, Sources::Demo::DemoPresets::names().join(u", "_s));

    bool ok = false;
    options.seed = p.parser.value(p.seed).toULongLong(&ok);
    if (!ok)
        return badValue(u"seed"_s, p.parser.value(p.seed), QCoreApplication::translate("Launch", "a whole number"));

    options.demoSpeed = p.parser.value(p.speed).toDouble(&ok);
    if (!ok || !(options.demoSpeed >= 1.0 && options.demoSpeed <= 10000.0))
        return badValue(u"demo-speed"_s, p.parser.value(p.speed),
                        QCoreApplication::translate("Launch", "a number from 1 to 10000"));

    options.refreshSeconds = p.parser.value(p.refresh).toInt(&ok);
    if (!ok || options.refreshSeconds < 1 || options.refreshSeconds > 3600)
        return badValue(u"refresh"_s, p.parser.value(p.refresh),
                        QCoreApplication::translate("Launch", "whole seconds from 1 to 3600"));

    options.language = p.parser.value(p.lang);
    if (!options.language.isEmpty() && !Util::availableLanguages().contains(options.language))
        return badValue(u"lang"_s, options.language, Util::availableLanguages().join(u", "_s));
    return options;
}

} // namespace App
