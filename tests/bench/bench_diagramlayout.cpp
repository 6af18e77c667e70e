// What drawing a diagram costs, per graph size: the full path (measure labels, Graphviz with our
// settings and post-processing, build the scene), Graphviz alone on the same graph (the baseline),
// the scene alone from a finished geometry (how long the UI thread blocks once the layout is in),
// and building the layout request (label measurement).
// Rows: every diagram of the document, and generated four-plane graphs of 50, 200, 500 and 1000 nodes.
// Run: ./tests/bench/bench_diagramlayout -median 3
//      ./tests/bench/bench_diagramlayout -median 5 sceneOnly:generated-four-plane-1000
// GraphvizLayout is called directly on the main thread: nothing else runs layouts here.
#include "diagram/diagramscene.h"
#include "diagram/diagramstyle.h"
#include "diagram/graphvizlayout.h"
#include "diagram/layoutrequest.h"
#include "pages/diagrampage.h"
#include "generateddiagram.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QHash>
#include <QTest>

#include <memory>
#include <vector>

using namespace archscape;

class BenchDiagramLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void layoutAndScene_data();
    void layoutAndScene();
    void bareGvLayout_data();
    void bareGvLayout();
    void sceneOnly_data();
    void sceneOnly();
    void buildRequest_data();
    void buildRequest();
    void eventLoopStaysResponsiveWhileOpening();

private:
    void addRows();
    const Diagram &fetchDiagram() const;
    const DiagramGeometry &geometryOf(const Diagram &diagram);

    Catalog m_catalog; // the embedded model plus the generated diagrams
    QStringList m_rows;
    DiagramStyle m_style;
    QHash<QString, DiagramGeometry> m_geometries;
};

void BenchDiagramLayout::initTestCase()
{
    m_catalog = catalogWithPlanes();
    for (const Diagram &diagram : std::as_const(m_catalog.diagrams))
        m_rows.append(diagram.id);
    for (int nodes : {50, 200, 500, 1000}) {
        m_catalog.diagrams.append(generateFourPlaneDiagram(nodes));
        m_rows.append(m_catalog.diagrams.last().id);
    }
    m_style = DiagramStyle::standard();
}

void BenchDiagramLayout::cleanupTestCase()
{
    GraphvizLayout::releaseContext();
}

void BenchDiagramLayout::addRows()
{
    QTest::addColumn<QString>("diagramId");
    for (const QString &id : std::as_const(m_rows))
        QTest::newRow(qPrintable(id)) << id;
}

const Diagram &BenchDiagramLayout::fetchDiagram() const
{
    QFETCH(QString, diagramId);
    const Diagram *diagram = m_catalog.diagram(diagramId);
    Q_ASSERT(diagram);
    return *diagram;
}

const DiagramGeometry &BenchDiagramLayout::geometryOf(const Diagram &diagram)
{
    auto it = m_geometries.find(diagram.id);
    if (it == m_geometries.end())
        it = m_geometries.insert(diagram.id, GraphvizLayout::run(buildLayoutRequest(m_catalog, diagram, m_style)));
    return *it;
}

void BenchDiagramLayout::layoutAndScene_data()
{
    addRows();
}

void BenchDiagramLayout::layoutAndScene()
{
    const Diagram &diagram = fetchDiagram();
    // Each iteration fills a fresh scene, as the page does after clearing its scene; the scenes
    // are destroyed after the measurement.
    std::vector<std::unique_ptr<DiagramScene>> scenes;
    bool ok = false;
    QBENCHMARK {
        const LayoutRequest request = buildLayoutRequest(m_catalog, diagram, m_style);
        const DiagramGeometry geometry = GraphvizLayout::run(request);
        ok = geometry.ok;
        scenes.push_back(std::make_unique<DiagramScene>());
        scenes.back()->setDiagram(m_catalog, diagram, geometry, m_style);
    }
    QVERIFY(ok);
    QVERIFY(!scenes.empty());
    QCOMPARE(scenes.back()->nodeItems().size(), diagram.nodes.size());
}

void BenchDiagramLayout::bareGvLayout_data()
{
    addRows();
}

void BenchDiagramLayout::bareGvLayout()
{
    const Diagram &diagram = fetchDiagram();
    const LayoutRequest request = buildLayoutRequest(m_catalog, diagram, m_style);
    int rc = -1;
    QBENCHMARK {
        rc = GraphvizLayout::runBare(request);
    }
    QCOMPARE(rc, 0);
}

void BenchDiagramLayout::sceneOnly_data()
{
    addRows();
}

void BenchDiagramLayout::sceneOnly()
{
    const Diagram &diagram = fetchDiagram();
    const DiagramGeometry &geometry = geometryOf(diagram);
    QVERIFY(geometry.ok);
    QCOMPARE(geometry.nodes.size(), diagram.nodes.size());
    std::vector<std::unique_ptr<DiagramScene>> scenes;
    QBENCHMARK {
        scenes.push_back(std::make_unique<DiagramScene>());
        scenes.back()->setDiagram(m_catalog, diagram, geometry, m_style);
    }
    QVERIFY(!scenes.empty());
    QCOMPARE(scenes.back()->edgeItems().size(), geometry.edges.size());
}

void BenchDiagramLayout::buildRequest_data()
{
    addRows();
}

void BenchDiagramLayout::buildRequest()
{
    const Diagram &diagram = fetchDiagram();
    qsizetype nodes = 0;
    QBENCHMARK {
        nodes = buildLayoutRequest(m_catalog, diagram, m_style).nodes.size();
    }
    QCOMPARE(nodes, diagram.nodes.size());
}

// Opens the 1000-node diagram in a shown DiagramPage (layout on the worker, scene build and paint
// on the UI thread) while a 1 ms timer measures the longest gap between event-loop turns.
void BenchDiagramLayout::eventLoopStaysResponsiveWhileOpening()
{
    DiagramPage page;
    page.resize(1280, 800);
    page.setCatalog(m_catalog);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    QSignalSpy finished(&page, &DiagramPage::layoutFinished);
    clock.start();
    ticker.start();
    page.showDiagram(QStringLiteral("generated-four-plane-1000"));
    QVERIFY(finished.wait(300000));
    QTest::qWait(200); // the first paints of the new scene
    ticker.stop();
    qInfo("opening the 1000-node diagram: longest event-loop gap %lld ms over %lld ms", longest, clock.elapsed());
}

// Fonts need a QApplication; without a display the offscreen platform serves.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    BenchDiagramLayout bench;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_diagramlayout.moc"
