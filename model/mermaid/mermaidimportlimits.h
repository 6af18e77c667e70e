// The bounds every Mermaid and Markdown import enforces while it reads, so that hostile input (a
// megabyte line, 100k nodes, deep nesting, a `&` product of millions of edges) ends in an error
// naming its line instead of a hang or an exhausted memory. docs/mermaid-import.md lists them.
#pragma once

#include "inputlimits.h"

#include <QtGlobal>

namespace archscape::MermaidImportLimits {

// Bytes of one Mermaid text (a .mmd file or one fenced block); the reader stops at the line that
// crosses it.
inline constexpr qsizetype maxInputBytes = InputLimits::maxInputBytes;
// Bytes of a whole Markdown document: the same 4 MiB as any input (model files included).
inline constexpr qsizetype maxMarkdownBytes = InputLimits::maxInputBytes;
// Bytes of one line; a longer line is reported and skipped without being decoded.
inline constexpr qsizetype maxLineBytes = 64 * 1024;
// Characters of one label (node, edge, subgraph title, task name, point name) after decoding.
inline constexpr qsizetype maxLabelCharacters = InputLimits::maxLabelCharacters;
// Flowchart nodes, and gantt tasks and quadrant points, per diagram.
inline constexpr qsizetype maxNodes = InputLimits::maxNodes;
// Flowchart edges per diagram, counting every edge of an `A & B --> C & D` product before any is made.
inline constexpr qsizetype maxEdges = InputLimits::maxEdges;
// Subgraphs open inside each other.
inline constexpr int maxSubgraphDepth = InputLimits::maxSubgraphDepth;
// Diagnostics kept per import; the rest are counted in one last message.
inline constexpr qsizetype maxDiagnostics = 200;
// Mermaid blocks taken from one Markdown document.
inline constexpr qsizetype maxMarkdownBlocks = 1000;

} // namespace archscape::MermaidImportLimits
