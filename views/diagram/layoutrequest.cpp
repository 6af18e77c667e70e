#include "layoutrequest.h"

#include "catalog.h"
#include "diagramstyle.h"

#include <QFontMetricsF>

#include <cmath>

namespace archscape {

namespace {

QSizeF textBlockSize(const QStringList &lines, const DiagramStyle &style)
{
    const QFontMetricsF title(style.titleFont);
    const QFontMetricsF body(style.bodyFont);
    qreal width = 0;
    qreal height = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QFontMetricsF &fm = i == 0 ? title : body;
        width = std::max(width, fm.horizontalAdvance(lines.at(i)));
        height += fm.lineSpacing();
    }
    if (lines.isEmpty())
        height = title.lineSpacing();
    return {std::ceil(width), std::ceil(height)};
}

// The node's outline must hold the text block; each shape needs its own margin for that.
QSizeF nodeSize(const DiagramNode &node, const DiagramStyle &style)
{
    const QSizeF text = textBlockSize(node.label, style);
    qreal w = text.width() + 2 * style.nodePaddingX;
    qreal h = text.height() + 2 * style.nodePaddingY;
    if (node.shape == u"cylinder") {
        h += 2 * style.cylinderCap;
    } else if (node.shape == u"diamond") {
        // A rectangle w x h fits a diamond of diagonals 2w x 2h.
        w = 2 * text.width() + style.nodePaddingX;
        h = 2 * text.height() + style.nodePaddingY;
    } else if (node.shape == u"circle") {
        w = h = std::hypot(w, h);
    } else if (node.shape == u"hexagon" || node.shape == u"parallelogram" || node.shape == u"flag") {
        w += h;
    } else if (node.shape == u"stadium") {
        w += h / 2;
    }
    return {std::max(w, 48.0), std::max(h, 28.0)};
}

int bandOf(const Catalog &catalog, const Subgraph &subgraph)
{
    QString planeId;
    if (subgraph.role == u"plane")
        planeId = subgraph.plane;
    else if (subgraph.role == u"cell")
        planeId = QStringLiteral("service"); // a cell is a slice of the service and state planes
    for (qsizetype i = 0; i < catalog.planes.size(); ++i) {
        if (catalog.planes.at(i).id == planeId)
            return int(i);
    }
    return -1;
}

} // namespace

LayoutRequest buildLayoutRequest(const Catalog &catalog, const Diagram &diagram, const DiagramStyle &style)
{
    LayoutRequest request;
    request.diagramId = diagram.id;
    request.direction = diagram.direction;
    request.nodeSeparation = style.nodeSeparation;
    request.rankSeparation = style.rankSeparation;

    const QFontMetricsF clusterMetrics(style.clusterFont);
    for (const Subgraph &subgraph : diagram.subgraphs) {
        LayoutRequest::Cluster cluster;
        cluster.id = subgraph.id;
        cluster.parent = subgraph.parent;
        cluster.titleSize = QSizeF(std::ceil(clusterMetrics.horizontalAdvance(subgraph.title)) + 16,
                                   std::ceil(clusterMetrics.lineSpacing()) + 8);
        cluster.band = bandOf(catalog, subgraph);
        request.clusters.append(cluster);
    }
    for (const DiagramNode &node : diagram.nodes) {
        LayoutRequest::Node item;
        item.id = node.id;
        item.size = nodeSize(node, style);
        item.shape = node.shape;
        item.cluster = node.subgraph;
        item.pin = node.pin;
        // The band of the nearest enclosing subgraph that has one.
        QString ancestor = node.subgraph;
        for (int guard = 0; !ancestor.isEmpty() && guard <= diagram.subgraphs.size(); ++guard) {
            const Subgraph *subgraph = diagram.subgraph(ancestor);
            if (!subgraph)
                break;
            if (const int band = bandOf(catalog, *subgraph); band >= 0) {
                item.band = band;
                break;
            }
            ancestor = subgraph->parent;
        }
        request.nodes.append(item);
    }
    const QFontMetricsF edgeMetrics(style.edgeFont);
    for (qsizetype i = 0; i < diagram.edges.size(); ++i) {
        const DiagramEdge &edge = diagram.edges.at(i);
        LayoutRequest::Edge item;
        item.index = int(i);
        item.from = edge.from;
        item.to = edge.to;
        item.bidirectional = edge.bidirectional;
        item.arrow = edge.arrow;
        if (!edge.label.isEmpty())
            item.labelSize = QSizeF(std::ceil(edgeMetrics.horizontalAdvance(edge.label)) + 8,
                                    std::ceil(edgeMetrics.lineSpacing()) + 4);
        request.edges.append(item);
    }
    return request;
}

} // namespace archscape
