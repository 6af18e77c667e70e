// What still works when nodes of an architecture diagram fail: which components still reach live
// state, directly or through the diagram's dashed fallback edges, and which fallbacks carry traffic.
// The rule, its reasoning and the CQRS examples: docs/failure-analysis.md.
//
// The rule in short:
// - A state store is a node of the State plane (by its class; without a plane class, by its
//   enclosing plane subgraph) or any cylinder.
// - Solid and thick edges carry a component's normal traffic (both ways when bidirectional).
//   Traffic that meets a failed node leaves it along that node's dashed edges and is fallback
//   traffic from then on; fallback traffic arriving at a live node may also take that node's
//   dashed edges. A request that reaches a live store is served there and goes no further.
// - A live component is servedNormally when a live store is reachable with normal steps only,
//   servedByFallback when only with fallback steps, lost when it reached a store with nothing
//   failed and now reaches none, unaffected when it never reached one.
// - A dashed edge is active when some search (from any live node, stores included) took it as a
//   fallback step and its target is live or passes the traffic on along an active dashed edge.
//
// Pure and deterministic: lists follow diagram node order, edge lists diagram edge order. Linear in
// the size of the diagram, iterative throughout (no recursion depth that grows with the graph).
#pragma once

#include "catalog.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace archscape {

struct FailureImpact
{
    QSet<QString> failed;            // the given ids that name nodes of the diagram
    QStringList unknownIds;          // the given ids that name no node, sorted; otherwise ignored
    QStringList stores;              // live state stores
    QStringList servedNormally;      // live non-store components that reach a live store without any fallback
    QStringList servedByFallback;    // live components that reach a live store only through fallback paths
    QStringList lost;                // live components that reached a store with nothing failed, and now reach none
    QStringList unaffected;          // live components that never reached a store (e.g. monitoring)
    QList<int> activeFallbackEdges;  // indices into Diagram::edges of the dashed edges that now carry traffic
    QList<int> brokenEdges;          // indices of edges touching a failed node
};

FailureImpact analyzeFailure(const Catalog &catalog, const Diagram &diagram, const QSet<QString> &failed);

// True for a node whose class maps to the State plane; for a node without a class (or with one
// that names no plane), when its nearest enclosing plane subgraph is the State plane; and for
// every cylinder (Mermaid's database shape), whatever its class.
bool isStateStore(const Catalog &catalog, const Diagram &diagram, const DiagramNode &node);

} // namespace archscape
