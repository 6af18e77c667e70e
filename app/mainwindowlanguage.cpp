// MainWindow's language: View > Language and the rebuild that switches it while the app runs.
//
// Most widgets set their text once, in their constructors, so retranslating them in place would
// mean a retranslate function in every page. Instead the window is built again in the new
// language around what must survive: the Document (with its undo stack) lives outside the window,
// and the scenario moves over through Workshop::takeOver.
#include "mainwindow.h"

#include "desktop/appsettings.h"
#include "pages/documentworkspacepage.h"
#include "uilanguage.h"
#include "widgets/navigatorwidget.h"
#include "widgets/problemspanel.h"
#include "workshop/workshop.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenu>

namespace archscape {

void MainWindow::addLanguageActions(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    menu->menuAction()->setStatusTip(tr("The language of menus and pages; text from the model stays as written"));
    auto *group = new QActionGroup(menu);
    const QString chosen = UiLanguage::stored();
    const auto add = [&](const QString &text, const QString &language, const QString &statusTip) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("language-") + (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setStatusTip(statusTip);
        group->addAction(action);
        // Queued: the rebuild deletes this menu, which must first finish handling the click.
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); }, Qt::QueuedConnection);
    };
    add(tr("&System Language"), QString(), tr("Follow the language of the system (%1)").arg(QLocale::system().nativeLanguageName()));
    menu->addSeparator();
    // Each language in its own name, untranslated, so a user can find theirs whatever the UI shows.
    for (const QString &language : UiLanguage::shipped())
        add(UiLanguage::nativeName(language), language, tr("Show Archscape in %1").arg(UiLanguage::nativeName(language)));
}

MainWindow *MainWindow::setLanguage(const QString &language)
{
    AppSettings settings = AppSettings::load();
    settings.language = language;
    settings.save();
    UiLanguage::install(language);
    return rebuild();
}

MainWindow *MainWindow::rebuild()
{
    endPresentation(); // the pages come home before the window goes
    auto *next = new MainWindow(m_document);
    next->m_workshop->takeOver(*m_workshop);
    if (m_documentPage->hasDocument()) {
        const ImportedDocument &imported = m_documentPage->importedDocument();
        next->m_documentPage->setImportedDocument(imported);
        next->m_documentPage->showView(m_documentPage->currentView());
        next->m_navigator->setImportedDocument(QFileInfo(imported.path).fileName());
        if (!imported.diagnostics.isEmpty())
            next->m_problems->setDiagnostics(imported.diagnostics, imported.path);
    }
    next->restoreGeometry(saveGeometry());
    next->restoreState(saveState());
    next->m_back = m_back;
    next->m_forward = m_forward;
    next->navigate(m_current, false);
    if (isVisible())
        next->show();
    hide();
    Q_EMIT replaced(next);
    deleteLater();
    return next;
}

} // namespace archscape
