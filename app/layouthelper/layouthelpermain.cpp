// archscape-layout: the process that holds all of Archscape's Graphviz state. The app starts it
// (posix_spawn, see views/diagram/layouthelperprocess.cpp) and sends it one layout attempt at a
// time over a socket; each runs in a child forked from its warmed-up, never-changed Graphviz state,
// so every layout is reproducible and a Graphviz crash or endless layout ends a child, never the
// app. The child for the next attempt is forked ahead, while this process waits (forkSpareChild). Being single-threaded, this process can fork safely, which the app (with
// its worker threads and, in sanitizer builds, AddressSanitizer's allocator) cannot.
// It ends when the app closes its end of the socket, or with the app's SIGKILL after a time bound.
#include "forkedattempt.h"
#include "layouthelperprotocol.h"
#include "stagetimer.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <poll.h>
#include <signal.h>
#include <unistd.h>

using namespace archscape;
using namespace archscape::GraphvizLayout;
namespace Protocol = archscape::LayoutHelperProtocol;

namespace {

// The app only ever writes while no attempt runs: readable during one means it closed the socket
// (it ended, or gave up on this process), so the attempt is abandoned.
bool appHasGoneAway(int socket)
{
    pollfd poller{socket, POLLIN, 0};
    return ::poll(&poller, 1, 0) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3 || std::strcmp(argv[1], "--socket") != 0) {
        std::fprintf(stderr, "archscape-layout: Archscape's layout helper process; Archscape starts it itself.\n");
        return 2;
    }
    stageMark("layout helper: main");
    const int socket = std::atoi(argv[2]);
    ::signal(SIGPIPE, SIG_IGN);
    warmUp();
    stageMark("layout helper: Graphviz warmed up");
    forkSpareChild(socket);
    stageMark("layout helper: spare child forked");

    for (;;) {
        Protocol::FrameHeader request;
        QByteArray payload;
        if (Protocol::readFrame(socket, request, payload, {}) != Protocol::ReadStatus::Ok)
            break; // the app is gone, or sent something this version does not speak
        stageMark("layout helper: request read");
        ForkOutcome outcome;
        const std::optional<LayoutRequest> layoutRequest = deserialiseRequest(payload);
        if (!layoutRequest || request.kind > quint8(Attempt::Flat) || request.fault > quint8(InjectedFault::Hang)) {
            outcome.status = ForkStatus::Incomplete;
        } else {
            outcome = runForked(*layoutRequest, Attempt(request.kind), InjectedFault(request.fault),
                                [socket] { return appHasGoneAway(socket); });
        }
        stageMark("layout helper: attempt answered by its child");
        if (outcome.status == ForkStatus::Stopped)
            break;
        Protocol::FrameHeader reply;
        reply.kind = quint8(outcome.status);
        reply.code = outcome.code;
        if (!Protocol::writeFrame(socket, reply, outcome.result))
            break;
        // The next attempt's child, forked while the app reads this answer.
        forkSpareChild(socket);
    }
    // Nothing to flush or save; Graphviz's context is left to the end of the process.
    std::_Exit(0);
}
