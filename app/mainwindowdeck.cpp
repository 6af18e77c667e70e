// The main window's presentation part: the deck dock, presenting through the page stack, the
// handout and the scenario comparison. Kept apart from mainwindow.cpp, which others edit too.
#include "mainwindow.h"

#include "desktop/actionicons.h"
#include "desktop/thememanager.h"
#include "document.h"
#include "engine/scenario.h"
#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"
#include "workshop/comparedialog.h"
#include "workshop/deckcontroller.h"
#include "workshop/deckhandout.h"
#include "workshop/deckpanel.h"
#include "workshop/presentationwindow.h"
#include "workshop/slidestate.h"
#include "workshop/workshop.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>

namespace archscape {

void MainWindow::createDeckDock()
{
    m_deck = new DeckController(this);
    m_deckPanel = new DeckPanel(m_deck, this);
    m_deckPanel->setCapture([this] { return SlideState::capture(slideTargets()); });
    m_deckDock = new QDockWidget(tr("Deck"), this);
    m_deckDock->setObjectName(QStringLiteral("deckDock"));
    m_deckDock->setWidget(m_deckPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_deckDock);
    m_deckDock->hide();
    connect(m_deckPanel, &DeckPanel::goToSlideRequested, this, &MainWindow::goToSlide);
    connect(m_deckPanel, &DeckPanel::presentRequested, this, [this](int index) { present(index); });

    // The workshop saves the deck; the controller edits it. Both ignore a deck equal to theirs,
    // so the two connections do not echo.
    m_deck->setDeck(m_workshop->deck());
    connect(m_workshop, &Workshop::deckChanged, m_deck, [this] { m_deck->setDeck(m_workshop->deck()); });
    connect(m_deck, &DeckController::deckChanged, m_workshop, [this] { m_workshop->setDeck(m_deck->deck()); });
}

void MainWindow::addDeckFileActions(QMenu *file)
{
    QAction *handout = file->addAction(tr("Export &Deck Handout\u2026"), this, &MainWindow::chooseDeckHandout);
    handout->setStatusTip(tr("A PDF with a page per slide: its title, its view and its notes"));
    QAction *compare = file->addAction(tr("&Compare Scenarios\u2026"), this, &MainWindow::compareScenarios);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    compare->setStatusTip(tr("Two or more scenarios side by side, with their differences highlighted"));
    ActionIcons::set(compare, QStringLiteral("view-dual"));
}

void MainWindow::addDeckViewActions(QMenu *view)
{
    QAction *deckToggle = m_deckDock->toggleViewAction();
    deckToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    deckToggle->setStatusTip(tr("Show or hide the presentation deck"));
    ActionIcons::set(deckToggle, QStringLiteral("view-paged"));
    view->addAction(deckToggle);
    // F5 is Reload Model and F11 full screen: presenting is Ctrl+F5.
    QAction *presentAction = view->addAction(tr("&Present"), this, [this] { present(std::max(0, m_deckPanel->currentSlide())); });
    presentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    presentAction->setStatusTip(tr("Show the deck full screen, from the selected slide"));
    ActionIcons::set(presentAction, QStringLiteral("media-playback-start"));
}

SlideTargets MainWindow::slideTargets()
{
    SlideTargets targets;
    targets.scenario = m_scenario;
    targets.diagramPage = m_diagramPage;
    targets.flowchartPage = m_flowchartPage;
    targets.currentPage = [this] { return currentPage(); };
    targets.showPage = [this](const PageRef &page) { showPage(page); };
    return targets;
}

void MainWindow::goToSlide(int index)
{
    if (index < 0 || index >= m_deck->count())
        return;
    SlideState::apply(slideTargets(), m_deck->slide(index));
}

void MainWindow::present(int index, QScreen *screen)
{
    if (m_presentation)
        return;
    if (m_deck->count() == 0) {
        QMessageBox::information(this, tr("Present"),
                                 tr("The deck has no slides yet. Open the Deck panel (Ctrl+5) and add the views to show."));
        return;
    }
    if (!screen) {
        screen = PresentationWindow::chooseScreen(this);
        if (!screen)
            return;
    }
    // The pages themselves move into the presentation window, so what the room sees stays live.
    QWidget *pages = takeCentralWidget();
    m_presentation = new PresentationWindow(pages, m_deck->deck(),
                                            [this](const Slide &slide) { SlideState::apply(slideTargets(), slide); }, this);
    connect(m_presentation, &PresentationWindow::finished, this, &MainWindow::endPresentation, Qt::QueuedConnection);
    m_presentation->present(screen, index);
}

void MainWindow::endPresentation()
{
    if (!m_presentation)
        return;
    PresentationWindow *window = m_presentation;
    m_presentation = nullptr;
    if (window->isVisible())
        window->close();
    if (QWidget *pages = window->takeContent())
        setCentralWidget(pages);
    applyTheme(m_theme->isDark()); // the pages take the window's theme again
    window->deleteLater();
    activateWindow();
}

bool MainWindow::exportDeckHandout(const QString &path, QString *error)
{
    ExportContext context;
    context.catalog = &m_document->catalog();
    context.document = m_document;
    context.scenario = m_scenario;
    return DeckHandout::write(m_deck->deck(), context, path, error);
}

void MainWindow::chooseDeckHandout()
{
    if (m_deck->count() == 0) {
        QMessageBox::information(this, tr("Export Deck Handout"), tr("The deck has no slides to export."));
        return;
    }
    QSettings settings;
    QString folder = settings.value(QStringLiteral("deck/handoutFolder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Deck Handout"),
                                                      folder + u'/' + m_workshop->displayName() + u"-handout.pdf",
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("deck/handoutFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportDeckHandout(path, &error))
        QMessageBox::warning(this, tr("Export Deck Handout"), error);
}

void MainWindow::compareScenarios()
{
    CompareDialog dialog(m_document->catalog(), this);
    // The open scenario is the first column; the files chosen in the dialog follow.
    dialog.addScenario({m_workshop->displayName(), m_scenario->inputs()});
    dialog.exec();
}

} // namespace archscape
