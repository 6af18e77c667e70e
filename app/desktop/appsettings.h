// The user's preferences kept in QSettings: theme, language and the export defaults, read and
// written as one value so the Preferences dialog edits a copy and applies it on OK. Window
// geometry and dock layout ("window/*") and recent scenarios ("workshop/recentFiles") are kept by
// the main window and the Workshop; the export keys are the ones the export dialog remembers.
#pragma once

#include <QString>
#include <QStringList>

namespace archscape {

struct AppSettings
{
    enum class Theme { System, Light, Dark };

    Theme theme = Theme::System;
    // A locale name ("de", "fr"...) or empty for the system's language; applied at start-up.
    QString language;
    QString exportFolder; // empty: the Documents folder
    QString exportFormat = QStringLiteral("svg"); // svg, pdf, png
    int exportScale = 2;                          // PNG pixels per point: 1, 2 or 4
    QString exportTheme = QStringLiteral("light"); // an ExportTheme id
    int exportPage = 0;                           // a PdfPage value: picture size, A4, Letter

    static AppSettings load();
    void save() const;

    static QString themeId(Theme theme);
    static Theme themeFromId(const QString &id); // unknown ids read as System
    // The languages offered: locale names, "" first (the system's).
    static QStringList languages();

    bool operator==(const AppSettings &) const = default;
};

} // namespace archscape
