// Subgraph edits of an architecture diagram: planes, cells, layers and groups.
#pragma once

#include "diagramcommand.h"

namespace archscape {

// Adds a subgraph; its id must be new, its parent (if any) must exist, its role be plane, cell,
// layer or group, and a plane must name one of the model's planes.
class AddSubgraphCommand : public DiagramCommand
{
public:
    AddSubgraphCommand(Document *document, const QString &diagramId, const Subgraph &subgraph);
};

class RenameSubgraphCommand : public DiagramCommand
{
public:
    RenameSubgraphCommand(Document *document, const QString &diagramId, const QString &subgraphId,
                          const QString &title);
};

// Deletes a subgraph; its nodes and subgraphs move to its parent (or the top level), and undo
// puts them back.
class DeleteSubgraphCommand : public DiagramCommand
{
public:
    DeleteSubgraphCommand(Document *document, const QString &diagramId, const QString &subgraphId);
};

// Moves a subgraph into another (empty parent: the top level). Refused when the new parent is the
// subgraph itself or inside it. Components inside take the colours of their new nearest plane.
class SetSubgraphParentCommand : public DiagramCommand
{
public:
    SetSubgraphParentCommand(Document *document, const QString &diagramId, const QString &subgraphId,
                             const QString &parentId);
};

} // namespace archscape
