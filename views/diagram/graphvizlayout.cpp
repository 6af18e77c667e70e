#include "graphvizlayout.h"

#include "forkedattempt.h"
#include "layouthelperprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <atomic>
#include <limits>

namespace archscape::GraphvizLayout {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("archscape::GraphvizLayout", text, disambiguation, n);
}

std::atomic<bool> g_cancel{false};
std::atomic<int> g_timeoutMilliseconds{defaultTimeoutSeconds * 1000};
std::atomic<InjectedFault> g_fault{InjectedFault::None};

// Without Graphviz clusters, frame each subgraph around its members so the reader still sees them.
void frameClustersByMembers(const LayoutRequest &request, DiagramGeometry &geometry)
{
    for (const LayoutRequest::Cluster &cluster : request.clusters) {
        QRectF frame;
        for (const LayoutRequest::Node &node : request.nodes) {
            if (node.cluster != cluster.id)
                continue;
            if (const NodeGeometry *g = geometry.node(node.id))
                frame |= g->rect;
        }
        if (frame.isNull())
            continue;
        frame.adjust(-10, -10 - cluster.titleSize.height(), 10, 10);
        geometry.clusters.append({cluster.id, frame, QRectF(frame.topLeft() + QPointF(4, 4), cluster.titleSize), 0});
        geometry.bounds |= frame;
    }
}

QString describeFailure(const ForkOutcome &outcome, bool cancelled)
{
    switch (outcome.status) {
    case ForkStatus::Finished:
        return {};
    case ForkStatus::CannotStart:
        return tr("cannot start the layout process (%1)").arg(QString::fromLocal8Bit(std::strerror(outcome.code)));
    case ForkStatus::Crashed:
        return tr("Graphviz crashed (signal %1)").arg(outcome.code);
    case ForkStatus::NoResult:
        return tr("the layout process ended without a result (exit status %1)").arg(outcome.code);
    case ForkStatus::Incomplete:
        return tr("the layout process sent an incomplete result");
    case ForkStatus::Stopped:
        if (cancelled)
            return tr("the layout was cancelled");
        const int seconds = std::max(1, (g_timeoutMilliseconds.load() + 999) / 1000);
        return tr("Graphviz took longer than %n second(s) and was stopped", nullptr, seconds);
    }
    return {};
}

// Graphviz 2.42/2.43 keeps state between layouts in statics (network simplex's search start, for
// one), so the same graph laid out twice in one process can differ; and some graphs crash it (a
// double free after "trouble in init_rank") or run for minutes. So every attempt runs in a child
// forked from a process whose Graphviz state never changes after its warm-up: the layout helper
// (archscape-layout), which is single-threaded and can fork safely. Where the helper is missing,
// this process forks the child itself, which is safe with glibc's allocator.
//
// The command line uses the helper too, started before Qt so that its start-up runs on the other
// core. A one-shot command must still report a Graphviz crash or hang clearly, which a signal
// handler cannot do (a double free aborts or deadlocks inside malloc; a hang raises nothing).
std::optional<AttemptResult> runContained(const LayoutRequest &request, Attempt attempt, QString &failure)
{
    if (qEnvironmentVariableIsSet("ARCHSCAPE_LAYOUT_IN_PROCESS"))
        return runAttempt(request, attempt);
    QElapsedTimer timer;
    timer.start();
    const auto shouldStop = [&timer] { return g_cancel.load() || timer.elapsed() > g_timeoutMilliseconds.load(); };
    const InjectedFault fault = g_fault.load();
    std::optional<ForkOutcome> outcome = LayoutHelperProcess::instance().run(request, attempt, fault, shouldStop);
    if (!outcome)
        outcome = runForked(request, attempt, fault, shouldStop);
    if (outcome->status == ForkStatus::Finished) {
        std::optional<AttemptResult> result = deserialiseResult(outcome->result);
        if (!result)
            failure = describeFailure({ForkStatus::Incomplete, 0, {}}, false);
        return result;
    }
    failure = describeFailure(*outcome, g_cancel.load());
    return std::nullopt;
}

} // namespace

DiagramGeometry run(const LayoutRequest &request)
{
    DiagramGeometry failed;
    failed.diagramId = request.diagramId;
    g_cancel.store(false);
    if (request.nodes.size() > maxNodes || request.edges.size() > maxEdges) {
        failed.problems.append(tr("The diagram has %1 components and %2 connections; Archscape lays out at most %3 and %4.")
                                   .arg(request.nodes.size())
                                   .arg(request.edges.size())
                                   .arg(maxNodes)
                                   .arg(maxEdges));
        return failed;
    }

    const QList<Attempt> attempts = attemptOrder(request);
    const Attempt first = attempts.first();

    QStringList problems;
    for (Attempt attempt : attempts) {
        QString failure;
        const std::optional<AttemptResult> result = runContained(request, attempt, failure);
        if (!result) {
            problems.append(tr("Graphviz failed: %1; trying other settings.").arg(failure));
            if (g_cancel.load())
                break;
            continue;
        }
        if (!result->laidOut || result->trouble) {
            problems.append(tr("Graphviz failed (%1); trying other settings.")
                                .arg(result->messages.isEmpty() ? tr("no message") : result->messages.join(QStringLiteral("; "))));
            // A layout with init_rank trouble may have lost edges; use it only as a last resort.
            if (!result->laidOut || attempt != attempts.last())
                continue;
        }
        DiagramGeometry geometry = DiagramGeometry::fromGraphviz(result->geometry, request);
        if (attempt == Attempt::Flat && !request.clusters.isEmpty()) {
            frameClustersByMembers(request, geometry);
            geometry.problems.append(tr("The planes could not be laid out as groups; their frames are drawn around their members and may overlap."));
        }
        geometry.problems = result->buildProblems + (attempt == first ? QStringList() : problems) + geometry.problems;
        return geometry;
    }
    failed.problems = problems;
    failed.problems.append(tr("No layout could be made."));
    return failed;
}

void cancelRunning()
{
    g_cancel.store(true);
}

void setTimeout(std::chrono::milliseconds timeout)
{
    g_timeoutMilliseconds.store(int(std::clamp<qint64>(timeout.count(), 1, std::numeric_limits<int>::max())));
}

std::chrono::milliseconds timeout()
{
    return std::chrono::milliseconds(g_timeoutMilliseconds.load());
}

void injectFaultForTesting(InjectedFault fault)
{
    g_fault.store(fault);
}

void prestart()
{
    if (!qEnvironmentVariableIsSet("ARCHSCAPE_LAYOUT_IN_PROCESS"))
        LayoutHelperProcess::instance().prestart();
}

} // namespace archscape::GraphvizLayout
