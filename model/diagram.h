// An architecture diagram as the document's Mermaid block describes it: subgraphs, nodes, edges.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct ClassDef
{
    QString name;
    QString fill;
    QString stroke;
    QString text;
};

struct Subgraph
{
    QString id;
    QString title;
    QString role;   // plane, cell, layer or group
    QString plane;  // plane id when role is "plane"
    QString parent; // enclosing subgraph id, empty at top level
};

struct DiagramNode
{
    QString id;
    QStringList label;
    QString shape = QStringLiteral("box");
    QString className;
    QString subgraph;
    QString component; // row of an implementation table describing the node
};

struct DiagramEdge
{
    QString from;
    QString to;
    QString style = QStringLiteral("solid"); // solid, dashed or thick
    bool bidirectional = false;
    QString label;
    QString group; // the %% comment heading the edge in the document
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
};

} // namespace archscape
