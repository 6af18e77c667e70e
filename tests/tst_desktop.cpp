// Desktop integration of the shell: a theme switch repaints pages and charts without a restart and
// back; every menu action has a status tip and a tool tip; the shortcuts dialog lists every
// shortcut from the actions and searches; Preferences round-trips through QSettings and the
// export dialog reads its defaults; About names the Graphviz the process loaded; the window
// layout is remembered.
#include "desktop/aboutdialog.h"
#include "desktop/appsettings.h"
#include "desktop/preferencesdialog.h"
#include "desktop/shortcutsdialog.h"
#include "desktop/thememanager.h"
#include "gantt/ganttview.h"
#include "diagram/graphvizlayout.h"
#include "document.h"
#include "engine/scenario.h"
#include "export/exportdialog.h"
#include "mainwindow.h"
#include "pages/catalogpage.h"
#include "pages/roadmappage.h"
#include "pages/whatifpage.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace archscape;

namespace {

// Mean lightness (0-255) of a picture: a light page is well above the middle, a dark one below.
int meanLightness(const QImage &image)
{
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightness();
            ++count;
        }
    }
    return count ? int(sum / count) : -1;
}

void collectActions(const QMenu *menu, const QString &path, QList<QPair<QString, QAction *>> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" > ") + action->text();
        out.append({where, action});
        if (action->menu())
            collectActions(action->menu(), where, out);
    }
}

QList<QPair<QString, QAction *>> menuActions(const MainWindow &window)
{
    QList<QPair<QString, QAction *>> actions;
    for (QAction *top : window.menuBar()->actions())
        collectActions(top->menu(), top->text(), actions);
    return actions;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void themeSwitchRepaintsPagesAndCharts();
    void themeMenuFollowsTheChoice();
    void everyMenuActionHasStatusAndToolTips();
    void noTwoMenuActionsShareAShortcut();
    void shortcutsDialogListsEveryShortcutAndSearches();
    void preferencesRoundTripThroughSettings();
    void exportDialogStartsFromThePreferences();
    void aboutNamesTheLoadedGraphviz();
    void windowLayoutIsRemembered();

private:
    Document m_document;
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ArchscapeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    QVERIFY2(m_document.openEmbedded(), "the embedded model must load");
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::themeSwitchRepaintsPagesAndCharts()
{
    MainWindow window(&m_document);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.setTheme(AppSettings::Theme::Light);
    window.showPage({PageRef::Kind::Catalog, {}});
    QCoreApplication::processEvents();
    const int lightCatalog = meanLightness(window.catalogPage()->grab().toImage());

    window.showPage({PageRef::Kind::WhatIf, {}});
    QCoreApplication::processEvents();
    QChartView *chart = window.whatIfPage()->findChild<QChartView *>();
    QVERIFY(chart);
    const int lightChart = meanLightness(chart->grab().toImage());

    window.setTheme(AppSettings::Theme::Dark);
    QVERIFY(window.themeManager()->isDark());
    QCoreApplication::processEvents();
    const int darkChart = meanLightness(chart->grab().toImage());
    window.showPage({PageRef::Kind::Catalog, {}});
    QCoreApplication::processEvents();
    const int darkCatalog = meanLightness(window.catalogPage()->grab().toImage());

    QVERIFY2(lightCatalog > 160 && darkCatalog < 100,
             qPrintable(QStringLiteral("catalog lightness light %1, dark %2").arg(lightCatalog).arg(darkCatalog)));
    QVERIFY2(lightChart > 160 && darkChart < 100,
             qPrintable(QStringLiteral("chart lightness light %1, dark %2").arg(lightChart).arg(darkChart)));
    // The roadmap's Gantt chart draws its own colours: it takes the dark canvas too, and back.
    window.showPage({PageRef::Kind::Roadmap, {}});
    QCoreApplication::processEvents();
    QVERIFY(window.roadmapPage()->hasDarkLook());
    const int darkGantt = meanLightness(window.roadmapPage()->view()->grab().toImage());
    QVERIFY2(darkGantt < 100, qPrintable(QStringLiteral("Gantt lightness dark %1").arg(darkGantt)));
    // Set ARCHSCAPE_SHOTS=DIR to look at the roadmap page in both themes.
    const QString shots = qEnvironmentVariable("ARCHSCAPE_SHOTS");
    if (!shots.isEmpty())
        window.roadmapPage()->grab().save(shots + QStringLiteral("/roadmap-dark-theme.png"));
    window.showPage({PageRef::Kind::Catalog, {}});
    QCoreApplication::processEvents();
    // Charts built while dark (new inputs make new axes) keep the dark look.
    QVERIFY(window.scenario()->setInput(QStringLiteral("qps"), QStringLiteral("20K")).isEmpty());
    QCoreApplication::processEvents();
    QVERIFY(meanLightness(chart->grab().toImage()) < 100);

    window.setTheme(AppSettings::Theme::Light);
    QCoreApplication::processEvents();
    QVERIFY(!window.themeManager()->isDark());
    QCOMPARE(meanLightness(window.catalogPage()->grab().toImage()), lightCatalog);
    QVERIFY(!window.roadmapPage()->hasDarkLook());
    window.showPage({PageRef::Kind::Roadmap, {}});
    QCoreApplication::processEvents();
    QVERIFY(meanLightness(window.roadmapPage()->view()->grab().toImage()) > 160);
    if (!shots.isEmpty())
        window.roadmapPage()->grab().save(shots + QStringLiteral("/roadmap-light-theme.png"));
    window.showPage({PageRef::Kind::Catalog, {}});
    QVERIFY(meanLightness(chart->grab().toImage()) > 160);
    QCOMPARE(AppSettings::load().theme, AppSettings::Theme::Light);
}

void TestDesktop::themeMenuFollowsTheChoice()
{
    MainWindow window(&m_document);
    auto *dark = window.findChild<QAction *>(QStringLiteral("theme-dark"));
    auto *light = window.findChild<QAction *>(QStringLiteral("theme-light"));
    auto *system = window.findChild<QAction *>(QStringLiteral("theme-system"));
    QVERIFY(dark && light && system);
    QVERIFY(system->isChecked()); // nothing stored: follow the system
    dark->trigger();
    QVERIFY(dark->isChecked() && !system->isChecked());
    QVERIFY(ThemeManager::isDarkPalette(QApplication::palette()));
    QCOMPARE(AppSettings::load().theme, AppSettings::Theme::Dark);
    // Following the system again gives the platform's palette back (light offscreen).
    system->trigger();
    QVERIFY(!ThemeManager::isDarkPalette(QApplication::palette()));
    QVERIFY(!window.themeManager()->isDark());
    // A choice made elsewhere (Preferences) checks its menu entry.
    window.setTheme(AppSettings::Theme::Light);
    QVERIFY(light->isChecked() && !system->isChecked());
}

void TestDesktop::everyMenuActionHasStatusAndToolTips()
{
    MainWindow window(&m_document);
    const auto actions = menuActions(window);
    QVERIFY(actions.size() > 40);
    for (const auto &[where, action] : actions) {
        QVERIFY2(!action->statusTip().trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has no status tip")));
        QVERIFY2(!action->toolTip().trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has no tool tip")));
        if (!action->shortcut().isEmpty()) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(action->toolTip().contains(keys), qPrintable(where + QStringLiteral(": tool tip without ") + keys));
        }
    }
}

void TestDesktop::noTwoMenuActionsShareAShortcut()
{
    MainWindow window(&m_document);
    QHash<QKeySequence, QString> owners;
    for (const auto &[where, action] : menuActions(window)) {
        for (const QKeySequence &keys : action->shortcuts()) {
            QVERIFY2(!owners.contains(keys), qPrintable(keys.toString() + QStringLiteral(" is both ") + owners.value(keys)
                                                        + QStringLiteral(" and ") + where));
            owners.insert(keys, where);
        }
    }
}

void TestDesktop::shortcutsDialogListsEveryShortcutAndSearches()
{
    MainWindow window(&m_document);
    const QList<ShortcutEntry> entries = ShortcutsDialog::collect(&window);
    int withShortcut = 0;
    for (const auto &[where, action] : menuActions(window)) {
        if (action->shortcut().isEmpty() || action->menu())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutEntry &e) {
            return e.keys.contains(keys) && e.description == action->statusTip();
        });
        QVERIFY2(listed, qPrintable(where + QStringLiteral(" (") + keys + QStringLiteral(") is not listed")));
    }
    QVERIFY(withShortcut > 25);
    // A shortcut added later is listed the next time: the list comes from the actions.
    QAction *extra = window.menuBar()->actions().constFirst()->menu()->addAction(QStringLiteral("Zzz extra"));
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    extra->setStatusTip(QStringLiteral("added by the test"));
    QCOMPARE(ShortcutsDialog::collect(&window).size(), entries.size() + 1);

    ShortcutsDialog dialog(&window);
    const int all = dialog.visibleRows();
    QCOMPARE(all, entries.size() + 1);
    QTest::keyClicks(dialog.searchField(), QStringLiteral("preferences"));
    QCOMPARE(dialog.visibleRows(), 1);
    const QModelIndex keys = dialog.table()->model()->index(0, 1);
    QCOMPARE(keys.data().toString(), QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
    dialog.searchField()->clear();
    QCOMPARE(dialog.visibleRows(), all);
    dialog.searchField()->setText(QStringLiteral("no action is called this"));
    QCOMPARE(dialog.visibleRows(), 0);
}

void TestDesktop::preferencesRoundTripThroughSettings()
{
    const AppSettings defaults = AppSettings::load();
    QCOMPARE(defaults.theme, AppSettings::Theme::System);
    PreferencesDialog dialog(defaults);
    QCOMPARE(dialog.settings(), defaults); // an untouched dialog changes nothing

    dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
    dialog.exportFolderField()->setText(QStringLiteral("/tmp/exports"));
    dialog.exportFormatBox()->setCurrentIndex(dialog.exportFormatBox()->findData(QStringLiteral("pdf")));
    dialog.exportScaleBox()->setCurrentIndex(dialog.exportScaleBox()->findData(4));
    dialog.exportThemeBox()->setCurrentIndex(dialog.exportThemeBox()->findData(QStringLiteral("print")));
    dialog.exportPageBox()->setCurrentIndex(2);
    const AppSettings chosen = dialog.settings();
    QCOMPARE(chosen.theme, AppSettings::Theme::Dark);
    QCOMPARE(chosen.language, QStringLiteral("de"));
    QCOMPARE(chosen.exportFormat, QStringLiteral("pdf"));
    QCOMPARE(chosen.exportScale, 4);
    QCOMPARE(chosen.exportTheme, QStringLiteral("print"));
    chosen.save();
    QCOMPARE(AppSettings::load(), chosen);
    // A second dialog opens on what was saved.
    PreferencesDialog again(AppSettings::load());
    QCOMPARE(again.settings(), chosen);
}

void TestDesktop::exportDialogStartsFromThePreferences()
{
    AppSettings settings;
    settings.exportFolder = QDir::tempPath();
    settings.exportFormat = QStringLiteral("png");
    settings.exportTheme = QStringLiteral("dark");
    settings.exportScale = 4;
    settings.save();
    Scenario scenario;
    scenario.setCatalog(m_document.catalog());
    ExportDialog dialog(&m_document, &scenario, QStringLiteral("diagram/cqrs"));
    QCOMPARE(dialog.format(), QStringLiteral("png"));
    QCOMPARE(dialog.themeId(), QStringLiteral("dark"));
    QCOMPARE(dialog.scale(), 4.0);
    QVERIFY2(dialog.destination().startsWith(QDir::tempPath()), qPrintable(dialog.destination()));
}

void TestDesktop::aboutNamesTheLoadedGraphviz()
{
    const QString version = GraphvizLayout::libraryVersion();
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+")).match(version).hasMatch());
    // dot links the same libgvc: its -V line names the same version.
    QProcess dot;
    dot.start(QStringLiteral("dot"), {QStringLiteral("-V")});
    if (dot.waitForFinished(10000) && dot.exitStatus() == QProcess::NormalExit) {
        const QString line = QString::fromUtf8(dot.readAllStandardError());
        QVERIFY2(line.contains(version), qPrintable(line + QStringLiteral(" vs ") + version));
    }
    const QString info = AboutDialog::versionInfo();
    QVERIFY(info.contains(QString::fromLatin1(qVersion())));
    QVERIFY(info.contains(QStringLiteral("Graphviz ") + version));
    QVERIFY(info.contains(QCoreApplication::applicationVersion()));
}

void TestDesktop::windowLayoutIsRemembered()
{
    {
        MainWindow window(&m_document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.problemsDock()->isVisible());
        window.problemsDock()->show();
        window.close(); // saves geometry and dock state
    }
    {
        MainWindow window(&m_document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.problemsDock()->isVisible());
    }
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
