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

namespace archscape {

class DiagramDetailsPanel;
class DiagramOutlinePage;
class DiagramScene;
class DiagramView;

class DiagramPage : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramPage(QWidget *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    void showDiagram(const QString &diagramId);
    QString diagramId() const { return m_diagramId; }
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

    static constexpr int itemsPerSlice = 150;
    void updateZoomLabel(qreal factor);

    Catalog m_catalog;
    QString m_diagramId;
    DiagramStyle m_style = DiagramStyle::standard();
    QHash<QString, DiagramGeometry> m_cache;
    QFutureWatcher<DiagramGeometry> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;
    QStringList m_problems;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    DiagramDetailsPanel *m_details = nullptr;
    DiagramOutlinePage *m_outline = nullptr;
};

} // namespace archscape
