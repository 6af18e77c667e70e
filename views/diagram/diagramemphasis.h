// Which state each node and edge of a drawn diagram is shown in (hover, failure what-if,
// flowchart walk), worked out once for the screen's items and the headless export alike.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace archscape {

struct Diagram;
struct FailureImpact;

// How an item is drawn in the current hover/failure state.
enum class ItemEmphasis {
    Normal,
    Highlighted, // hovered or a neighbour of the hovered node
    Dimmed,      // not related to the hovered node
    Failed,      // marked failed in the what-if
    Lost,        // lost every path to a state store
    Fallback,    // served only through a fallback path / a fallback edge now carrying traffic
    Broken,      // an edge touching a failed node
    // The flowchart walk (views/flowchart): the way taken, the question waiting, its answers.
    OnPath,  // a node or edge the walk has passed
    Current, // the question waiting for an answer
    Offered, // an answer edge of the waiting question (clickable)
    Reached, // the outcome the walk reached
    Muted,   // off the walk's path: still readable, but quieter
};

// What a walk through a flowchart marks on its diagram (see FlowchartWalk).
struct PathEmphasis
{
    QSet<QString> nodes; // passed
    QSet<int> edges;     // passed (diagram edge indices)
    QString current;     // the question waiting, if any
    QSet<int> offered;   // the waiting question's answer edges
    QString reached;     // the outcome, if reached
    bool isEmpty() const { return nodes.isEmpty() && current.isEmpty() && reached.isEmpty(); }
    bool operator==(const PathEmphasis &) const = default;
};

struct DiagramEmphasis
{
    QHash<QString, ItemEmphasis> nodes; // every node of the diagram
    QHash<int, ItemEmphasis> edges;     // every edge, by index in Diagram::edges
};

// Failure first (failed, lost, fallback), then the walk's path, then hover, which dims everything
// not touching the hovered node. `hovered` empty means no hover.
DiagramEmphasis computeEmphasis(const Diagram &diagram, const QSet<QString> &failed, const FailureImpact &impact,
                                const PathEmphasis &path, const QString &hovered);

// Items off the focus are drawn translucent rather than recoloured, so their own colours stay.
qreal nodeOpacity(ItemEmphasis emphasis);
qreal edgeOpacity(ItemEmphasis emphasis);

} // namespace archscape
