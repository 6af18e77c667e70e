#include "flowchartemphasis.h"

#include "engine/flowchartwalk.h"

namespace archscape {

PathEmphasis flowchartEmphasis(const FlowchartWalk &walk)
{
    PathEmphasis emphasis;
    for (const QString &node : walk.pathNodes())
        emphasis.nodes.insert(node);
    for (int edge : walk.pathEdges())
        emphasis.edges.insert(edge);
    if (walk.atOutcome())
        emphasis.reached = walk.currentNode();
    else if (walk.currentQuestion()) {
        emphasis.current = walk.currentNode();
        for (const FlowchartOption &option : walk.options()) {
            if (option.edge >= 0)
                emphasis.offered.insert(option.edge);
        }
    }
    return emphasis;
}

} // namespace archscape
