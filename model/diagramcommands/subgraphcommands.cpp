#include "subgraphcommands.h"

#include "document.h"

namespace archscape {

AddSubgraphCommand::AddSubgraphCommand(Document *document, const QString &diagramId, const Subgraph &subgraph)
    : DiagramCommand(document, diagramId)
{
    static const QStringList roles = {QStringLiteral("plane"), QStringLiteral("cell"), QStringLiteral("layer"),
                                      QStringLiteral("group")};
    if (subgraph.id.trimmed().isEmpty())
        refuse(DiagramCommand::tr("a subgraph needs an id"));
    else if (edited().subgraph(subgraph.id) || edited().node(subgraph.id))
        refuse(DiagramCommand::tr("the diagram already has something called \"%1\"").arg(subgraph.id));
    if (subgraph.title.trimmed().isEmpty())
        refuse(DiagramCommand::tr("a subgraph needs a title"));
    if (!roles.contains(subgraph.role))
        refuse(DiagramCommand::tr("a subgraph is a plane, cell, layer or group, not \"%1\"").arg(subgraph.role));
    if (subgraph.role == u"plane" && !document->catalog().plane(subgraph.plane))
        refuse(DiagramCommand::tr("the model has no plane \"%1\"").arg(subgraph.plane));
    if (!subgraph.parent.isEmpty() && !edited().subgraph(subgraph.parent))
        refuse(DiagramCommand::tr("the diagram has no subgraph \"%1\"").arg(subgraph.parent));
    if (isValid())
        edited().subgraphs.append(subgraph);
    finish(DiagramCommand::tr("Add %1").arg(subgraph.title));
}

RenameSubgraphCommand::RenameSubgraphCommand(Document *document, const QString &diagramId,
                                             const QString &subgraphId, const QString &title)
    : DiagramCommand(document, diagramId)
{
    QString old = subgraphId;
    if (title.trimmed().isEmpty())
        refuse(DiagramCommand::tr("a subgraph needs a title"));
    else if (Subgraph *subgraph = editedSubgraph(subgraphId)) {
        old = subgraph->title;
        subgraph->title = title.trimmed();
    }
    finish(DiagramCommand::tr("Rename %1 to %2").arg(old, title.trimmed()));
}

DeleteSubgraphCommand::DeleteSubgraphCommand(Document *document, const QString &diagramId,
                                             const QString &subgraphId)
    : DiagramCommand(document, diagramId)
{
    QString title = subgraphId;
    if (const Subgraph *subgraph = editedSubgraph(subgraphId)) {
        title = subgraph->title;
        const QString parent = subgraph->parent;
        Diagram &diagram = edited();
        diagram.subgraphs.removeIf([&](const Subgraph &s) { return s.id == subgraphId; });
        for (Subgraph &s : diagram.subgraphs) {
            if (s.parent == subgraphId)
                s.parent = parent;
        }
        for (DiagramNode &node : diagram.nodes) {
            if (node.subgraph == subgraphId) {
                node.subgraph = parent;
                node.className = classFor(document->catalog(), diagram, parent, node.className);
            }
        }
    }
    finish(DiagramCommand::tr("Delete %1").arg(title));
}

SetSubgraphParentCommand::SetSubgraphParentCommand(Document *document, const QString &diagramId,
                                                   const QString &subgraphId, const QString &parentId)
    : DiagramCommand(document, diagramId)
{
    QString title = subgraphId;
    QString parentTitle;
    if (!parentId.isEmpty()) {
        if (const Subgraph *parent = edited().subgraph(parentId))
            parentTitle = parent->title;
        else
            refuse(DiagramCommand::tr("the diagram has no subgraph \"%1\"").arg(parentId));
    }
    // Walk up from the new parent: meeting the subgraph means it would end up inside itself.
    QString ancestor = parentId;
    for (int guard = 0; isValid() && !ancestor.isEmpty() && guard <= edited().subgraphs.size(); ++guard) {
        if (ancestor == subgraphId) {
            refuse(DiagramCommand::tr("a subgraph cannot be put inside itself"));
            break;
        }
        const Subgraph *s = edited().subgraph(ancestor);
        ancestor = s ? s->parent : QString();
    }
    if (isValid()) {
        if (Subgraph *subgraph = editedSubgraph(subgraphId)) {
            title = subgraph->title;
            subgraph->parent = parentId;
            Diagram &diagram = edited();
            const auto inside = [&](QString id) {
                for (int guard = 0; !id.isEmpty() && guard <= diagram.subgraphs.size(); ++guard) {
                    if (id == subgraphId)
                        return true;
                    const Subgraph *s = diagram.subgraph(id);
                    id = s ? s->parent : QString();
                }
                return false;
            };
            for (DiagramNode &node : diagram.nodes) {
                if (inside(node.subgraph))
                    node.className = classFor(document->catalog(), diagram, node.subgraph, node.className);
            }
        }
    }
    finish(parentId.isEmpty() ? DiagramCommand::tr("Move %1 to the top level").arg(title) : DiagramCommand::tr("Move %1 into %2").arg(title, parentTitle));
}

} // namespace archscape
