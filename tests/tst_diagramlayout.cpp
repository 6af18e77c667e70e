// The diagram engine end to end: every diagram of the document laid out by Graphviz and drawn by
// DiagramScene, checked for relations (containment, no overlap, edges that meet their nodes, plane
// order, determinism), plain-text labels, the failure what-if through the scene, and large
// generated diagrams laid out off the UI thread without silently losing edges.
#include "diagram/clusteritem.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/graphvizlayout.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "diagram/nodeitem.h"
#include "mermaid/markdownimport.h"
#include "pages/diagrampage.h"
#include "generateddiagram.h"
#include "support/resizecounter.h"

#include <QElapsedTimer>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHash>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

constexpr qreal overlapSlack = 0.5; // rects may touch or overlap by this much
constexpr qreal endSlack = 3.0;     // an edge end may lie this far outside its node's rect

QRectF grown(const QRectF &rect, qreal by)
{
    return rect.adjusted(-by, -by, by, by);
}

bool overlaps(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > overlapSlack && common.height() > overlapSlack;
}

QString describe(const QRectF &rect)
{
    return QStringLiteral("(%1, %2 %3x%4)").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

QString describe(QPointF point)
{
    return QStringLiteral("(%1, %2)").arg(point.x()).arg(point.y());
}

QString edgeName(const QString &from, const QString &to)
{
    return from + QStringLiteral("->") + to;
}

// The first difference between two layouts of the same request, in words; empty when identical.
QString differenceBetween(const DiagramGeometry &a, const DiagramGeometry &b)
{
    if (a.bounds != b.bounds)
        return QStringLiteral("bounds ") + describe(a.bounds) + QStringLiteral(" and ") + describe(b.bounds);
    if (a.nodes.size() != b.nodes.size() || a.clusters.size() != b.clusters.size() || a.edges.size() != b.edges.size())
        return QStringLiteral("different numbers of items");
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        if (a.nodes.at(i).id != b.nodes.at(i).id || a.nodes.at(i).rect != b.nodes.at(i).rect)
            return QStringLiteral("node ") + a.nodes.at(i).id + u' ' + describe(a.nodes.at(i).rect) + QStringLiteral(" and ")
                   + describe(b.nodes.at(i).rect);
    }
    for (qsizetype i = 0; i < a.clusters.size(); ++i) {
        if (a.clusters.at(i).rect != b.clusters.at(i).rect)
            return QStringLiteral("cluster ") + a.clusters.at(i).id;
    }
    for (qsizetype i = 0; i < a.edges.size(); ++i) {
        if (a.edges.at(i).path != b.edges.at(i).path || a.edges.at(i).labelRect != b.edges.at(i).labelRect)
            return QStringLiteral("edge ") + edgeName(a.edges.at(i).from, a.edges.at(i).to);
    }
    return {};
}

QStringList ids(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

// Every QGraphicsSimpleTextItem's text in the scene, counted.
QHash<QString, int> simpleTexts(const QGraphicsScene &scene)
{
    QHash<QString, int> texts;
    const QList<QGraphicsItem *> items = scene.items();
    for (QGraphicsItem *item : items) {
        if (auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item))
            ++texts[text->text()];
    }
    return texts;
}

int countOfType(const QGraphicsScene &scene, int type)
{
    const QList<QGraphicsItem *> items = scene.items();
    return int(std::count_if(items.cbegin(), items.cend(), [type](const QGraphicsItem *item) { return item->type() == type; }));
}

} // namespace

class TestDiagramLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedDiagramFollowsTheFourPlaneRecipe();

    void layoutSucceedsWithoutProblems_data();
    void layoutSucceedsWithoutProblems();
    void sceneHoldsOneItemPerModelElement_data();
    void sceneHoldsOneItemPerModelElement();
    void nodesLieInsideTheirClusters_data();
    void nodesLieInsideTheirClusters();
    void nodesDoNotOverlap_data();
    void nodesDoNotOverlap();
    void edgesRunFromSourceToTarget_data();
    void edgesRunFromSourceToTarget();
    void everyLabelIsShownAsText_data();
    void everyLabelIsShownAsText();
    void edgeLabelsAvoidNodes_data();
    void edgeLabelsAvoidNodes();
    void planesKeepTheirOrder_data();
    void planesKeepTheirOrder();
    void importedSubgraphsStackInFlowOrder_data();
    void importedSubgraphsStackInFlowOrder();
    void layoutIsDeterministic_data();
    void layoutIsDeterministic();
    void markupInLabelsIsShownLiterally_data();
    void markupInLabelsIsShownLiterally();
    void failureWhatIfEmphasisesTheScene_data();
    void failureWhatIfEmphasisesTheScene();
    void hoveringHighlightsExactlyTheNeighbours();
    void destroyingASceneWithASelectionSignalsNothing();
    void fittingSettlesAtEverySize();
    void failedComponentsDoNotHideLaterOnes();
    void oversizedRequestIsRefusedQuickly_data();
    void oversizedRequestIsRefusedQuickly();
    void pageReportsLayoutProblems_data();
    void pageReportsLayoutProblems();
    void largeDiagramLaysOutOffTheUiThreadWithoutLosingEdges();

private:
    // Rows named by diagram id: every diagram of the embedded model, and with `generated` the
    // generated 200-node four-plane diagram as well.
    void addDiagramRows(bool generated);
    const Diagram &fetchDiagram();
    const DiagramGeometry &geometryOf(const Diagram &diagram);

    Catalog m_catalog; // the embedded model plus the generated 200-node diagram
    QStringList m_documentDiagrams;
    QString m_generatedId;
    DiagramStyle m_style;
    QHash<QString, DiagramGeometry> m_geometries;
};

void TestDiagramLayout::initTestCase()
{
    m_catalog = catalogWithPlanes();
    QVERIFY(!m_catalog.diagrams.isEmpty());
    for (const Diagram &diagram : std::as_const(m_catalog.diagrams))
        m_documentDiagrams.append(diagram.id);
    const Diagram generated = generateFourPlaneDiagram(200);
    QCOMPARE(generated.nodes.size(), 200);
    m_generatedId = generated.id;
    m_catalog.diagrams.append(generated);
    m_style = DiagramStyle::standard();
}

void TestDiagramLayout::generatedDiagramFollowsTheFourPlaneRecipe()
{
    const Diagram *diagram = m_catalog.diagram(m_generatedId);
    QVERIFY(diagram);
    QCOMPARE(diagram->id, QStringLiteral("generated-four-plane-0200"));
    QCOMPARE(diagram->direction, QStringLiteral("TB"));

    // Planes in order with the document's colours and shares 10/40/30/20 %.
    const QList<std::pair<QString, int>> planes{{QStringLiteral("EdgePlane"), 20}, {QStringLiteral("ServicePlane"), 80},
                                                {QStringLiteral("StatePlane"), 60}, {QStringLiteral("ControlPlane"), 40}};
    QCOMPARE(diagram->subgraphs.size(), planes.size());
    QCOMPARE(diagram->classDefs.size(), m_catalog.planes.size());
    for (qsizetype p = 0; p < planes.size(); ++p) {
        const Subgraph &subgraph = diagram->subgraphs.at(p);
        const Plane &plane = m_catalog.planes.at(p);
        QCOMPARE(subgraph.id, planes.at(p).first);
        QCOMPARE(subgraph.role, QStringLiteral("plane"));
        QCOMPARE(subgraph.plane, plane.id);
        QCOMPARE(subgraph.title, plane.title);
        const ClassDef *classDef = diagram->classDef(plane.className);
        QVERIFY2(classDef, qPrintable(plane.className));
        QCOMPARE(QColor::fromString(classDef->fill), QColor::fromString(plane.fill));
        QCOMPARE(QColor::fromString(classDef->stroke), QColor::fromString(plane.stroke));
        const auto members = std::count_if(diagram->nodes.cbegin(), diagram->nodes.cend(),
                                           [&](const DiagramNode &n) { return n.subgraph == subgraph.id; });
        QCOMPARE(int(members), planes.at(p).second);
    }
    QSet<QString> nodeIds;
    for (const DiagramNode &node : diagram->nodes) {
        nodeIds.insert(node.id);
        QCOMPARE(node.label.size(), 3);
        QCOMPARE(node.shape, node.subgraph == u"StatePlane" ? QStringLiteral("cylinder") : QStringLiteral("box"));
        QCOMPARE(m_catalog.planeForClass(node.className)->id, diagram->subgraph(node.subgraph)->plane);
    }
    QCOMPARE(nodeIds.size(), diagram->nodes.size());

    // About two outgoing edges per node, no loops or duplicates, some dashed, about 10% labelled.
    QSet<QString> edges;
    int dashed = 0;
    int labelled = 0;
    for (const DiagramEdge &edge : diagram->edges) {
        QVERIFY(nodeIds.contains(edge.from) && nodeIds.contains(edge.to));
        QVERIFY(edge.from != edge.to);
        QVERIFY2(!edges.contains(edgeName(edge.from, edge.to)), qPrintable(edgeName(edge.from, edge.to)));
        edges.insert(edgeName(edge.from, edge.to));
        dashed += edge.style == u"dashed" ? 1 : 0;
        labelled += edge.label.isEmpty() ? 0 : 1;
    }
    QVERIFY(diagram->edges.size() >= 380 && diagram->edges.size() <= 400);
    QVERIFY(labelled >= 20 && labelled <= 60);
    QVERIFY(dashed >= 40 && dashed <= 120);

    // The same graph on every machine: a fingerprint of this exact diagram (seed 1).
    QCOMPARE(diagram->nodes.first().label, (QStringList{QStringLiteral("Ingress 1"), QStringLiteral("p99: 289ms"), QStringLiteral("TTL=54h")}));
    QCOMPARE(diagram->edges.size(), 400);
    QCOMPARE(dashed, 81);
    QCOMPARE(labelled, 36);
    QCOMPARE(edgeName(diagram->edges.at(1).from, diagram->edges.at(1).to), QStringLiteral("E0002->S0076"));
    QCOMPARE(edgeName(diagram->edges.last().from, diagram->edges.last().to), QStringLiteral("C0040->C0001"));

    // Deterministic per seed, different across seeds.
    const Diagram again = generateFourPlaneDiagram(200);
    QCOMPARE(again.edges.size(), diagram->edges.size());
    for (qsizetype i = 0; i < again.edges.size(); ++i)
        QCOMPARE(edgeName(again.edges.at(i).from, again.edges.at(i).to), edgeName(diagram->edges.at(i).from, diagram->edges.at(i).to));
    const Diagram other = generateFourPlaneDiagram(200, 2);
    QVERIFY(other.id != diagram->id);
    QVERIFY(other.nodes.first().label != diagram->nodes.first().label || other.edges.first().to != diagram->edges.first().to);
}

void TestDiagramLayout::addDiagramRows(bool generated)
{
    QTest::addColumn<QString>("diagramId");
    for (const QString &id : std::as_const(m_documentDiagrams))
        QTest::newRow(qPrintable(id)) << id;
    if (generated)
        QTest::newRow(qPrintable(m_generatedId)) << m_generatedId;
}

const Diagram &TestDiagramLayout::fetchDiagram()
{
    QFETCH(QString, diagramId);
    const Diagram *diagram = m_catalog.diagram(diagramId);
    Q_ASSERT(diagram);
    return *diagram;
}

const DiagramGeometry &TestDiagramLayout::geometryOf(const Diagram &diagram)
{
    auto it = m_geometries.find(diagram.id);
    if (it == m_geometries.end()) {
        const LayoutRequest request = buildLayoutRequest(m_catalog, diagram, m_style);
        it = m_geometries.insert(diagram.id, LayoutService::instance().layoutAndWait(request));
    }
    return *it;
}

void TestDiagramLayout::layoutSucceedsWithoutProblems_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::layoutSucceedsWithoutProblems()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    QVERIFY(geometry.ok);
    QVERIFY2(geometry.problems.isEmpty(), qPrintable(geometry.problems.join(u'\n')));
    QCOMPARE(geometry.diagramId, diagram.id);
    QCOMPARE(geometry.nodes.size(), diagram.nodes.size());
    QCOMPARE(geometry.edges.size(), diagram.edges.size());
    QCOMPARE(geometry.clusters.size(), diagram.subgraphs.size());
    for (const EdgeGeometry &edge : geometry.edges)
        QVERIFY2(edge.routedByGraphviz, qPrintable(edgeName(edge.from, edge.to)));
    for (const NodeGeometry &node : geometry.nodes)
        QVERIFY2(geometry.bounds.contains(node.rect), qPrintable(node.id));
}

void TestDiagramLayout::sceneHoldsOneItemPerModelElement_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::sceneHoldsOneItemPerModelElement()
{
    const Diagram &diagram = fetchDiagram();
    DiagramScene scene;
    scene.setDiagram(m_catalog, diagram, geometryOf(diagram), m_style);

    QCOMPARE(countOfType(scene, NodeItem::Type), diagram.nodes.size());
    QCOMPARE(countOfType(scene, EdgeItem::Type), diagram.edges.size());
    QCOMPARE(countOfType(scene, ClusterItem::Type), diagram.subgraphs.size());

    for (const DiagramNode &node : diagram.nodes) {
        const NodeItem *item = scene.nodeItem(node.id);
        QVERIFY2(item, qPrintable(node.id));
        QCOMPARE(item->id(), node.id);
        QCOMPARE(item->labelLines(), node.label);
    }
    for (int i = 0; i < diagram.edges.size(); ++i) {
        const EdgeItem *item = scene.edgeItem(i);
        QVERIFY2(item, qPrintable(QString::number(i)));
        QCOMPARE(item->from(), diagram.edges.at(i).from);
        QCOMPARE(item->to(), diagram.edges.at(i).to);
        QCOMPARE(item->isDashed(), diagram.edges.at(i).style == u"dashed");
    }
    QStringList clusterIds;
    for (const ClusterItem *item : scene.clusterItems())
        clusterIds.append(item->id());
    QStringList subgraphIds;
    for (const Subgraph &subgraph : diagram.subgraphs)
        subgraphIds.append(subgraph.id);
    QCOMPARE(clusterIds, subgraphIds);
}

void TestDiagramLayout::nodesLieInsideTheirClusters_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::nodesLieInsideTheirClusters()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    QHash<QString, QRectF> clusterRects;
    for (const ClusterGeometry &cluster : geometry.clusters)
        clusterRects.insert(cluster.id, cluster.rect);

    for (const DiagramNode &node : diagram.nodes) {
        if (node.subgraph.isEmpty())
            continue;
        const NodeGeometry *laid = geometry.node(node.id);
        QVERIFY2(laid, qPrintable(node.id));
        QVERIFY2(clusterRects.contains(node.subgraph), qPrintable(node.subgraph));
        const QRectF frame = clusterRects.value(node.subgraph);
        QVERIFY2(grown(frame, overlapSlack).contains(laid->rect),
                 qPrintable(node.id + QStringLiteral(" ") + describe(laid->rect) + QStringLiteral(" leaves ")
                            + node.subgraph + QStringLiteral(" ") + describe(frame)));
    }
    for (const Subgraph &subgraph : diagram.subgraphs) {
        if (subgraph.parent.isEmpty())
            continue;
        const QRectF inner = clusterRects.value(subgraph.id);
        const QRectF outer = clusterRects.value(subgraph.parent);
        QVERIFY2(grown(outer, overlapSlack).contains(inner),
                 qPrintable(subgraph.id + QStringLiteral(" leaves its parent ") + subgraph.parent));
    }
    // Clusters are framed around titles too: the title lies inside its frame.
    for (const ClusterGeometry &cluster : geometry.clusters)
        QVERIFY2(grown(cluster.rect, overlapSlack).contains(cluster.titleRect), qPrintable(cluster.id));
}

void TestDiagramLayout::nodesDoNotOverlap_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::nodesDoNotOverlap()
{
    const DiagramGeometry &geometry = geometryOf(fetchDiagram());
    for (qsizetype i = 0; i < geometry.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < geometry.nodes.size(); ++j) {
            const NodeGeometry &a = geometry.nodes.at(i);
            const NodeGeometry &b = geometry.nodes.at(j);
            QVERIFY2(!overlaps(a.rect, b.rect),
                     qPrintable(a.id + u' ' + describe(a.rect) + QStringLiteral(" overlaps ") + b.id + u' ' + describe(b.rect)));
        }
    }
}

void TestDiagramLayout::edgesRunFromSourceToTarget_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::edgesRunFromSourceToTarget()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    for (const EdgeGeometry &edge : geometry.edges) {
        QVERIFY(edge.index >= 0 && edge.index < diagram.edges.size());
        const DiagramEdge &model = diagram.edges.at(edge.index);
        const QString name = edgeName(model.from, model.to);
        QCOMPARE(edge.from, model.from);
        QCOMPARE(edge.to, model.to);
        QVERIFY2(!edge.path.isEmpty() && edge.path.elementCount() >= 2, qPrintable(name));
        QCOMPARE(edge.hasStartArrow, model.bidirectional);
        QVERIFY2(edge.hasEndArrow, qPrintable(name));

        const NodeGeometry *from = geometry.node(model.from);
        const NodeGeometry *to = geometry.node(model.to);
        QVERIFY(from && to);
        const QPainterPath::Element first = edge.path.elementAt(0);
        const QPointF start = edge.hasStartArrow ? edge.startTip : QPointF(first.x, first.y);
        const QPointF end = edge.hasEndArrow ? edge.endTip : edge.path.currentPosition();
        QVERIFY2(grown(from->rect, endSlack).contains(start),
                 qPrintable(name + QStringLiteral(" starts at ") + describe(start) + QStringLiteral(", away from ")
                            + describe(from->rect)));
        QVERIFY2(grown(to->rect, endSlack).contains(end),
                 qPrintable(name + QStringLiteral(" ends at ") + describe(end) + QStringLiteral(", away from ")
                            + describe(to->rect)));
        // The drawn line itself reaches the arrowheads' bases, which lie near their nodes too.
        if (edge.hasEndArrow)
            QVERIFY2(QLineF(edge.endBase, edge.endTip).length() < 20, qPrintable(name));
        if (edge.hasStartArrow)
            QVERIFY2(QLineF(edge.startBase, edge.startTip).length() < 20, qPrintable(name));
    }
}

void TestDiagramLayout::everyLabelIsShownAsText_data()
{
    addDiagramRows(false);
}

void TestDiagramLayout::everyLabelIsShownAsText()
{
    const Diagram &diagram = fetchDiagram();
    DiagramScene scene;
    scene.setDiagram(m_catalog, diagram, geometryOf(diagram), m_style);
    QHash<QString, int> shown = simpleTexts(scene);

    const auto take = [&shown](const QString &text, const QString &what) {
        const bool present = shown.value(text) > 0;
        if (present)
            --shown[text];
        return present ? QString() : what + QStringLiteral(" \"") + text + QStringLiteral("\" is not shown");
    };
    QStringList missing;
    for (const DiagramNode &node : diagram.nodes) {
        for (const QString &line : node.label)
            missing.append(take(line, QStringLiteral("label line of ") + node.id));
    }
    for (const DiagramEdge &edge : diagram.edges) {
        if (!edge.label.isEmpty())
            missing.append(take(edge.label, QStringLiteral("label of ") + edgeName(edge.from, edge.to)));
    }
    for (const Subgraph &subgraph : diagram.subgraphs)
        missing.append(take(subgraph.title, QStringLiteral("title of ") + subgraph.id));
    missing.removeAll(QString());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    QCOMPARE(countOfType(scene, QGraphicsTextItem::Type), 0);
}

void TestDiagramLayout::edgeLabelsAvoidNodes_data()
{
    addDiagramRows(true);
}

void TestDiagramLayout::edgeLabelsAvoidNodes()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    DiagramScene scene;
    scene.setDiagram(m_catalog, diagram, geometry, m_style);
    // Up to this size Graphviz reserves room for every label (larger diagrams trade it for speed).
    const bool reserved = diagram.nodes.size() <= GraphvizLayout::newRankNodeLimit;
    int labelled = 0;
    QStringList covered;
    for (const EdgeGeometry &edge : geometry.edges) {
        const DiagramEdge &model = diagram.edges.at(edge.index);
        const QString name = edgeName(model.from, model.to);
        if (model.label.isEmpty()) {
            QVERIFY2(edge.labelRect.isEmpty(), qPrintable(name));
            continue;
        }
        ++labelled;
        const EdgeItem *item = scene.edgeItem(edge.index);
        QVERIFY(item);
        const QGraphicsSimpleTextItem *text = nullptr;
        const QList<QGraphicsItem *> children = item->childItems();
        for (const QGraphicsItem *child : children) {
            if (auto *simple = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(child))
                text = simple;
        }
        QVERIFY2(text, qPrintable(name + QStringLiteral(" draws no label")));
        const QRectF drawn = text->sceneBoundingRect();
        if (reserved) {
            QVERIFY2(!edge.labelRect.isEmpty(), qPrintable(name + QStringLiteral(" got no room for its label")));
            QVERIFY2(grown(edge.labelRect, endSlack).contains(drawn),
                     qPrintable(name + QStringLiteral(": label drawn at ") + describe(drawn) + QStringLiteral(" outside its room ")
                                + describe(edge.labelRect)));
        }
        for (const NodeGeometry &node : geometry.nodes) {
            if (overlaps(drawn, node.rect) || (!edge.labelRect.isEmpty() && overlaps(edge.labelRect, node.rect)))
                covered.append(QStringLiteral("label of ") + name + u' ' + describe(drawn) + QStringLiteral(" covers ")
                               + node.id + u' ' + describe(node.rect));
        }
    }
    if (labelled == 0)
        QSKIP("the diagram has no edge labels");
    QVERIFY2(covered.isEmpty(), qPrintable(covered.join(u'\n')));
}

void TestDiagramLayout::planesKeepTheirOrder_data()
{
    QTest::addColumn<QString>("diagramId");
    for (const Diagram &diagram : std::as_const(m_catalog.diagrams)) {
        const int planes = int(std::count_if(diagram.subgraphs.cbegin(), diagram.subgraphs.cend(),
                                             [](const Subgraph &s) { return s.role == u"plane"; }));
        if (diagram.direction == u"TB" && planes >= 2)
            QTest::newRow(qPrintable(diagram.id)) << diagram.id;
    }
}

void TestDiagramLayout::planesKeepTheirOrder()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    // Cluster rects of the plane subgraphs, in the catalog's top-to-bottom plane order.
    QList<std::pair<QString, QRectF>> stacked;
    for (const Plane &plane : std::as_const(m_catalog.planes)) {
        for (const Subgraph &subgraph : diagram.subgraphs) {
            if (subgraph.role != u"plane" || subgraph.plane != plane.id)
                continue;
            const auto it = std::find_if(geometry.clusters.cbegin(), geometry.clusters.cend(),
                                         [&](const ClusterGeometry &c) { return c.id == subgraph.id; });
            QVERIFY2(it != geometry.clusters.cend(), qPrintable(subgraph.id));
            stacked.append({subgraph.id, it->rect});
        }
    }
    QVERIFY(stacked.size() >= 2);
    for (qsizetype i = 0; i + 1 < stacked.size(); ++i) {
        const auto &upper = stacked.at(i);
        const auto &lower = stacked.at(i + 1);
        QVERIFY2(upper.second.top() < lower.second.top(),
                 qPrintable(upper.first + QStringLiteral(" (top ") + QString::number(upper.second.top())
                            + QStringLiteral(") is not above ") + lower.first + QStringLiteral(" (top ")
                            + QString::number(lower.second.top()) + u')'));
    }
}

// A Mermaid flowchart's subgraphs carry no plane, so there are no plane anchors to hold and the
// layout ranks classically (GraphvizLayout::attemptOrder): the Edge plane, which only feeds the
// planes below it, lies wholly above them. Ranked globally (newrank), the same subgraphs came out
// as side-by-side columns, the Edge plane reaching below the top of the Service plane.
void TestDiagramLayout::importedSubgraphsStackInFlowOrder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("below"); // subgraphs whose top lies below EdgePlane's bottom
    QTest::newRow("cqrs") << u"cqrs.mmd"_s << ids("ServicePlane StatePlane");
    QTest::newRow("microservices") << u"microservices.mmd"_s << ids("ServicePlane StatePlane");
    QTest::newRow("event-sourcing") << u"event-sourcing.mmd"_s << ids("ServicePlane StatePlane");
    QTest::newRow("serverless") << u"serverless.mmd"_s << ids("ServicePlane StatePlane");
    QTest::newRow("cell-based") << u"cell-based.mmd"_s << ids("Cell1 Cell2 Cell3");
}

void TestDiagramLayout::importedSubgraphsStackInFlowOrder()
{
    QFETCH(QString, file);
    QFETCH(QStringList, below);
    const ImportedDocument doc = importDocumentFile(QStringLiteral(ARCHSCAPE_TEST_DATA "/mermaid/") + file);
    QCOMPARE(doc.views.size(), 1);
    QVERIFY(doc.views.first().ok());
    Catalog catalog;
    catalog.diagrams.append(doc.views.first().document.flowchart.drawnDiagram());
    const LayoutRequest request = buildLayoutRequest(catalog, catalog.diagrams.first(), m_style);
    QCOMPARE(GraphvizLayout::firstAttempt(request), GraphvizLayout::Attempt::Classic);
    // The same diagram in the model has planes, and they are stacked by newrank and anchors.
    if (const Diagram *modelled = m_catalog.diagram(file.chopped(4)))
        QCOMPARE(GraphvizLayout::firstAttempt(buildLayoutRequest(m_catalog, *modelled, m_style)), GraphvizLayout::Attempt::NewRank);

    const DiagramGeometry geometry = LayoutService::instance().layoutAndWait(request);
    QVERIFY2(geometry.problems.isEmpty(), qPrintable(geometry.problems.join(u'\n')));
    const auto frameOf = [&geometry](const QString &id) -> std::optional<QRectF> {
        for (const ClusterGeometry &cluster : geometry.clusters) {
            if (cluster.id == id)
                return cluster.rect;
        }
        return std::nullopt;
    };
    const std::optional<QRectF> edge = frameOf(u"EdgePlane"_s);
    QVERIFY(edge);
    for (const QString &id : below) {
        const std::optional<QRectF> frame = frameOf(id);
        QVERIFY2(frame, qPrintable(id));
        QVERIFY2(edge->bottom() < frame->top(),
                 qPrintable(u"EdgePlane "_s + describe(*edge) + u" reaches below the top of "_s + id + u' ' + describe(*frame)));
    }
}

void TestDiagramLayout::layoutIsDeterministic_data()
{
    addDiagramRows(false);
}

void TestDiagramLayout::layoutIsDeterministic()
{
    const Diagram &diagram = fetchDiagram();
    const LayoutRequest request = buildLayoutRequest(m_catalog, diagram, m_style);
    const DiagramGeometry first = LayoutService::instance().layoutAndWait(request);
    QVERIFY(first.ok);
    // Repeat in process: each layout then meets the heap the previous one left behind, so a layout
    // that depends on memory addresses shows within a few repetitions (a forked layout process
    // would start from the same heap every time and hide that).
    const bool wasSet = qEnvironmentVariableIsSet("ARCHSCAPE_LAYOUT_IN_PROCESS");
    qputenv("ARCHSCAPE_LAYOUT_IN_PROCESS", "1");
    const auto restore = qScopeGuard([wasSet] {
        if (!wasSet)
            qunsetenv("ARCHSCAPE_LAYOUT_IN_PROCESS");
    });
    constexpr int repetitions = 20;
    for (int repetition = 1; repetition < repetitions; ++repetition) {
        const QString difference = differenceBetween(first, LayoutService::instance().layoutAndWait(request));
        QVERIFY2(difference.isEmpty(),
                 qPrintable(QStringLiteral("layout %1 of the same request differs from the first: ").arg(repetition) + difference));
    }
}

void TestDiagramLayout::markupInLabelsIsShownLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a bold tag is shown as typed") << QStringLiteral("<b>x</b>");
    QTest::newRow("an image tag pointing at a local file is shown as typed") << QStringLiteral("<img src=file:///etc/hostname>");
    QTest::newRow("an escaped ampersand is shown as typed") << QStringLiteral("&amp;");
}

void TestDiagramLayout::markupInLabelsIsShownLiterally()
{
    QFETCH(QString, text);
    Diagram diagram;
    diagram.id = QStringLiteral("markup");
    diagram.title = QStringLiteral("Markup");
    diagram.subgraphs.append({QStringLiteral("Group"), text, QStringLiteral("group"), QString(), QString()});
    DiagramNode inside;
    inside.id = QStringLiteral("INSIDE");
    inside.label = QStringList{text, QStringLiteral("plain second line")};
    inside.subgraph = QStringLiteral("Group");
    DiagramNode outside;
    outside.id = QStringLiteral("OUTSIDE");
    outside.label = QStringList{QStringLiteral("Outside")};
    diagram.nodes = {inside, outside};
    DiagramEdge edge;
    edge.from = inside.id;
    edge.to = outside.id;
    edge.label = text;
    diagram.edges = {edge};

    const DiagramGeometry geometry = LayoutService::instance().layoutAndWait(buildLayoutRequest(m_catalog, diagram, m_style));
    QVERIFY(geometry.ok);
    QVERIFY2(geometry.problems.isEmpty(), qPrintable(geometry.problems.join(u'\n')));
    DiagramScene scene;
    scene.setDiagram(m_catalog, diagram, geometry, m_style);

    const auto childTexts = [](const QGraphicsItem *item) {
        QStringList texts;
        const QList<QGraphicsItem *> children = item->childItems();
        for (const QGraphicsItem *child : children) {
            if (auto *simple = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(child))
                texts.append(simple->text());
        }
        return texts;
    };
    const NodeItem *node = scene.nodeItem(inside.id);
    QVERIFY(node);
    QCOMPARE(childTexts(node), inside.label);
    const EdgeItem *edgeItem = scene.edgeItem(0);
    QVERIFY(edgeItem);
    QCOMPARE(childTexts(edgeItem), QStringList{text});
    QCOMPARE(scene.clusterItems().size(), 1);
    QCOMPARE(scene.clusterItems().first()->title(), text);
    QCOMPARE(childTexts(scene.clusterItems().first()), QStringList{text});
    QCOMPARE(simpleTexts(scene).value(text), 3);
    QCOMPARE(countOfType(scene, QGraphicsTextItem::Type), 0);
}

void TestDiagramLayout::failureWhatIfEmphasisesTheScene_data()
{
    QTest::addColumn<QStringList>("failed");
    QTest::addColumn<QStringList>("fallbackNodes");
    QTest::addColumn<QStringList>("lostNodes");
    QTest::addColumn<QStringList>("fallbackEdges");

    // docs/failure-analysis.md, "The CQRS diagram under the rule".
    QTest::newRow("all read stores down in CQRS light up the fallback chain to the write database")
        << ids("READ_CACHE READ_DB READ_SQL") << ids("READ_LB CDN READ_API PROJECTOR") << QStringList()
        << ids("READ_CACHE->READ_DB READ_DB->READ_SQL READ_SQL->WRITE_DB");
    QTest::newRow("a failed write database in CQRS marks the write path lost")
        << ids("WRITE_DB") << QStringList() << ids("WRITE_LB WRITE_API") << QStringList();
    QTest::newRow("a failed projector in CQRS hands processing to the rebuild service")
        << ids("PROJECTOR") << QStringList() << QStringList() << ids("PROJECTOR->REBUILD");
}

void TestDiagramLayout::failureWhatIfEmphasisesTheScene()
{
    QFETCH(QStringList, failed);
    QFETCH(QStringList, fallbackNodes);
    QFETCH(QStringList, lostNodes);
    QFETCH(QStringList, fallbackEdges);

    const Diagram *diagram = m_catalog.diagram(QStringLiteral("cqrs"));
    QVERIFY(diagram);
    DiagramScene scene;
    scene.setDiagram(m_catalog, *diagram, geometryOf(*diagram), m_style);
    QSignalSpy changed(&scene, &DiagramScene::failureChanged);

    scene.setFailedNodes(QSet<QString>(failed.cbegin(), failed.cend()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(scene.failedNodes(), QSet<QString>(failed.cbegin(), failed.cend()));
    QCOMPARE(scene.failureImpact().servedByFallback, fallbackNodes);
    QCOMPARE(scene.failureImpact().lost, lostNodes);

    for (const DiagramNode &node : diagram->nodes) {
        ItemEmphasis expected = ItemEmphasis::Normal;
        if (failed.contains(node.id))
            expected = ItemEmphasis::Failed;
        else if (fallbackNodes.contains(node.id))
            expected = ItemEmphasis::Fallback;
        else if (lostNodes.contains(node.id))
            expected = ItemEmphasis::Lost;
        QVERIFY2(scene.nodeItem(node.id)->emphasis() == expected, qPrintable(node.id));
    }
    for (int i = 0; i < diagram->edges.size(); ++i) {
        const DiagramEdge &edge = diagram->edges.at(i);
        ItemEmphasis expected = ItemEmphasis::Normal;
        if (fallbackEdges.contains(edgeName(edge.from, edge.to)))
            expected = ItemEmphasis::Fallback;
        else if (failed.contains(edge.from) || failed.contains(edge.to))
            expected = ItemEmphasis::Broken;
        QVERIFY2(scene.edgeItem(i)->emphasis() == expected, qPrintable(edgeName(edge.from, edge.to)));
    }

    scene.setFailedNodes({});
    QCOMPARE(changed.size(), 2);
    for (const NodeItem *item : scene.nodeItems())
        QVERIFY2(item->emphasis() == ItemEmphasis::Normal, qPrintable(item->id()));
    for (const EdgeItem *item : scene.edgeItems())
        QVERIFY2(item->emphasis() == ItemEmphasis::Normal, qPrintable(edgeName(item->from(), item->to())));
}

// The view skips saving painter state between items; a failed node's cross once left its clip
// behind and every item painted after it vanished. Paint the view and look at the pixels.
void TestDiagramLayout::failedComponentsDoNotHideLaterOnes()
{
    const Diagram *diagram = m_catalog.diagram(QStringLiteral("cqrs"));
    QVERIFY(diagram);
    DiagramScene scene;
    scene.setDiagram(m_catalog, *diagram, geometryOf(*diagram), m_style);
    scene.setFailedNodes({QStringLiteral("READ_CACHE"), QStringLiteral("READ_DB"), QStringLiteral("READ_SQL")});
    DiagramView view;
    view.setScene(&scene);
    view.resize(1400, 1000);
    view.resetZoom();
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    // Every node is filled with its own colour (grey when failed) just inside its left edge.
    int probed = 0;
    for (const NodeItem *item : scene.nodeItems()) {
        const QRectF rect = item->nodeRect();
        const QPoint probe = view.mapFromScene(rect.left() + 4, rect.center().y());
        if (!image.rect().contains(probe))
            continue;
        const DiagramNode *node = diagram->node(item->id());
        const QColor expected = scene.failedNodes().contains(item->id())
                                    ? QColor(0x75, 0x75, 0x75)
                                    : QColor::fromString(diagram->classDef(node->className)->fill);
        const QColor pixel = image.pixelColor(probe);
        const int distance = std::abs(pixel.red() - expected.red()) + std::abs(pixel.green() - expected.green())
                             + std::abs(pixel.blue() - expected.blue());
        QVERIFY2(distance < 60, qPrintable(item->id() + QStringLiteral(" shows ") + pixel.name() + QStringLiteral(", not ")
                                           + expected.name()));
        ++probed;
    }
    QVERIFY(probed >= 10);
}

void TestDiagramLayout::destroyingASceneWithASelectionSignalsNothing()
{
    // ~QGraphicsScene removes the selected item and emits selectionChanged when the object is no
    // longer a DiagramScene; its slot must not run then (UBSan reported the downcast), so nothing
    // of the scene's own selection signals may come out of the destruction.
    const Diagram *diagram = m_catalog.diagram(QStringLiteral("cqrs"));
    QVERIFY(diagram);
    auto *scene = new DiagramScene;
    scene->setDiagram(m_catalog, *diagram, geometryOf(*diagram), m_style);
    NodeItem *node = scene->nodeItem(QStringLiteral("READ_API"));
    QVERIFY(node);
    QSignalSpy selected(scene, &DiagramScene::nodeSelected);
    node->setSelected(true);
    QCOMPARE(selected.count(), 1); // the slot is live while the scene is whole
    QSignalSpy cleared(scene, &DiagramScene::selectionCleared);
    QSignalSpy selectedAgain(scene, &DiagramScene::nodeSelected);
    delete scene;
    QCOMPARE(cleared.count(), 0);
    QCOMPARE(selectedAgain.count(), 0);
}

void TestDiagramLayout::hoveringHighlightsExactlyTheNeighbours()
{
    const Diagram *diagram = m_catalog.diagram(QStringLiteral("cqrs"));
    QVERIFY(diagram);
    DiagramScene scene;
    scene.setDiagram(m_catalog, *diagram, geometryOf(*diagram), m_style);

    scene.setHoveredNode(QStringLiteral("READ_API"));
    QCOMPARE(scene.hoveredNode(), QStringLiteral("READ_API"));
    // The document: READ_LB --> READ_API --> READ_CACHE, READ_DB, READ_SQL.
    const QStringList highlighted = ids("READ_API READ_LB READ_CACHE READ_DB READ_SQL");
    for (const NodeItem *item : scene.nodeItems()) {
        const ItemEmphasis expected = highlighted.contains(item->id()) ? ItemEmphasis::Highlighted : ItemEmphasis::Dimmed;
        QVERIFY2(item->emphasis() == expected, qPrintable(item->id()));
    }
    const QStringList incident = ids("READ_LB->READ_API READ_API->READ_CACHE READ_API->READ_DB READ_API->READ_SQL");
    for (const EdgeItem *item : scene.edgeItems()) {
        const QString name = edgeName(item->from(), item->to());
        const ItemEmphasis expected = incident.contains(name) ? ItemEmphasis::Highlighted : ItemEmphasis::Dimmed;
        QVERIFY2(item->emphasis() == expected, qPrintable(name));
    }
    QVERIFY(scene.nodeItem(QStringLiteral("WRITE_DB"))->opacity() < 1.0);
    QCOMPARE(scene.nodeItem(QStringLiteral("READ_API"))->opacity(), 1.0);

    scene.setHoveredNode({});
    for (const NodeItem *item : scene.nodeItems())
        QVERIFY2(item->emphasis() == ItemEmphasis::Normal, qPrintable(item->id()));
    for (const EdgeItem *item : scene.edgeItems())
        QVERIFY(item->emphasis() == ItemEmphasis::Normal);
}

void TestDiagramLayout::oversizedRequestIsRefusedQuickly_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edges");
    QTest::newRow("one component more than the limit is refused")
        << GraphvizLayout::maxNodes + 1 << 0;
    QTest::newRow("one connection more than the limit is refused")
        << 100 << GraphvizLayout::maxEdges + 1;
}

void TestDiagramLayout::oversizedRequestIsRefusedQuickly()
{
    QFETCH(int, nodes);
    QFETCH(int, edges);
    LayoutRequest request;
    request.diagramId = QStringLiteral("oversized");
    for (int i = 0; i < nodes; ++i)
        request.nodes.append({QStringLiteral("N%1").arg(i), QSizeF(120, 50), QStringLiteral("box"), QString(), -1, {}});
    for (int i = 0; i < edges; ++i)
        request.edges.append({i, QStringLiteral("N%1").arg(i % nodes), QStringLiteral("N%1").arg((i * 7 + 1) % nodes), false, QSizeF()});

    QElapsedTimer timer;
    timer.start();
    const DiagramGeometry geometry = LayoutService::instance().layoutAndWait(request);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed()) + QStringLiteral(" ms")));
    QVERIFY(!geometry.ok);
    QCOMPARE(geometry.diagramId, request.diagramId);
    QVERIFY(geometry.nodes.isEmpty());
    QCOMPARE(geometry.problems.size(), 1);
    const QString limit = QString::number(nodes > GraphvizLayout::maxNodes ? GraphvizLayout::maxNodes : GraphvizLayout::maxEdges);
    QVERIFY2(geometry.problems.first().contains(limit), qPrintable(geometry.problems.first()));
}

void TestDiagramLayout::pageReportsLayoutProblems_data()
{
    QTest::addColumn<bool>("onScreen");
    QTest::newRow("a page on screen lists what went wrong in the layout") << true;
    QTest::newRow("a page not on screen lists what went wrong in the layout too") << false;
}

void TestDiagramLayout::pageReportsLayoutProblems()
{
    QFETCH(bool, onScreen);
    // An edge to a component that does not exist: Graphviz never sees it, and the page must say so.
    Diagram diagram;
    diagram.id = QStringLiteral("dangling");
    diagram.title = QStringLiteral("Dangling connection");
    DiagramNode a;
    a.id = QStringLiteral("A");
    a.label = QStringList{QStringLiteral("A")};
    DiagramNode b = a;
    b.id = b.label[0] = QStringLiteral("B");
    diagram.nodes = {a, b};
    DiagramEdge kept;
    kept.from = a.id;
    kept.to = b.id;
    DiagramEdge dangling = kept;
    dangling.to = QStringLiteral("GHOST");
    diagram.edges = {kept, dangling};
    Catalog catalog = m_catalog;
    catalog.diagrams.append(diagram);

    DiagramPage page;
    if (onScreen) {
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    page.setCatalog(catalog);
    QSignalSpy finished(&page, &DiagramPage::layoutFinished);
    page.showDiagram(diagram.id);
    QVERIFY(finished.wait(20000));
    QCOMPARE(page.scene()->nodeItems().size(), 2);
    QCOMPARE(page.scene()->edgeItems().size(), 1);
    QVERIFY(page.scene()->geometry().problems.join(u'\n').contains(QStringLiteral("GHOST")));

    QVERIFY2(page.problems().join(u'\n').contains(QStringLiteral("GHOST")), qPrintable(page.problems().join(u'\n')));
}

// A fitted diagram whose fit is a pixel too big for the viewport once a scroll bar appears used to
// flip-flop for ever (scroll bar shown, viewport smaller, fit smaller, scroll bar hidden, ...),
// each turn posting an event: the window burned a core and the event queue grew by megabytes
// (found by bench_soak). Fitting now needs no scroll bars, so every size settles at once.
void TestDiagramLayout::fittingSettlesAtEverySize()
{
    DiagramPage page;
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCatalog(m_catalog);
    QSignalSpy finished(&page, &DiagramPage::layoutFinished);
    page.showDiagram(QStringLiteral("serverless"));
    QVERIFY(finished.wait(20000));
    DiagramView *view = page.view();
    QVERIFY(view->isFitting());
    ResizeCounter counter;
    view->viewport()->installEventFilter(&counter);
    for (int width = 600; width <= 1400; ++width) {
        page.resize(width, 450 + (width * 37) % 500);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        counter.count = 0;
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        QVERIFY2(counter.count == 0, qPrintable(QStringLiteral("at %1x%2 the viewport kept resizing (%3 times)")
                                                    .arg(page.width()).arg(page.height()).arg(counter.count)));
        QCOMPARE(view->horizontalScrollBar()->isVisible(), false);
        QCOMPARE(view->verticalScrollBar()->isVisible(), false);
    }
    // Zooming in needs the scroll bars again.
    view->setZoom(2.0);
    QVERIFY(!view->isFitting());
    QTRY_VERIFY(view->horizontalScrollBar()->isVisible() || view->verticalScrollBar()->isVisible());
    view->fitToWindow();
    QTRY_VERIFY(!view->horizontalScrollBar()->isVisible() && !view->verticalScrollBar()->isVisible());
}

void TestDiagramLayout::largeDiagramLaysOutOffTheUiThreadWithoutLosingEdges()
{
    Catalog catalog = m_catalog;
    const Diagram generated = generateFourPlaneDiagram(1000);
    QCOMPARE(generated.nodes.size(), 1000);
    catalog.diagrams.append(generated);

    DiagramPage page;
    page.resize(1200, 800);
    page.show(); // problems() reads the banner, which only counts while the page is on screen
    page.setCatalog(catalog);
    QSignalSpy finished(&page, &DiagramPage::layoutFinished);
    QElapsedTimer timer;
    timer.start();
    page.showDiagram(generated.id);
    const qint64 blocked = timer.elapsed();
    qInfo("showDiagram of %d components returned after %lld ms", int(generated.nodes.size()), blocked);
    QVERIFY2(page.isLayoutPending(), "showDiagram must hand the layout to the worker, not finish it in place");
    QCOMPARE(finished.size(), 0);
    // Measuring 1000 labels and filling the outline takes a moment; the layout itself runs elsewhere.
    QVERIFY2(blocked < 3000, qPrintable(QString::number(blocked) + QStringLiteral(" ms in showDiagram")));

    if (!finished.wait(120000)) {
        GraphvizLayout::cancelRunning(); // stop the layout process rather than leave it running
        QFAIL("no layout arrived within 120 s");
    }
    qInfo("layoutFinished after %lld ms", timer.elapsed());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), generated.id);
    QVERIFY(!page.isLayoutPending());

    const DiagramScene *scene = page.scene();
    QCOMPARE(scene->diagram().id, generated.id);
    QCOMPARE(scene->nodeItems().size(), generated.nodes.size());
    QCOMPARE(scene->edgeItems().size(), generated.edges.size());
    const DiagramGeometry &geometry = scene->geometry();
    QVERIFY2(geometry.ok, qPrintable(geometry.problems.join(u'\n')));
    QCOMPARE(geometry.edges.size(), generated.edges.size());

    QStringList unrouted;
    for (const EdgeGeometry &edge : geometry.edges) {
        QVERIFY2(!edge.path.isEmpty(), qPrintable(edgeName(edge.from, edge.to) + QStringLiteral(" is not drawn")));
        if (!edge.routedByGraphviz)
            unrouted.append(edge.from + QStringLiteral(" \u2192 ") + edge.to);
    }
    // Every edge label is drawn, whether or not Graphviz reserved room for it.
    QHash<QString, int> shown = simpleTexts(*scene);
    for (const DiagramEdge &edge : generated.edges) {
        if (edge.label.isEmpty())
            continue;
        QVERIFY2(shown.value(edge.label) > 0, qPrintable(edge.label));
        --shown[edge.label];
    }
    const QString problems = page.problems().join(u'\n');
    qInfo("%d edges, %d not routed by Graphviz; problems: %s", int(geometry.edges.size()), int(unrouted.size()),
          qPrintable(problems.isEmpty() ? QStringLiteral("none") : problems));
    if (unrouted.isEmpty())
        return;
    // Every lost edge is reported: the count, and by name as far as the message lists them.
    QVERIFY2(problems.contains(QString::number(unrouted.size())), qPrintable(problems));
    for (const QString &edge : unrouted.mid(0, 10))
        QVERIFY2(problems.contains(edge), qPrintable(edge + QStringLiteral(" is not reported")));
}

QTEST_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
