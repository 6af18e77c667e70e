// The main window's desktop part: the application and action icons, light/dark themes (View >
// Theme), Edit > Preferences, Help > Keyboard Shortcuts and About. Kept apart from
// mainwindow.cpp, which others edit too.
#include "mainwindow.h"

#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"
#include "pages/roadmappage.h"
#include "charts/themedchartview.h"
#include "workshop/presentationwindow.h"

#include "desktop/aboutdialog.h"
#include "desktop/actionicons.h"
#include "desktop/appsettings.h"
#include "desktop/preferencesdialog.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/thememanager.h"
#include "export/exporttheme.h"
#include "workshop/workshop.h"

#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace archscape {

namespace {

QString plainMenuText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void polishTips(QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            polishTips(action->menu());
        const QString text = plainMenuText(action->text());
        // QAction's default tool tip is its text: give tool buttons the shortcut too.
        if (action->toolTip() == text && !action->shortcut().isEmpty())
            action->setToolTip(QCoreApplication::translate("archscape::MainWindow", "%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        if (action->statusTip().isEmpty() && action->menu())
            action->setStatusTip(QCoreApplication::translate("archscape::MainWindow", "Open the %1 menu").arg(text));
    }
}

} // namespace

void MainWindow::createDesktop()
{
    // The desktop file's name (io.archscape.Archscape.desktop) ties the window to its launcher
    // and icon on Wayland.
    if (!m_theme)
        m_theme = new ThemeManager(this);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.archscape.Archscape"));
    if (QApplication::windowIcon().isNull() || QApplication::windowIcon().availableSizes().isEmpty())
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.archscape.Archscape.svg")));
    connect(themeManager(), &ThemeManager::themeChanged, this, &MainWindow::applyTheme);
    m_theme->setChoice(AppSettings::load().theme);
    applyTheme(m_theme->isDark());
    // The layout before any remembered one is restored: what Reset Window Layout returns to.
    m_defaultState = saveState();
}

void MainWindow::addThemeActions(QMenu *view)
{
    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("themeMenu"));
    themeMenu->menuAction()->setStatusTip(tr("Light or dark, or as the system is"));
    if (!m_theme) // the menus are made before createDesktop()
        m_theme = new ThemeManager(this);
    auto *group = new QActionGroup(themeMenu);
    const struct
    {
        AppSettings::Theme theme;
        QString text;
        QString tip;
    } choices[] = {
        {AppSettings::Theme::System, tr("Follow the &System"), tr("Use the desktop's light or dark look")},
        {AppSettings::Theme::Light, tr("&Light"), tr("Dark text on a light background, whatever the desktop uses")},
        {AppSettings::Theme::Dark, tr("&Dark"), tr("Light text on a dark background, whatever the desktop uses")},
    };
    for (const auto &choice : choices) {
        QAction *action = themeMenu->addAction(choice.text);
        action->setObjectName(QStringLiteral("theme-") + AppSettings::themeId(choice.theme));
        action->setCheckable(true);
        action->setStatusTip(choice.tip);
        action->setData(AppSettings::themeId(choice.theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = choice.theme] { setTheme(theme); });
    }
    const auto check = [group](AppSettings::Theme theme) {
        for (QAction *action : group->actions())
            action->setChecked(action->data().toString() == AppSettings::themeId(theme));
    };
    check(AppSettings::load().theme);
    connect(m_theme, &ThemeManager::choiceChanged, group, check);
}

void MainWindow::addDesktopEditActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Theme, language and export defaults"));
    ActionIcons::set(preferences, QStringLiteral("document-properties"));
}

void MainWindow::addDesktopHelpActions(QMenu *help)
{
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    shortcuts->setStatusTip(tr("Every action that has a key, searchable"));
    ActionIcons::set(shortcuts, QStringLiteral("input-keyboard"));
}

void MainWindow::finishDesktopActions()
{
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            polishTips(top->menu());
    }
}

void MainWindow::setTheme(AppSettings::Theme theme)
{
    AppSettings settings = AppSettings::load();
    settings.theme = theme;
    settings.save();
    m_theme->setChoice(theme);
}

void MainWindow::applyTheme(bool dark)
{
    // Widgets, tables and labels follow the application palette by themselves. Charts draw their
    // own background, axes and legend: they take the export theme of the same lightness.
    const ExportTheme look(dark ? ExportTheme::Kind::Dark : ExportTheme::Kind::Light);
    for (QChartView *view : findChildren<QChartView *>()) {
        // Our charts keep a look through their rebuilds; while presenting, the presentation's.
        if (auto *themed = qobject_cast<ThemedChartView *>(view)) {
            if (!m_presentation || !m_presentation->isAncestorOf(themed))
                themed->setLook(ChartLook::fromTheme(look));
        } else if (view->chart()) {
            look.applyTo(view->chart());
        }
    }
    // The diagram canvases are rebuilt from the layout they have, in the theme's colours; a
    // presentation sets its own look and hands back to this one when it ends.
    if (!m_presentation) {
        m_diagramPage->setDarkLook(dark);
        m_flowchartPage->setDarkLook(dark);
        m_roadmapPage->setDarkLook(dark);
    }
    ActionIcons::refresh(this);
}

void MainWindow::showPreferences()
{
    const AppSettings before = AppSettings::load();
    PreferencesDialog dialog(before, this);
    connect(&dialog, &PreferencesDialog::clearRecentRequested, m_workshop, &Workshop::clearRecentFiles);
    connect(&dialog, &PreferencesDialog::resetLayoutRequested, this, &MainWindow::resetWindowLayout);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings after = dialog.settings();
    after.save();
    m_theme->setChoice(after.theme);
    // A new language rebuilds the window at once (app/mainwindowlanguage.cpp); this one goes.
    if (after.language != before.language)
        setLanguage(after.language);
}

void MainWindow::resetWindowLayout()
{
    restoreState(m_defaultState);
    QSettings settings;
    settings.remove(QStringLiteral("window/state"));
    statusBar()->showMessage(tr("The panels are back in their first places."), 5000);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace archscape
