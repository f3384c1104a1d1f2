#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace Gui {

// Switches the user interface language at run time: installs the translator,
// sets the default locale (numbers, dates) and remembers the choice. Widgets
// follow through QEvent::LanguageChange.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    QString current() const { return m_current; }
    // Applies `language` ("en" or "ro"); returns false if it is unknown or missing.
    bool setLanguage(const QString &language);
    // The saved choice, or an empty string.
    static QString savedLanguage();
    // The language's name in itself ("English", "Română"): never translated.
    static QString nativeName(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace Gui
