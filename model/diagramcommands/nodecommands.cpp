#include "nodecommands.h"

#include "document.h"

#include <algorithm>
#include <cmath>

namespace archscape {

namespace {

QString nameOf(const DiagramNode &node)
{
    return node.label.value(0, node.id);
}

} // namespace

AddNodeCommand::AddNodeCommand(Document *document, const QString &diagramId, const DiagramNode &node)
    : DiagramCommand(document, diagramId)
{
    DiagramNode added = node;
    if (added.id.trimmed().isEmpty())
        refuse(DiagramCommand::tr("a component needs an id"));
    else if (edited().node(added.id))
        refuse(DiagramCommand::tr("the diagram already has a component \"%1\"").arg(added.id));
    if (added.label.isEmpty() || added.label.first().trimmed().isEmpty())
        refuse(DiagramCommand::tr("a component needs a name"));
    if (!added.subgraph.isEmpty() && !edited().subgraph(added.subgraph))
        refuse(DiagramCommand::tr("the diagram has no subgraph \"%1\"").arg(added.subgraph));
    if (!Diagram::shapes().contains(added.shape))
        refuse(DiagramCommand::tr("unknown shape \"%1\"").arg(added.shape));
    if (isValid()) {
        if (added.className.isEmpty())
            added.className = classFor(document->catalog(), edited(), added.subgraph, {});
        edited().nodes.append(added);
    }
    finish(DiagramCommand::tr("Add %1").arg(added.label.value(0, added.id)));
}

RenameNodeCommand::RenameNodeCommand(Document *document, const QString &diagramId, const QString &nodeId,
                                     const QStringList &label)
    : DiagramCommand(document, diagramId)
{
    QString old;
    if (label.isEmpty() || label.first().trimmed().isEmpty())
        refuse(DiagramCommand::tr("a component needs a name"));
    else if (DiagramNode *node = editedNode(nodeId)) {
        old = nameOf(*node);
        node->label = label;
    }
    finish(DiagramCommand::tr("Rename %1 to %2").arg(old, label.value(0)));
}

DeleteNodeCommand::DeleteNodeCommand(Document *document, const QString &diagramId, const QString &nodeId)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    if (const DiagramNode *node = editedNode(nodeId)) {
        name = nameOf(*node);
        edited().nodes.removeIf([&](const DiagramNode &n) { return n.id == nodeId; });
        edited().edges.removeIf([&](const DiagramEdge &e) { return e.from == nodeId || e.to == nodeId; });
    }
    finish(DiagramCommand::tr("Delete %1").arg(name));
}

SetNodeShapeCommand::SetNodeShapeCommand(Document *document, const QString &diagramId, const QString &nodeId,
                                         const QString &shape)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    if (!Diagram::shapes().contains(shape))
        refuse(DiagramCommand::tr("unknown shape \"%1\"").arg(shape));
    else if (DiagramNode *node = editedNode(nodeId)) {
        name = nameOf(*node);
        node->shape = shape;
    }
    finish(DiagramCommand::tr("Make %1 a %2").arg(name, shape));
}

MoveNodeToSubgraphCommand::MoveNodeToSubgraphCommand(Document *document, const QString &diagramId,
                                                     const QString &nodeId, const QString &subgraphId)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    QString title = subgraphId;
    if (!subgraphId.isEmpty()) {
        if (const Subgraph *subgraph = edited().subgraph(subgraphId))
            title = subgraph->title;
        else
            refuse(DiagramCommand::tr("the diagram has no subgraph \"%1\"").arg(subgraphId));
    }
    if (isValid()) {
        if (DiagramNode *node = editedNode(nodeId)) {
            name = nameOf(*node);
            node->className = classFor(document->catalog(), edited(), subgraphId, node->className);
            node->subgraph = subgraphId;
            // Where Graphviz put it in the old subgraph means nothing in the new one.
            node->pin.reset();
        }
    }
    finish(subgraphId.isEmpty() ? DiagramCommand::tr("Move %1 out of its subgraph").arg(name) : DiagramCommand::tr("Move %1 to %2").arg(name, title));
}

PinNodeCommand::PinNodeCommand(Document *document, const QString &diagramId, const QString &nodeId,
                               std::optional<QPointF> pin)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    if (pin && (!std::isfinite(pin->x()) || !std::isfinite(pin->y())))
        refuse(DiagramCommand::tr("a pin needs a finite position"));
    else if (DiagramNode *node = editedNode(nodeId)) {
        name = nameOf(*node);
        node->pin = pin;
    }
    finish(pin ? DiagramCommand::tr("Pin %1").arg(name) : DiagramCommand::tr("Unpin %1").arg(name));
}

ReorderNodeCommand::ReorderNodeCommand(Document *document, const QString &diagramId, const QString &nodeId,
                                       int steps)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    QList<DiagramNode> &nodes = edited().nodes;
    qsizetype index = -1;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).id == nodeId)
            index = i;
    }
    if (index < 0) {
        refuse(DiagramCommand::tr("the diagram has no node \"%1\"").arg(nodeId));
    } else {
        name = nameOf(nodes.at(index));
        const QString subgraph = nodes.at(index).subgraph;
        // Step over nodes of other subgraphs: the order that matters is within the subgraph.
        for (int moved = 0; moved < std::abs(steps);) {
            qsizetype next = index + (steps < 0 ? -1 : 1);
            while (next >= 0 && next < nodes.size() && nodes.at(next).subgraph != subgraph)
                next += steps < 0 ? -1 : 1;
            if (next < 0 || next >= nodes.size()) {
                if (moved == 0)
                    refuse(steps < 0 ? DiagramCommand::tr("%1 is already first in its subgraph").arg(name)
                                     : DiagramCommand::tr("%1 is already last in its subgraph").arg(name));
                break;
            }
            nodes.move(index, next);
            index = next;
            ++moved;
        }
    }
    finish(steps < 0 ? DiagramCommand::tr("Move %1 up").arg(name) : DiagramCommand::tr("Move %1 down").arg(name));
}

PinNodesCommand::PinNodesCommand(Document *document, const QString &diagramId, const QHash<QString, QPointF> &pins,
                                 int burst)
    : DiagramCommand(document, diagramId)
    , m_burst(burst)
{
    m_nodes = pins.keys();
    std::sort(m_nodes.begin(), m_nodes.end());
    QString name;
    if (m_nodes.isEmpty())
        refuse(DiagramCommand::tr("nothing to move"));
    for (const QString &id : std::as_const(m_nodes)) {
        const QPointF pin = pins.value(id);
        if (!std::isfinite(pin.x()) || !std::isfinite(pin.y())) {
            refuse(DiagramCommand::tr("a pin needs a finite position"));
        } else if (DiagramNode *node = editedNode(id)) {
            node->pin = pin;
            name = nameOf(*node);
        }
    }
    finish(m_nodes.size() == 1 ? DiagramCommand::tr("Move %1").arg(name) : DiagramCommand::tr("Move %n component(s)", nullptr, int(m_nodes.size())));
}

int PinNodesCommand::id() const
{
    // One id for the class; mergeWith checks the burst, diagram and nodes.
    return m_burst >= 0 ? 0x41504e44 : -1;
}

bool PinNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const PinNodesCommand *>(other);
    if (!next || next->m_burst != m_burst || next->m_nodes != m_nodes || next->diagramId() != diagramId())
        return false;
    edited() = next->after();
    return true;
}

DuplicateNodeCommand::DuplicateNodeCommand(Document *document, const QString &diagramId, const QString &nodeId)
    : DiagramCommand(document, diagramId)
{
    QString name = nodeId;
    QList<DiagramNode> &nodes = edited().nodes;
    const auto original = std::find_if(nodes.cbegin(), nodes.cend(), [&](const DiagramNode &n) { return n.id == nodeId; });
    if (original == nodes.cend()) {
        refuse(DiagramCommand::tr("the diagram has no node \"%1\"").arg(nodeId));
    } else {
        DiagramNode copy = *original;
        name = nameOf(copy);
        copy.id = freeNodeId(edited(), name);
        // Beside the original, clear of it, when the original is pinned.
        if (copy.pin)
            copy.pin = *copy.pin + QPointF(24, 24);
        m_newId = copy.id;
        nodes.insert(original - nodes.cbegin() + 1, copy);
    }
    finish(DiagramCommand::tr("Duplicate %1").arg(name));
}

} // namespace archscape
