// A diagram drawn by Graphviz (laid out off the UI thread), with zoom controls, the details and
// failure what-if panel, and a text outline of the same diagram.
#pragma once

#include "catalog.h"
#include "diagram/diagramgeometry.h"
#include "diagram/diagramstyle.h"
#include "pageref.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTabWidget;
class QToolBar;
class QVariantAnimation;

namespace archscape {

class LayoutBusyIndicator;

class DiagramDetailsPanel;
class DiagramEditor;
class DiagramPropertiesPanel;
class Document;
class DiagramOutlinePage;
class DiagramScene;
class DiagramView;

class DiagramPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramPage(QWidget *parent = nullptr);
    ~DiagramPage() override;

    void setCatalog(const Catalog &catalog);
    // With a document the page can edit: an Edit toggle and toolbar appear, edits are undo
    // commands on the document, and a diagram that changed is laid out again (only that one),
    // its components gliding from where they were to where they are now.
    void setDocument(Document *document);
    DiagramEditor *editor() const { return m_editor; }
    // The Properties tab beside the diagram (shown while editing); null without a document.
    DiagramPropertiesPanel *propertiesPanel() const { return m_properties; }
    QTabWidget *sideTabs() const { return m_sideTabs; }
    QToolBar *editToolBar() const { return m_editBar; }
    // The glide after an edit (~250 ms); stopped when there is nothing to move.
    QVariantAnimation *moveAnimation() const { return m_animation; }
    // The last refused edit's reason, as shown above the diagram; empty when none is shown.
    QString editMessage() const;
    void showDiagram(const QString &diagramId);
    QString diagramId() const { return m_diagramId; }
    // The dark canvas of a presentation: ExportTheme's dark diagram colours on a dark ground.
    // Only colours change, so the scene is rebuilt from the layout it has (no Graphviz run).
    void setDarkLook(bool dark);
    bool hasDarkLook() const { return m_style.darkBackground; }
    bool isLayoutPending() const { return m_pending; }
    // Layout problems reported for the diagram on screen, as shown in the banner.
    QStringList problems() const;

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    DiagramDetailsPanel *detailsPanel() const { return m_details; }
    DiagramOutlinePage *outlinePage() const { return m_outline; }

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);
    void layoutFinished(const QString &diagramId);

private:
    void startLayout(const Diagram &diagram);
    void applyGeometry(const DiagramGeometry &geometry);
    void finishGeometry(const DiagramGeometry &geometry);
    void keepPictureAfterFailedRelayout(const DiagramGeometry &failed);

    static constexpr int itemsPerSlice = 150;
    void updateZoomLabel(qreal factor);
    void onDiagramEdited(const QString &diagramId);
    void startMoveAnimation();
    void showEditMessage(const QString &message);
    // Points the Properties panel at the selection, the picked subgraph or the diagram.
    void syncProperties();

    Catalog m_catalog;
    QString m_diagramId;
    DiagramStyle m_style = DiagramStyle::standard();
    QHash<QString, DiagramGeometry> m_cache;
    QFutureWatcher<DiagramGeometry> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;
    QStringList m_problems;
    Document *m_document = nullptr;
    DiagramEditor *m_editor = nullptr;
    QToolBar *m_editBar = nullptr;
    QLabel *m_editMessage = nullptr;
    QVariantAnimation *m_animation = nullptr;
    // Where components were before an edit's re-layout, and what was selected.
    QHash<QString, QPointF> m_previousCentres;
    QStringList m_previousSelection;
    struct EdgeRef
    {
        int index;
        QString from;
        QString to;
    };
    QList<EdgeRef> m_previousEdgeSelection;
    bool m_relayoutAfterEdit = false;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_zoomLabel = nullptr;
    LayoutBusyIndicator *m_busy = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    DiagramDetailsPanel *m_details = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    DiagramPropertiesPanel *m_properties = nullptr;
    DiagramOutlinePage *m_outline = nullptr;
};

} // namespace archscape
