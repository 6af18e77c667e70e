#include "diagramcommand.h"

#include "catalogvalidator.h"
#include "document.h"

#include <QRegularExpression>

#include <functional>

namespace archscape {

namespace {

QString freeId(const QString &label, const QString &fallback, const std::function<bool(const QString &)> &taken)
{
    QString base = label.trimmed().toUpper();
    base.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("_"));
    base.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = base + u'_' + QString::number(n);
    return id;
}

} // namespace

DiagramCommand::DiagramCommand(Document *document, const QString &diagramId)
    : EditCommand(document)
{
    if (const Diagram *diagram = document->catalog().diagram(diagramId)) {
        m_before = *diagram;
        m_after = *diagram;
    } else {
        refuse(tr("there is no diagram \"%1\"").arg(diagramId));
    }
}

DiagramNode *DiagramCommand::editedNode(const QString &nodeId)
{
    for (DiagramNode &node : m_after.nodes) {
        if (node.id == nodeId)
            return &node;
    }
    refuse(tr("the diagram has no node \"%1\"").arg(nodeId));
    return nullptr;
}

DiagramEdge *DiagramCommand::editedEdge(int index)
{
    if (index >= 0 && index < m_after.edges.size())
        return &m_after.edges[index];
    refuse(tr("the diagram has no connection number %1").arg(index + 1));
    return nullptr;
}

Subgraph *DiagramCommand::editedSubgraph(const QString &subgraphId)
{
    for (Subgraph &subgraph : m_after.subgraphs) {
        if (subgraph.id == subgraphId)
            return &subgraph;
    }
    refuse(tr("the diagram has no subgraph \"%1\"").arg(subgraphId));
    return nullptr;
}

void DiagramCommand::finish(const QString &text)
{
    setText(text);
    if (!isValid() || isNoChange())
        return;
    Catalog catalog = document()->catalog();
    for (Diagram &diagram : catalog.diagrams) {
        if (diagram.id == m_after.id)
            diagram = m_after;
    }
    for (const Diagnostic &diagnostic : validateCatalog(catalog, QString())) {
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            refuse(tr("the edit would break the model: %1").arg(diagnostic.message));
            return;
        }
    }
}

void DiagramCommand::undo()
{
    document()->setDiagram(m_before);
}

void DiagramCommand::redo()
{
    document()->setDiagram(m_after);
}

QString DiagramCommand::freeNodeId(const Diagram &diagram, const QString &label)
{
    return freeId(label, QStringLiteral("NODE"), [&](const QString &id) { return diagram.node(id) != nullptr; });
}

QString DiagramCommand::freeSubgraphId(const Diagram &diagram, const QString &title)
{
    return freeId(title, QStringLiteral("GROUP"), [&](const QString &id) {
        return diagram.subgraph(id) != nullptr || diagram.node(id) != nullptr;
    });
}

QString DiagramCommand::classFor(const Catalog &catalog, const Diagram &diagram, const QString &subgraphId,
                                 const QString &current)
{
    // The nearest enclosing plane decides the colour.
    QString ancestor = subgraphId;
    for (int guard = 0; !ancestor.isEmpty() && guard <= diagram.subgraphs.size(); ++guard) {
        const Subgraph *subgraph = diagram.subgraph(ancestor);
        if (!subgraph)
            break;
        if (subgraph->role == u"plane") {
            const Plane *plane = catalog.plane(subgraph->plane);
            if (plane && diagram.classDef(plane->className))
                return plane->className;
            break;
        }
        ancestor = subgraph->parent;
    }
    return current;
}

} // namespace archscape
