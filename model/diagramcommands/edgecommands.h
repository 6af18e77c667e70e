// Connection edits of an architecture diagram: add, delete, dashed or solid, label, ends, direction.
#pragma once

#include "diagramcommand.h"

namespace archscape {

// Appends a connection; both ends must be components of the diagram, distinct, and not already
// joined in that direction.
class AddEdgeCommand : public DiagramCommand
{
public:
    AddEdgeCommand(Document *document, const QString &diagramId, const DiagramEdge &edge);
};

class DeleteEdgeCommand : public DiagramCommand
{
public:
    DeleteEdgeCommand(Document *document, const QString &diagramId, int edgeIndex);
};

// Sets solid, dashed or thick.
class SetEdgeStyleCommand : public DiagramCommand
{
public:
    SetEdgeStyleCommand(Document *document, const QString &diagramId, int edgeIndex, const QString &style);
    // Dashed becomes solid, anything else dashed.
    static SetEdgeStyleCommand *toggleDashed(Document *document, const QString &diagramId, int edgeIndex);
};

class SetEdgeLabelCommand : public DiagramCommand
{
public:
    SetEdgeLabelCommand(Document *document, const QString &diagramId, int edgeIndex, const QString &label);
};

// Sets what the ends look like (DiagramEdge::arrows(): normal, none, circle, cross) and whether
// the start gets the same mark (bidirectional).
class SetEdgeEndsCommand : public DiagramCommand
{
public:
    SetEdgeEndsCommand(Document *document, const QString &diagramId, int edgeIndex, const QString &arrow,
                       bool bidirectional);
};

// Swaps source and target in place (the connection keeps its index); refused when the reverse
// connection already exists.
class ReverseEdgeCommand : public DiagramCommand
{
public:
    ReverseEdgeCommand(Document *document, const QString &diagramId, int edgeIndex);
};

} // namespace archscape
