#include "diagramemphasis.h"

#include "diagram.h"
#include "failureanalysis.h"

namespace archscape {

DiagramEmphasis computeEmphasis(const Diagram &diagram, const QSet<QString> &failed, const FailureImpact &impact,
                                const PathEmphasis &path, const QString &hovered)
{
    const QSet<QString> lost(impact.lost.cbegin(), impact.lost.cend());
    const QSet<QString> fallback(impact.servedByFallback.cbegin(), impact.servedByFallback.cend());
    const QSet<int> activeEdges(impact.activeFallbackEdges.cbegin(), impact.activeFallbackEdges.cend());
    const QSet<int> brokenEdges(impact.brokenEdges.cbegin(), impact.brokenEdges.cend());

    QSet<QString> neighbours;
    QSet<int> incident;
    if (!hovered.isEmpty()) {
        neighbours.insert(hovered);
        for (int i = 0; i < diagram.edges.size(); ++i) {
            const DiagramEdge &edge = diagram.edges.at(i);
            if (edge.from == hovered || edge.to == hovered) {
                incident.insert(i);
                neighbours.insert(edge.from);
                neighbours.insert(edge.to);
            }
        }
    }

    DiagramEmphasis result;
    result.nodes.reserve(diagram.nodes.size());
    for (const DiagramNode &node : diagram.nodes) {
        const QString &id = node.id;
        ItemEmphasis emphasis = ItemEmphasis::Normal;
        if (failed.contains(id))
            emphasis = ItemEmphasis::Failed;
        else if (lost.contains(id))
            emphasis = ItemEmphasis::Lost;
        else if (fallback.contains(id))
            emphasis = ItemEmphasis::Fallback;
        if (!path.isEmpty() && emphasis == ItemEmphasis::Normal) {
            if (id == path.current)
                emphasis = ItemEmphasis::Current;
            else if (id == path.reached)
                emphasis = ItemEmphasis::Reached;
            else
                emphasis = path.nodes.contains(id) ? ItemEmphasis::OnPath : ItemEmphasis::Muted;
        }
        if (!hovered.isEmpty()) {
            if (!neighbours.contains(id))
                emphasis = ItemEmphasis::Dimmed;
            else if (emphasis == ItemEmphasis::Normal)
                emphasis = ItemEmphasis::Highlighted;
        }
        result.nodes.insert(id, emphasis);
    }
    result.edges.reserve(diagram.edges.size());
    for (int i = 0; i < diagram.edges.size(); ++i) {
        ItemEmphasis emphasis = ItemEmphasis::Normal;
        if (activeEdges.contains(i))
            emphasis = ItemEmphasis::Fallback;
        else if (brokenEdges.contains(i))
            emphasis = ItemEmphasis::Broken;
        else if (!path.isEmpty())
            emphasis = path.edges.contains(i)     ? ItemEmphasis::OnPath
                       : path.offered.contains(i) ? ItemEmphasis::Offered
                                                  : ItemEmphasis::Muted;
        if (!hovered.isEmpty())
            emphasis = incident.contains(i) ? ItemEmphasis::Highlighted : ItemEmphasis::Dimmed;
        result.edges.insert(i, emphasis);
    }
    return result;
}

qreal nodeOpacity(ItemEmphasis emphasis)
{
    return emphasis == ItemEmphasis::Dimmed ? 0.35 : emphasis == ItemEmphasis::Muted ? 0.7 : 1.0;
}

qreal edgeOpacity(ItemEmphasis emphasis)
{
    return emphasis == ItemEmphasis::Dimmed                                      ? 0.25
           : emphasis == ItemEmphasis::Broken || emphasis == ItemEmphasis::Muted ? 0.45
                                                                                  : 1.0;
}

} // namespace archscape
