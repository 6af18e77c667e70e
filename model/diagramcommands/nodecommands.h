// Node edits of an architecture diagram: add, duplicate, rename, delete, shape, subgraph (plane),
// pin, nudge, order.
#pragma once

#include "diagramcommand.h"

#include <QHash>

#include <optional>

namespace archscape {

// Adds a node; its id must be new and its subgraph (if any) must exist. A node in a plane takes
// the plane's colours when it has no class of its own.
class AddNodeCommand : public DiagramCommand
{
public:
    AddNodeCommand(Document *document, const QString &diagramId, const DiagramNode &node);
};

// Sets the node's label lines; the first line (its name) must not be blank.
class RenameNodeCommand : public DiagramCommand
{
public:
    RenameNodeCommand(Document *document, const QString &diagramId, const QString &nodeId, const QStringList &label);
};

// Deletes a node with every connection touching it; undo puts them back in their places.
class DeleteNodeCommand : public DiagramCommand
{
public:
    DeleteNodeCommand(Document *document, const QString &diagramId, const QString &nodeId);
};

class SetNodeShapeCommand : public DiagramCommand
{
public:
    SetNodeShapeCommand(Document *document, const QString &diagramId, const QString &nodeId, const QString &shape);
};

// Moves a node into another subgraph (empty: the top level), which is how its plane changes;
// the node takes the new plane's colours.
class MoveNodeToSubgraphCommand : public DiagramCommand
{
public:
    MoveNodeToSubgraphCommand(Document *document, const QString &diagramId, const QString &nodeId,
                              const QString &subgraphId);
};

// Pins a node's centre at a scene position, or unpins it (nullopt).
class PinNodeCommand : public DiagramCommand
{
public:
    PinNodeCommand(Document *document, const QString &diagramId, const QString &nodeId,
                   std::optional<QPointF> pin);
};

// Pins several nodes at once (a nudge with the arrow keys). Commands with the same burst number
// (>= 0) and the same nodes merge on the undo stack, so a run of nudges is one undo step; a
// negative burst never merges.
class PinNodesCommand : public DiagramCommand
{
public:
    PinNodesCommand(Document *document, const QString &diagramId, const QHash<QString, QPointF> &pins,
                    int burst = -1);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QStringList m_nodes; // sorted
    int m_burst;
};

// Adds a copy of a node (label, shape, class, subgraph, component) under a new id, right after it
// in its subgraph's order; a pinned original's copy is pinned beside it. Connections are not copied.
class DuplicateNodeCommand : public DiagramCommand
{
public:
    DuplicateNodeCommand(Document *document, const QString &diagramId, const QString &nodeId);
    QString newNodeId() const { return m_newId; }

private:
    QString m_newId;
};

// Moves a node before the previous (steps < 0) or after the next (steps > 0) node of the same
// subgraph in the diagram's node list, which is the order Graphviz places them in.
class ReorderNodeCommand : public DiagramCommand
{
public:
    ReorderNodeCommand(Document *document, const QString &diagramId, const QString &nodeId, int steps);
};

} // namespace archscape
