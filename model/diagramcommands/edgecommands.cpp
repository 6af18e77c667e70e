#include "edgecommands.h"

#include "document.h"

namespace archscape {

namespace {

QString nameOf(const Diagram &diagram, const QString &nodeId)
{
    const DiagramNode *node = diagram.node(nodeId);
    return node ? node->label.value(0, nodeId) : nodeId;
}

QString ends(const Diagram &diagram, const DiagramEdge &edge)
{
    return nameOf(diagram, edge.from) + QStringLiteral(" \u2192 ") + nameOf(diagram, edge.to);
}

bool isStyle(const QString &style)
{
    return style == u"solid" || style == u"dashed" || style == u"thick";
}

} // namespace

AddEdgeCommand::AddEdgeCommand(Document *document, const QString &diagramId, const DiagramEdge &edge)
    : DiagramCommand(document, diagramId)
{
    const Diagram &diagram = edited();
    if (!diagram.node(edge.from))
        refuse(DiagramCommand::tr("a connection needs an existing source; \"%1\" is not a component of the diagram").arg(edge.from));
    else if (!diagram.node(edge.to))
        refuse(DiagramCommand::tr("a connection needs an existing target; \"%1\" is not a component of the diagram").arg(edge.to));
    else if (edge.from == edge.to)
        refuse(DiagramCommand::tr("a connection needs two different components"));
    else if (std::any_of(diagram.edges.cbegin(), diagram.edges.cend(),
                         [&](const DiagramEdge &e) { return e.from == edge.from && e.to == edge.to; }))
        refuse(DiagramCommand::tr("%1 is already connected").arg(ends(diagram, edge)));
    else if (!isStyle(edge.style))
        refuse(DiagramCommand::tr("a connection is solid, dashed or thick, not \"%1\"").arg(edge.style));
    const QString text = DiagramCommand::tr("Connect %1").arg(ends(diagram, edge));
    if (isValid())
        edited().edges.append(edge);
    finish(text);
}

DeleteEdgeCommand::DeleteEdgeCommand(Document *document, const QString &diagramId, int edgeIndex)
    : DiagramCommand(document, diagramId)
{
    QString text;
    if (const DiagramEdge *edge = editedEdge(edgeIndex)) {
        text = DiagramCommand::tr("Delete the connection %1").arg(ends(edited(), *edge));
        edited().edges.removeAt(edgeIndex);
    }
    finish(text);
}

SetEdgeStyleCommand::SetEdgeStyleCommand(Document *document, const QString &diagramId, int edgeIndex,
                                         const QString &style)
    : DiagramCommand(document, diagramId)
{
    QString text;
    if (!isStyle(style)) {
        refuse(DiagramCommand::tr("a connection is solid, dashed or thick, not \"%1\"").arg(style));
    } else if (DiagramEdge *edge = editedEdge(edgeIndex)) {
        edge->style = style;
        text = style == u"dashed" ? DiagramCommand::tr("Dash %1").arg(ends(edited(), *edge))
                                  : DiagramCommand::tr("Make %1 %2").arg(ends(edited(), *edge), style);
    }
    finish(text);
}

SetEdgeStyleCommand *SetEdgeStyleCommand::toggleDashed(Document *document, const QString &diagramId, int edgeIndex)
{
    const Diagram *diagram = document->catalog().diagram(diagramId);
    const bool dashed = diagram && edgeIndex >= 0 && edgeIndex < diagram->edges.size()
                        && diagram->edges.at(edgeIndex).style == u"dashed";
    return new SetEdgeStyleCommand(document, diagramId, edgeIndex, dashed ? QStringLiteral("solid") : QStringLiteral("dashed"));
}

SetEdgeLabelCommand::SetEdgeLabelCommand(Document *document, const QString &diagramId, int edgeIndex,
                                         const QString &label)
    : DiagramCommand(document, diagramId)
{
    QString text;
    if (label.contains(u'\n'))
        refuse(DiagramCommand::tr("a connection label is one line"));
    else if (DiagramEdge *edge = editedEdge(edgeIndex)) {
        edge->label = label.trimmed();
        text = edge->label.isEmpty() ? DiagramCommand::tr("Clear the label of %1").arg(ends(edited(), *edge))
                                     : DiagramCommand::tr("Label %1 \u201c%2\u201d").arg(ends(edited(), *edge), edge->label);
    }
    finish(text);
}

SetEdgeEndsCommand::SetEdgeEndsCommand(Document *document, const QString &diagramId, int edgeIndex,
                                       const QString &arrow, bool bidirectional)
    : DiagramCommand(document, diagramId)
{
    QString text;
    if (!DiagramEdge::arrows().contains(arrow)) {
        refuse(DiagramCommand::tr("a connection ends in %1, not \"%2\"").arg(DiagramEdge::arrows().join(QStringLiteral(", ")), arrow));
    } else if (DiagramEdge *edge = editedEdge(edgeIndex)) {
        edge->arrow = arrow;
        edge->bidirectional = bidirectional;
        text = DiagramCommand::tr("Change the ends of %1").arg(ends(edited(), *edge));
    }
    finish(text);
}

ReverseEdgeCommand::ReverseEdgeCommand(Document *document, const QString &diagramId, int edgeIndex)
    : DiagramCommand(document, diagramId)
{
    QString text;
    if (DiagramEdge *edge = editedEdge(edgeIndex)) {
        const DiagramEdge reversed = [&] {
            DiagramEdge e = *edge;
            std::swap(e.from, e.to);
            return e;
        }();
        const QList<DiagramEdge> &edges = edited().edges;
        if (reversed.from == reversed.to) {
            // A loop reads the same both ways: nothing to do.
        } else if (std::any_of(edges.cbegin(), edges.cend(),
                        [&](const DiagramEdge &e) { return e.from == reversed.from && e.to == reversed.to; })) {
            refuse(DiagramCommand::tr("%1 is already connected").arg(ends(edited(), reversed)));
        } else {
            *edge = reversed;
            text = DiagramCommand::tr("Reverse the connection to %1").arg(ends(edited(), reversed));
        }
    }
    finish(text);
}

} // namespace archscape
