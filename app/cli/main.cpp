#include "app/cli/commandregistry.h"
#include "core/util/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The locale the environment asks for messages in, by POSIX precedence.
QString environmentLocale()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

// Takes `--lang X` / `--lang=X` out of the arguments (any position, so every
// command accepts it). `missing` when the flag has no value.
QString takeLanguage(QStringList &arguments, bool &missing)
{
    QString language;
    missing = false;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == u"--lang") {
            missing = i + 1 >= arguments.size();
            language = missing ? QString() : arguments.at(i + 1);
            arguments.remove(i, missing ? 1 : 2);
        } else if (a.startsWith(u"--lang=")) {
            language = a.mid(7);
            missing = language.isEmpty();
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` draws its charts with the GUI's chart widgets, which need a
    // QApplication; without a display it runs on the offscreen platform, so
    // straja-cli stays usable on a headless machine (docs/design-notes.md).
    bool needsWidgets = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i; // its value
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            continue;
        needsWidgets = std::strcmp(argv[i], "report") == 0;
        break;
    }
    if (needsWidgets && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsWidgets ? std::make_unique<QApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("straja"));
    QCoreApplication::setOrganizationName(QStringLiteral("straja"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRAJA_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    bool missing = false;
    const QString requested = takeLanguage(arguments, missing);
    // --lang, else the environment's locale, else English. Only messages are
    // translated: numbers in files and figures stay in the C locale, so output
    // can be read back by any tool.
    QTranslator translator;
    if (Util::loadTranslation(translator, Util::chooseLanguage(requested, QString(), environmentLocale())))
        QCoreApplication::installTranslator(&translator);
    const QString available = Util::availableLanguages().join(u", "_s);
    if (missing) {
        err << u"straja-cli: "_s << QCoreApplication::translate("Cli", "--lang needs a language: %1").arg(available)
            << '\n';
        return Cli::ExitUsage;
    }
    if (!requested.isEmpty() && !Util::availableLanguages().contains(requested)) {
        err << u"straja-cli: "_s
            << QCoreApplication::translate("Cli", "unknown language '%1'; available: %2").arg(requested, available)
            << '\n';
        return Cli::ExitUsage;
    }

    // A report is written in the language asked for, which is also the messages'.
    if (!requested.isEmpty() && !arguments.isEmpty() && arguments.first() == u"report")
        arguments << u"--lang"_s << requested;

    Cli::CommandIo io{out, err};
    const int code = Cli::runCommandLine(arguments, io);
    out.flush();
    err.flush();
    return code;
}
