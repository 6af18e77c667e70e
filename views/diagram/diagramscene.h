// The drawn diagram: one item per node, edge and cluster built from a DiagramGeometry, hover
// highlighting of neighbours, selection, and the failure what-if (which components are down).
#pragma once

#include "catalog.h"
#include "diagramemphasis.h"
#include "diagramgeometry.h"
#include "failureanalysis.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace archscape {

class ClusterItem;
class EdgeItem;
class NodeItem;
struct DiagramStyle;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    void setDiagram(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                    const DiagramStyle &style);
    // The same in steps, so that a huge diagram does not block the event loop: begin, then call
    // addMoreItems until it returns true (the scene is complete and the failure state applied).
    void beginDiagram(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                      const DiagramStyle &style);
    bool addMoreItems(int maxItems);
    void clearDiagram();
    const Diagram &diagram() const { return m_diagram; }
    const DiagramGeometry &geometry() const { return m_geometry; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(int index) const { return m_edges.value(index); }
    QList<NodeItem *> nodeItems() const;
    QList<EdgeItem *> edgeItems() const;
    QList<ClusterItem *> clusterItems() const;

    // Label text is unreadable below about 40% zoom and costly to draw for thousands of items:
    // views hide it there (level of detail). New items follow the current setting.
    void setDetailVisible(bool visible);
    bool isDetailVisible() const { return m_detailVisible; }

    // Hovering a node highlights its neighbours and dims the rest; a flowchart walk turns that off
    // so the path stays readable under the pointer.
    void setHoverEmphasisEnabled(bool enabled);
    QString hoveredNode() const { return m_hovered; }
    void setHoveredNode(const QString &id);

    QSet<QString> failedNodes() const { return m_failed; }
    void setFailedNodes(const QSet<QString> &failed);
    void setNodeFailed(const QString &id, bool failed);
    const FailureImpact &failureImpact() const { return m_impact; }

    // Marks a walk's path; kept across a rebuild of the same diagram. Empty clears it.
    void setPathEmphasis(const PathEmphasis &emphasis);
    const PathEmphasis &pathEmphasis() const { return m_path; }

Q_SIGNALS:
    void nodeSelected(const QString &id);
    void edgeSelected(int index);
    void selectionCleared();
    void failureChanged();

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void applyEmphasis();
    void onSelectionChanged();

    Catalog m_catalog;
    Diagram m_diagram;
    DiagramGeometry m_geometry;
    QHash<QString, NodeItem *> m_nodes;
    QHash<int, EdgeItem *> m_edges;
    QList<ClusterItem *> m_clusters;
    QString m_hovered;
    bool m_detailVisible = true;
    // Incremental building state.
    std::unique_ptr<DiagramStyle> m_style;
    QHash<QString, const DiagramNode *> m_nodesById;
    qsizetype m_nextNode = 0;
    qsizetype m_nextEdge = 0;
    QSet<QString> m_keepFailed;
    QSet<QString> m_failed;
    FailureImpact m_impact;
    PathEmphasis m_path;
    bool m_hoverEmphasis = true;
};

} // namespace archscape
