#include "mainwindow.h"

#include "catalog.h"
#include "document.h"
#include "diagramcommands/newdiagramcommand.h"
#include "diagramcommands/newpatterncommand.h"
#include "studio/diagrameditor.h"
#include "studio/newdiagramdialog.h"
#include "studio/newpatterndialog.h"
#include "pages/catalogpage.h"
#include "pages/diagrampage.h"
#include "pages/documentworkspacepage.h"
#include "pages/patternpage.h"
#include "pages/sectionpage.h"
#include "charts/complexityradarchart.h"
#include "charts/costbreakdownchart.h"
#include "diagram/diagramscene.h"
#include "export/exportdialog.h"
#include "export/exportregistry.h"
#include "pages/antipatternpage.h"
#include "pages/flowchartpage.h"
#include "pages/roadmappage.h"
#include "pages/welcomepage.h"
#include "pages/whatifpage.h"
#include "engine/flowchartwalk.h"
#include "workshop/scenariofile.h"
#include "workshop/workshop.h"
#include "engine/scenario.h"
#include "widgets/navigatorwidget.h"
#include "widgets/plaintextguard.h"
#include "widgets/problemspanel.h"
#include "desktop/actionicons.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>
#include <QUndoView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QDir>
#include <QPushButton>
#include <QLocale>

namespace archscape {

MainWindow::MainWindow(Document *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    setAcceptDrops(true); // .archscape scenarios and .json models dropped on the window open
    // Tooltips and message boxes carry model and file names: never as rich text.
    PlainTextGuard::install(QCoreApplication::instance());
    createPages();
    createDocks();
    createActions();
    connectWorkshop();
    createAutosaveBanner();
    m_modelStatus = new QLabel(this);
    m_modelStatus->setTextFormat(Qt::PlainText); // the model file's name
    statusBar()->addPermanentWidget(m_modelStatus);

    connect(m_document, &Document::catalogChanged, this, &MainWindow::refreshFromCatalog);
    connect(m_document, &Document::diagnosticsChanged, this, &MainWindow::refreshDiagnostics);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &Document::sourceChanged, this, &MainWindow::refreshFromCatalog);
    // A diagram or pattern added or removed: the lists that name them follow.
    const auto refreshLists = [this] {
        m_navigator->setCatalog(m_document->catalog());
        m_catalogPage->setCatalog(m_document->catalog());
    };
    connect(m_document, &Document::diagramsChanged, this, refreshLists);
    connect(m_document, &Document::patternsChanged, this, refreshLists);
    // A diagram retitled in the studio (Properties panel): the lists that name it follow; other
    // diagram edits (every nudge) leave them alone.
    auto diagramTitles = std::make_shared<QHash<QString, QString>>();
    const auto seedTitles = [this, diagramTitles] {
        diagramTitles->clear();
        for (const Diagram &diagram : m_document->catalog().diagrams)
            diagramTitles->insert(diagram.id, diagram.title);
    };
    seedTitles();
    connect(m_document, &Document::catalogChanged, this, seedTitles);
    connect(m_document, &Document::diagramsChanged, this, seedTitles);
    connect(m_document, &Document::diagramChanged, this, [this, refreshLists, diagramTitles](const QString &id) {
        const Diagram *diagram = m_document->catalog().diagram(id);
        if (!diagram)
            return;
        const auto known = diagramTitles->constFind(id);
        const bool retitled = known != diagramTitles->cend() ? *known != diagram->title : true;
        diagramTitles->insert(id, diagram->title);
        if (retitled)
            refreshLists();
    });
    refreshFromCatalog();
    refreshDiagnostics();
    createDesktop();
    restoreSettings();
    // Start from a fresh scenario on the model now loaded, unmodified.
    m_workshop->newScenario();
}

void MainWindow::createPages()
{
    m_stack = new QStackedWidget(this);
    m_catalogPage = new CatalogPage(m_stack);
    m_patternPage = new PatternPage(m_stack);
    m_sectionPage = new SectionPage(m_stack);
    m_diagramPage = new DiagramPage(m_stack);
    m_diagramPage->setDocument(m_document);
    m_scenario = new Scenario(this); // gets its catalog in refreshFromCatalog, like every page
    m_whatIfPage = new WhatIfPage(m_scenario, m_stack);
    m_flowchartPage = new FlowchartPage(m_scenario, m_stack);
    m_antiPatternPage = new AntiPatternPage(m_document, m_scenario, m_stack);
    m_roadmapPage = new RoadmapPage(m_document, m_stack);
    m_welcomePage = new WelcomePage(m_stack);
    m_documentPage = new DocumentWorkspacePage(m_stack);
    m_workshop = new Workshop(m_scenario, m_flowchartPage->walk(), this);
    for (QWidget *page : {static_cast<QWidget *>(m_catalogPage), static_cast<QWidget *>(m_patternPage),
                          static_cast<QWidget *>(m_sectionPage), static_cast<QWidget *>(m_diagramPage),
                          static_cast<QWidget *>(m_whatIfPage), static_cast<QWidget *>(m_flowchartPage),
                          static_cast<QWidget *>(m_antiPatternPage), static_cast<QWidget *>(m_roadmapPage),
                          static_cast<QWidget *>(m_welcomePage), static_cast<QWidget *>(m_documentPage)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);

    connect(m_catalogPage, &CatalogPage::pageRequested, this, &MainWindow::showPage);
    connect(m_patternPage, &PatternPage::pageRequested, this, &MainWindow::showPage);
    connect(m_sectionPage, &SectionPage::pageRequested, this, &MainWindow::showPage);
    connect(m_diagramPage, &DiagramPage::pageRequested, this, &MainWindow::showPage);
    connect(m_whatIfPage, &WhatIfPage::pageRequested, this, &MainWindow::showPage);
    connect(m_flowchartPage, &FlowchartPage::pageRequested, this, &MainWindow::showPage);
    connect(m_welcomePage, &WelcomePage::pageRequested, this, &MainWindow::showPage);
    connect(m_antiPatternPage, &AntiPatternPage::patternRequested, this,
            [this](const QString &patternId) { showPage({PageRef::Kind::Pattern, patternId}); });
}

void MainWindow::createDocks()
{
    m_navigator = new NavigatorWidget(this);
    m_navigatorDock = new QDockWidget(tr("Navigator"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    connect(m_navigator, &NavigatorWidget::pageRequested, this, &MainWindow::showPage);

    m_problems = new ProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    resizeDocks({m_navigatorDock}, {270}, Qt::Horizontal);

    auto *history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<model as loaded>"));
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    // Free-text notes of the workshop scenario, saved with it.
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("scenarioNotes"));
    m_notes->setPlaceholderText(tr("Notes about this scenario: what the room asked, what was decided\u2026"));
    m_notesDock = new QDockWidget(tr("Scenario Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_notesDock->hide();
    createDeckDock();
}

void MainWindow::createActions()
{
    // Shortcuts: the workshop scenario is what a facilitator opens and saves all day, so it has
    // the standard keys (Ctrl+N/O/S, Ctrl+Shift+S); the model, edited in the diagram studio, adds
    // Alt (Ctrl+Alt+O/S, Ctrl+Alt+Shift+S).
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newScenario = file->addAction(tr("&New Scenario"), this, [this] {
        if (maybeSaveScenario())
            this->newScenario();
    });
    newScenario->setShortcut(QKeySequence::New);
    newScenario->setStatusTip(tr("Start a scenario from the model's default inputs"));
    ActionIcons::set(newScenario, QStringLiteral("document-new"));
    QAction *openScenario = file->addAction(tr("&Open Scenario\u2026"), this, &MainWindow::chooseScenarioFile);
    openScenario->setShortcut(QKeySequence::Open);
    openScenario->setStatusTip(tr("Open a workshop scenario (.archscape)"));
    ActionIcons::set(openScenario, QStringLiteral("document-open"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentScenariosMenu"));
    m_recentMenu->menuAction()->setStatusTip(tr("Open a scenario you worked on lately"));
    ActionIcons::set(m_recentMenu->menuAction(), QStringLiteral("document-open-recent"));
    QAction *saveScenario = file->addAction(tr("&Save Scenario"), this, &MainWindow::saveScenario);
    saveScenario->setShortcut(QKeySequence::Save);
    saveScenario->setStatusTip(tr("Write the scenario (inputs, answers, re-scores, failures, notes, deck) to its file"));
    ActionIcons::set(saveScenario, QStringLiteral("document-save"));
    QAction *saveScenarioAs = file->addAction(tr("Save Scenario &As\u2026"), this, &MainWindow::saveScenarioAs);
    saveScenarioAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveScenarioAs->setStatusTip(tr("Write the scenario to a new file"));
    ActionIcons::set(saveScenarioAs, QStringLiteral("document-save-as"));
    file->addSeparator();
    QAction *open = file->addAction(tr("Open &Model\u2026"), this, &MainWindow::chooseModelFile);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    open->setStatusTip(tr("Load a pattern model from a JSON file"));
    ActionIcons::set(open, QStringLiteral("document-open"));
    QAction *save = file->addAction(tr("Save Mo&del"), this, &MainWindow::saveModel);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    save->setStatusTip(tr("Write the model with your edits to its file"));
    ActionIcons::set(save, QStringLiteral("document-save"));
    QAction *saveAs = file->addAction(tr("Save Model As\u2026"), this, &MainWindow::saveModelAs);
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S));
    saveAs->setStatusTip(tr("Write the model with your edits to a new file"));
    ActionIcons::set(saveAs, QStringLiteral("document-save-as"));
    file->addSeparator();
    QAction *openDocument = file->addAction(tr("Open Doc&ument\u2026"), this, &MainWindow::chooseDocumentFile);
    openDocument->setObjectName(QStringLiteral("openDocumentAction"));
    openDocument->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    openDocument->setStatusTip(tr("Open a Markdown document or Mermaid file: every Mermaid diagram in it becomes a view"));
    ActionIcons::set(openDocument, QStringLiteral("x-office-document"));
    file->addSeparator();
    QAction *newDiagram = file->addAction(tr("New &Diagram…"), this, &MainWindow::newDiagram);
    newDiagram->setStatusTip(tr("Add an empty architecture diagram to the model"));
    ActionIcons::set(newDiagram, QStringLiteral("list-add"));
    QAction *newPattern = file->addAction(tr("New &Pattern…"), this, &MainWindow::newPattern);
    newPattern->setStatusTip(tr("Add a pattern (with a diagram of its own) to the model"));
    ActionIcons::set(newPattern, QStringLiteral("star-new"));
    file->addSeparator();
    QAction *reload = file->addAction(tr("&Reload Model"), this, [this] {
        if (!maybeSave())
            return; // reloading would drop the unsaved edits
        if (m_document->isEmbedded())
            m_document->openEmbedded();
        else
            openModel(m_document->source());
    });
    reload->setShortcut(QKeySequence::Refresh);
    reload->setStatusTip(tr("Read the open model file again"));
    ActionIcons::set(reload, QStringLiteral("view-refresh"));
    QAction *embedded = file->addAction(tr("Use the &Built-in Model"), this, [this] {
        if (maybeSave())
            m_document->openEmbedded();
    });
    embedded->setStatusTip(tr("Return to the model of the source document that ships with Archscape"));
    file->addSeparator();
    QAction *exportView = file->addAction(tr("&Export View\u2026"), this,
                                          [this] { exportViews(int(ExportDialog::Mode::View)); });
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportView->setStatusTip(tr("Save the view on screen as SVG, PDF or PNG"));
    ActionIcons::set(exportView, QStringLiteral("document-send"));
    QAction *exportAll = file->addAction(tr("Export &All Views\u2026"), this,
                                         [this] { exportViews(int(ExportDialog::Mode::AllViews)); });
    exportAll->setStatusTip(tr("Save every diagram, chart and table view into a folder"));
    QAction *report = file->addAction(tr("Export Pattern &Report\u2026"), this,
                                      [this] { exportViews(int(ExportDialog::Mode::Report)); });
    report->setStatusTip(tr("A multi-page PDF handout about one pattern"));
    addDeckFileActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Leave Archscape"));
    ActionIcons::set(quit, QStringLiteral("application-exit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setStatusTip(tr("Take back the last edit"));
    ActionIcons::set(undo, QStringLiteral("edit-undo"));
    edit->addAction(undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setStatusTip(tr("Make the edit taken back again"));
    ActionIcons::set(redo, QStringLiteral("edit-redo"));
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copyView = edit->addAction(tr("&Copy View"), this, &MainWindow::copyCurrentView);
    copyView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyView->setStatusTip(tr("Put the view on screen on the clipboard as an image and as SVG"));
    ActionIcons::set(copyView, QStringLiteral("edit-copy"));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Pattern\u2026"), this, [this] {
        showPage({PageRef::Kind::Catalog, {}});
        m_catalogPage->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_catalogPage->searchField()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the pattern catalog"));
    ActionIcons::set(find, QStringLiteral("edit-find"));
    addDesktopEditActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *navigatorToggle = m_navigatorDock->toggleViewAction();
    navigatorToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    navigatorToggle->setStatusTip(tr("Show or hide the navigator"));
    ActionIcons::set(navigatorToggle, QStringLiteral("sidebar-show"));
    view->addAction(navigatorToggle);
    QAction *problemsToggle = m_problemsDock->toggleViewAction();
    problemsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    problemsToggle->setStatusTip(tr("Show or hide the problems found in the model"));
    ActionIcons::set(problemsToggle, QStringLiteral("dialog-warning"));
    view->addAction(problemsToggle);
    QAction *historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    historyToggle->setStatusTip(tr("Show or hide the list of edits, to undo or redo several at once"));
    ActionIcons::set(historyToggle, QStringLiteral("document-open-recent"));
    view->addAction(historyToggle);
    QAction *notesToggle = m_notesDock->toggleViewAction();
    notesToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    notesToggle->setStatusTip(tr("Show or hide the scenario's notes"));
    ActionIcons::set(notesToggle, QStringLiteral("insert-text"));
    view->addAction(notesToggle);
    addDeckViewActions(view);
    view->addSeparator();
    addThemeActions(view);
    addLanguageActions(view);
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setStatusTip(tr("Use the whole screen"));
    ActionIcons::set(fullScreen, QStringLiteral("view-fullscreen"));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setStatusTip(tr("Return to the previous page"));
    ActionIcons::set(m_backAction, QStringLiteral("go-previous"));
    m_forwardAction = go->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setStatusTip(tr("Go to the next page again"));
    ActionIcons::set(m_forwardAction, QStringLiteral("go-next"));
    QAction *whatIf = go->addAction(tr("&What-if Analysis"), this, [this] { showPage({PageRef::Kind::WhatIf, {}}); });
    whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    whatIf->setStatusTip(tr("Drive the recommendation and costs with sliders"));
    ActionIcons::set(whatIf, QStringLiteral("applications-science"));
    QAction *flowchart = go->addAction(tr("Choose a &Pattern"), this, [this] { showPage({PageRef::Kind::Flowchart, {}}); });
    flowchart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    flowchart->setStatusTip(tr("Click through the pattern-selection flowchart"));
    ActionIcons::set(flowchart, QStringLiteral("find-location"));
    QAction *risks = go->addAction(tr("Anti-pattern &Risks"), this, [this] { showPage({PageRef::Kind::AntiPatterns, {}}); });
    risks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    risks->setStatusTip(tr("The anti-pattern risk/impact quadrant"));
    ActionIcons::set(risks, QStringLiteral("dialog-warning"));
    QAction *roadmap = go->addAction(tr("Adoption R&oadmap"), this, [this] { showPage({PageRef::Kind::Roadmap, {}}); });
    roadmap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    roadmap->setStatusTip(tr("The adoption roadmap as a Gantt chart"));
    ActionIcons::set(roadmap, QStringLiteral("x-office-calendar"));
    QAction *welcome = go->addAction(tr("W&elcome"), this, [this] { showPage({PageRef::Kind::Welcome, {}}); });
    welcome->setStatusTip(tr("Example scenarios, recent scenarios and the main pages"));
    ActionIcons::set(welcome, QStringLiteral("go-home"));
    QAction *catalog = go->addAction(tr("Pattern &Catalog"), this, [this] { showPage({PageRef::Kind::Catalog, {}}); });
    catalog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Home));
    catalog->setStatusTip(tr("Show every pattern with its summary"));
    ActionIcons::set(catalog, QStringLiteral("view-list"));
    m_backAction->setEnabled(false);
    m_forwardAction->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addDesktopHelpActions(help);
    QAction *about = help->addAction(tr("&About Archscape"), this, &MainWindow::showAbout);
    about->setStatusTip(tr("Version and credits"));
    about->setMenuRole(QAction::AboutRole);
    ActionIcons::set(about, QStringLiteral("help-about"));
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setStatusTip(tr("The Qt version Archscape runs on"));
    finishDesktopActions();
}

void MainWindow::refreshFromCatalog()
{
    const Catalog &catalog = m_document->catalog();
    m_navigator->setCatalog(catalog);
    m_catalogPage->setCatalog(catalog);
    m_diagramPage->setCatalog(catalog);
    m_scenario->setCatalog(catalog);
    m_workshop->setModel(m_document->isEmbedded() ? QString() : m_document->source(), catalog.schemaVersion);
    m_welcomePage->setCatalog(catalog);
    m_whatIfPage->catalogChanged();
    m_flowchartPage->setCatalog(catalog);
    // Pages whose subject vanished with the new model fall back to the catalog.
    QList<PageRef> valid;
    const auto exists = [&](const PageRef &page) {
        switch (page.kind) {
        case PageRef::Kind::Catalog:
        case PageRef::Kind::WhatIf:
        case PageRef::Kind::Welcome:
            return true;
        case PageRef::Kind::DocumentWorkspace:
            return m_documentPage->hasDocument();
        case PageRef::Kind::Flowchart:
            return catalog.diagram(catalog.flowchart.diagram) != nullptr;
        case PageRef::Kind::AntiPatterns:
            return !catalog.antiPatterns.items.isEmpty();
        case PageRef::Kind::Roadmap:
            return !catalog.roadmap.sections.isEmpty();
        case PageRef::Kind::Pattern:
            return catalog.pattern(page.id) != nullptr;
        case PageRef::Kind::Diagram:
            return catalog.diagram(page.id) != nullptr;
        case PageRef::Kind::Section:
            return catalog.section(page.id) != nullptr;
        }
        return false;
    };
    m_back.removeIf([&](const PageRef &p) { return !exists(p); });
    m_forward.removeIf([&](const PageRef &p) { return !exists(p); });
    navigate(exists(m_current) ? m_current : PageRef{}, false);

    m_modelStatus->setText(tr("%1: %2 patterns, %3 diagrams, %4 tables")
                               .arg(m_document->isEmbedded() ? tr("Built-in model") : QFileInfo(m_document->source()).fileName())
                               .arg(catalog.patterns.size())
                               .arg(catalog.diagrams.size())
                               .arg(catalog.tables.size()));
    updateWindowTitle();
}

void MainWindow::refreshDiagnostics()
{
    const Diagnostics &diagnostics = m_document->diagnostics();
    QString source = diagnostics.isEmpty() ? m_document->source() : diagnostics.first().file;
    m_problems->setDiagnostics(diagnostics, source);
    m_problemsDock->setWindowTitle(diagnostics.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(diagnostics.size()));
    if (hasErrors(diagnostics)) {
        m_problemsDock->show();
        m_problemsDock->raise();
        statusBar()->showMessage(tr("The model was not loaded: %n problem(s) listed in the Problems panel",
                                    nullptr, int(diagnostics.size())),
                                 10000);
    } else if (!diagnostics.isEmpty()) {
        m_problemsDock->show();
    }
}

bool MainWindow::openModel(const QString &path)
{
    const bool ok = m_document->open(path);
    if (ok)
        statusBar()->showMessage(tr("Loaded %1").arg(QFileInfo(path).fileName()), 5000);
    return ok;
}

void MainWindow::chooseModelFile()
{
    if (!maybeSave())
        return;
    QSettings settings;
    const QString start = settings.value(QStringLiteral("paths/lastModelFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), start,
                                                      tr("Archscape models (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastModelFolder"), QFileInfo(path).absolutePath());
    openModel(path);
}

bool MainWindow::openDocument(const QString &path)
{
    const bool ok = m_documentPage->openFile(path);
    const ImportedDocument &imported = m_documentPage->importedDocument();
    m_navigator->setImportedDocument(QFileInfo(path).fileName());
    if (!imported.diagnostics.isEmpty()) {
        m_problems->setDiagnostics(imported.diagnostics, path);
        m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(imported.diagnostics.size()));
        m_problemsDock->show();
    }
    statusBar()->showMessage(ok ? tr("Opened %1: %n diagram(s)", nullptr, int(imported.views.size())).arg(QFileInfo(path).fileName())
                                : tr("%1 has problems: %n listed in the Problems panel", nullptr, int(imported.diagnostics.size()))
                                      .arg(QFileInfo(path).fileName()),
                             8000);
    showPage({PageRef::Kind::DocumentWorkspace, {}});
    return ok;
}

void MainWindow::chooseDocumentFile()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("paths/lastDocumentFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Document"), start,
                                                      tr("Markdown and Mermaid (*.md *.markdown *.mmd);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastDocumentFolder"), QFileInfo(path).absolutePath());
    openDocument(path);
}

void MainWindow::showPage(const PageRef &page)
{
    navigate(page, true);
}

void MainWindow::navigate(const PageRef &page, bool record)
{
    if (record && !(page == m_current)) {
        m_back.append(m_current);
        m_forward.clear();
    }
    m_current = page;
    const Catalog &catalog = m_document->catalog();
    switch (page.kind) {
    case PageRef::Kind::Catalog:
        m_stack->setCurrentWidget(m_catalogPage);
        break;
    case PageRef::Kind::Pattern:
        m_patternPage->showPattern(catalog, page.id);
        m_stack->setCurrentWidget(m_patternPage);
        break;
    case PageRef::Kind::Diagram:
        m_diagramPage->showDiagram(page.id);
        m_stack->setCurrentWidget(m_diagramPage);
        break;
    case PageRef::Kind::Section:
        m_sectionPage->showSection(catalog, page.id);
        m_stack->setCurrentWidget(m_sectionPage);
        break;
    case PageRef::Kind::WhatIf:
        m_stack->setCurrentWidget(m_whatIfPage);
        break;
    case PageRef::Kind::Flowchart:
        m_stack->setCurrentWidget(m_flowchartPage);
        m_flowchartPage->setFocus(Qt::OtherFocusReason); // number keys answer at once
        break;
    case PageRef::Kind::AntiPatterns:
        m_stack->setCurrentWidget(m_antiPatternPage);
        break;
    case PageRef::Kind::Roadmap:
        m_stack->setCurrentWidget(m_roadmapPage);
        break;
    case PageRef::Kind::Welcome:
        m_stack->setCurrentWidget(m_welcomePage);
        break;
    case PageRef::Kind::DocumentWorkspace:
        m_stack->setCurrentWidget(m_documentPage);
        break;
    }
    m_workshop->setPage(page.toString());
    if (page.kind == PageRef::Kind::Pattern)
        m_workshop->setSelectedPattern(page.id);
    m_navigator->setCurrentPage(page);
    m_backAction->setEnabled(!m_back.isEmpty());
    m_forwardAction->setEnabled(!m_forward.isEmpty());
}

void MainWindow::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(m_current);
    navigate(m_back.takeLast(), false);
}

void MainWindow::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(m_current);
    navigate(m_forward.takeLast(), false);
}

QString MainWindow::currentExportViewId() const
{
    // The what-if page shows one of three charts: export the tab on screen.
    const QString chart = m_whatIfPage->costBreakdown()->isVisible()     ? QStringLiteral("chart/cost-breakdown")
                          : m_whatIfPage->complexityRadar()->isVisible() ? QStringLiteral("chart/complexity-radar")
                                                                         : QStringLiteral("chart/cost-curves");
    return ExportRegistry::viewIdForPage(m_document->catalog(), m_current, chart);
}

void MainWindow::exportViews(int mode)
{
    ExportDialog dialog(m_document, m_scenario, currentExportViewId(), this);
    dialog.setMode(ExportDialog::Mode(mode));
    if (m_current.kind == PageRef::Kind::Pattern)
        dialog.setPatternId(m_current.id);
    // What the user set up on screen goes into the file: failed components, the walk's path.
    const QString diagramId = m_diagramPage->diagramId();
    if (!diagramId.isEmpty() && !m_diagramPage->scene()->failedNodes().isEmpty())
        dialog.setFailedNodes({{diagramId, m_diagramPage->scene()->failedNodes()}});
    dialog.setFlowchartWalk(m_flowchartPage->walk());
    dialog.exec();
}

void MainWindow::copyCurrentView()
{
    const QString viewId = currentExportViewId();
    if (viewId.isEmpty()) {
        statusBar()->showMessage(tr("This page has no picture to copy; open a diagram or a chart."), 5000);
        return;
    }
    QHash<QString, QSet<QString>> failed;
    if (m_current.kind == PageRef::Kind::Diagram)
        failed.insert(m_current.id, m_diagramPage->scene()->failedNodes());
    QString error;
    if (ExportDialog::copyToClipboard(m_document, m_scenario, viewId, failed, &error))
        statusBar()->showMessage(tr("Copied as an image and as SVG."), 3000);
    else
        QMessageBox::warning(this, tr("Copy View"), error);
}

void MainWindow::updateWindowTitle()
{
    const QString model = m_document->isEmbedded() ? m_document->catalog().title : QFileInfo(m_document->source()).fileName();
    // [*] shows an asterisk while the scenario or the model has unsaved changes.
    setWindowTitle(tr("%1[*] \u2014 %2 \u2014 Archscape").arg(m_workshop->displayName(), model));
    setWindowModified(m_document->isModified() || m_workshop->isModified());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

bool MainWindow::saveModel()
{
    // The built-in model is part of the program: edits of it go to a file of the user's.
    if (m_document->isEmbedded())
        return saveModelAs();
    return saveModelTo(m_document->source());
}

bool MainWindow::saveModelAs()
{
    QSettings settings;
    QString start = settings.value(QStringLiteral("paths/lastModelFolder")).toString();
    if (!m_document->isEmbedded())
        start = m_document->source();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Model As"), start,
                                                tr("Archscape models (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings.setValue(QStringLiteral("paths/lastModelFolder"), QFileInfo(path).absolutePath());
    return saveModelTo(path);
}

bool MainWindow::saveModelTo(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Save Model"), tr("The model was not saved.\n\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Edits"),
                    tr("The model has edits that are not saved. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedEditsBox"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveModel();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::newDiagram()
{
    NewDiagramDialog dialog(m_document->catalog(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Diagram diagram = dialog.diagram();
    QString error;
    if (!pushEdit(m_document, new NewDiagramCommand(m_document, diagram), &error)) {
        QMessageBox::warning(this, tr("New Diagram"), tr("The diagram was not added: %1").arg(error));
        return;
    }
    showPage({PageRef::Kind::Diagram, diagram.id});
    m_diagramPage->editor()->setEditing(true);
}

void MainWindow::newPattern()
{
    NewPatternDialog dialog(m_document->catalog(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<Diagram> diagram = dialog.diagram();
    QString error;
    if (!pushEdit(m_document, new NewPatternCommand(m_document, dialog.pattern(), diagram), &error)) {
        QMessageBox::warning(this, tr("New Pattern"), tr("The pattern was not added: %1").arg(error));
        return;
    }
    if (diagram) {
        showPage({PageRef::Kind::Diagram, diagram->id});
        m_diagramPage->editor()->setEditing(true);
    } else {
        showPage({PageRef::Kind::Pattern, dialog.pattern().id});
    }
}

void MainWindow::connectWorkshop()
{
    connect(m_workshop, &Workshop::modifiedChanged, this, &MainWindow::updateWindowTitle);
    connect(m_workshop, &Workshop::filePathChanged, this, &MainWindow::updateWindowTitle);
    connect(m_workshop, &Workshop::pageRequested, this, [this](const QString &text) {
        if (const std::optional<PageRef> page = PageRef::fromString(text))
            showPage(*page);
    });
    connect(m_workshop, &Workshop::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_workshop, &Workshop::notesChanged, this, [this] {
        if (m_notes->toPlainText() != m_workshop->notes())
            m_notes->setPlainText(m_workshop->notes());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_workshop->setNotes(m_notes->toPlainText()); });
    connect(m_welcomePage, &WelcomePage::scenarioRequested, this, [this](const QString &path) {
        if (maybeSaveScenario())
            openScenario(path);
    });
    connect(m_welcomePage, &WelcomePage::newScenarioRequested, this, [this] {
        if (maybeSaveScenario())
            newScenario();
    });
    connect(m_welcomePage, &WelcomePage::openScenarioRequested, this, &MainWindow::chooseScenarioFile);

    // The scenario owns the failed components; the diagram page shows those of its diagram and
    // reports clicks back. A scene being rebuilt reports its (still empty) set: ignored.
    DiagramScene *scene = m_diagramPage->scene();
    const auto showFailed = [this, scene] {
        const QString id = scene->diagram().id;
        if (id.isEmpty() || m_diagramPage->isLayoutPending())
            return;
        m_syncingFailed = true;
        scene->setFailedNodes(m_scenario->failedComponents(id));
        m_syncingFailed = false;
    };
    connect(scene, &DiagramScene::failureChanged, this, [this, scene] {
        const QString id = scene->diagram().id;
        if (m_syncingFailed || id.isEmpty() || m_diagramPage->isLayoutPending())
            return;
        m_scenario->setFailedComponents(id, scene->failedNodes());
    });
    connect(m_diagramPage, &DiagramPage::layoutFinished, this, showFailed);
    connect(m_scenario, &Scenario::failedComponentsChanged, this, [showFailed, scene](const QString &id) {
        if (id.isEmpty() || id == scene->diagram().id)
            showFailed();
    });
    updateRecentMenu();
    m_welcomePage->setRecentFiles(m_workshop->recentFiles());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_workshop->recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // The number is the mnemonic; the name is the file's, never interpreted.
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this,
                                                  [this, file] {
                                                      if (maybeSaveScenario())
                                                          openScenario(file);
                                                  });
        action->setStatusTip(tr("Open %1").arg(QDir::toNativeSeparators(file)));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setEnabled(QFileInfo::exists(file));
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent scenarios"));
        none->setEnabled(false);
        none->setStatusTip(tr("Scenarios you open or save are listed here"));
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear the List"), m_workshop, &Workshop::clearRecentFiles);
    clear->setEnabled(!files.isEmpty());
    clear->setStatusTip(tr("Forget the recent scenarios (the files stay)"));
    m_welcomePage->setRecentFiles(files);
}

bool MainWindow::openFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String(ScenarioFile::suffix))
        return maybeSaveScenario() && openScenario(path);
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mmd")
        return openDocument(path); // a workspace beside the model: nothing to save first
    return maybeSave() && openModel(path);
}

bool MainWindow::openScenario(const QString &path, QString *error)
{
    QString problem;
    QStringList warnings;
    if (!m_workshop->open(path, &problem, &warnings)) {
        if (error)
            *error = problem;
        else
            QMessageBox::warning(this, tr("Open Scenario"), tr("The scenario was not opened.\n\n%1").arg(problem));
        return false;
    }
    if (!warnings.isEmpty())
        statusBar()->showMessage(tr("Opened with %n warning(s): %1", nullptr, int(warnings.size())).arg(warnings.first()), 10000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(m_workshop->displayName()), 5000);
    if (!m_workshop->notes().isEmpty() && path.startsWith(u':'))
        m_notesDock->show(); // an example explains itself in its notes
    return true;
}

void MainWindow::chooseScenarioFile()
{
    if (!maybeSaveScenario())
        return;
    QSettings settings;
    const QString start = settings.value(QStringLiteral("paths/lastScenarioFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario"), start,
                                                      tr("Archscape scenarios (*.archscape);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/lastScenarioFolder"), QFileInfo(path).absolutePath());
    openScenario(path);
}

void MainWindow::newScenario()
{
    m_workshop->newScenario();
    statusBar()->showMessage(tr("New scenario from the model's default inputs"), 5000);
}

bool MainWindow::saveScenario()
{
    if (m_workshop->filePath().isEmpty())
        return saveScenarioAs();
    QString error;
    if (!m_workshop->save(m_workshop->filePath(), &error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("The scenario was not saved.\n\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_workshop->filePath()).fileName()), 5000);
    return true;
}

bool MainWindow::saveScenarioAs()
{
    QSettings settings;
    QString start = m_workshop->filePath();
    if (start.isEmpty())
        start = settings.value(QStringLiteral("paths/lastScenarioFolder")).toString() + u'/' + m_workshop->displayName()
                + QStringLiteral(".archscape");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), start,
                                                tr("Archscape scenarios (*.archscape);;All files (*)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".archscape");
    settings.setValue(QStringLiteral("paths/lastScenarioFolder"), QFileInfo(path).absolutePath());
    QString error;
    if (!m_workshop->save(path, &error)) {
        QMessageBox::warning(this, tr("Save Scenario"), tr("The scenario was not saved.\n\n%1").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

bool MainWindow::maybeSaveScenario()
{
    if (!m_workshop->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Scenario"),
                    tr("The scenario \u201c%1\u201d has changes that are not saved. Save them first?")
                        .arg(m_workshop->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedScenarioBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return saveScenario();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::offerRecovery(bool autoAccept)
{
    const QStringList orphans = Workshop::orphanedRecoveryFiles();
    if (orphans.isEmpty())
        return false;
    const QString newest = orphans.first();
    bool restore = autoAccept;
    if (!autoAccept) {
        QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Scenario"),
                        tr("Archscape did not close normally. Restore the unsaved scenario autosaved at %1?")
                            .arg(QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("restoreRecoveryBox"));
        box.setTextFormat(Qt::PlainText);
        QPushButton *restoreButton = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        restore = box.clickedButton() == restoreButton;
    }
    bool restored = false;
    if (restore) {
        QString error;
        restored = m_workshop->restoreRecovery(newest, &error);
        if (!restored)
            QMessageBox::warning(this, tr("Restore Unsaved Scenario"), tr("The scenario could not be restored.\n\n%1").arg(error));
        else
            statusBar()->showMessage(tr("Restored the unsaved scenario"), 10000);
    }
    // Older leftovers are older crashes' work, superseded by the newest: not offered again.
    for (const QString &orphan : orphans) {
        if (!restored || orphan != newest)
            Workshop::discardRecovery(orphan);
    }
    return restored;
}

void MainWindow::changeEvent(QEvent *event)
{
    // Losing focus is when work gets lost (another app crashes the session, the laptop sleeps):
    // autosave then, not only on the timer.
    if (event->type() == QEvent::ActivationChange && m_workshop && !isActiveWindow())
        m_workshop->autosave();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix();
        if (url.isLocalFile() && (suffix == QLatin1String(ScenarioFile::suffix) || suffix == u"json")) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            // Open after the drop returns: a question box inside a drop handler blocks the source.
            QTimer::singleShot(0, this, [this, path = url.toLocalFile()] { openFile(path); });
            return;
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    endPresentation(); // the pages come home before anything is saved or closed
    if (!maybeSave() || !maybeSaveScenario()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace archscape
