#include "app/straja/launchoptions.h"
#include "core/engine/fleetengine.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/secretstore.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/datalocation.h"
#include "core/util/translations.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"straja"_s);
    QApplication::setOrganizationName(u"straja"_s);
    QApplication::setApplicationDisplayName(u"Straja"_s);
    QApplication::setApplicationVersion(QStringLiteral(STRAJA_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/straja-256.png"_s));

    QTextStream err(stderr);
    const auto options = App::parseLaunchOptions(QApplication::arguments());
    if (!options) {
        err << u"straja: "_s << options.error().message << '\n';
        return 2;
    }
    if (options->showHelp) {
        QTextStream(stdout) << App::launchHelpText();
        return 0;
    }
    if (options->showVersion) {
        QTextStream(stdout) << u"straja "_s << QStringLiteral(STRAJA_VERSION) << '\n';
        return 0;
    }

    Gui::LanguageManager languages;
    languages.setLanguage(
        Util::chooseLanguage(options->language, Gui::LanguageManager::savedLanguage(), QLocale::system().name()));

    const QString dataDir = options->dataDir.isEmpty() ? Store::defaultDataDir() : options->dataDir;
    // Whole minutes keep the demo's origin readable in the workspace file.
    const qint64 origin = QDateTime::currentMSecsSinceEpoch() / 60'000 * 60'000;
    Engine::EngineOptions engineOptions;
    engineOptions.databasePath = Store::workspaceDatabasePath(dataDir, options->demoPreset);
    engineOptions.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(options->demoPreset, options->seed, origin));
    engineOptions.demoSpeed = options->demoSpeed;
    engineOptions.poller.refreshIntervalMs = options->refreshSeconds * 1000;
    // One store of secrets for the window (which writes them) and the connectors
    // (which read them): secrets kept for this session only live in it.
    Secrets::SecretStore secrets;
    engineOptions.credentials = std::make_shared<Secrets::KeychainCredentialSource>(&secrets);

    Engine::FleetEngine engine(std::move(engineOptions));
    Gui::MainWindow window(&engine, &languages);
    window.setSecretStore(&secrets);
    window.show();
    engine.start();
    return QApplication::exec();
}
