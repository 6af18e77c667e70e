// The bounds every reader of outside input enforces while it reads (model and scenario JSON,
// Mermaid and Markdown), so a hostile file ends in a diagnostic naming its line or JSON pointer
// instead of a crash, a hang or an exhausted memory. The Mermaid-specific ones are in
// mermaid/mermaidimportlimits.h; docs/model-format.md and docs/mermaid-import.md list them.
#pragma once

#include <QtGlobal>

namespace archscape::InputLimits {

// Bytes of one input file or text (a model, a scenario, a .mmd file, a Markdown document).
inline constexpr qsizetype maxInputBytes = 4 * 1024 * 1024;
// Nodes of one diagram (Mermaid: also gantt tasks and quadrant points).
inline constexpr qsizetype maxNodes = 20000;
// Edges of one diagram (Mermaid: every edge of an `A & B --> C & D` product counted first).
inline constexpr qsizetype maxEdges = 50000;
// Characters of one label (a node's lines together, an edge label, a subgraph title, ...).
inline constexpr qsizetype maxLabelCharacters = 10000;
// Arrays and objects open inside each other in a JSON file.
inline constexpr int maxJsonDepth = 256;
// Mermaid subgraphs open inside each other.
inline constexpr int maxSubgraphDepth = 64;

} // namespace archscape::InputLimits
