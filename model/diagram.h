// An architecture diagram as the document's Mermaid block describes it: subgraphs, nodes, edges.
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace archscape {

struct ClassDef
{
    QString name;
    QString fill;
    QString stroke;
    QString text;
    bool operator==(const ClassDef &) const = default;
};

// A subgraph's nodes are drawn in the order of Diagram::nodes; reordering that list is how a
// user orders the nodes of a plane.
struct Subgraph
{
    QString id;
    QString title;
    QString role;   // plane, cell, layer or group
    QString plane;  // plane id when role is "plane"
    QString parent; // enclosing subgraph id, empty at top level
    bool operator==(const Subgraph &) const = default;
};

struct DiagramNode
{
    QString id;
    QStringList label;
    QString shape = QStringLiteral("box");
    QString className;
    QString subgraph;
    QString component; // row of an implementation table describing the node
    // Where the user pinned the node's centre (scene points); the layout puts it there whatever
    // Graphviz says. Saved in the model as "pin": {"x": ..., "y": ...}.
    std::optional<QPointF> pin;
    bool operator==(const DiagramNode &) const = default;
};

struct DiagramEdge
{
    QString from;
    QString to;
    QString style = QStringLiteral("solid"); // solid, dashed or thick
    bool bidirectional = false;
    QString label;
    QString group; // the %% comment heading the edge in the document
    // What the edge's end (and its start when bidirectional) looks like: "normal" (an arrowhead),
    // "none" (Mermaid's `---`), "circle" (`--o`) or "cross" (`--x`). Saved only when not normal.
    QString arrow = QStringLiteral("normal");
    bool operator==(const DiagramEdge &) const = default;

    // The values `arrow` may take (the reader and validator refuse others; EdgeItem draws each).
    static const QStringList &arrows();
};

struct Diagram
{
    QString id;
    QString title;
    QString pattern;
    QString direction = QStringLiteral("TB");
    QList<ClassDef> classDefs;
    QList<Subgraph> subgraphs;
    QList<DiagramNode> nodes;
    QList<DiagramEdge> edges;

    const DiagramNode *node(const QString &nodeId) const;
    const Subgraph *subgraph(const QString &subgraphId) const;
    const ClassDef *classDef(const QString &className) const;
    bool operator==(const Diagram &) const = default;

    // The node shapes a model may use (the reader refuses others; NodeItem draws each).
    static const QStringList &shapes();
};

} // namespace archscape
