#include "uilanguage.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace archscape {

namespace {

const auto resourceFolder = QStringLiteral(":/i18n");
const auto sourceLanguage = QStringLiteral("en");

// The translators installed now; owned by the application object so they outlive every window.
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current = sourceLanguage;

void removeInstalled()
{
    for (QTranslator **translator : {&g_app, &g_qt}) {
        if (!*translator)
            continue;
        QCoreApplication::removeTranslator(*translator);
        delete *translator;
        *translator = nullptr;
    }
}

} // namespace

QStringList UiLanguage::shipped()
{
    QStringList languages{sourceLanguage};
    // What the build embedded: archscape_de.qm, archscape_fr.qm...
    const QStringList files = QDir(resourceFolder).entryList({QStringLiteral("archscape_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(qsizetype(sizeof "archscape_" - 1)).chopped(3));
    return languages;
}

QString UiLanguage::stored()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

QString UiLanguage::install(const QString &language)
{
    removeInstalled();
    g_current = sourceLanguage;
    // English is the source text: nothing to install, whatever the system says.
    if (language == sourceLanguage)
        return g_current;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = new QTranslator(QCoreApplication::instance());
    // Tries each of the locale's UI languages in turn (de_AT, de...), as the system orders them.
    if (!app->load(locale, QStringLiteral("archscape"), QStringLiteral("_"), resourceFolder)) {
        delete app;
        return g_current;
    }
    g_app = app;
    QCoreApplication::installTranslator(g_app);
    // The language the translation is in, e.g. "de" for a system locale of de_CH.
    g_current = QLocale(g_app->language()).name().section(u'_', 0, 0);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(g_current), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        g_qt = qt;
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete qt; // Qt's own translations are an optional package; its buttons stay English
    }
    return g_current;
}

QString UiLanguage::current()
{
    return g_current;
}

QString UiLanguage::nativeName(const QString &language)
{
    // QLocale calls "en" "American English"; the source language is plain English.
    if (language == sourceLanguage)
        return QLocale::languageToString(QLocale::English);
    QString name = QLocale(language).nativeLanguageName();
    // QLocale names languages in lower case where the language does ("français"); a menu item
    // starts with a capital.
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace archscape
