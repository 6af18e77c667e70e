#include "layouthelperprocess.h"

#include "layouthelperprotocol.h"
#include "stagetimer.h"

#include <QByteArray>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace archscape {

namespace {

namespace Protocol = LayoutHelperProtocol;
using namespace GraphvizLayout;

QString runningExecutableFolder()
{
    char buffer[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    if (n <= 0)
        return {};
    const QString path = QString::fromLocal8Bit(buffer, n);
    return path.left(path.lastIndexOf(u'/'));
}

bool isExecutable(const QString &path)
{
    return !path.isEmpty() && ::access(QFile::encodeName(path).constData(), X_OK) == 0;
}

// ARCHSCAPE_LAYOUT_HELPER, when set, is the only place looked at (an empty or wrong value tests the
// fallback). Otherwise: beside the running program (the build tree's app/ folder, or libexec where
// archscape-desktop lives), then libexec relative to an installed `archscape`, then, only for a
// program that itself runs from this build tree (tests, benchmarks), the build tree's helper. An
// installed program never looks into a build folder that someone else could create.
QString findHelper()
{
    if (qEnvironmentVariableIsSet("ARCHSCAPE_LAYOUT_HELPER")) {
        const QString chosen = qEnvironmentVariable("ARCHSCAPE_LAYOUT_HELPER");
        return isExecutable(chosen) ? chosen : QString();
    }
    const QString folder = runningExecutableFolder();
    if (folder.isEmpty())
        return {};
    const QString candidates[] = {folder + QStringLiteral("/archscape-layout"),
                                  folder + QStringLiteral("/" ARCHSCAPE_LAYOUT_HELPER_RELATIVE_PATH)};
    for (const QString &candidate : candidates) {
        if (isExecutable(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    const QString buildFolder = QStringLiteral(ARCHSCAPE_BUILD_FOLDER);
    if (folder == buildFolder || folder.startsWith(buildFolder + u'/')) {
        const QString built = QStringLiteral(ARCHSCAPE_LAYOUT_HELPER_BUILD_PATH);
        if (isExecutable(built))
            return built;
    }
    return {};
}

} // namespace

LayoutHelperProcess &LayoutHelperProcess::instance()
{
    static LayoutHelperProcess helper;
    return helper;
}

LayoutHelperProcess::LayoutHelperProcess()
    : m_path(findHelper())
{
}

LayoutHelperProcess::~LayoutHelperProcess()
{
    std::lock_guard lock(m_mutex);
    if (m_socket >= 0)
        ::close(m_socket); // the helper sees the end of its input and exits by itself
    m_socket = -1;
}

QString LayoutHelperProcess::helperPath() const
{
    return m_path;
}

pid_t LayoutHelperProcess::helperProcessId() const
{
    std::lock_guard lock(m_mutex);
    return m_pid;
}

void LayoutHelperProcess::prestart()
{
    std::lock_guard lock(m_mutex);
    if (m_pid < 0)
        startLocked();
}

bool LayoutHelperProcess::startLocked()
{
    if (m_path.isEmpty())
        return false;
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

    // Its own process group, so that stopping it also stops the attempt it forked; default signal
    // handling and an empty mask whatever this process's threads block.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD})
        sigaddset(&defaults, signal);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray program = QFile::encodeName(m_path);
    char socketArgument[] = "3";
    char socketOption[] = "--socket";
    char *const arguments[] = {const_cast<char *>(program.constData()), socketOption, socketArgument, nullptr};
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, program.constData(), &actions, &attributes, arguments, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(ends[1]);
    if (error != 0) {
        ::close(ends[0]);
        return false;
    }
    m_pid = pid;
    m_socket = ends[0];
    m_answers = 0;
    return true;
}

void LayoutHelperProcess::stopLocked()
{
    if (m_socket >= 0)
        ::close(m_socket);
    m_socket = -1;
    if (m_pid > 0) {
        ::kill(-m_pid, SIGKILL); // the helper's group: the helper and the attempt it runs
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
    m_pid = -1;
}

std::optional<ForkOutcome> LayoutHelperProcess::run(const LayoutRequest &request, Attempt attempt, InjectedFault fault,
                                                    const std::function<bool()> &shouldStop)
{
    std::lock_guard lock(m_mutex);
    Protocol::FrameHeader header;
    header.kind = quint8(attempt);
    header.fault = quint8(fault);
    const QByteArray payload = serialise(request);
    // A helper that died since the last attempt (killed by the user, out of memory) shows as a
    // failed send; one fresh start is tried before giving up on helpers.
    bool sent = false;
    for (int tries = 0; tries < 2 && !sent; ++tries) {
        if (m_pid < 0 && !startLocked())
            return std::nullopt;
        stageMark("app: sending the request to the helper");
        sent = Protocol::writeFrame(m_socket, header, payload);
        if (!sent)
            stopLocked();
    }
    if (!sent)
        return std::nullopt;

    Protocol::FrameHeader reply;
    QByteArray result;
    const Protocol::ReadStatus status = Protocol::readFrame(m_socket, reply, result, shouldStop);
    stageMark("app: the helper's answer read");
    ForkOutcome outcome;
    switch (status) {
    case Protocol::ReadStatus::Ok:
        if (reply.kind > quint8(ForkStatus::Stopped)) {
            stopLocked();
            m_path.clear(); // a helper from another version: this process forks its attempts itself
            return std::nullopt;
        }
        ++m_answers;
        outcome.status = ForkStatus(reply.kind);
        outcome.code = reply.code;
        outcome.result = result;
        return outcome;
    case Protocol::ReadStatus::Stopped:
        stopLocked();
        outcome.status = ForkStatus::Stopped;
        return outcome;
    case Protocol::ReadStatus::Garbled:
        // A helper from another version (an install mixing two builds) speaks another protocol:
        // it is not used again, and this process forks its attempts itself.
        stopLocked();
        m_path.clear();
        return std::nullopt;
    case Protocol::ReadStatus::Closed: {
        const pid_t pid = m_pid;
        int exitStatus = 0;
        ::close(m_socket);
        m_socket = -1;
        while (::waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
        // A helper that ends before its first answer is no working helper (another version,
        // another program under its name): this process forks its attempts itself from now on.
        if (m_answers == 0) {
            m_path.clear();
            return std::nullopt;
        }
        // The helper itself ended mid-attempt: report how it ended, and start a new one next time.
        if (WIFSIGNALED(exitStatus)) {
            outcome.status = ForkStatus::Crashed;
            outcome.code = WTERMSIG(exitStatus);
        } else {
            outcome.status = ForkStatus::NoResult;
            outcome.code = WIFEXITED(exitStatus) ? WEXITSTATUS(exitStatus) : -1;
        }
        return outcome;
    }
    }
    return outcome;
}

} // namespace archscape
