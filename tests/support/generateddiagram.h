// Synthetic four-plane architecture diagrams for layout tests and benchmarks, in the style of
// /work/shared/bench/gen_large.py: Edge/Service/State/Control plane subgraphs sharing the nodes
// 10/40/30/20 %, three-line labels, State nodes as cylinders, the document's four classDefs, and
// about two outgoing edges per node following the plane-to-plane flows (some dashed, ~10% labelled).
//
// Deterministic on every machine: the same (nodes, seed) always gives the same diagram, because
// only std::mt19937's raw output is used (no std::*_distribution, whose results differ between
// standard libraries). The graph is not byte-identical to gen_large.py's (Python's random differs).
#pragma once

#include "catalog.h"
#include "diagram.h"

#include <QtGlobal>

namespace archscape {

// Id "generated-four-plane-NNNN" (NNNN the node count, zero-padded to four digits; "-sS" appended
// when seed != 1). Node ids E0001.., S0001.., D0001.., C0001.. per plane.
Diagram generateFourPlaneDiagram(int nodes, quint32 seed = 1);

// The embedded model (which defines the four planes the generated diagrams refer to).
// Aborts the test with qFatal if the embedded model cannot be loaded.
Catalog catalogWithPlanes();

} // namespace archscape
