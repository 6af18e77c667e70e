// Undoable edits of one architecture diagram. Each command keeps the diagram before and after the
// edit and applies them through Document::setDiagram, so undo restores it exactly (edge order,
// node order, pins) and only that diagram is laid out again.
#pragma once

#include "diagram.h"
#include "editcommand.h"

namespace archscape {

struct Catalog;

class DiagramCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagramCommand)

public:
    void undo() override;
    void redo() override;
    bool isNoChange() const override { return m_before == m_after; }

    QString diagramId() const { return m_before.id; }
    const Diagram &before() const { return m_before; }
    const Diagram &after() const { return m_after; }

    // A node id not used in the diagram, derived from a label ("Read cache" -> READ_CACHE, READ_CACHE_2).
    static QString freeNodeId(const Diagram &diagram, const QString &label);
    static QString freeSubgraphId(const Diagram &diagram, const QString &title);
    // The class a node gets in a subgraph: its plane's class when the diagram defines it, else
    // the class it has.
    static QString classFor(const Catalog &catalog, const Diagram &diagram, const QString &subgraphId,
                            const QString &current);

protected:
    // Refuses at once when the diagram does not exist.
    DiagramCommand(Document *document, const QString &diagramId);
    Diagram &edited() { return m_after; }
    DiagramNode *editedNode(const QString &nodeId); // refuses and returns nullptr when missing
    DiagramEdge *editedEdge(int index);
    Subgraph *editedSubgraph(const QString &subgraphId);
    // Call last in every constructor: names the step and checks the edited diagram against the
    // whole catalog with the model validator.
    void finish(const QString &text);

private:
    Diagram m_before;
    Diagram m_after;
};

} // namespace archscape
