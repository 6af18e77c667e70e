// The JSON `archscape convert --to json` writes (shapes documented in docs/mermaid-import.md):
// a flowchart as {direction, nodes, edges, subgraphs}, a gantt as {tasks} with ISO dates (end
// exclusive, as Mermaid draws it) and a quadrant as {title, x_axis, y_axis, quadrants, points}.
#pragma once

#include "mermaiddocument.h"

#include <nlohmann/json.hpp>

namespace archscape {

class MermaidJson
{
public:
    using Json = nlohmann::ordered_json;

    static Json flowchart(const MermaidFlowchart &chart);
    static Json gantt(const MermaidGantt &chart);
    static Json quadrant(const MermaidQuadrant &chart);
    static Json document(const MermaidDocument &document);

    // Mermaid's name for a model shape: rect, rounded, stadium, cylinder, circle, decision,
    // hexagon, parallelogram, asymmetric.
    static QString shapeName(const QString &modelShape);
};

} // namespace archscape
