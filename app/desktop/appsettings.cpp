#include "appsettings.h"

#include <QSettings>

namespace archscape {

namespace {

const auto themeKey = QStringLiteral("ui/theme");
const auto languageKey = QStringLiteral("ui/language");
// Shared with ExportDialog, which remembers the last export under the same keys.
const auto exportFolderKey = QStringLiteral("export/folder");
const auto exportFormatKey = QStringLiteral("export/format");
const auto exportScaleKey = QStringLiteral("export/scale");
const auto exportThemeKey = QStringLiteral("export/theme");
const auto exportPageKey = QStringLiteral("export/page");

} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings s;
    s.theme = themeFromId(settings.value(themeKey).toString());
    s.language = settings.value(languageKey).toString();
    s.exportFolder = settings.value(exportFolderKey).toString();
    s.exportFormat = settings.value(exportFormatKey, s.exportFormat).toString();
    s.exportScale = settings.value(exportScaleKey, s.exportScale).toInt();
    s.exportTheme = settings.value(exportThemeKey, s.exportTheme).toString();
    s.exportPage = settings.value(exportPageKey, s.exportPage).toInt();
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(themeKey, themeId(theme));
    settings.setValue(languageKey, language);
    if (exportFolder.isEmpty())
        settings.remove(exportFolderKey);
    else
        settings.setValue(exportFolderKey, exportFolder);
    settings.setValue(exportFormatKey, exportFormat);
    settings.setValue(exportScaleKey, exportScale);
    settings.setValue(exportThemeKey, exportTheme);
    settings.setValue(exportPageKey, exportPage);
}

QString AppSettings::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::Theme AppSettings::themeFromId(const QString &id)
{
    if (id == u"light")
        return Theme::Light;
    if (id == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QStringList AppSettings::languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

} // namespace archscape
