// Lays diagrams out with Graphviz's dot, contained: every attempt runs in a child process of the
// layout helper (archscape-layout), so a Graphviz crash or runaway layout ends that child and is
// reported as a problem, never taking the app down; the attempts themselves are in
// graphvizattempt.h. Call run() from one thread at a time (LayoutService serialises every call on
// its single worker).
#pragma once

#include "diagramgeometry.h"
#include "graphvizattempt.h"
#include "layoutrequest.h"

#include <chrono>

namespace archscape::GraphvizLayout {

// The limits (maxNodes, maxEdges, newRankNodeLimit) are in graphvizattempt.h.

// An attempt that runs longer than the timeout is stopped and the next settings are tried.
inline constexpr int defaultTimeoutSeconds = 120;
void setTimeout(std::chrono::milliseconds timeout);
std::chrono::milliseconds timeout();

// Stops the layout in progress (from any thread); run() then returns a failed geometry.
void cancelRunning();

// Lays the request out. Never throws; a failed or partial Graphviz layout is retried with other
// settings, edges Graphviz dropped are routed as straight lines, and `problems` says so.
DiagramGeometry run(const LayoutRequest &request);

// Starts the layout helper process ahead of the first layout (the command line, before Qt).
void prestart();

// Makes every following attempt crash or hang in its child process, until set back to None:
// the tests of containment use it.
void injectFaultForTesting(InjectedFault fault);

} // namespace archscape::GraphvizLayout
