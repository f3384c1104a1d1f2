#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>

namespace App {

// What the GUI was asked to do on its command line.
struct LaunchOptions
{
    QString dataDir;               // empty: the standard location
    QString demoPreset = QStringLiteral("standard");
    quint64 seed = 7;
    double demoSpeed = 1.0;
    int refreshSeconds = 5;
    QString language;              // empty: saved choice or system
    bool showHelp = false;
    bool showVersion = false;
};

// Parses argv (including the program name). Unknown options and bad values give
// an error whose message names the option and says what is accepted.
Util::Result<LaunchOptions> parseLaunchOptions(const QStringList &arguments);
QString launchHelpText();

} // namespace App
