// What a flowchart walk marks on the flowchart's diagram; shared by the page and the exporters, so
// an exported flowchart shows the same path as the screen.
#pragma once

#include "diagram/diagramscene.h"

namespace archscape {

class FlowchartWalk;

PathEmphasis flowchartEmphasis(const FlowchartWalk &walk);

} // namespace archscape
