// Node edits of an architecture diagram: add, rename, delete, shape, subgraph (plane), pin, order.
#pragma once

#include "diagramcommand.h"

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

// Moves a node before the previous (steps < 0) or after the next (steps > 0) node of the same
// subgraph in the diagram's node list, which is the order Graphviz places them in.
class ReorderNodeCommand : public DiagramCommand
{
public:
    ReorderNodeCommand(Document *document, const QString &diagramId, const QString &nodeId, int steps);
};

} // namespace archscape
