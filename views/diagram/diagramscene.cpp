#include "diagramscene.h"

#include "clusteritem.h"
#include "diagrampainter.h"
#include "diagrampicture.h"
#include "diagramstyle.h"
#include "edgeitem.h"
#include "nodeitem.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSimpleTextItem>
#include <QMenu>

#include <limits>

namespace archscape {

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
{
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

DiagramScene::~DiagramScene()
{
    // ~QGraphicsScene deletes the items, and a selected item's removal emits selectionChanged; by
    // then this is no longer a DiagramScene, so the slot must not be reached (UB, and it would
    // touch members already destroyed).
    disconnect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

void DiagramScene::clearDiagram()
{
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_clusters.clear();
    m_hovered.clear();
    m_failed.clear();
    m_impact = {};
    m_diagram = {};
    m_geometry = {};
    m_style.reset();
    m_nodesById.clear();
    m_nextNode = m_nextEdge = 0;
}

void DiagramScene::setDiagram(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                              const DiagramStyle &style)
{
    beginDiagram(catalog, diagram, geometry, style);
    while (!addMoreItems(std::numeric_limits<int>::max())) {
    }
}

void DiagramScene::beginDiagram(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                                const DiagramStyle &style)
{
    m_keepFailed = diagram.id == m_diagram.id ? m_failed : QSet<QString>();
    clearDiagram();
    m_catalog = catalog;
    m_diagram = diagram;
    m_geometry = geometry;
    m_style = std::make_unique<DiagramStyle>(style);
    m_nextNode = 0;
    m_nextEdge = 0;
    // Diagram::node() searches linearly; a 1000-node diagram needs an index here.
    m_nodesById.clear();
    m_nodesById.reserve(m_diagram.nodes.size());
    for (const DiagramNode &node : m_diagram.nodes)
        m_nodesById.insert(node.id, &node);

    for (const ClusterGeometry &cluster : geometry.clusters) {
        const ClusterLook look = DiagramPainter::clusterLook(catalog, m_diagram, cluster, style);
        auto *item = new ClusterItem(cluster.id, cluster.rect, DiagramPainter::clusterTitle(cluster, look.title, style), look);
        item->setZValue(-10 + cluster.depth);
        addItem(item);
        m_clusters.append(item);
    }
    const qreal margin = DiagramPicture::margin;
    setSceneRect(geometry.bounds.adjusted(-margin, -margin, margin, margin));
}

bool DiagramScene::addMoreItems(int maxItems)
{
    if (!m_style)
        return true;
    int added = 0;
    for (; m_nextNode < m_geometry.nodes.size() && added < maxItems; ++m_nextNode, ++added) {
        const NodeGeometry &geometryNode = m_geometry.nodes.at(m_nextNode);
        const DiagramNode *node = m_nodesById.value(geometryNode.id);
        if (!node)
            continue;
        auto *item = new NodeItem(*node, geometryNode.rect, DiagramPainter::nodeColors(m_diagram, *node), *m_style);
        addItem(item);
        m_nodes.insert(node->id, item);
    }
    for (; m_nextEdge < m_geometry.edges.size() && added < maxItems; ++m_nextEdge, ++added) {
        const EdgeGeometry &edgeGeometry = m_geometry.edges.at(m_nextEdge);
        if (edgeGeometry.index < 0 || edgeGeometry.index >= m_diagram.edges.size())
            continue;
        auto *item = new EdgeItem(m_diagram.edges.at(edgeGeometry.index), edgeGeometry, *m_style);
        addItem(item);
        m_edges.insert(edgeGeometry.index, item);
    }
    if (m_nextNode < m_geometry.nodes.size() || m_nextEdge < m_geometry.edges.size())
        return false;
    m_style.reset();
    if (!m_detailVisible) {
        for (QGraphicsItem *item : items()) {
            if (item->type() == QGraphicsSimpleTextItem::Type)
                item->setVisible(false);
        }
    }
    setFailedNodes(m_keepFailed);
    return true;
}

void DiagramScene::setDetailVisible(bool visible)
{
    if (visible == m_detailVisible)
        return;
    m_detailVisible = visible;
    for (QGraphicsItem *item : items()) {
        if (item->type() == QGraphicsSimpleTextItem::Type)
            item->setVisible(visible);
    }
}

QList<NodeItem *> DiagramScene::nodeItems() const
{
    QList<NodeItem *> items;
    for (const DiagramNode &node : m_diagram.nodes) {
        if (NodeItem *item = m_nodes.value(node.id))
            items.append(item);
    }
    return items;
}

QList<EdgeItem *> DiagramScene::edgeItems() const
{
    QList<EdgeItem *> items;
    for (int i = 0; i < m_diagram.edges.size(); ++i) {
        if (EdgeItem *item = m_edges.value(i))
            items.append(item);
    }
    return items;
}

QList<ClusterItem *> DiagramScene::clusterItems() const
{
    return m_clusters;
}

void DiagramScene::setHoveredNode(const QString &id)
{
    if (id == m_hovered)
        return;
    m_hovered = id;
    applyEmphasis();
}

void DiagramScene::setFailedNodes(const QSet<QString> &failed)
{
    m_failed.clear();
    for (const QString &id : failed) {
        if (m_nodes.contains(id))
            m_failed.insert(id);
    }
    m_impact = analyzeFailure(m_catalog, m_diagram, m_failed);
    applyEmphasis();
    Q_EMIT failureChanged();
}

void DiagramScene::setNodeFailed(const QString &id, bool failed)
{
    QSet<QString> next = m_failed;
    if (failed)
        next.insert(id);
    else
        next.remove(id);
    if (next != m_failed)
        setFailedNodes(next);
}

void DiagramScene::setHoverEmphasisEnabled(bool enabled)
{
    m_hoverEmphasis = enabled;
    applyEmphasis();
}

void DiagramScene::setPathEmphasis(const PathEmphasis &emphasis)
{
    if (emphasis == m_path)
        return;
    m_path = emphasis;
    applyEmphasis();
}

void DiagramScene::applyEmphasis()
{
    const DiagramEmphasis emphasis = computeEmphasis(m_diagram, m_failed, m_impact, m_path, m_hoverEmphasis ? m_hovered : QString());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setEmphasis(emphasis.nodes.value(it.key(), ItemEmphasis::Normal));
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setEmphasis(emphasis.edges.value(it.key(), ItemEmphasis::Normal));
}

void DiagramScene::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.isEmpty()) {
        Q_EMIT selectionCleared();
        return;
    }
    if (auto *node = qgraphicsitem_cast<NodeItem *>(selected.first()))
        Q_EMIT nodeSelected(node->id());
    else if (auto *edge = qgraphicsitem_cast<EdgeItem *>(selected.first()))
        Q_EMIT edgeSelected(edge->edgeIndex());
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    NodeItem *node = nullptr;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if ((node = qgraphicsitem_cast<NodeItem *>(item)))
            break;
    }
    if (!node) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    QMenu menu;
    const bool failed = m_failed.contains(node->id());
    const QString name = node->labelLines().value(0, node->id());
    QAction *toggle = menu.addAction(failed ? tr("Restore \"%1\"").arg(name) : tr("What if \"%1\" fails?").arg(name));
    QAction *clearAll = menu.addAction(tr("Restore every component"));
    clearAll->setEnabled(!m_failed.isEmpty());
    QAction *chosen = menu.exec(event->screenPos());
    if (chosen == toggle)
        setNodeFailed(node->id(), !failed);
    else if (chosen == clearAll)
        setFailedNodes({});
    event->accept();
}

} // namespace archscape
