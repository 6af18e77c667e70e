// The drawn diagram: one item per node, edge and cluster built from a DiagramGeometry, hover
// highlighting of neighbours, selection, and the failure what-if (which components are down).
#pragma once

#include "catalog.h"
#include "diagramgeometry.h"
#include "failureanalysis.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

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

    void setDiagram(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                    const DiagramStyle &style);
    void clearDiagram();
    const Diagram &diagram() const { return m_diagram; }
    const DiagramGeometry &geometry() const { return m_geometry; }

    NodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(int index) const { return m_edges.value(index); }
    QList<NodeItem *> nodeItems() const;
    QList<EdgeItem *> edgeItems() const;
    QList<ClusterItem *> clusterItems() const;

    QString hoveredNode() const { return m_hovered; }
    void setHoveredNode(const QString &id);

    QSet<QString> failedNodes() const { return m_failed; }
    void setFailedNodes(const QSet<QString> &failed);
    void setNodeFailed(const QString &id, bool failed);
    const FailureImpact &failureImpact() const { return m_impact; }

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
    QSet<QString> m_failed;
    FailureImpact m_impact;
};

} // namespace archscape
