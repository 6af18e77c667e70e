#include "layouthelperprocess.h"

#include "layouthelperlaunch.h"
#include "layouthelperprotocol.h"
#include "stagetimer.h"

#include <QByteArray>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/wait.h>
#include <unistd.h>

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
    LaunchedLayoutHelper helper;
    if (!launchLayoutHelper(QFile::encodeName(m_path).constData(), &helper))
        return false;
    m_pid = helper.pid;
    m_socket = helper.socket;
    m_answers = 0;
    return true;
}

void LayoutHelperProcess::adopt(const QString &path, pid_t pid, int socket)
{
    std::lock_guard lock(m_mutex);
    if (m_pid >= 0) {
        ::close(socket);
        return;
    }
    m_path = path;
    m_pid = pid;
    m_socket = socket;
    m_answers = 0;
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
