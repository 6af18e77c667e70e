// Everything Graphviz needs to lay a diagram out, as plain numbers and ids: text is measured
// on the UI thread with the real fonts, so the layout thread never touches fonts or the model.
#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace archscape {

struct Catalog;
struct Diagram;
struct DiagramStyle;

struct LayoutRequest
{
    struct Node
    {
        QString id;
        QSizeF size;
        QString shape;   // box, cylinder, diamond, ... (Graphviz clips edges to it)
        QString cluster; // id of the innermost enclosing cluster, empty at top level
        int band = -1;   // vertical order of the node's plane (Edge 0 ... Control 3), -1 when none
        std::optional<QPointF> pin; // the user's position for the node's centre (applyPins)
    };
    struct Cluster
    {
        QString id;
        QString parent;
        QSizeF titleSize;
        int band = -1;
    };
    struct Edge
    {
        int index = 0; // index in Diagram::edges
        QString from;
        QString to;
        bool bidirectional = false;
        QSizeF labelSize; // empty when the edge has no label
        QString arrow = QStringLiteral("normal"); // DiagramEdge::arrow: Graphviz clips the line to its end
    };

    QString diagramId;
    QString direction = QStringLiteral("TB");
    qreal nodeSeparation = 0.35;
    qreal rankSeparation = 0.55;
    // Keep planes stacked in their order with invisible constraints; costly on huge graphs.
    bool stackPlanes = true;
    QList<Node> nodes;
    QList<Cluster> clusters;
    QList<Edge> edges;
};

// Measures every label with the style's fonts and assigns plane bands from the catalog's planes.
LayoutRequest buildLayoutRequest(const Catalog &catalog, const Diagram &diagram, const DiagramStyle &style);

} // namespace archscape
