#include "ui/i18n/languagemanager.h"

#include "core/util/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {
const auto kSettingsKey = u"ui/language"_s;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(kSettingsKey).toString();
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == u"ro")
        return u"Română"_s;
    return u"English"_s;
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!Util::availableLanguages().contains(language))
        return false;
    auto translator = std::make_unique<QTranslator>();
    if (!Util::loadTranslation(*translator, language))
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    // Installing posts QEvent::LanguageChange to every widget.
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(language == u"ro" ? QLocale(QLocale::Romanian, QLocale::Romania)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_current = language;
    QSettings().setValue(kSettingsKey, language);
    emit languageChanged(language);
    return true;
}

} // namespace Gui
