#include "diagramgeometry.h"
#include "layoutrequest.h"

#include <algorithm>

namespace archscape {

namespace {

QRectF centredRect(QPointF centre, QSizeF size)
{
    return QRectF(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
}

QPainterPath painterPath(const QList<EdgeCurve> &curves)
{
    QPainterPath path;
    for (const EdgeCurve &curve : curves) {
        if (curve.points.isEmpty())
            continue;
        path.moveTo(curve.points.first());
        if (curve.straight) {
            if (curve.points.size() > 1)
                path.lineTo(curve.points.at(1));
            continue;
        }
        for (qsizetype i = 1; i + 2 < curve.points.size(); i += 3)
            path.cubicTo(curve.points.at(i), curve.points.at(i + 1), curve.points.at(i + 2));
    }
    return path;
}

// Labels Graphviz did not place (large diagrams, lost edges) go on their path, at the point
// nearest the middle where they cover no component.
void placeLabelsOffNodes(const LayoutRequest &request, DiagramGeometry &geometry)
{
    static constexpr qreal offsets[] = {0, -0.1, 0.1, -0.2, 0.2, -0.3, 0.3, -0.4, 0.4};
    for (EdgeGeometry &edge : geometry.edges) {
        const QSizeF size = request.edges.value(edge.index).labelSize;
        if (size.isEmpty() || !edge.labelRect.isEmpty() || edge.path.isEmpty())
            continue;
        QRectF best = centredRect(edge.path.pointAtPercent(0.5), size);
        for (qreal offset : offsets) {
            const QRectF candidate = centredRect(edge.path.pointAtPercent(0.5 + offset), size);
            const bool free = std::none_of(geometry.nodes.cbegin(), geometry.nodes.cend(), [&](const NodeGeometry &node) {
                return node.rect.intersects(candidate);
            });
            if (free) {
                best = candidate;
                break;
            }
        }
        edge.labelRect = best;
    }
}

} // namespace

const NodeGeometry *DiagramGeometry::node(const QString &id) const
{
    return findNode(nodes, id);
}

DiagramGeometry DiagramGeometry::fromGraphviz(const GraphvizGeometry &laidOut, const LayoutRequest &request)
{
    DiagramGeometry geometry;
    geometry.diagramId = laidOut.diagramId;
    geometry.bounds = laidOut.bounds;
    geometry.nodes = laidOut.nodes;
    geometry.clusters = laidOut.clusters;
    geometry.problems = laidOut.problems;
    geometry.ok = laidOut.ok;
    geometry.edges.reserve(laidOut.edges.size());
    for (const RoutedEdge &routed : laidOut.edges) {
        EdgeGeometry edge;
        static_cast<EdgeEnds &>(edge) = routed;
        edge.path = painterPath(routed.curves);
        geometry.edges.append(edge);
    }
    placeLabelsOffNodes(request, geometry);
    return geometry;
}

} // namespace archscape
