// Failure analysis on the document's own diagrams: who stays served, who is served only through the
// dashed "%% Failure scenarios" edges, who is lost, and which fallbacks carry traffic. Hand-built
// diagrams cover the corners: fallback cycles, dead ends, two-way edges and 5000-node chains.
#include "failureanalysis.h"
#include "modelloader.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// "WRITE_DB KAFKA" -> {"WRITE_DB", "KAFKA"}: keeps the data rows readable.
QStringList ids(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

QSet<QString> setOf(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

int edgeIndex(const Diagram &diagram, const QString &from, const QString &to)
{
    for (int i = 0; i < diagram.edges.size(); ++i) {
        if (diagram.edges.at(i).from == from && diagram.edges.at(i).to == to)
            return i;
    }
    return -1;
}

// "FROM->TO" names an edge by its ends, never by a hard-coded index. Sorted, as the engine reports them.
QList<int> edgeIndices(const Diagram &diagram, const QStringList &pairs, QStringList *missing)
{
    QList<int> indices;
    for (const QString &pair : pairs) {
        const QStringList ends = pair.split(u"->"_s);
        const int index = ends.size() == 2 ? edgeIndex(diagram, ends.at(0), ends.at(1)) : -1;
        if (index < 0)
            missing->append(pair);
        else
            indices.append(index);
    }
    std::sort(indices.begin(), indices.end());
    return indices;
}

// Every node is failed or in exactly one list, and every list follows diagram node order.
QString partitionProblem(const Diagram &diagram, const FailureImpact &impact)
{
    QHash<QString, int> position;
    for (int i = 0; i < diagram.nodes.size(); ++i)
        position.insert(diagram.nodes.at(i).id, i);
    const QList<std::pair<QString, QStringList>> lists = {
        {u"stores"_s, impact.stores},       {u"servedNormally"_s, impact.servedNormally},
        {u"servedByFallback"_s, impact.servedByFallback}, {u"lost"_s, impact.lost},
        {u"unaffected"_s, impact.unaffected},
    };
    QStringList problems;
    QSet<QString> seen;
    for (const auto &[name, list] : lists) {
        int last = -1;
        for (const QString &id : list) {
            if (!position.contains(id))
                problems.append(u"%1 names unknown node %2"_s.arg(name, id));
            else if (position.value(id) <= last)
                problems.append(u"%1 is out of node order at %2"_s.arg(name, id));
            last = position.value(id, last);
            if (impact.failed.contains(id))
                problems.append(u"failed node %1 is listed in %2"_s.arg(id, name));
            if (seen.contains(id))
                problems.append(u"%1 is listed twice (again in %2)"_s.arg(id, name));
            seen.insert(id);
        }
    }
    for (const DiagramNode &node : diagram.nodes) {
        if (!impact.failed.contains(node.id) && !seen.contains(node.id))
            problems.append(u"live node %1 is in no list"_s.arg(node.id));
    }
    return problems.join(u'\n');
}

// Hand-built diagrams: "A->B" solid, "A==>B" thick, "A-.->B" dashed, "A<-->B" two-way, "A<-.->B" two-way
// dashed. Nodes appear in order of first mention; `stores` become cylinders without a class or subgraph.
Diagram makeDiagram(const QStringList &edges, const QStringList &stores)
{
    struct Arrow
    {
        QString token;
        QString style;
        bool bidirectional;
    };
    const QList<Arrow> arrows = {
        {u"<-.->"_s, u"dashed"_s, true}, {u"<-->"_s, u"solid"_s, true}, {u"-.->"_s, u"dashed"_s, false},
        {u"==>"_s, u"thick"_s, false},   {u"->"_s, u"solid"_s, false},
    };
    Diagram diagram;
    diagram.id = u"hand-built"_s;
    auto ensureNode = [&](const QString &id) {
        if (diagram.node(id))
            return;
        DiagramNode node;
        node.id = id;
        node.label = {id};
        if (stores.contains(id))
            node.shape = u"cylinder"_s;
        diagram.nodes.append(node);
    };
    for (const QString &text : edges) {
        for (const Arrow &arrow : arrows) {
            const qsizetype at = text.indexOf(arrow.token);
            if (at < 0)
                continue;
            DiagramEdge edge;
            edge.from = text.left(at);
            edge.to = text.mid(at + arrow.token.size());
            edge.style = arrow.style;
            edge.bidirectional = arrow.bidirectional;
            ensureNode(edge.from);
            ensureNode(edge.to);
            diagram.edges.append(edge);
            break;
        }
    }
    for (const QString &store : stores)
        ensureNode(store);
    return diagram;
}

enum class Chain { NothingFailed, AlternatingFailures, InteriorFailed, LastStoreFailed };

// N0 -> N1 -> ... -> N(length-1), the last a store; every failed node also has a dashed edge onward.
Diagram makeChain(int length, const QSet<int> &failed)
{
    Diagram diagram;
    diagram.id = u"chain"_s;
    for (int i = 0; i < length; ++i) {
        DiagramNode node;
        node.id = u"N%1"_s.arg(i);
        if (i == length - 1)
            node.shape = u"cylinder"_s;
        diagram.nodes.append(node);
    }
    for (int i = 0; i + 1 < length; ++i) {
        diagram.edges.append({u"N%1"_s.arg(i), u"N%1"_s.arg(i + 1), u"solid"_s, false, QString(), QString()});
        if (failed.contains(i))
            diagram.edges.append({u"N%1"_s.arg(i), u"N%1"_s.arg(i + 1), u"dashed"_s, false, QString(), QString()});
    }
    return diagram;
}

} // namespace

Q_DECLARE_METATYPE(Chain)

class TestFailureAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void isStateStoreMatchesTheStateStyleNodes();
    void isStateStoreForHandBuiltNodes_data();
    void isStateStoreForHandBuiltNodes();

    void documentScenarios_data();
    void documentScenarios();
    void unknownIdsAreReportedAndIgnored();
    void failingEveryNodeLeavesNoLiveComponent_data();
    void failingEveryNodeLeavesNoLiveComponent();
    void handBuiltFallbacks_data();
    void handBuiltFallbacks();
    void longChainsTerminate_data();
    void longChainsTerminate();

private:
    Catalog m_catalog;
    Catalog m_planesOnly; // for hand-built diagrams: the document's planes and nothing else
};

void TestFailureAnalysis::initTestCase()
{
    LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_catalog = *result.catalog;
    m_planesOnly.planes = m_catalog.planes;
    QVERIFY(m_catalog.diagram(u"cqrs"_s));
    QVERIFY(m_catalog.diagram(u"cell-based"_s));
    QVERIFY(m_planesOnly.plane(u"state"_s));
}

void TestFailureAnalysis::isStateStoreMatchesTheStateStyleNodes()
{
    const QString stateClass = m_catalog.plane(u"state"_s)->className;
    QCOMPARE(stateClass, u"stateStyle"_s);
    for (const Diagram &diagram : m_catalog.diagrams) {
        for (const DiagramNode &node : diagram.nodes) {
            const bool expected = node.className == stateClass;
            QVERIFY2(isStateStore(m_catalog, diagram, node) == expected,
                     qPrintable(u"%1/%2 (class %3, %4)"_s.arg(diagram.id, node.id, node.className, node.shape)));
        }
    }
    // The CQRS diagram's State Plane, exactly.
    const Diagram *cqrs = m_catalog.diagram(u"cqrs"_s);
    QStringList stores;
    for (const DiagramNode &node : cqrs->nodes) {
        if (isStateStore(m_catalog, *cqrs, node))
            stores.append(node.id);
    }
    QCOMPARE(stores, ids("WRITE_DB KAFKA READ_CACHE READ_DB READ_SQL"));
}

void TestFailureAnalysis::isStateStoreForHandBuiltNodes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("className");
    QTest::addColumn<QString>("subgraph");
    QTest::addColumn<bool>("store");

    QTest::newRow("a cylinder without a class or subgraph is a store") << u"cylinder"_s << QString() << QString() << true;
    QTest::newRow("a cylinder classed as a service is still a store")
        << u"cylinder"_s << u"serviceStyle"_s << u"ServicePlane"_s << true;
    QTest::newRow("a box without a class inside the State Plane is a store")
        << u"box"_s << QString() << u"StatePlane"_s << true;
    QTest::newRow("a box without a class in a cell nested in the State Plane is a store")
        << u"box"_s << QString() << u"Shard"_s << true;
    QTest::newRow("a box without a class inside the Service Plane is not a store")
        << u"box"_s << QString() << u"ServicePlane"_s << false;
    QTest::newRow("a box without a class in a group outside any plane is not a store")
        << u"box"_s << QString() << u"Loose"_s << false;
    QTest::newRow("a box classed as a service inside the State Plane is not a store, the class decides")
        << u"box"_s << u"serviceStyle"_s << u"StatePlane"_s << false;
    QTest::newRow("a box classed as state outside any plane is a store") << u"box"_s << u"stateStyle"_s << QString() << true;
    QTest::newRow("a box whose class names no plane falls back to its State Plane")
        << u"box"_s << u"highlight"_s << u"StatePlane"_s << true;
    QTest::newRow("a box without a class or subgraph is not a store") << u"box"_s << QString() << QString() << false;
}

void TestFailureAnalysis::isStateStoreForHandBuiltNodes()
{
    QFETCH(QString, shape);
    QFETCH(QString, className);
    QFETCH(QString, subgraph);
    QFETCH(bool, store);

    Diagram diagram;
    diagram.subgraphs = {
        {u"StatePlane"_s, u"State Plane"_s, u"plane"_s, u"state"_s, QString()},
        {u"ServicePlane"_s, u"Service Plane"_s, u"plane"_s, u"service"_s, QString()},
        {u"Shard"_s, u"Shard"_s, u"cell"_s, QString(), u"StatePlane"_s},
        {u"Loose"_s, u"Loose"_s, u"group"_s, QString(), QString()},
    };
    DiagramNode node;
    node.id = u"NODE"_s;
    node.shape = shape;
    node.className = className;
    node.subgraph = subgraph;
    diagram.nodes.append(node);
    QCOMPARE(isStateStore(m_planesOnly, diagram, node), store);
}

void TestFailureAnalysis::documentScenarios_data()
{
    QTest::addColumn<QString>("diagram");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("stores");
    QTest::addColumn<QStringList>("servedNormally");
    QTest::addColumn<QStringList>("servedByFallback");
    QTest::addColumn<QStringList>("lost");
    QTest::addColumn<QStringList>("unaffected");
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QStringList>("broken");

    const QString cqrs = u"cqrs"_s;
    const QStringList cqrsControl = ids("LAG_MON REBUILD ALERT");
    QTest::newRow("nothing failed in CQRS serves every component that reaches a store normally")
        << cqrs << QStringList() << ids("WRITE_DB KAFKA READ_CACHE READ_DB READ_SQL")
        << ids("WRITE_LB READ_LB CDN WRITE_API READ_API CDC PROJECTOR") << QStringList() << QStringList() << cqrsControl
        << QStringList() << QStringList();
    QTest::newRow("a failed read cache in CQRS falls back to the read database on a cache miss")
        << cqrs << ids("READ_CACHE") << ids("WRITE_DB KAFKA READ_DB READ_SQL")
        << ids("WRITE_LB READ_LB CDN WRITE_API READ_API CDC PROJECTOR") << QStringList() << QStringList() << cqrsControl
        << ids("READ_CACHE->READ_DB") << ids("READ_API->READ_CACHE PROJECTOR->READ_CACHE READ_CACHE->READ_DB");
    QTest::newRow("a failed search store in CQRS falls back to the read SQL replica")
        << cqrs << ids("READ_DB") << ids("WRITE_DB KAFKA READ_CACHE READ_SQL")
        << ids("WRITE_LB READ_LB CDN WRITE_API READ_API CDC PROJECTOR") << QStringList() << QStringList() << cqrsControl
        << ids("READ_DB->READ_SQL")
        << ids("READ_API->READ_DB PROJECTOR->READ_DB READ_CACHE->READ_DB READ_DB->READ_SQL");
    QTest::newRow("all read stores down in CQRS fall back along the chain to the write database")
        << cqrs << ids("READ_CACHE READ_DB READ_SQL") << ids("WRITE_DB KAFKA") << ids("WRITE_LB WRITE_API CDC")
        << ids("READ_LB CDN READ_API PROJECTOR") << QStringList() << cqrsControl
        << ids("READ_CACHE->READ_DB READ_DB->READ_SQL READ_SQL->WRITE_DB")
        << ids("READ_API->READ_CACHE READ_API->READ_DB READ_API->READ_SQL PROJECTOR->READ_CACHE PROJECTOR->READ_DB "
               "PROJECTOR->READ_SQL READ_CACHE->READ_DB READ_DB->READ_SQL READ_SQL->WRITE_DB");
    QTest::newRow("a failed write database in CQRS loses the write path, which has no fallback")
        << cqrs << ids("WRITE_DB") << ids("KAFKA READ_CACHE READ_DB READ_SQL")
        << ids("READ_LB CDN READ_API CDC PROJECTOR") << QStringList() << ids("WRITE_LB WRITE_API") << cqrsControl
        << QStringList() << ids("WRITE_API->WRITE_DB WRITE_DB->CDC READ_SQL->WRITE_DB");
    QTest::newRow("every read store and the write database down in CQRS leave the fallback chain dead and inactive")
        << cqrs << ids("READ_CACHE READ_DB READ_SQL WRITE_DB") << ids("KAFKA") << ids("CDC") << QStringList()
        << ids("WRITE_LB READ_LB CDN WRITE_API READ_API PROJECTOR") << cqrsControl << QStringList()
        << ids("WRITE_API->WRITE_DB WRITE_DB->CDC READ_API->READ_CACHE READ_API->READ_DB READ_API->READ_SQL "
               "PROJECTOR->READ_CACHE PROJECTOR->READ_DB PROJECTOR->READ_SQL READ_CACHE->READ_DB READ_DB->READ_SQL "
               "READ_SQL->WRITE_DB");
    QTest::newRow("a failed projector in CQRS hands processing over to the rebuild service")
        << cqrs << ids("PROJECTOR") << ids("WRITE_DB KAFKA READ_CACHE READ_DB READ_SQL")
        << ids("WRITE_LB READ_LB CDN WRITE_API READ_API CDC") << QStringList() << QStringList() << cqrsControl
        << ids("PROJECTOR->REBUILD")
        << ids("KAFKA->PROJECTOR PROJECTOR->READ_CACHE PROJECTOR->READ_DB PROJECTOR->READ_SQL PROJECTOR->REBUILD "
               "PROJECTOR->LAG_MON");

    const QString cells = u"cell-based"_s;
    const QStringList cellStores = ids("C1_DB C1_CACHE C2_DB C2_CACHE C3_DB C3_CACHE GLOBAL_DATA");
    const QStringList cellControl = ids("PLACEMENT MONITORING EVACUATION");
    QTest::newRow("nothing failed in the cell-based diagram serves every cell normally")
        << cells << QStringList() << cellStores
        << ids("GLOBAL_LB CELL_ROUTER C1_LB C1_API C2_LB C2_API C3_LB C3_API") << QStringList() << QStringList()
        << cellControl << QStringList() << QStringList();
    QTest::newRow("a failed cell 1 API evacuates its users to cell 2")
        << cells << ids("C1_API") << cellStores << ids("GLOBAL_LB CELL_ROUTER C2_LB C2_API C3_LB C3_API")
        << ids("C1_LB") << QStringList() << cellControl << ids("C1_API->EVACUATION EVACUATION->C2_API")
        << ids("C1_LB->C1_API C1_API->C1_DB C1_API->C1_CACHE C1_API->MONITORING C1_API->GLOBAL_DATA "
               "C1_API->EVACUATION");
    QTest::newRow("cells 1 and 2 down evacuate into a failed cell and lose cell 1's users")
        << cells << ids("C1_API C2_API") << cellStores << ids("GLOBAL_LB CELL_ROUTER C3_LB C3_API") << QStringList()
        << ids("C1_LB C2_LB") << cellControl << ids("C1_API->EVACUATION")
        << ids("C1_LB->C1_API C1_API->C1_DB C1_API->C1_CACHE C2_LB->C2_API C2_API->C2_DB C2_API->C2_CACHE "
               "C1_API->MONITORING C2_API->MONITORING C1_API->GLOBAL_DATA C2_API->GLOBAL_DATA C1_API->EVACUATION "
               "EVACUATION->C2_API");
    QTest::newRow("cell 1 without its own stores is still served through the global reference data")
        << cells << ids("C1_DB C1_CACHE") << ids("C2_DB C2_CACHE C3_DB C3_CACHE GLOBAL_DATA")
        << ids("GLOBAL_LB CELL_ROUTER C1_LB C1_API C2_LB C2_API C3_LB C3_API") << QStringList() << QStringList()
        << cellControl << QStringList() << ids("C1_API->C1_DB C1_API->C1_CACHE");
    QTest::newRow("a failed cell router loses the global load balancer, which has no other route")
        << cells << ids("CELL_ROUTER") << cellStores << ids("C1_LB C1_API C2_LB C2_API C3_LB C3_API") << QStringList()
        << ids("GLOBAL_LB") << cellControl << QStringList()
        << ids("GLOBAL_LB->CELL_ROUTER CELL_ROUTER->C1_LB CELL_ROUTER->C2_LB CELL_ROUTER->C3_LB "
               "CELL_ROUTER->PLACEMENT");

    QTest::newRow("a user service without its stores reaches the order database over the two-way call")
        << u"microservices"_s << ids("USER_DB SHARED_CACHE") << ids("ORDER_DB PAY_DB NOTIF_QUEUE")
        << ids("API_GW EXT_LB USER_SVC ORDER_SVC PAY_SVC NOTIF_SVC MESH") << QStringList() << QStringList()
        << ids("SERVICE_DISC MONITORING TRACING CI_CD") << QStringList()
        << ids("USER_SVC->USER_DB USER_SVC->SHARED_CACHE ORDER_SVC->SHARED_CACHE");

    const QString edge = u"edge-computing"_s;
    const QStringList edgeStores = ids("REGIONAL_STORAGE REGIONAL_CACHE CORE_STORAGE");
    QTest::newRow("a failed edge storage falls back to the regional cache on an edge cache miss")
        << edge << ids("EDGE_STORAGE") << edgeStores << ids("USERS EDGE_COMPUTE EDGE_NETWORK REGIONAL_COMPUTE")
        << QStringList() << QStringList() << ids("CORE_COMPUTE CORE_ANALYTICS CORE_ML")
        << ids("EDGE_STORAGE->REGIONAL_CACHE") << ids("EDGE_COMPUTE->EDGE_STORAGE EDGE_STORAGE->REGIONAL_CACHE");
    QTest::newRow("edge storage and regional compute down leave edge users on the cache-miss fallback")
        << edge << ids("EDGE_STORAGE REGIONAL_COMPUTE") << edgeStores << QStringList()
        << ids("USERS EDGE_COMPUTE EDGE_NETWORK") << QStringList() << ids("CORE_COMPUTE CORE_ANALYTICS CORE_ML")
        << ids("EDGE_STORAGE->REGIONAL_CACHE")
        << ids("EDGE_COMPUTE->EDGE_STORAGE EDGE_COMPUTE->REGIONAL_COMPUTE REGIONAL_COMPUTE->REGIONAL_CACHE "
               "REGIONAL_COMPUTE->REGIONAL_STORAGE REGIONAL_COMPUTE->CORE_COMPUTE EDGE_STORAGE->REGIONAL_CACHE");
}

void TestFailureAnalysis::documentScenarios()
{
    QFETCH(QString, diagram);
    QFETCH(QStringList, failed);
    QFETCH(QStringList, stores);
    QFETCH(QStringList, servedNormally);
    QFETCH(QStringList, servedByFallback);
    QFETCH(QStringList, lost);
    QFETCH(QStringList, unaffected);
    QFETCH(QStringList, active);
    QFETCH(QStringList, broken);

    const Diagram *d = m_catalog.diagram(diagram);
    QVERIFY(d);
    QStringList missing;
    const QList<int> activeEdges = edgeIndices(*d, active, &missing);
    const QList<int> brokenEdges = edgeIndices(*d, broken, &missing);
    QVERIFY2(missing.isEmpty(), qPrintable(u"no such edge: "_s + missing.join(u", "_s)));

    const FailureImpact impact = analyzeFailure(m_catalog, *d, setOf(failed));
    QVERIFY2(partitionProblem(*d, impact).isEmpty(), qPrintable(partitionProblem(*d, impact)));
    QCOMPARE(impact.failed, setOf(failed));
    QVERIFY(impact.unknownIds.isEmpty());
    QCOMPARE(impact.stores, stores);
    QCOMPARE(impact.servedNormally, servedNormally);
    QCOMPARE(impact.servedByFallback, servedByFallback);
    QCOMPARE(impact.lost, lost);
    QCOMPARE(impact.unaffected, unaffected);
    QCOMPARE(impact.activeFallbackEdges, activeEdges);
    QCOMPARE(impact.brokenEdges, brokenEdges);
    for (int e : impact.activeFallbackEdges)
        QCOMPARE(d->edges.at(e).style, u"dashed"_s);
}

void TestFailureAnalysis::unknownIdsAreReportedAndIgnored()
{
    const Diagram *cqrs = m_catalog.diagram(u"cqrs"_s);
    const FailureImpact plain = analyzeFailure(m_catalog, *cqrs, {u"READ_CACHE"_s});
    const FailureImpact impact = analyzeFailure(m_catalog, *cqrs, {u"read_cache"_s, u"READ_CACHE"_s, u"NO_SUCH_NODE"_s});

    // Ids are case-sensitive, as in Mermaid: "read_cache" is not READ_CACHE.
    QCOMPARE(impact.unknownIds, ids("NO_SUCH_NODE read_cache"));
    QCOMPARE(impact.failed, QSet<QString>{u"READ_CACHE"_s});
    QCOMPARE(impact.stores, plain.stores);
    QCOMPARE(impact.servedNormally, plain.servedNormally);
    QCOMPARE(impact.servedByFallback, plain.servedByFallback);
    QCOMPARE(impact.lost, plain.lost);
    QCOMPARE(impact.unaffected, plain.unaffected);
    QCOMPARE(impact.activeFallbackEdges, plain.activeFallbackEdges);
    QCOMPARE(impact.brokenEdges, plain.brokenEdges);

    const FailureImpact onlyUnknown = analyzeFailure(m_catalog, *cqrs, {u"NO_SUCH_NODE"_s});
    const FailureImpact none = analyzeFailure(m_catalog, *cqrs, {});
    QCOMPARE(onlyUnknown.unknownIds, ids("NO_SUCH_NODE"));
    QVERIFY(onlyUnknown.failed.isEmpty());
    QCOMPARE(onlyUnknown.servedNormally, none.servedNormally);
    QVERIFY(onlyUnknown.brokenEdges.isEmpty());
}

void TestFailureAnalysis::failingEveryNodeLeavesNoLiveComponent_data()
{
    QTest::addColumn<QString>("diagram");
    for (const Diagram &diagram : m_catalog.diagrams)
        QTest::addRow("every node of the %s diagram failed", qPrintable(diagram.id)) << diagram.id;
}

void TestFailureAnalysis::failingEveryNodeLeavesNoLiveComponent()
{
    QFETCH(QString, diagram);
    const Diagram *d = m_catalog.diagram(diagram);
    QVERIFY(d);
    QSet<QString> all;
    for (const DiagramNode &node : d->nodes)
        all.insert(node.id);

    const FailureImpact impact = analyzeFailure(m_catalog, *d, all);
    QCOMPARE(impact.failed, all);
    QVERIFY(impact.stores.isEmpty());
    QVERIFY(impact.servedNormally.isEmpty());
    QVERIFY(impact.servedByFallback.isEmpty());
    QVERIFY(impact.lost.isEmpty());
    QVERIFY(impact.unaffected.isEmpty());
    QVERIFY(impact.activeFallbackEdges.isEmpty());
    QList<int> everyEdge(d->edges.size());
    std::iota(everyEdge.begin(), everyEdge.end(), 0);
    QCOMPARE(impact.brokenEdges, everyEdge);
}

void TestFailureAnalysis::handBuiltFallbacks_data()
{
    QTest::addColumn<QStringList>("edges");
    QTest::addColumn<QStringList>("stores");
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("servedNormally");
    QTest::addColumn<QStringList>("servedByFallback");
    QTest::addColumn<QStringList>("lost");
    QTest::addColumn<QStringList>("unaffected");
    QTest::addColumn<QStringList>("active");

    QTest::newRow("a fallback cycle between two failed nodes terminates and carries nothing")
        << ids("X->A A->S A-.->B B-.->A") << ids("S") << ids("A B") << QStringList() << QStringList() << ids("X")
        << QStringList() << QStringList();
    QTest::newRow("a failed node falling back to itself terminates and carries nothing")
        << ids("X->A A->S A-.->A") << ids("S") << ids("A") << QStringList() << QStringList() << ids("X")
        << QStringList() << QStringList();
    QTest::newRow("a fallback into a failed dead end carries nothing")
        << ids("X->A A->S A-.->B") << ids("S") << ids("A B") << QStringList() << QStringList() << ids("X")
        << QStringList() << QStringList();
    QTest::newRow("a fallback chain through two failed nodes reaches a live store")
        << ids("X->A A-.->B B-.->S") << ids("S") << ids("A B") << QStringList() << ids("X") << QStringList()
        << QStringList() << ids("A->B B->S");
    QTest::newRow("a working node keeps its own fallback idle when only its store fails")
        << ids("X->A A->S A-.->T") << ids("S T") << ids("S") << QStringList() << QStringList() << ids("X A")
        << QStringList() << QStringList();
    QTest::newRow("fallback traffic reaching a live relay takes the relay's own fallback")
        << ids("X->A A-.->R R-.->S R->Q") << ids("S") << ids("A") << QStringList() << ids("X") << QStringList()
        << ids("R Q") << ids("A->R R->S");
    QTest::newRow("a store reached through a fallback serves the request and passes nothing on")
        << ids("X->F F-.->S1 S1-.->S2") << ids("S1 S2") << ids("F") << QStringList() << ids("X") << QStringList()
        << QStringList() << ids("F->S1");
    QTest::newRow("a thick edge carries normal traffic")
        << ids("X==>S") << ids("S") << QStringList() << ids("X") << QStringList() << QStringList() << QStringList()
        << QStringList();
    QTest::newRow("a two-way edge carries traffic back to its source")
        << ids("Y<-->X Y->S") << ids("S") << QStringList() << ids("Y X") << QStringList() << QStringList()
        << QStringList() << QStringList();
    QTest::newRow("a two-way dashed edge falls back against its written direction")
        << ids("X->A S<-.->A") << ids("S") << ids("A") << QStringList() << ids("X") << QStringList() << QStringList()
        << ids("S->A");
}

void TestFailureAnalysis::handBuiltFallbacks()
{
    QFETCH(QStringList, edges);
    QFETCH(QStringList, stores);
    QFETCH(QStringList, failed);
    QFETCH(QStringList, servedNormally);
    QFETCH(QStringList, servedByFallback);
    QFETCH(QStringList, lost);
    QFETCH(QStringList, unaffected);
    QFETCH(QStringList, active);

    const Diagram diagram = makeDiagram(edges, stores);
    QCOMPARE(diagram.edges.size(), edges.size());
    QStringList missing;
    const QList<int> activeEdges = edgeIndices(diagram, active, &missing);
    QVERIFY2(missing.isEmpty(), qPrintable(u"no such edge: "_s + missing.join(u", "_s)));

    const FailureImpact impact = analyzeFailure(m_planesOnly, diagram, setOf(failed));
    QVERIFY2(partitionProblem(diagram, impact).isEmpty(), qPrintable(partitionProblem(diagram, impact)));
    QStringList liveStores;
    for (const DiagramNode &node : diagram.nodes) {
        if (stores.contains(node.id) && !failed.contains(node.id))
            liveStores.append(node.id);
    }
    QCOMPARE(impact.stores, liveStores);
    QCOMPARE(impact.servedNormally, servedNormally);
    QCOMPARE(impact.servedByFallback, servedByFallback);
    QCOMPARE(impact.lost, lost);
    QCOMPARE(impact.unaffected, unaffected);
    QCOMPARE(impact.activeFallbackEdges, activeEdges);
}

void TestFailureAnalysis::longChainsTerminate_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<Chain>("kind");
    QTest::addColumn<int>("servedNormally");
    QTest::addColumn<int>("servedByFallback");
    QTest::addColumn<int>("lost");

    // N0 .. N4998 are components, N4999 the store.
    QTest::newRow("a 5000-node chain with nothing failed is served normally throughout")
        << 5000 << Chain::NothingFailed << 4999 << 0 << 0;
    QTest::newRow("a 5000-node chain with every other node failed hops fallback by fallback to its store")
        << 5000 << Chain::AlternatingFailures << 1 << 2499 << 0;
    QTest::newRow("a 5000-node chain whose interior failed redirects through 4998 failed nodes")
        << 5000 << Chain::InteriorFailed << 0 << 1 << 0;
    QTest::newRow("a 5000-node chain whose store failed loses every component")
        << 5000 << Chain::LastStoreFailed << 0 << 0 << 4999;
}

void TestFailureAnalysis::longChainsTerminate()
{
    QFETCH(int, length);
    QFETCH(Chain, kind);
    QFETCH(int, servedNormally);
    QFETCH(int, servedByFallback);
    QFETCH(int, lost);

    QSet<int> failedIndices;
    for (int i = 0; i < length; ++i) {
        const bool interior = i > 0 && i < length - 1;
        if ((kind == Chain::AlternatingFailures && i % 2 == 1 && interior) || (kind == Chain::InteriorFailed && interior)
            || (kind == Chain::LastStoreFailed && i == length - 1))
            failedIndices.insert(i);
    }
    const Diagram chain = makeChain(length, failedIndices);
    QSet<QString> failed;
    for (int i : failedIndices)
        failed.insert(u"N%1"_s.arg(i));

    const FailureImpact impact = analyzeFailure(m_planesOnly, chain, failed);
    QVERIFY2(partitionProblem(chain, impact).isEmpty(), qPrintable(partitionProblem(chain, impact)));
    QCOMPARE(impact.servedNormally.size(), servedNormally);
    QCOMPARE(impact.servedByFallback.size(), servedByFallback);
    QCOMPARE(impact.lost.size(), lost);
    QVERIFY(impact.unaffected.isEmpty());
    if (servedByFallback > 0)
        QCOMPARE(impact.servedByFallback.first(), u"N0"_s);

    // Every dashed edge leaves a failed node and leads on towards the store, so every one carries traffic.
    QList<int> dashed;
    for (int e = 0; e < chain.edges.size(); ++e) {
        if (chain.edges.at(e).style == u"dashed")
            dashed.append(e);
    }
    QCOMPARE(impact.activeFallbackEdges, dashed);
}

QTEST_GUILESS_MAIN(TestFailureAnalysis)
#include "tst_failureanalysis.moc"
