// The only place that talks to Graphviz: turns a LayoutRequest into a DiagramGeometry with dot.
// libgvc is neither re-entrant nor thread-safe: call run() from one thread at a time (LayoutService
// serialises every call on its single worker).
#pragma once

#include "diagramgeometry.h"
#include "layoutrequest.h"

namespace archscape::GraphvizLayout {

// Larger requests are refused with a message instead of tying Graphviz up for minutes.
inline constexpr int maxNodes = 5000;
inline constexpr int maxEdges = 20000;
// Up to this many nodes the layout ranks globally (newrank) and stacks the planes.
inline constexpr int newRankNodeLimit = 120;

// Each attempt runs in a child process (see graphvizlayout.cpp); one that runs longer than this
// is stopped and the next settings are tried.
inline constexpr int timeoutSeconds = 120;
// Stops the layout in progress (from any thread); run() then returns a failed geometry.
void cancelRunning();

// Lays the request out. Never throws; a failed or partial Graphviz layout is retried with other
// settings, edges Graphviz dropped are routed as straight lines, and `problems` says so.
DiagramGeometry run(const LayoutRequest &request);

// The benchmarks' baseline for what Graphviz alone costs: the graph run() would build for its
// first attempt, laid out in this process with nothing around it (no child process, no reading
// back, no retries). Changes Graphviz's statics: never call it where layouts must be reproducible.
// Returns gvLayout's result code.
int runBare(const LayoutRequest &request);

// Writes the graph runBare() would lay out as DOT with Graphviz's own agwrite, so benchmarks can
// time `dot -Tsvg` on exactly the graph Archscape lays out. False when the file cannot be written.
bool writeDot(const LayoutRequest &request, const QString &path);

void releaseContext();

// The version of the Graphviz library loaded at run time ("2.42.2"); empty if it cannot tell.
QString libraryVersion();

} // namespace archscape::GraphvizLayout
