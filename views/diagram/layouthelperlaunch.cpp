#include "layouthelperlaunch.h"

#include <csignal>

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <unistd.h>

extern char **environ;

namespace archscape {

bool launchLayoutHelper(const char *program, LaunchedLayoutHelper *helper)
{
    int ends[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0)
        return false;
    // The helper's end becomes its descriptor 3. dup2 onto the same number would keep close-on-exec
    // set, so an end that already is 3 moves first.
    constexpr int helperDescriptor = 3;
    if (ends[1] == helperDescriptor) {
        const int moved = ::fcntl(ends[1], F_DUPFD_CLOEXEC, helperDescriptor + 1);
        ::close(ends[1]);
        ends[1] = moved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, 2, 1); // nothing Graphviz prints reaches our stdout
    posix_spawn_file_actions_adddup2(&actions, ends[1], helperDescriptor);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    const int defaultSignals[] = {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD};
    for (int signal : defaultSignals)
        sigaddset(&defaults, signal);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    char socketArgument[] = "3";
    char socketOption[] = "--socket";
    char *const arguments[] = {const_cast<char *>(program), socketOption, socketArgument, nullptr};
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, program, &actions, &attributes, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(ends[1]);
    if (error != 0) {
        ::close(ends[0]);
        return false;
    }
    helper->pid = pid;
    helper->socket = ends[0];
    return true;
}

} // namespace archscape
