// The result of a layout in scene units (points, y pointing down): boxes, cluster frames and edge
// paths keyed by model ids. The scene builds its items from this value only.
#pragma once

#include "graphvizgeometry.h"

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace archscape {

struct EdgeGeometry : EdgeEnds
{
    QPainterPath path;
};

struct LayoutRequest;

struct DiagramGeometry
{
    QString diagramId;
    QRectF bounds;
    QList<NodeGeometry> nodes;
    QList<EdgeGeometry> edges;
    QList<ClusterGeometry> clusters;
    // What went wrong and what was done about it, in words for the user; empty when all is well.
    QStringList problems;
    bool ok = false; // false only when no usable picture could be made

    const NodeGeometry *node(const QString &id) const;

    // The drawable geometry of a Graphviz layout of `request`: edge lines as painter paths, and
    // the labels Graphviz did not place (large diagrams, lost edges) put on their edge's line.
    static DiagramGeometry fromGraphviz(const GraphvizGeometry &laidOut, const LayoutRequest &request);
};

} // namespace archscape
