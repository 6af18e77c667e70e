#include "failureanalysis.h"

#include <QHash>

#include <algorithm>

namespace archscape {

namespace {

// A search state is a node plus how the traffic got there: packed as node * 2 + Via.
enum Via : int { Normal = 0, Fallback = 1 };

int stateOf(int node, Via via) { return node * 2 + via; }

// One direction in which an edge carries traffic: a bidirectional edge gives two steps.
struct Step
{
    int from = 0;
    int to = 0;
    int edge = 0;
    bool dashed = false;
};

// The diagram as indices. Nodes keep diagram order; of duplicate ids the first wins, as in
// Diagram::node (the validator rejects duplicates in files, a hand-built diagram may hold them).
struct Topology
{
    QHash<QString, int> index;
    QStringList ids;
    QList<bool> store;
    QList<Step> steps;
    QList<QList<int>> stepsFrom;       // step ids by source node
    QList<QList<int>> dashedStepsInto; // dashed step ids by target node

    void addStep(int from, int to, int edge, bool dashed)
    {
        const int id = int(steps.size());
        steps.append({from, to, edge, dashed});
        stepsFrom[from].append(id);
        if (dashed)
            dashedStepsInto[to].append(id);
    }
};

Topology topologyOf(const Catalog &catalog, const Diagram &diagram)
{
    Topology topology;
    for (const DiagramNode &node : diagram.nodes) {
        if (topology.index.contains(node.id))
            continue;
        topology.index.insert(node.id, int(topology.ids.size()));
        topology.ids.append(node.id);
        topology.store.append(isStateStore(catalog, diagram, node));
    }
    topology.stepsFrom.resize(topology.ids.size());
    topology.dashedStepsInto.resize(topology.ids.size());
    for (int e = 0; e < diagram.edges.size(); ++e) {
        const DiagramEdge &edge = diagram.edges.at(e);
        const int from = topology.index.value(edge.from, -1);
        const int to = topology.index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue; // an edge to nowhere carries nothing; the validator reports it for files
        const bool dashed = edge.style == u"dashed";
        topology.addStep(from, to, e, dashed);
        if (edge.bidirectional && from != to)
            topology.addStep(to, from, e, dashed);
    }
    return topology;
}

// How traffic moves between search states for one set of failed nodes. Because a state's moves do
// not depend on where its search began, the searches from all components are answered at once:
// forward from every start for what was traversed, backward from the stores for who is served.
class Propagation
{
public:
    Propagation(const Topology &topology, QList<bool> failed)
        : m_topology(topology)
        , m_failed(std::move(failed))
        , m_predecessors(stateCount())
    {
        for (int state = 0; state < stateCount(); ++state)
            forEachMove(state, [&](int next, int, bool) { m_predecessors[next].append(state); });
    }

    int stateCount() const { return int(m_topology.ids.size()) * 2; }

    // Calls visit(nextState, stepId, isFallbackStep) for every way traffic in `state` moves on.
    template<typename Visit>
    void forEachMove(int state, Visit visit) const
    {
        const int node = state / 2;
        const bool viaFallback = state % 2 == Fallback;
        const QList<int> &stepIds = m_topology.stepsFrom.at(node);
        if (m_failed.at(node)) {
            // Whatever brought the traffic here, a failed node can only hand it to its fallbacks.
            for (int id : stepIds) {
                const Step &step = m_topology.steps.at(id);
                if (step.dashed)
                    visit(stateOf(step.to, Fallback), id, true);
            }
            return;
        }
        // A request that reaches a live store is served there. A store's normal state still moves
        // on: it is the start of the store's own search (its data feeding the next stage), and a
        // component reaching it normally is served whatever follows.
        if (viaFallback && m_topology.store.at(node))
            return;
        for (int id : stepIds) {
            const Step &step = m_topology.steps.at(id);
            if (!step.dashed)
                visit(stateOf(step.to, viaFallback ? Fallback : Normal), id, false);
            else if (viaFallback)
                visit(stateOf(step.to, Fallback), id, true);
        }
    }

    // The fallback steps taken by the searches that start (normally) at each of `startNodes`.
    QList<bool> fallbackStepsTaken(const QList<int> &startNodes) const
    {
        QList<bool> taken(m_topology.steps.size(), false);
        QList<bool> seen(stateCount(), false);
        QList<int> queue;
        for (int node : startNodes) {
            seen[stateOf(node, Normal)] = true;
            queue.append(stateOf(node, Normal));
        }
        for (qsizetype head = 0; head < queue.size(); ++head) {
            forEachMove(queue.at(head), [&](int next, int stepId, bool fallbackStep) {
                if (fallbackStep)
                    taken[stepId] = true;
                if (!seen.at(next)) {
                    seen[next] = true;
                    queue.append(next);
                }
            });
        }
        return taken;
    }

    // The states from which one of `targets` can be reached.
    QList<bool> statesReaching(const QList<int> &targets) const
    {
        QList<bool> reaches(stateCount(), false);
        QList<int> queue;
        for (int state : targets) {
            if (!reaches.at(state)) {
                reaches[state] = true;
                queue.append(state);
            }
        }
        for (qsizetype head = 0; head < queue.size(); ++head) {
            for (int previous : m_predecessors.at(queue.at(head))) {
                if (!reaches.at(previous)) {
                    reaches[previous] = true;
                    queue.append(previous);
                }
            }
        }
        return reaches;
    }

private:
    const Topology &m_topology;
    QList<bool> m_failed;
    QList<QList<int>> m_predecessors;
};

// The states in which traffic has reached a live store.
QList<int> servedStates(const Topology &topology, const QList<bool> &failed, bool includeFallback)
{
    QList<int> states;
    for (int node = 0; node < topology.ids.size(); ++node) {
        if (!topology.store.at(node) || failed.at(node))
            continue;
        states.append(stateOf(node, Normal));
        if (includeFallback)
            states.append(stateOf(node, Fallback));
    }
    return states;
}

// Dashed steps that end at a live node carry traffic somewhere; so does a step into a failed node
// whose own fallback carries it on. Propagated backwards from the live ends with a work list, so a
// cycle of failed nodes with no live exit stays inactive and a long chain needs no deep recursion.
QList<bool> activeSteps(const Topology &topology, const QList<bool> &failed, const QList<bool> &taken)
{
    QList<bool> active(topology.steps.size(), false);
    QList<int> work;
    for (int id = 0; id < topology.steps.size(); ++id) {
        if (taken.at(id) && !failed.at(topology.steps.at(id).to)) {
            active[id] = true;
            work.append(id);
        }
    }
    while (!work.isEmpty()) {
        const int from = topology.steps.at(work.takeLast()).from;
        if (!failed.at(from))
            continue;
        for (int into : topology.dashedStepsInto.at(from)) {
            if (taken.at(into) && !active.at(into)) {
                active[into] = true;
                work.append(into);
            }
        }
    }
    return active;
}

} // namespace

bool isStateStore(const Catalog &catalog, const Diagram &diagram, const DiagramNode &node)
{
    if (node.shape == u"cylinder")
        return true;
    if (!node.className.isEmpty()) {
        if (const Plane *plane = catalog.planeForClass(node.className))
            return plane->id == u"state";
    }
    // Without a plane class the nearest enclosing plane subgraph decides. The step bound ends a
    // parent loop in a hand-built diagram (the validator rejects loops in files).
    const Subgraph *subgraph = node.subgraph.isEmpty() ? nullptr : diagram.subgraph(node.subgraph);
    for (qsizetype steps = 0; subgraph && steps <= diagram.subgraphs.size(); ++steps) {
        if (subgraph->role == u"plane")
            return subgraph->plane == u"state";
        subgraph = subgraph->parent.isEmpty() ? nullptr : diagram.subgraph(subgraph->parent);
    }
    return false;
}

FailureImpact analyzeFailure(const Catalog &catalog, const Diagram &diagram, const QSet<QString> &failed)
{
    const Topology topology = topologyOf(catalog, diagram);
    const int nodeCount = int(topology.ids.size());

    FailureImpact impact;
    QList<bool> isFailed(nodeCount, false);
    for (const QString &id : failed) {
        const int node = topology.index.value(id, -1);
        if (node < 0) {
            impact.unknownIds.append(id);
            continue;
        }
        isFailed[node] = true;
        impact.failed.insert(id);
    }
    impact.unknownIds.sort(); // a QSet has no stable order

    QList<int> liveNodes;
    for (int node = 0; node < nodeCount; ++node) {
        if (!isFailed.at(node))
            liveNodes.append(node);
    }

    const Propagation now(topology, isFailed);
    const QList<bool> normal = now.statesReaching(servedStates(topology, isFailed, false));
    const QList<bool> any = now.statesReaching(servedStates(topology, isFailed, true));
    const QList<bool> nothingFailed(nodeCount, false);
    const Propagation before(topology, nothingFailed);
    const QList<bool> reachedBefore = before.statesReaching(servedStates(topology, nothingFailed, false));

    for (int node : liveNodes) {
        const QString &id = topology.ids.at(node);
        const int start = stateOf(node, Normal);
        if (topology.store.at(node))
            impact.stores.append(id);
        else if (normal.at(start))
            impact.servedNormally.append(id);
        else if (any.at(start))
            impact.servedByFallback.append(id);
        else if (reachedBefore.at(start))
            impact.lost.append(id);
        else
            impact.unaffected.append(id);
    }

    // Stores start searches too: in CQRS only the event stream feeds the projector, so only its
    // search can meet a failed projector and take the rebuild fallback.
    const QList<bool> active = activeSteps(topology, isFailed, now.fallbackStepsTaken(liveNodes));
    QList<bool> edgeActive(diagram.edges.size(), false);
    for (int id = 0; id < topology.steps.size(); ++id) {
        if (active.at(id))
            edgeActive[topology.steps.at(id).edge] = true;
    }
    for (int e = 0; e < diagram.edges.size(); ++e) {
        if (edgeActive.at(e))
            impact.activeFallbackEdges.append(e);
        const DiagramEdge &edge = diagram.edges.at(e);
        if (impact.failed.contains(edge.from) || impact.failed.contains(edge.to))
            impact.brokenEdges.append(e);
    }
    return impact;
}

} // namespace archscape
