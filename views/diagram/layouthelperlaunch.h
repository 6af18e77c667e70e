// Starting the layout helper process (archscape-layout), Qt-free: the app's LayoutHelperProcess
// starts it this way, and so does the `archscape` launcher (app/main.cpp) before it loads the
// command line for an export that lays a diagram out, so that the helper's start-up and Graphviz
// warm-up run on the other core while Qt loads, and the command line adopts the running helper.
#pragma once

#include <sys/types.h>

namespace archscape {

struct LaunchedLayoutHelper
{
    pid_t pid = -1;
    int socket = -1; // this process's end (close-on-exec); the helper reads and answers on it
};

// Starts `program --socket 3` with posix_spawn (safe from a threaded process, unlike fork): its
// end of a socket pair as descriptor 3, standard input from /dev/null, standard output to
// standard error, its own process group (so that stopping it stops the attempt it forked), default
// signal handling and an empty signal mask. False, with nothing left open, when it cannot start.
bool launchLayoutHelper(const char *program, LaunchedLayoutHelper *helper);

} // namespace archscape
