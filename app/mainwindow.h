// The main window: navigator, pages, problems panel, menus; navigation history; remembered layout.
#pragma once

#include "desktop/appsettings.h"
#include "pageref.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QStackedWidget;
class QToolBar;
class QScreen;

namespace archscape {

class CatalogPage;
class DeckController;
class DeckPanel;
class PresentationWindow;
struct SlideTargets;
class DiagramPage;
class DocumentWorkspacePage;
class AntiPatternPage;
class FlowchartPage;
class RoadmapPage;
class Document;
class NavigatorWidget;
class PatternPage;
class ProblemsPanel;
class Scenario;
class SectionPage;
class ThemeManager;
class WelcomePage;
class WhatIfPage;
class Workshop;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document *document, QWidget *parent = nullptr);

    PageRef currentPage() const { return m_current; }
    void showPage(const PageRef &page);
    // The export id of the view on screen ("diagram/cqrs", "chart/cost-curves"...), empty when the
    // page has no exportable view (the catalog, a section).
    QString currentExportViewId() const;
    // Opens a model file; on error the problems panel explains and the open model stays.
    bool openModel(const QString &path);
    // File > Open Document: a Markdown document (.md, .markdown) or a Mermaid file (.mmd) opened as
    // the document workspace, every Mermaid block a view. Shows the workspace page with whatever
    // imported, the problems in its list and the Problems panel; false when the file has errors.
    bool openDocument(const QString &path);
    DocumentWorkspacePage *documentWorkspacePage() const { return m_documentPage; }
    // Save writes to the open file (Save As for the built-in model); both report failures in a
    // message box and return false. maybeSave asks Save/Discard/Cancel when there are unsaved
    // edits and returns whether to go on.
    bool saveModel();
    bool saveModelAs();
    bool maybeSave();
    QDockWidget *historyDock() const { return m_historyDock; }

    // Workshop scenarios (File > New/Open/Save Scenario). openFile picks by suffix: a .archscape
    // scenario, else a model. openScenario reports problems in `error` when given, else in a
    // message box; it does not ask about unsaved work (chooseScenarioFile and drops do).
    bool openFile(const QString &path);
    bool openScenario(const QString &path, QString *error = nullptr);
    bool saveScenario();
    bool saveScenarioAs();
    void newScenario();
    // Asks Save/Discard/Cancel when the scenario has unsaved changes; returns whether to go on.
    bool maybeSaveScenario();
    // Offers to restore the unsaved scenario a crashed session left (autoAccept: without asking).
    // Returns whether a scenario was restored.
    bool offerRecovery(bool autoAccept);
    Workshop *workshop() const { return m_workshop; }
    // The banner shown while autosaving fails (app/mainwindowautosave.cpp); hidden otherwise.
    QToolBar *autosaveBanner() const { return m_autosaveBanner; }
    QLabel *autosaveWarning() const { return m_autosaveWarning; }
    WelcomePage *welcomePage() const { return m_welcomePage; }
    QDockWidget *notesDock() const { return m_notesDock; }

    // Presentation (app/mainwindowdeck.cpp): the deck being edited (kept in step with the
    // workshop's), its dock, and presenting it through the real pages.
    DeckController *deckController() const { return m_deck; }
    DeckPanel *deckPanel() const { return m_deckPanel; }
    QDockWidget *deckDock() const { return m_deckDock; }
    // The pages a slide is captured from and shown on.
    SlideTargets slideTargets();
    // Shows slide `index` of the deck in the main window.
    void goToSlide(int index);
    // Full screen on `screen` (asks which when there are several and none is given), from slide
    // `index`; the page stack moves into the presentation window until it closes.
    void present(int index, QScreen *screen = nullptr);
    PresentationWindow *presentationWindow() const { return m_presentation; }
    bool exportDeckHandout(const QString &path, QString *error);
    void compareScenarios();

    NavigatorWidget *navigator() const { return m_navigator; }
    CatalogPage *catalogPage() const { return m_catalogPage; }
    PatternPage *patternPage() const { return m_patternPage; }
    SectionPage *sectionPage() const { return m_sectionPage; }
    DiagramPage *diagramPage() const { return m_diagramPage; }
    WhatIfPage *whatIfPage() const { return m_whatIfPage; }
    FlowchartPage *flowchartPage() const { return m_flowchartPage; }
    AntiPatternPage *antiPatternPage() const { return m_antiPatternPage; }
    RoadmapPage *roadmapPage() const { return m_roadmapPage; }
    Scenario *scenario() const { return m_scenario; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }

    // Desktop integration (app/mainwindowdesktop.cpp): light/dark themes, Preferences, Keyboard
    // Shortcuts and About.
    ThemeManager *themeManager() const { return m_theme; }
    // Applies and remembers a theme, as View > Theme does.
    void setTheme(AppSettings::Theme theme);
    void showPreferences();
    void showShortcuts();

    // The language of the UI (app/mainwindowlanguage.cpp, View > Language): remembers `language`
    // (a locale name, empty for the system's), installs its translations and replaces this window
    // by a new one built in that language on the same Document (undo stack included), carrying
    // the scenario (state, file, unsaved changes, autosave session), the imported document, the
    // page on screen with the Back/Forward history, geometry and docks. This window is hidden
    // and deleted later, so it must live on the heap; returns the new one (also sent by replaced).
    MainWindow *setLanguage(const QString &language);

Q_SIGNALS:
    // This window gave way to `next` (a language change); it is deleted when control returns to
    // the event loop.
    void replaced(archscape::MainWindow *next);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createDocks();
    void createActions();
    void refreshFromCatalog();
    void refreshDiagnostics();
    void navigate(const PageRef &page, bool record);
    void goBack();
    void goForward();
    void chooseModelFile();
    void chooseDocumentFile();
    void showAbout();
    void exportViews(int mode);
    void copyCurrentView();
    void restoreSettings();
    void updateWindowTitle();
    bool saveModelTo(const QString &path);
    void newDiagram();
    void newPattern();
    void chooseScenarioFile();
    void updateRecentMenu();
    void connectWorkshop();
    void createAutosaveBanner();
    void createDeckDock();
    void addDeckFileActions(QMenu *file);
    void addDeckViewActions(QMenu *view);
    void chooseDeckHandout();
    void endPresentation();
    void createDesktop();
    void addThemeActions(QMenu *view);
    void addDesktopEditActions(QMenu *edit);
    void addDesktopHelpActions(QMenu *help);
    void finishDesktopActions();
    void applyTheme(bool dark);
    void resetWindowLayout();
    void addLanguageActions(QMenu *view);
    MainWindow *rebuild();

    Document *m_document;
    QStackedWidget *m_stack = nullptr;
    CatalogPage *m_catalogPage = nullptr;
    PatternPage *m_patternPage = nullptr;
    SectionPage *m_sectionPage = nullptr;
    DiagramPage *m_diagramPage = nullptr;
    Scenario *m_scenario = nullptr;
    WhatIfPage *m_whatIfPage = nullptr;
    FlowchartPage *m_flowchartPage = nullptr;
    AntiPatternPage *m_antiPatternPage = nullptr;
    RoadmapPage *m_roadmapPage = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    DocumentWorkspacePage *m_documentPage = nullptr;
    Workshop *m_workshop = nullptr;
    QToolBar *m_autosaveBanner = nullptr;
    QLabel *m_autosaveWarning = nullptr;
    QDockWidget *m_notesDock = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QMenu *m_recentMenu = nullptr;
    DeckController *m_deck = nullptr;
    DeckPanel *m_deckPanel = nullptr;
    QDockWidget *m_deckDock = nullptr;
    PresentationWindow *m_presentation = nullptr;
    bool m_syncingFailed = false;
    NavigatorWidget *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QLabel *m_modelStatus = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    ThemeManager *m_theme = nullptr;
    QByteArray m_defaultState;

    PageRef m_current;
    QList<PageRef> m_back;
    QList<PageRef> m_forward;
};

} // namespace archscape
