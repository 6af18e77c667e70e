// The Mermaid importer: one test per construct of flowcharts, quadrant charts and gantt charts,
// Mermaid's own rules (subgraph membership, the label that wins, calendar months), error
// positions, hostile input, Markdown blocks, and the source document's blocks against the model.
#include "mermaid/markdownimport.h"
#include "mermaid/mermaidimport.h"
#include "mermaid/mermaidlexer.h"
#include "mermaid/mermaidlinkoperator.h"
#include "mermaid/mermaidimportlimits.h"
#include "mermaid/mermaidjson.h"
#include "modelloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

MermaidDocument parse(const QByteArray &text)
{
    return MermaidImport::parse(text);
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u" | ");
}

const Diagnostic *firstError(const MermaidDocument &doc)
{
    for (const Diagnostic &d : doc.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return &d;
    }
    return nullptr;
}

const Catalog &catalog()
{
    static const LoadResult result = ModelLoader::loadEmbedded();
    static const Catalog empty;
    return result.ok() ? *result.catalog : empty;
}

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(ARCHSCAPE_TEST_DATA) + u"/mermaid/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString normalisedColour(QString colour)
{
    colour = colour.trimmed().toUpper();
    if (colour.size() == 4 && colour.startsWith(u'#'))
        colour = u"#"_s + colour.at(1) + colour.at(1) + colour.at(2) + colour.at(2) + colour.at(3) + colour.at(3);
    return colour;
}

#define PARSED_OK(doc) QVERIFY2((doc).ok(), qPrintable(describe((doc).diagnostics)))

} // namespace

class TestMermaidImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaredKind_data();
    void declaredKind();
    void plainLinkOperatorsReadAsTheirExpressions();
    void lineBreaksSplitAsTheirExpression();
    void directions_data();
    void directions();
    void shapes_data();
    void shapes();
    void quotedLabelsHoldBrackets();
    void lineBreaksSplitLabels();
    void links_data();
    void links();
    void edgeLabels_data();
    void edgeLabels();
    void chainsAndAmpersands();
    void subgraphIdsAndTitles();
    void nestedSubgraphsAndDirection();
    void membershipFollowsMermaid_data();
    void membershipFollowsMermaid();
    void lastLabelAndShapeWin();
    void classesAndStyles();
    void commentsGroupEdges();
    void semicolonsSeparateStatements();
    void unknownStatementsAreWarnings();
    void errorsGiveLineColumnAndExpectation_data();
    void errorsGiveLineColumnAndExpectation();
    void unclosedSubgraphIsReportedWhereItOpens();

    void quadrantChart();
    void quadrantErrors();

    void ganttChart();
    void ganttDateFormats_data();
    void ganttDateFormats();
    void ganttMonthsFollowMermaid();
    void ganttImplicitStartsAndIds();
    void ganttKeywordsFollowMermaidsLexer();
    void ganttErrors_data();
    void ganttErrors();

    void markdownBlocksAndHeadings();
    void markdownDiagnosticsUseDocumentLines();

    void hostileInput_data();
    void hostileInput();
    void ampersandProductsCountBeforeTheyAreMade();

    void documentBlocksMatchTheModel_data();
    void documentBlocksMatchTheModel();
    void documentQuadrantMatchesTheModel();
    void documentGanttMatchesTheModel();
    void wholeDocumentImports();
};

void TestMermaidImport::directions_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("direction");
    QTest::newRow("graph TB is top to bottom") << "graph TB"_ba << u"TB"_s;
    QTest::newRow("graph TD is top to bottom") << "graph TD"_ba << u"TB"_s;
    QTest::newRow("flowchart BT is bottom to top") << "flowchart BT"_ba << u"BT"_s;
    QTest::newRow("flowchart LR is left to right") << "flowchart LR"_ba << u"LR"_s;
    QTest::newRow("graph RL is right to left") << "graph RL"_ba << u"RL"_s;
    QTest::newRow("a bare graph is top to bottom") << "graph"_ba << u"TB"_s;
}

void TestMermaidImport::directions()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, direction);
    const MermaidDocument doc = parse(header + "\n  A --> B\n");
    PARSED_OK(doc);
    QCOMPARE(doc.kind, MermaidDocument::Kind::Flowchart);
    QCOMPARE(doc.flowchart.diagram.direction, direction);
}

void TestMermaidImport::shapes_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("jsonShape");
    QTest::newRow("[ ] is a rectangle") << "A[Text here]"_ba << u"box"_s << u"rect"_s;
    QTest::newRow("( ) is rounded") << "A(Text here)"_ba << u"rounded"_s << u"rounded"_s;
    QTest::newRow("([ ]) is a stadium") << "A([Text here])"_ba << u"stadium"_s << u"stadium"_s;
    QTest::newRow("[( )] is a cylinder") << "A[(Text here)]"_ba << u"cylinder"_s << u"cylinder"_s;
    QTest::newRow("(( )) is a circle") << "A((Text here))"_ba << u"circle"_s << u"circle"_s;
    QTest::newRow("{ } is a decision") << "A{Text here}"_ba << u"diamond"_s << u"decision"_s;
    QTest::newRow("{{ }} is a hexagon") << "A{{Text here}}"_ba << u"hexagon"_s << u"hexagon"_s;
    QTest::newRow("[/ /] is a parallelogram") << "A[/Text here/]"_ba << u"parallelogram"_s << u"parallelogram"_s;
    QTest::newRow("> ] is asymmetric") << "A>Text here]"_ba << u"flag"_s << u"asymmetric"_s;
}

void TestMermaidImport::shapes()
{
    QFETCH(QByteArray, node);
    QFETCH(QString, shape);
    QFETCH(QString, jsonShape);
    const MermaidDocument doc = parse("flowchart LR\n    " + node + " --> B\n");
    PARSED_OK(doc);
    const Diagram &d = doc.flowchart.diagram;
    QCOMPARE(d.nodes.size(), 2);
    QCOMPARE(d.nodes.at(0).id, u"A"_s);
    QCOMPARE(d.nodes.at(0).label, QStringList{u"Text here"_s});
    QCOMPARE(d.nodes.at(0).shape, shape);
    QCOMPARE(MermaidJson::shapeName(d.nodes.at(0).shape), jsonShape);
    // A node only mentioned is a rectangle labelled with its id.
    QCOMPARE(d.nodes.at(1).label, QStringList{u"B"_s});
    QCOMPARE(d.nodes.at(1).shape, u"box"_s);
}

void TestMermaidImport::quotedLabelsHoldBrackets()
{
    const MermaidDocument doc = parse("graph TD\n  A[\"text (x) [y] {z}\"] --> B(\"say #quot;hi#quot; #35;1\")\n");
    PARSED_OK(doc);
    QCOMPARE(doc.flowchart.diagram.nodes.at(0).label, QStringList{u"text (x) [y] {z}"_s});
    QCOMPARE(doc.flowchart.diagram.nodes.at(1).label, QStringList{u"say \"hi\" #1"_s});
    QCOMPARE(doc.flowchart.diagram.nodes.at(1).shape, u"rounded"_s);
    // Numeric entities name any character, U+FEFF too (it used to vanish: read as a byte order
    // mark when the one character was decoded alone) and those outside the BMP.
    const MermaidDocument entities = parse("graph TD\n  C[\"a#65279;b #x1F600; #xFEFF;\"]\n");
    PARSED_OK(entities);
    QCOMPARE(entities.flowchart.diagram.nodes.at(0).label, QStringList{u"a\uFEFFb \U0001F600 \uFEFF"_s});
}

void TestMermaidImport::lineBreaksSplitLabels()
{
    const MermaidDocument doc = parse("graph TD\n  A[One<br/>Two<br>Three<br />Four]\n  B -->|left<br/>right| A\n");
    PARSED_OK(doc);
    QCOMPARE(doc.flowchart.diagram.nodes.at(0).label, (QStringList{u"One"_s, u"Two"_s, u"Three"_s, u"Four"_s}));
    QCOMPARE(doc.flowchart.diagram.edges.at(0).label, u"left\nright"_s);
}

void TestMermaidImport::links_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("head");
    QTest::addColumn<bool>("bidirectional");
    const int none = int(MermaidEdgeHead::None);
    const int arrow = int(MermaidEdgeHead::Arrow);
    QTest::newRow("--> is a solid arrow") << "-->"_ba << u"solid"_s << arrow << false;
    QTest::newRow("---> is a longer solid arrow") << "--->"_ba << u"solid"_s << arrow << false;
    QTest::newRow("--- is an open solid line") << "---"_ba << u"solid"_s << none << false;
    QTest::newRow("-.-> is a dashed arrow") << "-.->"_ba << u"dashed"_s << arrow << false;
    QTest::newRow("-.- is an open dashed line") << "-.-"_ba << u"dashed"_s << none << false;
    QTest::newRow("==> is a thick arrow") << "==>"_ba << u"thick"_s << arrow << false;
    QTest::newRow("=== is an open thick line") << "==="_ba << u"thick"_s << none << false;
    QTest::newRow("<--> points both ways") << "<-->"_ba << u"solid"_s << arrow << true;
    QTest::newRow("--o ends in a circle") << "--o"_ba << u"solid"_s << int(MermaidEdgeHead::Circle) << false;
    QTest::newRow("--x ends in a cross") << "--x"_ba << u"solid"_s << int(MermaidEdgeHead::Cross) << false;
}

void TestMermaidImport::links()
{
    QFETCH(QByteArray, link);
    QFETCH(QString, style);
    QFETCH(int, head);
    QFETCH(bool, bidirectional);
    for (const QByteArray &spacing : {" "_ba, ""_ba}) {
        const MermaidDocument doc = parse("graph LR\n  A" + spacing + link + spacing + "B\n");
        PARSED_OK(doc);
        const MermaidFlowchart &chart = doc.flowchart;
        QCOMPARE(chart.diagram.edges.size(), 1);
        QCOMPARE(chart.diagram.nodes.size(), 2);
        const DiagramEdge &e = chart.diagram.edges.first();
        QCOMPARE(e.from, u"A"_s);
        QCOMPARE(e.to, u"B"_s);
        QCOMPARE(e.style, style);
        QCOMPARE(int(chart.headOf(0)), head);
        QCOMPARE(e.bidirectional, bidirectional);
    }
}

void TestMermaidImport::edgeLabels_data()
{
    QTest::addColumn<QByteArray>("statement");
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("label");
    QTest::newRow("-->|text| labels a solid arrow") << "A -->|Cache miss| B"_ba << u"solid"_s << u"Cache miss"_s;
    QTest::newRow("-- text --> labels a solid arrow") << "A -- Cache miss --> B"_ba << u"solid"_s << u"Cache miss"_s;
    QTest::newRow("-. text .-> labels a dashed arrow") << "A -. Cache miss .-> B"_ba << u"dashed"_s << u"Cache miss"_s;
    QTest::newRow("== text ==> labels a thick arrow") << "A == Cache miss ==> B"_ba << u"thick"_s << u"Cache miss"_s;
    QTest::newRow("-.->|text| labels a dashed arrow") << "A -.->|Search down| B"_ba << u"dashed"_s << u"Search down"_s;
    QTest::newRow("a quoted label may hold a bar") << "A -->|\"a|b\"| B"_ba << u"solid"_s << u"a|b"_s;
}

void TestMermaidImport::edgeLabels()
{
    QFETCH(QByteArray, statement);
    QFETCH(QString, style);
    QFETCH(QString, label);
    const MermaidDocument doc = parse("graph LR\n  " + statement + "\n");
    PARSED_OK(doc);
    QCOMPARE(doc.flowchart.diagram.nodes.size(), 2);
    QCOMPARE(doc.flowchart.diagram.edges.size(), 1);
    QCOMPARE(doc.flowchart.diagram.edges.first().style, style);
    QCOMPARE(doc.flowchart.diagram.edges.first().label, label);
}

void TestMermaidImport::chainsAndAmpersands()
{
    const MermaidDocument doc = parse("graph LR\n  A --> B -->|x| C\n  D & E --> F & G\n");
    PARSED_OK(doc);
    const Diagram &d = doc.flowchart.diagram;
    QStringList edges;
    for (const DiagramEdge &e : d.edges)
        edges.append(e.from + u">"_s + e.to + (e.label.isEmpty() ? QString() : u":"_s + e.label));
    // Mermaid's order: every start of the left group with every end of the right one, left first.
    QCOMPARE(edges, (QStringList{u"A>B"_s, u"B>C:x"_s, u"D>F"_s, u"D>G"_s, u"E>F"_s, u"E>G"_s}));
    QStringList nodes;
    for (const DiagramNode &n : d.nodes)
        nodes.append(n.id);
    QCOMPARE(nodes, (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s}));
}

void TestMermaidImport::subgraphIdsAndTitles()
{
    const MermaidDocument doc = parse("graph TB\n"
                                      "  subgraph EdgePlane[Edge Plane]\n    A\n  end\n"
                                      "  subgraph Solo\n    B\n  end\n"
                                      "  subgraph Two words here\n    C\n  end\n"
                                      "  subgraph Q [\"Quoted (title)\"]\n    D\n  end\n");
    PARSED_OK(doc);
    const QList<Subgraph> &s = doc.flowchart.diagram.subgraphs;
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0).id, u"EdgePlane"_s);
    QCOMPARE(s.at(0).title, u"Edge Plane"_s);
    QCOMPARE(s.at(1).id, u"Solo"_s);
    QCOMPARE(s.at(1).title, u"Solo"_s);
    // Mermaid numbers a subgraph whose title has spaces by the subgraphs closed before it.
    QCOMPARE(s.at(2).id, u"subGraph2"_s);
    QCOMPARE(s.at(2).title, u"Two words here"_s);
    QCOMPARE(s.at(3).id, u"Q"_s);
    QCOMPARE(s.at(3).title, u"Quoted (title)"_s);
    QCOMPARE(doc.flowchart.diagram.node(u"C"_s)->subgraph, u"subGraph2"_s);
}

void TestMermaidImport::nestedSubgraphsAndDirection()
{
    const MermaidDocument doc = parse("flowchart LR\n"
                                      "  subgraph Outer[Outer box]\n"
                                      "    direction TB\n"
                                      "    A --> B\n"
                                      "    subgraph Inner[Inner box]\n"
                                      "      direction RL\n"
                                      "      C\n"
                                      "    end\n"
                                      "  end\n");
    PARSED_OK(doc);
    const MermaidFlowchart &chart = doc.flowchart;
    QCOMPARE(chart.diagram.direction, u"LR"_s);
    QCOMPARE(chart.diagram.subgraphs.size(), 2);
    QCOMPARE(chart.diagram.subgraphs.at(0).parent, QString());
    QCOMPARE(chart.diagram.subgraphs.at(1).parent, u"Outer"_s);
    QCOMPARE(chart.subgraphDirections.value(u"Outer"_s), u"TB"_s);
    QCOMPARE(chart.subgraphDirections.value(u"Inner"_s), u"RL"_s);
    QCOMPARE(chart.diagram.node(u"A"_s)->subgraph, u"Outer"_s);
    QCOMPARE(chart.diagram.node(u"C"_s)->subgraph, u"Inner"_s);
}

void TestMermaidImport::membershipFollowsMermaid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("subgraph");
    // Mermaid's flowDb.addSubGraph runs when a subgraph's `end` is read and drops the nodes that
    // a subgraph added before it already holds: the first subgraph to close claims a node; a
    // mention outside every subgraph claims nothing.
    QTest::newRow("a node mentioned at the top first belongs to the subgraph that mentions it later")
        << "graph TB\n  X --> Y\n  subgraph S\n    X\n  end\n"_ba << u"S"_s;
    QTest::newRow("of two sibling subgraphs the first to close keeps the node")
        << "graph TB\n  subgraph S1\n    X\n  end\n  subgraph S2\n    X --> Y\n  end\n"_ba << u"S1"_s;
    QTest::newRow("an inner subgraph closes first and claims the node its parent mentioned earlier")
        << "graph TB\n  subgraph Outer\n    X\n    subgraph Inner\n      X\n    end\n  end\n"_ba << u"Inner"_s;
    QTest::newRow("an edge inside a subgraph mentions both its ends")
        << "graph TB\n  subgraph S\n    W --> X\n  end\n"_ba << u"S"_s;
    QTest::newRow("a class statement inside a subgraph mentions nothing")
        << "graph TB\n  X\n  classDef c fill:#fff\n  subgraph S\n    class X c\n  end\n"_ba << QString();
}

void TestMermaidImport::membershipFollowsMermaid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, subgraph);
    const MermaidDocument doc = parse(text);
    PARSED_OK(doc);
    const DiagramNode *x = doc.flowchart.diagram.node(u"X"_s);
    QVERIFY(x);
    QCOMPARE(x->subgraph, subgraph);
}

void TestMermaidImport::lastLabelAndShapeWin()
{
    const MermaidDocument doc = parse("graph TB\n  A[First] --> B\n  A((Second))\n  B\n");
    PARSED_OK(doc);
    const DiagramNode *a = doc.flowchart.diagram.node(u"A"_s);
    QCOMPARE(a->label, QStringList{u"Second"_s});
    QCOMPARE(a->shape, u"circle"_s);
    // A bare mention keeps what was given before.
    QCOMPARE(doc.flowchart.diagram.node(u"B"_s)->label, QStringList{u"B"_s});
}

void TestMermaidImport::classesAndStyles()
{
    const MermaidDocument doc = parse("graph TB\n"
                                      "  A:::hot --> B\n"
                                      "  C\n"
                                      "  classDef hot fill:#f96,stroke:#333,stroke-width:4px,color:#fff\n"
                                      "  classDef cold,frozen fill:#00f\n"
                                      "  class B,C cold\n"
                                      "  class C frozen\n"
                                      "  style A fill:#f9f,stroke:#333\n");
    PARSED_OK(doc);
    const MermaidFlowchart &chart = doc.flowchart;
    QCOMPARE(chart.classesOf(u"A"_s), QStringList{u"hot"_s});
    QCOMPARE(chart.classesOf(u"B"_s), QStringList{u"cold"_s});
    QCOMPARE(chart.classesOf(u"C"_s), (QStringList{u"cold"_s, u"frozen"_s}));
    QCOMPARE(chart.diagram.node(u"C"_s)->className, u"frozen"_s);
    const ClassDef *hot = chart.diagram.classDef(u"hot"_s);
    QVERIFY(hot);
    QCOMPARE(hot->fill, u"#f96"_s);
    QCOMPARE(hot->stroke, u"#333"_s);
    QCOMPARE(hot->text, u"#fff"_s);
    QCOMPARE(chart.classDefProperties.value(u"hot"_s), u"fill:#f96,stroke:#333,stroke-width:4px,color:#fff"_s);
    QVERIFY(chart.diagram.classDef(u"frozen"_s));
    QCOMPARE(chart.styles.size(), 1);
    QCOMPARE(chart.styles.first().node, u"A"_s);
    QCOMPARE(chart.styles.first().properties, u"fill:#f9f,stroke:#333"_s);
    // Drawn, A's style overrides its class.
    const Diagram drawn = chart.drawnDiagram();
    const ClassDef *drawnA = drawn.classDef(drawn.node(u"A"_s)->className);
    QVERIFY(drawnA);
    QCOMPARE(drawnA->fill, u"#f9f"_s);
    QCOMPARE(drawnA->text, u"#fff"_s);
}

void TestMermaidImport::commentsGroupEdges()
{
    const MermaidDocument doc = parse("%%{init: {'theme': 'dark'}}%%\n"
                                      "graph TB\n"
                                      "  %% Write flow\n"
                                      "  A --> B %% a trailing remark\n"
                                      "  B --> C\n"
                                      "  %% Read flow\n"
                                      "  C --> D\n");
    PARSED_OK(doc);
    const QList<DiagramEdge> &edges = doc.flowchart.diagram.edges;
    QCOMPARE(edges.size(), 3);
    QCOMPARE(edges.at(0).group, u"Write flow"_s);
    QCOMPARE(edges.at(1).group, u"Write flow"_s);
    QCOMPARE(edges.at(2).group, u"Read flow"_s);
    QCOMPARE(doc.flowchart.diagram.nodes.size(), 4);
}

void TestMermaidImport::semicolonsSeparateStatements()
{
    const MermaidDocument doc = parse("graph TD; A-->B; B-->C[x; y];\n");
    PARSED_OK(doc);
    QCOMPARE(doc.flowchart.diagram.edges.size(), 2);
    QCOMPARE(doc.flowchart.diagram.node(u"C"_s)->label, QStringList{u"x; y"_s});
}

void TestMermaidImport::unknownStatementsAreWarnings()
{
    const MermaidDocument doc = parse("graph TD\n  A --> B\n  frobnicate the widgets\n  click A callback\n  B --> C\n");
    PARSED_OK(doc);
    QCOMPARE(doc.flowchart.diagram.edges.size(), 2);
    QCOMPARE(doc.diagnostics.size(), 2);
    QCOMPARE(doc.diagnostics.at(0).severity, Diagnostic::Severity::Warning);
    QCOMPARE(doc.diagnostics.at(0).line, 3);
    QCOMPARE(doc.diagnostics.at(0).column, 3);
    QVERIFY2(doc.diagnostics.at(0).message.contains(u"frobnicate"), qPrintable(doc.diagnostics.at(0).message));
    QCOMPARE(doc.diagnostics.at(1).line, 4);
}

void TestMermaidImport::errorsGiveLineColumnAndExpectation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a link to nothing") << "graph TD\n  A -->\n"_ba << 2 << 8 << u"end of line"_s << u"node id"_s;
    QTest::newRow("an unclosed rectangle") << "graph TD\n  A[Label --> B\n"_ba << 2 << 16 << u"\"[\""_s << u"\"]\""_s;
    QTest::newRow("a bad direction") << "graph XY\n  A --> B\n"_ba << 1 << 7 << u"\"XY\""_s << u"TB, TD, BT, LR or RL"_s;
    QTest::newRow("junk after a node") << "graph TD\n  A --> B ]]\n"_ba << 2 << 11 << u"\"]]\""_s << u"\";\""_s;
    QTest::newRow("an end without a subgraph") << "graph TD\n  A\n  end\n"_ba << 3 << 3 << QString() << u"closes no subgraph"_s;
    // Found by fuzz_mermaid: accepted, then written back as a line the importer refuses.
    QTest::newRow("a node called end") << "flowchart TD\r\n    A-->|go|         end\r\n"_ba << 2 << 22 << QString()
                                       << u"cannot be called \"end\""_s;
    QTest::newRow("a style that makes a node called class") << "graph TB\n  A\n style   class fill:#f00\n"_ba << 3 << 10 << QString()
                                                            << u"cannot be called \"class\""_s;
    QTest::newRow("an unknown diagram type") << "sequenceDiagram\n  A->>B: hi\n"_ba << 1 << 1 << u"\"sequenceDiagram\""_s
                                             << u"graph, flowchart, quadrantChart or gantt"_s;
    QTest::newRow("a class without a name") << "graph TD\n  A\n  class A\n"_ba << 3 << 10 << u"end of line"_s << u"class name"_s;
}

void TestMermaidImport::errorsGiveLineColumnAndExpectation()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, found);
    QFETCH(QString, expected);
    const MermaidDocument doc = parse(text);
    QVERIFY(!doc.ok());
    const Diagnostic *error = firstError(doc);
    QVERIFY(error);
    QCOMPARE(error->line, line);
    QCOMPARE(error->column, column);
    QVERIFY2(error->message.contains(found), qPrintable(error->message));
    QVERIFY2(error->message.contains(expected), qPrintable(error->message));
}

void TestMermaidImport::unclosedSubgraphIsReportedWhereItOpens()
{
    const MermaidDocument doc = parse("graph TD\n  subgraph S[Box]\n    A --> B\n");
    QVERIFY(!doc.ok());
    const Diagnostic *error = firstError(doc);
    QCOMPARE(error->line, 2);
    QCOMPARE(error->column, 3);
    QVERIFY(error->message.contains(u"end"));
    // What was read is still there.
    QCOMPARE(doc.flowchart.diagram.node(u"A"_s)->subgraph, u"S"_s);
}

void TestMermaidImport::quadrantChart()
{
    const MermaidDocument doc = parse("quadrantChart\n"
                                      "    title Reach and engagement\n"
                                      "    x-axis Low Reach --> High Reach\n"
                                      "    y-axis Low Engagement\n"
                                      "    quadrant-1 We should expand\n"
                                      "    quadrant-2 Need to promote\n"
                                      "    quadrant-3 Re-evaluate\n"
                                      "    quadrant-4 May be improved\n"
                                      "    Campaign A: [0.3, 0.6]\n"
                                      "    \"Campaign: B\": [1, 0]\n");
    PARSED_OK(doc);
    QCOMPARE(doc.kind, MermaidDocument::Kind::Quadrant);
    const MermaidQuadrant &q = doc.quadrant;
    QCOMPARE(q.spec.title, u"Reach and engagement"_s);
    QCOMPARE(doc.title, u"Reach and engagement"_s);
    QCOMPARE(q.spec.xLow, u"Low Reach"_s);
    QCOMPARE(q.spec.xHigh, u"High Reach"_s);
    QCOMPARE(q.spec.yLow, u"Low Engagement"_s);
    QCOMPARE(q.spec.yHigh, QString());
    QCOMPARE(q.spec.quadrants, (QStringList{u"We should expand"_s, u"Need to promote"_s, u"Re-evaluate"_s, u"May be improved"_s}));
    QCOMPARE(q.points.size(), 2);
    QCOMPARE(q.points.at(0).name, u"Campaign A"_s);
    QCOMPARE(q.points.at(0).x, 0.3);
    QCOMPARE(q.points.at(0).y, 0.6);
    QCOMPARE(q.points.at(1).name, u"Campaign: B"_s);
    QCOMPARE(q.points.at(1).x, 1.0);
}

void TestMermaidImport::quadrantErrors()
{
    const MermaidDocument doc = parse("quadrantChart\n  A: [0.5, 1.5]\n  B: [x, 0.2]\n");
    QVERIFY(!doc.ok());
    QCOMPARE(doc.diagnostics.size(), 2);
    QCOMPARE(doc.diagnostics.at(0).line, 2);
    QCOMPARE(doc.diagnostics.at(0).column, 12);
    QVERIFY(doc.diagnostics.at(0).message.contains(u"\"1.5\""));
    QVERIFY(doc.diagnostics.at(0).message.contains(u"from 0 to 1"));
    QCOMPARE(doc.diagnostics.at(1).line, 3);
    QCOMPARE(doc.diagnostics.at(1).column, 7);
}

void TestMermaidImport::ganttChart()
{
    const MermaidDocument doc = parse("gantt\n"
                                      "    title A plan\n"
                                      "    dateFormat YYYY-MM-DD\n"
                                      "    axisFormat %m/%y\n"
                                      "    excludes weekends\n"
                                      "    section Build\n"
                                      "    Design      :done, des, 2024-01-01, 2w\n"
                                      "    Code        :active, crit, code, after des, 10d\n"
                                      "    Review      :rev, 2024-01-20, 2024-01-25\n"
                                      "    section Ship\n"
                                      "    Release     :milestone, rel, after code rev, 0d\n"
                                      "    Support     :sup, after rel, 1y\n");
    PARSED_OK(doc);
    QCOMPARE(doc.kind, MermaidDocument::Kind::Gantt);
    const MermaidGantt &g = doc.gantt;
    QCOMPARE(g.roadmap.title, u"A plan"_s);
    QCOMPARE(g.axisFormat, u"%m/%y"_s);
    QCOMPARE(g.excludes, QStringList{u"weekends"_s});
    // excludes is kept but not applied: a warning says so.
    QCOMPARE(doc.diagnostics.size(), 1);
    QCOMPARE(doc.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(doc.diagnostics.first().line, 5);
    QCOMPARE(g.roadmap.sections.size(), 2);
    QCOMPARE(g.roadmap.sections.at(0).tasks.size(), 3);
    const RoadmapTask *code = g.roadmap.task(u"code"_s);
    QCOMPARE(code->after, QStringList{u"des"_s});
    QCOMPARE(code->duration.value, 10);
    QVERIFY(g.flagsOf(u"code"_s).crit && g.flagsOf(u"code"_s).active && !g.flagsOf(u"code"_s).done);
    QVERIFY(g.flagsOf(u"des"_s).done);
    QCOMPARE(g.flagsOf(u"rev"_s).fixedEnd, QDate(2024, 1, 25));
    QCOMPARE(g.roadmap.task(u"rel"_s)->after, (QStringList{u"code"_s, u"rev"_s}));
    QVERIFY(g.roadmap.task(u"rel"_s)->milestone);

    const MermaidJson::Json json = MermaidJson::gantt(g);
    const auto &tasks = json.at("tasks");
    QCOMPARE(tasks.size(), size_t(5));
    QCOMPARE(tasks.at(0).at("end").get<std::string>(), "2024-01-15"); // 2 weeks, end exclusive
    QCOMPARE(tasks.at(1).at("start").get<std::string>(), "2024-01-15");
    QCOMPARE(tasks.at(1).at("end").get<std::string>(), "2024-01-25");
    QCOMPARE(tasks.at(2).at("end").get<std::string>(), "2024-01-25");
    // After the later of its two dependencies; a milestone takes no time.
    QCOMPARE(tasks.at(3).at("start").get<std::string>(), "2024-01-25");
    QCOMPARE(tasks.at(3).at("end").get<std::string>(), "2024-01-25");
    QCOMPARE(tasks.at(4).at("end").get<std::string>(), "2025-01-25");
}

void TestMermaidImport::ganttDateFormats_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("date");
    QTest::newRow("YYYY-MM-DD") << "YYYY-MM-DD"_ba << "2024-03-05"_ba;
    QTest::newRow("DD/MM/YYYY") << "DD/MM/YYYY"_ba << "05/03/2024"_ba;
    QTest::newRow("MM-DD-YYYY") << "MM-DD-YYYY"_ba << "03-05-2024"_ba;
    QTest::newRow("DD.MM.YYYY") << "DD.MM.YYYY"_ba << "05.03.2024"_ba;
    QTest::newRow("YYYYMMDD") << "YYYYMMDD"_ba << "20240305"_ba;
    QTest::newRow("YYYY/M/D") << "YYYY/M/D"_ba << "2024/3/5"_ba;
}

void TestMermaidImport::ganttDateFormats()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, date);
    const MermaidDocument doc = parse("gantt\n  dateFormat " + format + "\n  Task :t1, " + date + ", 1d\n");
    PARSED_OK(doc);
    QCOMPARE(doc.gantt.roadmap.task(u"t1"_s)->start, QDate(2024, 3, 5));
}

void TestMermaidImport::ganttMonthsFollowMermaid()
{
    // Mermaid adds months with dayjs: calendar months, clamped to the month's end.
    const MermaidDocument doc = parse("gantt\n  dateFormat YYYY-MM-DD\n  A :a, 2024-01-31, 1M\n  B :b, after a, 1M\n");
    PARSED_OK(doc);
    const MermaidJson::Json json = MermaidJson::gantt(doc.gantt);
    QCOMPARE(json.at("tasks").at(0).at("end").get<std::string>(), "2024-02-29");
    QCOMPARE(json.at("tasks").at(1).at("end").get<std::string>(), "2024-03-29");
}

void TestMermaidImport::ganttKeywordsFollowMermaidsLexer()
{
    // Mermaid's gantt lexer matches its keywords in any case and only before white space (a tab
    // too); a keyword with its colon close is a task of that name.
    const MermaidDocument doc = parse("gantt\n  Title Plan\n  DATEFORMAT\tDD/MM/YYYY\n  SECTION Build\n"
                                      "  dateFormat:d, 02/01/2024, 1d\n  Section B :s, after d, 2d\n  ACCTITLE: read aloud\n"_ba);
    PARSED_OK(doc);
    QCOMPARE(doc.gantt.roadmap.title, u"Plan"_s);
    QCOMPARE(doc.gantt.roadmap.dateFormat, u"DD/MM/YYYY"_s);
    QCOMPARE(doc.gantt.roadmap.sections.size(), 2);
    QCOMPARE(doc.gantt.roadmap.sections.at(0).name, u"Build"_s);
    QCOMPARE(doc.gantt.roadmap.sections.at(0).tasks.size(), 1);
    QCOMPARE(doc.gantt.roadmap.sections.at(0).tasks.at(0).name, u"dateFormat"_s);
    QCOMPARE(doc.gantt.roadmap.sections.at(0).tasks.at(0).start, QDate(2024, 1, 2));
    // "Section B :s, ..." is a section, as Mermaid reads it.
    QCOMPARE(doc.gantt.roadmap.sections.at(1).name, u"B :s, after d, 2d"_s);
    QVERIFY(doc.gantt.roadmap.sections.at(1).tasks.isEmpty());
}

void TestMermaidImport::ganttImplicitStartsAndIds()
{
    const MermaidDocument doc = parse("gantt\n  First :2024-01-01, 3d\n  Second :2d\n  Third :x, after task1, 1w\n");
    PARSED_OK(doc);
    const QList<RoadmapTask> &tasks = doc.gantt.roadmap.sections.first().tasks;
    QCOMPARE(tasks.at(0).id, u"task1"_s);
    QCOMPARE(tasks.at(1).id, u"task2"_s);
    QCOMPARE(tasks.at(1).after, QStringList{u"task1"_s}); // one field: after the task above
    const MermaidJson::Json json = MermaidJson::gantt(doc.gantt);
    QCOMPARE(json.at("tasks").at(1).at("start").get<std::string>(), "2024-01-04");
    QCOMPARE(json.at("tasks").at(2).at("end").get<std::string>(), "2024-01-11");
}

void TestMermaidImport::ganttErrors_data()
{
    QTest::addColumn<QByteArray>("task");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hours are not a unit") << "  A :a, 2024-01-01, 3h"_ba << 21 << u"(3d, 2w, 6M, 1y)"_s;
    QTest::newRow("a start that is not a date") << "  A :a, 2024-13-01, 3d"_ba << 9 << u"start date in the format YYYY-MM-DD"_s;
    QTest::newRow("after an unknown task") << "  A :a, 2024-01-01, 3d\n  B :b, after a zz, 1d"_ba << 17 << u"\"zz\""_s;
    QTest::newRow("too many fields") << "  A :a, b, c, d"_ba << 6 << u"[id,] [start,] end"_s;
}

void TestMermaidImport::ganttErrors()
{
    QFETCH(QByteArray, task);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const MermaidDocument doc = parse("gantt\n  dateFormat YYYY-MM-DD\n" + task + "\n");
    QVERIFY(!doc.ok());
    const Diagnostic *error = firstError(doc);
    QCOMPARE(error->line, 2 + int(task.count('\n')) + 1);
    QCOMPARE(error->column, column);
    QVERIFY2(error->message.contains(expected), qPrintable(error->message));
}

void TestMermaidImport::markdownBlocksAndHeadings()
{
    const QByteArray md = "# Title\n\nIntro\n\n## First view ##\n\n```mermaid\ngraph LR\n  A --> B\n```\n\n"
                          "```python\nprint('not a diagram')\n```\n\n### Second\n\n~~~~mermaid\n"
                          "quadrantChart\n  P: [0.1, 0.2]\n~~~~\n\n```mermaid\ngantt\n  T :t, 2024-01-01, 1d\n```\n";
    const ImportedDocument doc = MarkdownImport::importMarkdown(md, u"doc.md"_s);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.views.size(), 3);
    QCOMPARE(doc.views.at(0).title, u"First view"_s);
    QCOMPARE(doc.views.at(0).kind(), MermaidDocument::Kind::Flowchart);
    QCOMPARE(doc.views.at(0).line, 8);
    QCOMPARE(doc.views.at(1).title, u"Second"_s);
    QCOMPARE(doc.views.at(1).kind(), MermaidDocument::Kind::Quadrant);
    // The nearest heading above, even with another block in between.
    QCOMPARE(doc.views.at(2).title, u"Second"_s);
    QCOMPARE(doc.views.at(2).kind(), MermaidDocument::Kind::Gantt);
}

void TestMermaidImport::markdownDiagnosticsUseDocumentLines()
{
    const QByteArray md = "# H\n\ntext\n\n```mermaid\ngraph LR\n  A --> B\n  A -->\n```\n";
    const ImportedDocument doc = MarkdownImport::importMarkdown(md, u"doc.md"_s);
    QVERIFY(!doc.ok());
    QCOMPARE(doc.diagnostics.size(), 1);
    QCOMPARE(doc.diagnostics.first().file, u"doc.md"_s);
    QCOMPARE(doc.diagnostics.first().line, 8);
    QCOMPARE(doc.diagnostics.first().column, 8);
}

void TestMermaidImport::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    namespace L = MermaidImportLimits;

    QByteArray deep = "graph TB\n";
    for (int i = 0; i < 5000; ++i)
        deep += "subgraph S" + QByteArray::number(i) + "\n";
    QTest::newRow("subgraphs nested 5000 deep") << deep << 2 + L::maxSubgraphDepth << u"nested more than"_s;

    QByteArray wide = "graph TB\n  A --> B\n  C[" + QByteArray(1024 * 1024, 'x') + "]\n";
    QTest::newRow("a megabyte line") << wide << 3 << u"a line may have at most"_s;

    QByteArray many = "graph TB\n";
    for (int i = 0; i < 100000; ++i)
        many += "  N" + QByteArray::number(i) + "\n";
    QTest::newRow("100k nodes") << many << 2 + int(L::maxNodes) << u"at most 20000"_s;

    QTest::newRow("a NUL byte") << "graph TB\n  A --> B\n  C[x\0y]\n"_ba << 3 << u"NUL"_s;
    QTest::newRow("invalid UTF-8") << "graph TB\n  A[caf\xe9] --> B\n"_ba << 2 << u"invalid UTF-8"_s;
    QTest::newRow("an overlong UTF-8 encoding") << "graph TB\n  A[\xc0\xaf] --> B\n"_ba << 2 << u"invalid UTF-8"_s;

    QByteArray longLabel = "graph TB\n  A[" + QByteArray(L::maxLabelCharacters + 1, 'y') + "]\n";
    QTest::newRow("a label over the limit") << longLabel << 2 << u"at most 10000"_s;

    QByteArray huge = "graph TB\n";
    const QByteArray line = "  " + QByteArray(60000, 'z') + "\n";
    while (huge.size() <= L::maxInputBytes)
        huge += line;
    QTest::newRow("more than 4 MiB") << huge << int((L::maxInputBytes - 9) / line.size()) + 2 << u"bytes"_s;
}

void TestMermaidImport::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    const MermaidDocument doc = parse(text);
    QVERIFY(!doc.ok());
    const Diagnostic *error = firstError(doc);
    QVERIFY(error);
    QCOMPARE(error->line, line);
    QVERIFY2(error->message.contains(message), qPrintable(error->toString()));
    QVERIFY(doc.diagnostics.size() <= MermaidImportLimits::maxDiagnostics);
}

void TestMermaidImport::ampersandProductsCountBeforeTheyAreMade()
{
    QByteArray left;
    QByteArray right;
    for (int i = 0; i < 300; ++i) {
        left += (i ? " & L" : "L") + QByteArray::number(i);
        right += (i ? " & R" : "R") + QByteArray::number(i);
    }
    const MermaidDocument doc = parse("graph LR\n  " + left + " --> " + right + "\n");
    QVERIFY(!doc.ok());
    const Diagnostic *error = firstError(doc);
    QCOMPARE(error->line, 2);
    QCOMPARE(error->column, 3 + int(left.size()) + 1);
    QVERIFY(error->message.contains(u"50000"));
    QCOMPARE(doc.flowchart.diagram.edges.size(), 0); // none of the 90,000 were made
}

void TestMermaidImport::documentBlocksMatchTheModel_data()
{
    QTest::addColumn<QString>("id");
    for (const Diagram &diagram : catalog().diagrams) {
        if (diagram.id != u"edge-computing") // the document gives it as YAML, not Mermaid
            QTest::addRow("block %s.mmd imports to the model's diagram", qPrintable(diagram.id)) << diagram.id;
    }
}

void TestMermaidImport::documentBlocksMatchTheModel()
{
    QFETCH(QString, id);
    const QByteArray text = fixture(id + u".mmd"_s);
    QVERIFY(!text.isEmpty());
    const MermaidDocument doc = parse(text);
    PARSED_OK(doc);
    QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(describe(doc.diagnostics)));
    const Diagram &actual = doc.flowchart.diagram;
    const Diagram *expected = catalog().diagram(id);
    QVERIFY(expected);
    QCOMPARE(actual.direction, expected->direction);
    QCOMPARE(actual.subgraphs.size(), expected->subgraphs.size());
    for (qsizetype i = 0; i < actual.subgraphs.size(); ++i) {
        QCOMPARE(actual.subgraphs.at(i).id, expected->subgraphs.at(i).id);
        QCOMPARE(actual.subgraphs.at(i).title, expected->subgraphs.at(i).title);
        QCOMPARE(actual.subgraphs.at(i).parent, expected->subgraphs.at(i).parent);
    }
    QCOMPARE(actual.classDefs.size(), expected->classDefs.size());
    for (const ClassDef &def : expected->classDefs) {
        const ClassDef *got = actual.classDef(def.name);
        QVERIFY2(got, qPrintable(def.name));
        QCOMPARE(normalisedColour(got->fill), normalisedColour(def.fill));
        QCOMPARE(normalisedColour(got->stroke), normalisedColour(def.stroke));
        QCOMPARE(normalisedColour(got->text), normalisedColour(def.text));
    }
    QCOMPARE(actual.nodes.size(), expected->nodes.size());
    for (qsizetype i = 0; i < actual.nodes.size(); ++i) {
        const DiagramNode &a = actual.nodes.at(i);
        const DiagramNode &e = expected->nodes.at(i);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.label, e.label);
        QCOMPARE(a.shape, e.shape);
        QCOMPARE(a.subgraph, e.subgraph);
        QCOMPARE(a.className, e.className);
    }
    QCOMPARE(actual.edges.size(), expected->edges.size());
    for (qsizetype i = 0; i < actual.edges.size(); ++i) {
        const DiagramEdge &a = actual.edges.at(i);
        const DiagramEdge &e = expected->edges.at(i);
        const QByteArray where = QByteArray::number(i) + ' ' + e.from.toUtf8() + " -> " + e.to.toUtf8();
        QVERIFY2(a.from == e.from && a.to == e.to, where.constData());
        QVERIFY2(a.style == e.style, where.constData());
        QVERIFY2(a.bidirectional == e.bidirectional, where.constData());
        QVERIFY2(a.label == e.label, where.constData());
        QVERIFY2(a.group == e.group, where.constData());
    }
}

void TestMermaidImport::documentQuadrantMatchesTheModel()
{
    const MermaidDocument doc = parse(fixture(u"anti-patterns.mmd"_s));
    PARSED_OK(doc);
    const AntiPatternCatalog &anti = catalog().antiPatterns;
    QCOMPARE(doc.quadrant.spec.title, anti.quadrant.title);
    QCOMPARE(doc.quadrant.spec.xLow, anti.quadrant.xLow);
    QCOMPARE(doc.quadrant.spec.xHigh, anti.quadrant.xHigh);
    QCOMPARE(doc.quadrant.spec.yLow, anti.quadrant.yLow);
    QCOMPARE(doc.quadrant.spec.yHigh, anti.quadrant.yHigh);
    QCOMPARE(doc.quadrant.points.size(), anti.items.size());
    for (qsizetype i = 0; i < anti.items.size(); ++i) {
        QCOMPARE(doc.quadrant.points.at(i).name, anti.items.at(i).name);
        QCOMPARE(doc.quadrant.points.at(i).x, anti.items.at(i).risk);
        QCOMPARE(doc.quadrant.points.at(i).y, anti.items.at(i).impact);
    }
}

void TestMermaidImport::documentGanttMatchesTheModel()
{
    const MermaidDocument doc = parse(fixture(u"roadmap.mmd"_s));
    PARSED_OK(doc);
    const Roadmap &expected = catalog().roadmap;
    const Roadmap &actual = doc.gantt.roadmap;
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.dateFormat, expected.dateFormat);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype s = 0; s < expected.sections.size(); ++s) {
        QCOMPARE(actual.sections.at(s).name, expected.sections.at(s).name);
        QCOMPARE(actual.sections.at(s).tasks.size(), expected.sections.at(s).tasks.size());
        for (qsizetype t = 0; t < expected.sections.at(s).tasks.size(); ++t) {
            const RoadmapTask &a = actual.sections.at(s).tasks.at(t);
            const RoadmapTask &e = expected.sections.at(s).tasks.at(t);
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.name, e.name);
            QCOMPARE(a.start, e.start);
            QCOMPARE(a.after, e.after);
            QCOMPARE(a.duration.value, e.duration.value);
            QCOMPARE(a.duration.unit, e.duration.unit);
            QCOMPARE(a.milestone, e.milestone);
        }
    }
}

void TestMermaidImport::wholeDocumentImports()
{
    const ImportedDocument doc = importMarkdownFile(QStringLiteral(ARCHSCAPE_TEST_DATA) + u"/system-patterns.md"_s);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.views.size(), 11);
    QCOMPARE(doc.views.first().title, u"CQRS (Command Query Responsibility Segregation)"_s);
    QCOMPARE(doc.views.at(9).kind(), MermaidDocument::Kind::Quadrant);
    QCOMPARE(doc.views.at(9).title, u"Anti-Patterns and Common Mistakes"_s);
    QCOMPARE(doc.views.at(10).kind(), MermaidDocument::Kind::Gantt);
    QCOMPARE(doc.views.at(10).title, u"Pattern Evolution Roadmap"_s);
    // Each block is the fixture of the same name, line for line.
    const MermaidDocument cqrs = parse(fixture(u"cqrs.mmd"_s));
    QCOMPARE(doc.views.first().document.flowchart.diagram.nodes.size(), cqrs.flowchart.diagram.nodes.size());
    QCOMPARE(doc.views.first().line, 21);
}

// The lean export reads a file's first 4 KB to start the layout helper before a flowchart is
// parsed: the kind comes from the first statement, past front matter and comments, and only from
// whole lines. The full parse agrees whenever a kind is declared.
void TestMermaidImport::declaredKind_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("kind");
    const int flowchart = int(MermaidDocument::Kind::Flowchart);
    const int none = int(MermaidDocument::Kind::None);
    QTest::newRow("flowchart") << QByteArray("flowchart LR\n  A --> B\n") << flowchart;
    QTest::newRow("graph") << QByteArray("graph TD\n  A --> B\n") << flowchart;
    QTest::newRow("quadrant") << QByteArray("quadrantChart\n  title Risks\n") << int(MermaidDocument::Kind::Quadrant);
    QTest::newRow("gantt") << QByteArray("gantt\n  title Plan\n") << int(MermaidDocument::Kind::Gantt);
    QTest::newRow("front matter and comments first")
        << QByteArray("\n---\ntitle: T\n---\n%% a comment\n%%{init: {}}%%\n\nflowchart TB\n  A\n") << flowchart;
    QTest::newRow("front matter never closed") << QByteArray("---\ntitle: T\nflowchart TB\n") << none;
    QTest::newRow("nothing") << QByteArray() << none;
    QTest::newRow("an unknown type") << QByteArray("sequenceDiagram\n  A->>B: hi\n") << none;
    QTest::newRow("the first statement cut short") << QByteArray("%% c\nflowch") << none;
    QTest::newRow("a flowchart cut in its body") << QByteArray("flowchart LR\n  A --> B[Lo") << flowchart;
}

void TestMermaidImport::declaredKind()
{
    QFETCH(QByteArray, text);
    QFETCH(int, kind);
    QCOMPARE(int(MermaidImport::declaredKind(text)), kind);
    if (kind != int(MermaidDocument::Kind::None) && text.endsWith('\n'))
        QCOMPARE(int(MermaidImport::parse(text).kind), kind);
}

// The parser reads the plain link operators by hand (mermaidlinkoperator.h); the regular
// expressions it used before define them. Both read every position of generated text alike.
void TestMermaidImport::plainLinkOperatorsReadAsTheirExpressions()
{
    const QRegularExpression invisible(u"~~~+"_s);
    const QRegularExpression solid(u"([<xo]?)(--+)([->xo])"_s);
    const QRegularExpression thick(u"([<xo]?)(==+)([=>xo])"_s);
    const QRegularExpression dotted(u"([<xo]?)(-?\\.+-)([>xo]?)"_s);
    const QString alphabet = u"-----====...~~~<>xo a|"_s;
    QRandomGenerator random(8);
    int matched = 0;
    int positions = 0;
    for (int round = 0; round < 4000; ++round) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int i = 0; i < length; ++i)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        for (qsizetype pos = 0; pos < text.size(); ++pos, ++positions) {
            const auto anchored = [&](const QRegularExpression &re) {
                return re.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            };
            const std::optional<MermaidLinkOperator> plain = matchPlainLinkOperator(text, pos);
            const QString where = u"\"%1\" at %2"_s.arg(text).arg(pos);
            QRegularExpressionMatch m = anchored(invisible);
            if (m.hasMatch()) {
                QVERIFY2(plain && plain->kind == u'~' && plain->length == m.capturedLength(), qPrintable(where));
                ++matched;
                continue;
            }
            QChar kind;
            for (const auto &[re, k] : {std::pair{&solid, u'-'}, std::pair{&thick, u'='}, std::pair{&dotted, u'.'}}) {
                if ((m = anchored(*re)).hasMatch()) {
                    kind = QChar(k);
                    break;
                }
            }
            if (kind.isNull()) {
                QVERIFY2(!plain, qPrintable(where));
                continue;
            }
            ++matched;
            QVERIFY2(plain, qPrintable(where));
            QCOMPARE(plain->kind, kind);
            QCOMPARE(plain->length, m.capturedLength());
            QCOMPARE(plain->bidirectional, !m.captured(1).isEmpty());
            const QString end = m.captured(3);
            QCOMPARE(QString(plain->end), end.isEmpty() ? u"."_s : end);
        }
    }
    QVERIFY2(matched > 1000, qPrintable(u"%1 of %2"_s.arg(matched).arg(positions)));
}

// Labels split at line breaks read by hand (MermaidLexer::lineBreakAt) exactly where the
// expression <br\s*/?> (any case) splits them, generated labels full of near misses included.
void TestMermaidImport::lineBreaksSplitAsTheirExpression()
{
    const QRegularExpression br(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    const QStringList pieces = {u"<"_s, u"b"_s, u"B"_s, u"r"_s, u"R"_s, u" "_s, u"\t"_s, u"/"_s, u">"_s, u"a"_s, u"<br>"_s, u"<BR />"_s};
    QRandomGenerator random(9);
    int splits = 0;
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int i = 0; i < length; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        QStringList expected = text.split(br);
        for (QString &line : expected)
            line = MermaidLexer::decodeEntities(line.trimmed());
        QCOMPARE(MermaidLexer::labelLines(text), expected);
        splits += int(expected.size()) - 1;
    }
    QVERIFY2(splits > 5000, qPrintable(QString::number(splits)));
}

QTEST_GUILESS_MAIN(TestMermaidImport)
#include "tst_mermaidimport.moc"
