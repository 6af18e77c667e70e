// Puts pinned nodes where the user pinned them after Graphviz has laid the diagram out, re-routes
// the connections touching them as straight lines clipped at the node outlines, and grows the
// frames of their subgraphs to hold them. Pure geometry, safe on the layout thread.
#pragma once

#include "diagramgeometry.h"
#include "layoutrequest.h"

namespace archscape {

void applyPins(const LayoutRequest &request, DiagramGeometry &geometry);

// Where the segment from inside `outline` towards `outside` leaves the outline (the segment's end
// when it never does).
QPointF outlineExit(const QPainterPath &outline, QPointF inside, QPointF outside);

} // namespace archscape
