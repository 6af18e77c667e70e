// Light and dark looks for the whole application: follows the system's palette, or a manual
// override. Widgets, tables and text repaint through the application palette; what draws its own
// colours (charts, icons) listens to themeChanged and restyles without a restart.
#pragma once

#include "appsettings.h"

#include <QObject>
#include <QPalette>

namespace archscape {

class ThemeManager : public QObject
{
    Q_OBJECT

public:
    explicit ThemeManager(QObject *parent = nullptr);

    AppSettings::Theme choice() const { return m_choice; }
    // Sets the application palette for the choice (System: the platform's own) and emits
    // themeChanged when the look changed from dark to light or back.
    void setChoice(AppSettings::Theme choice);
    // Whether what is on screen is dark: the override, or the system palette's window lightness
    // (Qt 6.4 has no colour-scheme hint; the palette is what the platform theme gives).
    bool isDark() const { return m_dark; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);

Q_SIGNALS:
    void themeChanged(bool dark);
    void choiceChanged(archscape::AppSettings::Theme choice);

protected:
    // Following the system: the platform changing its palette (the desktop switched to dark)
    // arrives as an ApplicationPaletteChange.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateDark();

    AppSettings::Theme m_choice = AppSettings::Theme::System;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace archscape
