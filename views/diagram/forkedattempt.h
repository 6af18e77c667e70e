// A layout attempt run in a forked child of the calling process, so that a Graphviz crash or
// endless layout ends the child and every attempt starts from the same warmed-up Graphviz state
// (see graphvizattempt.h, warmUp). The layout helper (archscape-layout) runs every attempt this
// way; the app does so itself only when the helper is missing.
#pragma once

#include "graphvizattempt.h"

#include <QByteArray>

#include <functional>

namespace archscape::GraphvizLayout {

// How a forked attempt ended. `code` is the signal for Crashed, the exit status for NoResult.
enum class ForkStatus : quint8 { Finished, CannotStart, Crashed, NoResult, Incomplete, Stopped };
struct ForkOutcome
{
    ForkStatus status = ForkStatus::CannotStart;
    int code = 0;
    QByteArray result; // serialised AttemptResult when Finished
};

// Runs the attempt in a child forked from the warmed-up state (the spare child of
// forkSpareChild() when there is one) and returns once the child's whole answer is read; the
// child is reaped later. `shouldStop` is asked about ten times a second; when it says yes the
// child is killed and the outcome is Stopped. The child inherits this process: call it from a
// single-threaded process (the layout helper), or where the allocator is known to be fork-safe
// (glibc's malloc is; AddressSanitizer's is not).
ForkOutcome runForked(const LayoutRequest &request, Attempt attempt, InjectedFault fault,
                      const std::function<bool()> &shouldStop);

// Forks, now, the child the next runForked() call will use, waiting for its attempt: the fork
// (a few milliseconds for a process that maps Qt) is then paid while this process is idle rather
// than while the app waits for a layout. The child closes `descriptorToClose` (the helper's socket
// to the app, which must see the helper's end of it close when the helper ends) and ends by itself
// when this process does. For the single-threaded layout helper only; does nothing if a spare
// child is waiting already.
void forkSpareChild(int descriptorToClose);

} // namespace archscape::GraphvizLayout
