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
};

} // namespace archscape
