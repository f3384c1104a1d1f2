#include "core/util/translations.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Util {

QStringList availableLanguages()
{
    return {u"en"_s, u"ro"_s};
}

bool loadTranslation(QTranslator &translator, const QString &language)
{
    return translator.load(u"straja_"_s + language, u":/i18n"_s);
}

QString chooseLanguage(const QString &requested, const QString &saved, const QString &systemLocaleName)
{
    const QStringList languages = availableLanguages();
    if (languages.contains(requested))
        return requested;
    if (languages.contains(saved))
        return saved;
    return systemLocaleName.startsWith(u"ro"_s) ? u"ro"_s : u"en"_s;
}

} // namespace Util
