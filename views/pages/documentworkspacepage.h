// A Markdown document or Mermaid file opened as a workspace (File > Open Document): the list of its
// views (every ```mermaid block, titled by the nearest heading above it), the selected view drawn
// by the same scenes as the built-in views (flowcharts laid out by Graphviz off the UI thread, the
// quadrant by the anti-pattern chart, the gantt by the roadmap's Gantt scene), the import's
// problems with their line and column, and export of the selected view.
#pragma once

#include "catalog.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagramstyle.h"
#include "mermaid/markdownimport.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace archscape {

class LayoutBusyIndicator;

class AntiPatternQuadrantChart;
class DiagramScene;
class DiagramView;
class Document;
class GanttScene;
class GanttView;

class DocumentWorkspacePage : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentWorkspacePage(QWidget *parent = nullptr);
    ~DocumentWorkspacePage() override;

    // Imports the file (Markdown by its .md / .markdown extension, otherwise Mermaid) and shows
    // its first view that imported without errors. False when the file has any error; whatever
    // imported is shown all the same, and the problems are listed.
    bool openFile(const QString &path);
    void setImportedDocument(const ImportedDocument &document);
    const ImportedDocument &importedDocument() const { return m_document; }
    QString path() const { return m_document.path; }
    bool hasDocument() const { return !m_document.path.isEmpty() || !m_document.views.isEmpty(); }

    // The views listed on the left (one row per view, in document order) and the one shown.
    QTreeWidget *viewList() const { return m_viewList; }
    int currentView() const { return m_current; }
    void showView(int index);
    // A flowchart waits for Graphviz; viewShown is emitted once the view is drawn.
    bool isLayoutPending() const { return m_pending; }

    // What the right side shows: the scene of the current view's kind (the others are empty).
    DiagramScene *diagramScene() const { return m_diagramScene; }
    DiagramView *diagramView() const { return m_diagramView; }
    GanttScene *ganttScene() const { return m_ganttScene; }
    AntiPatternQuadrantChart *quadrantChart() const { return m_quadrant; }
    // The widget on the right now: the diagram, gantt or quadrant view, or the "not drawn" message.
    QWidget *shownWidget() const;
    QString notDrawnMessage() const;

    // Every import problem, one row each: severity, "line:column", view title, message.
    QTreeWidget *diagnosticsList() const { return m_diagnostics; }

    // Writes the current view as SVG, PDF or PNG (by the file's extension) with the light theme,
    // through ImportedExportSource and the exporters. False with `error` set otherwise.
    bool exportCurrentView(const QString &path, QString *error);

Q_SIGNALS:
    void viewShown(int index);
    // After openFile / setImportedDocument: the main window lists the diagnostics in Problems.
    void documentChanged();

private:
    void rebuildLists();
    void startLayout(const Diagram &diagram);
    void applyGeometry(const DiagramGeometry &geometry);
    void showMessage(const QString &message);
    void updateZoomLabel(qreal factor);

    ImportedDocument m_document;
    int m_current = -1;
    bool m_pending = false;
    quint64 m_generation = 0;
    Catalog m_flowchartCatalog; // the flowchart on screen, alone: no planes, its own colours
    DiagramStyle m_style = DiagramStyle::standard();
    QFutureWatcher<DiagramGeometry> m_watcher;
    // The quadrant chart reads a Document; a fresh one per quadrant view, destroyed after the chart
    // lets go of it.
    std::unique_ptr<Document> m_quadrantDocument;

    QTreeWidget *m_viewList = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QWidget *m_zoomControls = nullptr;
    LayoutBusyIndicator *m_busy = nullptr;
    QToolButton *m_export = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_diagramPanel = nullptr;
    DiagramScene *m_diagramScene = nullptr;
    DiagramView *m_diagramView = nullptr;
    GanttScene *m_ganttScene = nullptr;
    GanttView *m_ganttView = nullptr;
    AntiPatternQuadrantChart *m_quadrant = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_diagnostics = nullptr;
};

} // namespace archscape
