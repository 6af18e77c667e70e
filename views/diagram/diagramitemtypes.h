// QGraphicsItem type ids of the diagram scene, for qgraphicsitem_cast.
#pragma once

#include <QGraphicsItem>

namespace archscape {

enum DiagramItemType {
    NodeItemType = QGraphicsItem::UserType + 1,
    EdgeItemType,
    ClusterItemType,
};

// How an item is drawn in the current hover/failure state; the scene sets it, paint() reads it.
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

} // namespace archscape
