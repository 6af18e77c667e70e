#include "pinnedlayout.h"

#include "diagrampainter.h"

#include <QHash>
#include <QLineF>

namespace archscape {

namespace {

// The cap DiagramStyle::standard() draws cylinders with; only the clip point depends on it.
constexpr qreal cylinderCap = 8;
constexpr qreal arrowLength = 10;
constexpr qreal clusterMargin = 12;

} // namespace

QPointF outlineExit(const QPainterPath &outline, QPointF inside, QPointF outside)
{
    const QLineF ray(inside, outside);
    const QPolygonF polygon = outline.toFillPolygon();
    QPointF best = outside;
    qreal bestDistance = -1;
    for (qsizetype i = 0; i + 1 < polygon.size(); ++i) {
        QPointF hit;
        if (ray.intersects(QLineF(polygon.at(i), polygon.at(i + 1)), &hit) != QLineF::BoundedIntersection)
            continue;
        // The crossing farthest from the centre is where the line leaves a non-convex outline.
        const qreal distance = QLineF(inside, hit).length();
        if (distance > bestDistance) {
            bestDistance = distance;
            best = hit;
        }
    }
    return best;
}

void applyPins(const LayoutRequest &request, DiagramGeometry &geometry)
{
    QHash<QString, const LayoutRequest::Node *> pinned;
    for (const LayoutRequest::Node &node : request.nodes) {
        if (node.pin)
            pinned.insert(node.id, &node);
    }
    if (pinned.isEmpty())
        return;

    QHash<QString, QRectF> rects;
    QHash<QString, QString> shapes;
    for (NodeGeometry &node : geometry.nodes) {
        if (const LayoutRequest::Node *request = pinned.value(node.id))
            node.rect.moveCenter(*request->pin);
        rects.insert(node.id, node.rect);
    }
    for (const LayoutRequest::Node &node : request.nodes)
        shapes.insert(node.id, node.shape);

    for (EdgeGeometry &edge : geometry.edges) {
        if (!pinned.contains(edge.from) && !pinned.contains(edge.to))
            continue;
        if (!rects.contains(edge.from) || !rects.contains(edge.to))
            continue;
        const QRectF from = rects.value(edge.from);
        const QRectF to = rects.value(edge.to);
        const QPointF start = outlineExit(DiagramPainter::nodeOutline(shapes.value(edge.from), from, cylinderCap), from.center(), to.center());
        const QPointF end = outlineExit(DiagramPainter::nodeOutline(shapes.value(edge.to), to, cylinderCap), to.center(), from.center());
        const QLineF line(start, end);
        const qreal length = line.length();
        const bool startArrow = edge.hasStartArrow;
        const QPointF base = length > arrowLength ? line.pointAt(1 - arrowLength / length) : start;
        const QPointF startBase = length > arrowLength ? line.pointAt(arrowLength / length) : end;
        edge.path = QPainterPath();
        edge.path.moveTo(startArrow ? startBase : start);
        edge.path.lineTo(base);
        edge.hasEndArrow = true;
        edge.endTip = end;
        edge.endBase = base;
        if (startArrow) {
            edge.startTip = start;
            edge.startBase = startBase;
        }
        if (!edge.labelRect.isEmpty())
            edge.labelRect.moveCenter(line.pointAt(0.5));
    }

    // A pinned node stays inside the frames of its subgraph and their ancestors.
    QHash<QString, QString> parentOf;
    for (const LayoutRequest::Cluster &cluster : request.clusters)
        parentOf.insert(cluster.id, cluster.parent);
    for (auto it = pinned.cbegin(); it != pinned.cend(); ++it) {
        QRectF needed = rects.value(it.key()).adjusted(-clusterMargin, -clusterMargin, clusterMargin, clusterMargin);
        QString ancestor = it.value()->cluster;
        for (int guard = 0; !ancestor.isEmpty() && guard <= request.clusters.size(); ++guard) {
            for (ClusterGeometry &cluster : geometry.clusters) {
                if (cluster.id != ancestor)
                    continue;
                const QRectF grown = cluster.rect | needed;
                cluster.titleRect.translate(grown.topLeft() - cluster.rect.topLeft());
                cluster.rect = grown;
                needed = grown.adjusted(-clusterMargin, -clusterMargin, clusterMargin, clusterMargin);
            }
            ancestor = parentOf.value(ancestor);
        }
    }
    QRectF bounds = geometry.bounds;
    for (const NodeGeometry &node : geometry.nodes)
        bounds |= node.rect;
    for (const ClusterGeometry &cluster : geometry.clusters)
        bounds |= cluster.rect;
    geometry.bounds = bounds;
}

} // namespace archscape
