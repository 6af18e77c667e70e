#include "forkedattempt.h"
#include "stagetimer.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

namespace archscape::GraphvizLayout {

#ifdef Q_OS_UNIX
namespace {

// What the parent sends a spare child: the attempt, then the serialised request.
struct SpareHeader
{
    quint8 attempt = 0;
    quint8 fault = 0;
    quint64 size = 0;
};

// A child forked ahead of its attempt, blocked reading `requestFd`'s other end.
struct SpareChild
{
    pid_t pid = -1;
    int requestFd = -1; // write end: the attempt goes here
    int resultFd = -1;  // read end: the answer comes back here
};

std::mutex g_mutex; // guards the two below: the app may call runForked from several threads
SpareChild g_spare;
std::vector<pid_t> g_unreaped; // children whose answer was read before they had exited

bool writeAll(int fd, const char *data, size_t size)
{
    size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += size_t(n);
    }
    return true;
}

bool writeSized(int fd, const QByteArray &bytes)
{
    const quint64 size = quint64(bytes.size());
    return writeAll(fd, reinterpret_cast<const char *>(&size), sizeof size) && writeAll(fd, bytes.constData(), size_t(bytes.size()));
}

// False at end of data (the parent ended) or on an error.
bool readAll(int fd, char *data, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

// Children that answered are reaped here, on the next call, instead of being waited for while
// the app waits: a child's exit (unmapping its copy of the parent) takes a fraction of a ms.
void reapAnsweredChildrenLocked()
{
    std::erase_if(g_unreaped, [](pid_t pid) {
        int status = 0;
        const pid_t reaped = ::waitpid(pid, &status, WNOHANG);
        return reaped == pid || (reaped < 0 && errno != EINTR);
    });
}

[[noreturn]] void runAttemptAndExit(int resultFd, const LayoutRequest &request, Attempt attempt, InjectedFault fault)
{
    if (fault == InjectedFault::Crash)
        std::abort();
    while (fault == InjectedFault::Hang)
        ::pause();
    const AttemptResult result = runAttempt(request, attempt);
    stageMark("layout child: laid out and read back");
    const bool sent = writeSized(resultFd, serialise(result));
    stageMark("layout child: answer written");
    ::_exit(sent ? 0 : 3); // no atexit handlers, no static destructors: the parent owns those
}

[[noreturn]] void waitForAttemptAndExit(int requestFd, int resultFd)
{
    SpareHeader header;
    if (!readAll(requestFd, reinterpret_cast<char *>(&header), sizeof header))
        ::_exit(0); // the parent ended without an attempt for this child
    QByteArray payload(qsizetype(header.size), Qt::Uninitialized);
    if (!readAll(requestFd, payload.data(), size_t(payload.size())))
        ::_exit(4);
    ::close(requestFd);
    stageMark("layout child (spare): attempt received");
    const std::optional<LayoutRequest> request = deserialiseRequest(payload);
    if (!request)
        ::_exit(4);
    runAttemptAndExit(resultFd, *request, Attempt(header.attempt), InjectedFault(header.fault));
}

void closeSpareLocked()
{
    if (g_spare.pid < 0)
        return;
    ::close(g_spare.requestFd);
    ::close(g_spare.resultFd);
    ::kill(g_spare.pid, SIGKILL);
    g_unreaped.push_back(g_spare.pid);
    g_spare = {};
}

// Hands the attempt to the spare child and gives up the spare: its pid and the end to read its
// answer from. Nothing when there is no spare, or it died before taking the attempt.
std::optional<SpareChild> takeSpareLocked(const LayoutRequest &request, Attempt attempt, InjectedFault fault)
{
    if (g_spare.pid < 0)
        return std::nullopt;
    const QByteArray payload = serialise(request);
    SpareHeader header;
    header.attempt = quint8(attempt);
    header.fault = quint8(fault);
    header.size = quint64(payload.size());
    // A large request fills the pipe and blocks here until the child reads it, which it does at
    // once; a child that has died makes the write fail (EPIPE: the helper ignores SIGPIPE).
    const bool handed = writeAll(g_spare.requestFd, reinterpret_cast<const char *>(&header), sizeof header)
        && writeAll(g_spare.requestFd, payload.constData(), size_t(payload.size()));
    if (!handed) {
        closeSpareLocked();
        return std::nullopt;
    }
    SpareChild spare = g_spare;
    ::close(spare.requestFd);
    spare.requestFd = -1;
    g_spare = {};
    return spare;
}

// The child's answer, or how it failed; reaps the child unless it answered in full.
ForkOutcome collectAnswer(pid_t pid, int resultFd, const std::function<bool()> &shouldStop)
{
    ForkOutcome outcome;
    QByteArray bytes;
    bool stopped = false;
    bool complete = false;
    char buffer[65536];
    for (;;) {
        pollfd poller{resultFd, POLLIN, 0};
        const int ready = ::poll(&poller, 1, 100);
        if (shouldStop()) {
            stopped = true;
            break;
        }
        if (ready <= 0)
            continue; // a timeout, or EINTR
        const ssize_t n = ::read(resultFd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // end of data: the child has finished or died
        bytes.append(buffer, qsizetype(n));
        quint64 size = 0;
        if (bytes.size() >= qsizetype(sizeof size)) {
            std::memcpy(&size, bytes.constData(), sizeof size);
            if (quint64(bytes.size()) - sizeof size == size) {
                complete = true; // the whole answer: the child is only exiting now
                break;
            }
        }
    }
    ::close(resultFd);
    if (complete) {
        outcome.status = ForkStatus::Finished;
        outcome.result = bytes.mid(sizeof(quint64));
        const std::lock_guard lock(g_mutex);
        g_unreaped.push_back(pid);
        return outcome;
    }
    if (stopped)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (stopped) {
        outcome.status = ForkStatus::Stopped;
        return outcome;
    }
    if (WIFSIGNALED(status)) {
        outcome.status = ForkStatus::Crashed;
        outcome.code = WTERMSIG(status);
        return outcome;
    }
    if (bytes.size() < qsizetype(sizeof(quint64))) {
        outcome.status = ForkStatus::NoResult;
        outcome.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return outcome;
    }
    outcome.status = ForkStatus::Incomplete; // the child ended part-way through its answer
    return outcome;
}

} // namespace

ForkOutcome runForked(const LayoutRequest &request, Attempt attempt, InjectedFault fault,
                      const std::function<bool()> &shouldStop)
{
    warmUp();
    std::optional<SpareChild> child;
    {
        const std::lock_guard lock(g_mutex);
        reapAnsweredChildrenLocked();
        child = takeSpareLocked(request, attempt, fault);
    }
    if (child) {
        stageMark("layout helper: attempt handed to the spare child");
        return collectAnswer(child->pid, child->resultFd, shouldStop);
    }

    ForkOutcome outcome;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        outcome.code = errno;
        return outcome;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        outcome.code = errno;
        ::close(fds[0]);
        ::close(fds[1]);
        return outcome;
    }
    if (pid == 0) {
        enterLayoutChild();
        ::close(fds[0]);
        stageMark("layout child: forked");
        runAttemptAndExit(fds[1], request, attempt, fault);
    }
    ::close(fds[1]);
    return collectAnswer(pid, fds[0], shouldStop);
}

void forkSpareChild(int descriptorToClose)
{
    warmUp();
    const std::lock_guard lock(g_mutex);
    reapAnsweredChildrenLocked();
    if (g_spare.pid >= 0)
        return;
    int request[2];
    int result[2];
    if (::pipe2(request, O_CLOEXEC) != 0)
        return;
    if (::pipe2(result, O_CLOEXEC) != 0) {
        ::close(request[0]);
        ::close(request[1]);
        return;
    }
    // Forked with g_mutex held: the child inherits it locked, and never takes it (it only reads
    // its attempt, runs it and exits).
    const pid_t pid = ::fork();
    if (pid < 0) {
        for (const int fd : {request[0], request[1], result[0], result[1]})
            ::close(fd);
        return; // runForked forks when the attempt comes
    }
    if (pid == 0) {
        enterLayoutChild();
        ::close(request[1]);
        ::close(result[0]);
        if (descriptorToClose >= 0)
            ::close(descriptorToClose);
        waitForAttemptAndExit(request[0], result[1]);
    }
    ::close(request[0]);
    ::close(result[1]);
    g_spare = {pid, request[1], result[0]};
}
#endif

} // namespace archscape::GraphvizLayout
