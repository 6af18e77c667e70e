// One Graphviz layout attempt and everything that touches Graphviz's API: the graph built from a
// LayoutRequest, dot run on it, the geometry read back. This is what the layout helper process
// (archscape-layout) runs; GraphvizLayout::run() decides which attempts to make and where.
// libgvc is neither re-entrant nor thread-safe: one attempt at a time per process.
#pragma once

#include "graphvizgeometry.h"
#include "layoutrequest.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

namespace archscape::GraphvizLayout {

// Larger requests are refused with a message instead of tying Graphviz up for minutes.
inline constexpr int maxNodes = 5000;
inline constexpr int maxEdges = 20000;
// Up to this many nodes a diagram with planes ranks globally (newrank) and stacks them.
inline constexpr int newRankNodeLimit = 120;


// NewRank ranks globally, which is what makes the plane anchors hold (classic ranking places whole
// clusters side by side and ignores them); Classic is dot's default; Flat drops the clusters.
enum class Attempt : quint8 { NewRank, Classic, Flat };

// Faults a test can ask the process that runs an attempt to simulate, so that containment is
// tested against a real crash and a real hang rather than a pretend one.
enum class InjectedFault : quint8 { None, Crash, Hang };

// One attempt's outcome, as it travels from the process that ran it.
struct AttemptResult
{
    bool laidOut = false; // gvLayout returned 0
    bool trouble = false; // dot reported "trouble in init_rank": edges may be missing
    QStringList messages;
    QStringList buildProblems;
    GraphvizGeometry geometry;
};

// Runs the attempt in this process.
AttemptResult runAttempt(const LayoutRequest &request, Attempt attempt);

// Loads the dot engine and initialises Graphviz's statics with a tiny layout, once per process:
// every process forked afterwards starts a layout from this same state (Graphviz keeps state
// between layouts in statics, so this is what makes layouts reproducible).
void warmUp();

// Called first in a forked child (see forkedattempt.h): the child's messages stay untranslated,
// because the translator takes a lock another thread of the parent may have held at the fork.
void enterLayoutChild();

QByteArray serialise(const AttemptResult &result);
std::optional<AttemptResult> deserialiseResult(const QByteArray &bytes);
QByteArray serialise(const LayoutRequest &request);
std::optional<LayoutRequest> deserialiseRequest(const QByteArray &bytes);

// The benchmarks' baseline for what Graphviz alone costs: the graph run() would build for its
// first attempt, laid out in this process with nothing around it (no child process, no reading
// back, no retries). Changes Graphviz's statics: never call it where layouts must be reproducible.
// Returns gvLayout's result code.
int runBare(const LayoutRequest &request);

// Writes the graph runBare() would lay out as DOT with Graphviz's own agwrite, so benchmarks can
// time `dot -Tsvg` on exactly the graph Archscape lays out. False when the file cannot be written.
bool writeDot(const LayoutRequest &request, const QString &path);

// Frees this process's Graphviz context, if it made one.
void releaseContext();

// The version of the Graphviz library loaded at run time ("2.42.2"); empty if it cannot tell.
QString libraryVersion();

// The attempts to make for a request, in order (GraphvizLayout::run() goes down the list until
// one lays out):
// - a small diagram with planes: NewRank (the planes stacked), then Classic, then Flat;
// - a small diagram without planes (an imported flowchart, a diagram of cells or layers):
//   Classic, then NewRank, then Flat. With no plane anchors to hold, global ranking only lets
//   subgraphs overlap in height: they come out as a staircase of side-by-side columns with long
//   edges, where classic ranking stacks them as Mermaid and dot do, and in a third of the time
//   on the 50-node generated graph (an edge label doubles newrank's rank count);
// - a large diagram: Classic alone. newrank can take minutes on big clustered graphs (Graphviz
//   2.42/2.43), and without clusters dot is far slower on them (minutes at 500 nodes), so a flat
//   retry would only run into the timeout.
QList<Attempt> attemptOrder(const LayoutRequest &request);

// The first of attemptOrder().
Attempt firstAttempt(const LayoutRequest &request);

} // namespace archscape::GraphvizLayout
