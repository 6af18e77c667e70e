#include "diagrampicture.h"

#include "diagrampainter.h"
#include "failureanalysis.h"

#include <QPainter>

#include <algorithm>

namespace archscape {

DiagramPicture::DiagramPicture(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry,
                               const DiagramStyle &style)
    : m_catalog(catalog)
    , m_diagram(diagram)
    , m_geometry(geometry)
    , m_style(style)
{
    updateEmphasis();
}

void DiagramPicture::setFailedNodes(const QSet<QString> &failed)
{
    m_failed.clear();
    for (const QString &id : failed) {
        if (m_geometry.node(id))
            m_failed.insert(id);
    }
    updateEmphasis();
}

void DiagramPicture::setPathEmphasis(const PathEmphasis &path)
{
    m_path = path;
    updateEmphasis();
}

void DiagramPicture::updateEmphasis()
{
    const FailureImpact impact = analyzeFailure(m_catalog, m_diagram, m_failed);
    m_emphasis = computeEmphasis(m_diagram, m_failed, impact, m_path, {});
}

void DiagramPicture::paint(QPainter *painter) const
{
    using namespace DiagramPainter;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // The scene's stacking order: frames by depth (outer first), then every edge with its label,
    // then every node with its text; within a layer, the order the scene adds them in.
    QList<const ClusterGeometry *> clusters;
    for (const ClusterGeometry &cluster : m_geometry.clusters)
        clusters.append(&cluster);
    std::stable_sort(clusters.begin(), clusters.end(), [](const ClusterGeometry *a, const ClusterGeometry *b) { return a->depth < b->depth; });
    for (const ClusterGeometry *cluster : clusters) {
        const ClusterLook look = clusterLook(m_catalog, m_diagram, *cluster, m_style);
        paintClusterFrame(painter, cluster->rect, look);
        drawText(painter, clusterTitle(*cluster, look.title, m_style), look.titleColor);
    }

    for (const EdgeGeometry &edge : m_geometry.edges) {
        if (edge.index < 0 || edge.index >= m_diagram.edges.size())
            continue;
        const DiagramEdge &model = m_diagram.edges.at(edge.index);
        const EdgeLook look = edgeLook(model, m_style);
        const ItemEmphasis emphasis = m_emphasis.edges.value(edge.index, ItemEmphasis::Normal);
        painter->setOpacity(edgeOpacity(emphasis));
        const PlacedText label = model.label.isEmpty() ? PlacedText() : edgeLabel(edge, model.label, m_style);
        paintEdgeBody(painter, edge, look, emphasis, false, model.label.isEmpty() ? QRectF() : labelBackdropRect(label));
        if (!model.label.isEmpty())
            drawText(painter, label, look.labelColor);
    }

    QHash<QString, const DiagramNode *> nodes;
    nodes.reserve(m_diagram.nodes.size());
    for (const DiagramNode &node : m_diagram.nodes)
        nodes.insert(node.id, &node);
    for (const NodeGeometry &geometry : m_geometry.nodes) {
        const DiagramNode *node = nodes.value(geometry.id);
        if (!node)
            continue;
        const NodeColors colors = nodeColors(m_diagram, *node);
        const ItemEmphasis emphasis = m_emphasis.nodes.value(node->id, ItemEmphasis::Normal);
        painter->setOpacity(nodeOpacity(emphasis));
        paintNodeBody(painter, node->shape, geometry.rect, nodeOutline(node->shape, geometry.rect, m_style.cylinderCap),
                      m_style.cylinderCap, colors, emphasis, false);
        for (const PlacedText &line : nodeLabel(node->label, node->shape, geometry.rect, m_style))
            drawText(painter, line, colors.text);
    }
    painter->restore();
}

} // namespace archscape
