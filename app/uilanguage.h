// The language of the user interface: Archscape's own translations (embedded under :/i18n, built
// from translations/*.ts) and Qt's (the buttons of its dialogs), for the system's language or the
// one the user picked in View > Language or the Preferences.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace archscape {

class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    // The languages Archscape ships, as locale names, the source language ("en") first.
    static QStringList shipped();
    // The user's choice, kept in QSettings under the key AppSettings::language uses: a locale
    // name, or empty for the system's language.
    static QString stored();
    // Installs the translators for `language` (empty: the system's, as QLocale::system() lists its
    // UI languages), removing those installed before; every widget gets a LanguageChange event.
    // A language without an Archscape translation leaves the text in English (and Qt's dialogs in
    // English too, so a window never mixes two languages). Returns the language now in use.
    static QString install(const QString &language);
    // The language in use: "en" until a translation is installed.
    static QString current();
    // A language's name in that language ("Deutsch", "Français"), so anyone finds theirs.
    static QString nativeName(const QString &language);
};

} // namespace archscape
