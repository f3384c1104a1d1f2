#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace Util {

// Languages Straja ships, as codes ("en", "ro"). English is the source language.
QStringList availableLanguages();

// Loads Straja's catalogue for `language` (embedded at :/i18n) into `translator`.
bool loadTranslation(QTranslator &translator, const QString &language);

// The language to start in: an explicit choice wins, then the saved one, then
// Romanian if the system locale is Romanian, else English.
QString chooseLanguage(const QString &requested, const QString &saved, const QString &systemLocaleName);

} // namespace Util
