// The app's end of the layout helper process (archscape-layout): finds the helper, starts it
// (layouthelperlaunch.h) or adopts the one the launcher started, sends it attempts, and kills and
// restarts it when an attempt must be stopped. One helper per app process; thread-safe.
#pragma once

#include "forkedattempt.h"

#include <QString>

#include <functional>
#include <mutex>
#include <optional>

#include <sys/types.h>

namespace archscape {

class LayoutHelperProcess
{
public:
    static LayoutHelperProcess &instance();

    // Starts the helper now, so that its start-up and Graphviz warm-up overlap the caller's own
    // (the command line calls this before it starts Qt). Does nothing if it runs already.
    void prestart();

    // Takes over a helper the `archscape` launcher started (layouthelperlaunch.h) as if prestart()
    // had started it: `socket` is this process's end. Closes `socket` if a helper runs already.
    void adopt(const QString &path, pid_t pid, int socket);

    // Runs the attempt in a child of the helper. nullopt when no helper can be started (not
    // installed next to the app), or the helper is not a working one (it ends before its first
    // answer, or speaks another protocol version): the caller then forks the attempt itself. When `shouldStop`
    // says yes, the helper and the attempt are killed and the outcome is Stopped; the next call
    // starts a fresh helper.
    std::optional<GraphvizLayout::ForkOutcome> run(const LayoutRequest &request, GraphvizLayout::Attempt attempt,
                                                   GraphvizLayout::InjectedFault fault,
                                                   const std::function<bool()> &shouldStop);

    // Where the helper was found, empty when it was not.
    QString helperPath() const;
    // The helper's process id while it runs, -1 otherwise (tests check a restart).
    pid_t helperProcessId() const;

    LayoutHelperProcess(const LayoutHelperProcess &) = delete;
    LayoutHelperProcess &operator=(const LayoutHelperProcess &) = delete;

private:
    LayoutHelperProcess();
    ~LayoutHelperProcess();
    bool startLocked();
    void stopLocked();

    mutable std::mutex m_mutex;
    QString m_path; // cleared when the helper turns out unusable
    pid_t m_pid = -1;
    int m_socket = -1;
    int m_answers = 0; // answers from the helper now running
};

} // namespace archscape
