// QGraphicsItem type ids of the diagram scene, for qgraphicsitem_cast.
#pragma once

#include "diagramemphasis.h"

#include <QGraphicsItem>

namespace archscape {

enum DiagramItemType {
    NodeItemType = QGraphicsItem::UserType + 1,
    EdgeItemType,
    ClusterItemType,
};

} // namespace archscape
