// A layout as a layout child reads it back from Graphviz, in scene units (points, y pointing
// down), with QtCore types only: the layout helper process (archscape-layout) then needs no QtGui,
// which roughly halves its start-up. DiagramGeometry::fromGraphviz turns it into what the scene
// and the painters draw.
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace archscape {

struct NodeGeometry
{
    QString id;
    QRectF rect;
};

struct ClusterGeometry
{
    QString id;
    QRectF rect;
    QRectF titleRect;
    int depth = 0; // 0 for top-level clusters
};

// One piece of an edge's line: from points[0], cubic Bezier segments (two control points and an
// end point each, Graphviz's spline), or a straight line to points[1] when Graphviz lost the edge.
struct EdgeCurve
{
    QList<QPointF> points;
    bool straight = false;
};

// What an edge's geometry holds besides its line, shared by the line as Graphviz routed it
// (RoutedEdge) and as the app draws it (EdgeGeometry, diagramgeometry.h).
struct EdgeEnds
{
    int index = 0; // index in Diagram::edges
    QString from;
    QString to;
    bool hasStartArrow = false;
    bool hasEndArrow = false;
    QPointF startTip, startBase; // arrowhead at the source: tip and the point its base faces
    QPointF endTip, endBase;
    QRectF labelRect; // empty when the edge has no label (or Graphviz did not place it)
    bool routedByGraphviz = true; // false when Graphviz lost the edge and we drew it ourselves
};

struct RoutedEdge : EdgeEnds
{
    QList<EdgeCurve> curves;
};

struct GraphvizGeometry
{
    QString diagramId;
    QRectF bounds;
    QList<NodeGeometry> nodes;
    QList<RoutedEdge> edges;
    QList<ClusterGeometry> clusters;
    QStringList problems; // in words for the user, as DiagramGeometry::problems
    bool ok = false;

    const NodeGeometry *node(const QString &id) const;
};

// The node of `nodes` with this id, nullptr when there is none.
const NodeGeometry *findNode(const QList<NodeGeometry> &nodes, const QString &id);

} // namespace archscape
