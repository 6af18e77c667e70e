// Export and conversion of imported Mermaid: the JSON shapes `archscape convert` promises, DOT that
// Graphviz reads back with the same labels, round trips import(export(x)) == x for the model's
// diagrams, quadrant and roadmap and for the document's blocks, and the command line itself
// (convert and export --input, run as the real binary).
#include "mermaid/dotwriter.h"
#include "mermaid/markdownimport.h"
#include "mermaid/mermaidimport.h"
#include "mermaid/mermaidjson.h"
#include "mermaid/mermaidwriter.h"
#include "modelloader.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;
using Json = nlohmann::ordered_json;

namespace {

const QString dataDir = QStringLiteral(ARCHSCAPE_TEST_DATA);

const Catalog &catalog()
{
    static const LoadResult result = ModelLoader::loadEmbedded();
    static const Catalog empty;
    return result.ok() ? *result.catalog : empty;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(u" | ");
}

std::vector<std::string> keys(const Json &object)
{
    std::vector<std::string> result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.push_back(it.key());
    return result;
}

// The first difference between two flowcharts, or an empty string. `extras` compares what only
// Mermaid holds (raw classDef properties, styles, subgraph directions) as well.
QString difference(const MermaidFlowchart &a, const MermaidFlowchart &b, bool extras)
{
    const Diagram &x = a.diagram;
    const Diagram &y = b.diagram;
    if (x.direction != y.direction)
        return u"direction "_s + x.direction + u" vs "_s + y.direction;
    if (x.title != y.title)
        return u"title "_s + x.title + u" vs "_s + y.title;
    if (x.subgraphs.size() != y.subgraphs.size())
        return u"subgraph count"_s;
    for (qsizetype i = 0; i < x.subgraphs.size(); ++i) {
        const Subgraph &s = x.subgraphs.at(i);
        const Subgraph &t = y.subgraphs.at(i);
        if (s.id != t.id || s.title != t.title || s.parent != t.parent)
            return u"subgraph "_s + s.id + u" vs "_s + t.id;
    }
    if (x.nodes.size() != y.nodes.size())
        return u"node count %1 vs %2"_s.arg(x.nodes.size()).arg(y.nodes.size());
    for (qsizetype i = 0; i < x.nodes.size(); ++i) {
        const DiagramNode &n = x.nodes.at(i);
        const DiagramNode &m = y.nodes.at(i);
        if (n.id != m.id || n.label != m.label || n.shape != m.shape || n.subgraph != m.subgraph || n.className != m.className
            || a.classesOf(n.id) != b.classesOf(m.id))
            return u"node "_s + n.id + u" ["_s + n.label.join(u'|') + u"] "_s + n.shape + u' ' + n.subgraph + u" vs "_s + m.id
                   + u" ["_s + m.label.join(u'|') + u"] "_s + m.shape + u' ' + m.subgraph;
    }
    if (x.edges.size() != y.edges.size())
        return u"edge count"_s;
    for (qsizetype i = 0; i < x.edges.size(); ++i) {
        const DiagramEdge &e = x.edges.at(i);
        const DiagramEdge &f = y.edges.at(i);
        if (e.from != f.from || e.to != f.to || e.style != f.style || e.bidirectional != f.bidirectional || e.label != f.label
            || e.group != f.group || a.headOf(i) != b.headOf(i))
            return u"edge "_s + QString::number(i) + u' ' + e.from + u"->"_s + e.to + u" ["_s + e.label + u"] "_s + e.group;
    }
    if (x.classDefs.size() != y.classDefs.size())
        return u"classDef count"_s;
    for (qsizetype i = 0; i < x.classDefs.size(); ++i) {
        const ClassDef &c = x.classDefs.at(i);
        const ClassDef &d = y.classDefs.at(i);
        if (c.name != d.name || c.fill != d.fill || c.stroke != d.stroke || c.text != d.text)
            return u"classDef "_s + c.name;
    }
    if (extras && (a.classDefProperties != b.classDefProperties || a.styles != b.styles || a.subgraphDirections != b.subgraphDirections))
        return u"Mermaid-only properties"_s;
    return {};
}

MermaidDocument reimported(const MermaidDocument &doc)
{
    return MermaidImport::parse(MermaidWriter::document(doc).toUtf8());
}

// Graphviz's reading of a label: its escapes and HTML entities decoded.
QString graphvizText(const QString &raw)
{
    QString out;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) == u'\\' && i + 1 < raw.size()) {
            const QChar next = raw.at(++i);
            out += next == u'n' || next == u'l' || next == u'r' ? QChar(u'\n') : next;
        } else {
            out += raw.at(i);
        }
    }
    static const QRegularExpression entity(u"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|quot|lt|gt);"_s);
    QString decoded;
    qsizetype last = 0;
    auto it = entity.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        decoded += out.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t c = name == u"amp" ? U'&' : name == u"quot" ? U'"' : name == u"lt" ? U'<' : name == u"gt" ? U'>'
                   : name.startsWith(u"#x")                   ? name.mid(2).toUInt(nullptr, 16)
                                                              : name.mid(1).toUInt();
        decoded += QStringView(QChar::fromUcs4(c));
        last = m.capturedEnd();
    }
    return decoded + out.mid(last);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ARCHSCAPE_EXE), arguments);
    Run result;
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

const QByteArray everything = "flowchart RL\n"
                              "  subgraph Outer[\"Outer (box)\"]\n"
                              "    direction TB\n"
                              "    R[Rect<br/>two lines] --> O(Rounded)\n"
                              "    subgraph Inner\n"
                              "      S([Stadium]) -.- C[(Cylinder)]\n"
                              "    end\n"
                              "  end\n"
                              "  Ci((Circle)) ==> D{Decision}\n"
                              "  H{{Hexagon}} <-->|both ways| P[/Parallel/]\n"
                              "  A>Asymmetric] --o R\n"
                              "  A --x D\n"
                              "  classDef hot fill:#f96,stroke:#333,color:#fff\n"
                              "  classDef cold fill:#00f\n"
                              "  class R hot\n"
                              "  class R,A cold\n";

} // namespace

class TestConvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flowchartJsonHasTheSpecifiedShape();
    void ganttJsonHasTheSpecifiedShape();
    void quadrantJsonHasTheSpecifiedShape();
    void dotIsReadBackByGraphvizWithTheSameLabels();
    void dotKeepsHostileTextInsideItsStrings();

    void modelDiagramsRoundTrip_data();
    void modelDiagramsRoundTrip();
    void modelQuadrantRoundTrips();
    void modelRoadmapRoundTrips();
    void documentBlocksRoundTrip_data();
    void documentBlocksRoundTrip();
    void unusualFlowchartsRoundTrip_data();
    void unusualFlowchartsRoundTrip();
    void ganttTagsAndEndDatesRoundTrip();
    void ganttTasksNamedLikeStatementsRoundTrip_data();
    void ganttTasksNamedLikeStatementsRoundTrip();

    void convertMarkdownToJsonGivesAnArray();
    void convertMarkdownToDotAndMermaidComments();
    void convertModelFile();
    void convertWritesOutputFile();
    void convertErrors_data();
    void convertErrors();
    void exportInputDrawsMermaid();
    void exportInputDrawsEveryBlockOfADocument();
    void exportInputErrors();
};

void TestConvert::flowchartJsonHasTheSpecifiedShape()
{
    const MermaidDocument doc = MermaidImport::parse(everything);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    const Json json = MermaidJson::flowchart(doc.flowchart);
    QCOMPARE(keys(json), (std::vector<std::string>{"direction", "nodes", "edges", "subgraphs"}));
    QCOMPARE(json.at("direction").get<std::string>(), "RL");

    std::map<std::string, std::string> shapes;
    for (const Json &node : json.at("nodes")) {
        QCOMPARE(keys(node), (std::vector<std::string>{"id", "label", "shape", "subgraph", "classes"}));
        shapes[node.at("id").get<std::string>()] = node.at("shape").get<std::string>();
    }
    const std::map<std::string, std::string> expectedShapes = {
        {"R", "rect"},     {"O", "rounded"},  {"S", "stadium"},        {"C", "cylinder"},     {"Ci", "circle"},
        {"D", "decision"}, {"H", "hexagon"},  {"P", "parallelogram"}, {"A", "asymmetric"}};
    QVERIFY(shapes == expectedShapes);
    const Json &r = json.at("nodes").at(0);
    QCOMPARE(r.at("label").get<std::string>(), "Rect\ntwo lines");
    QCOMPARE(r.at("subgraph").get<std::string>(), "Outer");
    QVERIFY(r.at("classes") == Json::array({"hot", "cold"}));
    QVERIFY(json.at("nodes").at(4).at("subgraph").is_null()); // Ci is outside every subgraph
    QCOMPARE(json.at("nodes").at(2).at("subgraph").get<std::string>(), "Inner");

    const Json &edges = json.at("edges");
    QCOMPARE(edges.size(), size_t(6));
    for (const Json &edge : edges)
        QCOMPARE(keys(edge), (std::vector<std::string>{"from", "to", "style", "arrow", "bidirectional", "label"}));
    QVERIFY(edges.at(1) == (Json{{"from", "S"}, {"to", "C"}, {"style", "dashed"}, {"arrow", false}, {"bidirectional", false}, {"label", ""}}));
    QVERIFY(edges.at(2) == (Json{{"from", "Ci"}, {"to", "D"}, {"style", "thick"}, {"arrow", true}, {"bidirectional", false}, {"label", ""}}));
    QVERIFY(edges.at(3) == (Json{{"from", "H"}, {"to", "P"}, {"style", "solid"}, {"arrow", true}, {"bidirectional", true}, {"label", "both ways"}}));

    const Json &subgraphs = json.at("subgraphs");
    QVERIFY(subgraphs.at(0) == (Json{{"id", "Outer"}, {"title", "Outer (box)"}, {"parent", nullptr}, {"direction", "TB"}}));
    QVERIFY(subgraphs.at(1) == (Json{{"id", "Inner"}, {"title", "Inner"}, {"parent", "Outer"}, {"direction", nullptr}}));
}

void TestConvert::ganttJsonHasTheSpecifiedShape()
{
    const MermaidDocument doc = MermaidImport::parse(readFile(dataDir + u"/mermaid/roadmap.mmd"_s));
    QVERIFY(doc.ok());
    const Json json = MermaidJson::gantt(doc.gantt);
    QCOMPARE(keys(json), std::vector<std::string>{"tasks"});
    const Json &tasks = json.at("tasks");
    QCOMPARE(tasks.size(), size_t(10));
    for (const Json &task : tasks)
        QCOMPARE(keys(task), (std::vector<std::string>{"id", "name", "section", "start", "end", "milestone", "crit", "done", "active", "after"}));
    // The document's figures, resolved the way Mermaid draws them: CQRS takes the three months after
    // the foundation; microservices the six months after CQRS.
    QVERIFY(tasks.at(0) == (Json{{"id", "foundation"}, {"name", "Traditional Architecture"}, {"section", "Foundation"},
                                 {"start", "2024-01-01"}, {"end", "2024-01-01"}, {"milestone", true}, {"crit", false},
                                 {"done", false}, {"active", false}, {"after", Json::array()}}));
    QCOMPARE(tasks.at(1).at("start").get<std::string>(), "2024-01-01");
    QCOMPARE(tasks.at(1).at("end").get<std::string>(), "2024-04-01");
    QCOMPARE(tasks.at(2).at("end").get<std::string>(), "2024-10-01");
    QVERIFY(tasks.at(2).at("after") == Json::array({"cqrs"}));
}

void TestConvert::quadrantJsonHasTheSpecifiedShape()
{
    const MermaidDocument doc = MermaidImport::parse("quadrantChart\n title T\n x-axis L --> R\n y-axis B --> U\n"
                                                     " quadrant-1 one\n quadrant-3 three\n P: [0.25, 0.75]\n"_ba);
    QVERIFY(doc.ok());
    const Json json = MermaidJson::quadrant(doc.quadrant);
    QCOMPARE(keys(json), (std::vector<std::string>{"title", "x_axis", "y_axis", "quadrants", "points"}));
    QVERIFY(json == (Json{{"title", "T"},
                          {"x_axis", {"L", "R"}},
                          {"y_axis", {"B", "U"}},
                          {"quadrants", {"one", "", "three", ""}},
                          {"points", Json::array({Json{{"name", "P"}, {"x", 0.25}, {"y", 0.75}}})}}));
}

void TestConvert::dotIsReadBackByGraphvizWithTheSameLabels()
{
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty())
        QSKIP("Graphviz's dot is not installed");
    const QByteArray text = "graph TB\n"
                            "  subgraph S[\"Say #quot;hi#quot; (back\\\\slash)\"]\n"
                            "    A[\"quote #quot; back\\\\slash & amp\"] -. \"dashed\" .-> B[Line one<br/>line two]\n"
                            "  end\n"
                            "  B ==>|thick| C[\"Ctrl\t\u202Ebidi\"]\n"
                            "  C <-->|both| A\n"
                            "  C --- B\n";
    const MermaidDocument doc = MermaidImport::parse(text);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"g.dot"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(DotWriter::diagram(doc.flowchart).toUtf8());
    file.close();
    QProcess process;
    process.start(dot, {u"-Tjson"_s, path});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const Json json = Json::parse(process.readAllStandardOutput().toStdString());

    std::map<QString, QString> labels; // node or cluster name -> label as Graphviz draws it
    for (const Json &object : json.at("objects"))
        labels[QString::fromStdString(object.at("name").get<std::string>())] = graphvizText(QString::fromStdString(object.value("label", "")));
    const Diagram &d = doc.flowchart.diagram;
    for (const DiagramNode &node : d.nodes)
        QCOMPARE(labels[node.id], node.label.join(u'\n'));
    QCOMPARE(labels[u"cluster_S"_s], d.subgraphs.first().title);
    QVERIFY(d.subgraphs.first().title.contains(u'"'));
    QVERIFY(d.nodes.at(2).label.first().contains(QChar(0x202E)));

    // Graphviz may list edges in another order: each is found by its (unique) label.
    const Json &edges = json.at("edges");
    QCOMPARE(edges.size(), size_t(d.edges.size()));
    std::map<QString, Json> byLabel;
    for (const Json &edge : edges)
        byLabel[graphvizText(QString::fromStdString(edge.value("label", "")))] = edge;
    for (const DiagramEdge &edge : d.edges)
        QVERIFY2(byLabel.count(edge.label), qPrintable(edge.label));
    QCOMPARE(byLabel[u"dashed"_s].value("style", ""), "dashed");
    QCOMPARE(byLabel[u"thick"_s].value("penwidth", ""), "2");
    QCOMPARE(byLabel[u"both"_s].value("dir", ""), "both");
    QCOMPARE(byLabel[QString()].value("dir", ""), "none");
}

void TestConvert::dotKeepsHostileTextInsideItsStrings()
{
    // Text that would close the string and add a node if it were not escaped.
    const QString quoted = DotWriter::quoted(u"x\"]; evil [label=\"pwned\\"_s + QChar(0x202E) + QChar(0x07));
    QCOMPARE(quoted, u"\"x\\\"]; evil [label=\\\"pwned\\\\&#x202E;&#x7;\""_s);
    QVERIFY(!quoted.contains(QChar(0x202E)));
}

void TestConvert::modelDiagramsRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    for (const Diagram &diagram : catalog().diagrams)
        QTest::addRow("diagram %s", qPrintable(diagram.id)) << diagram.id;
}

void TestConvert::modelDiagramsRoundTrip()
{
    QFETCH(QString, id);
    MermaidDocument original;
    original.kind = MermaidDocument::Kind::Flowchart;
    original.flowchart = MermaidFlowchart::fromDiagram(*catalog().diagram(id));
    const MermaidDocument back = reimported(original);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(describe(back.diagnostics)));
    const QString diff = difference(original.flowchart, back.flowchart, false);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestConvert::modelQuadrantRoundTrips()
{
    MermaidDocument original;
    original.kind = MermaidDocument::Kind::Quadrant;
    original.quadrant.spec = catalog().antiPatterns.quadrant;
    for (const AntiPattern &item : catalog().antiPatterns.items)
        original.quadrant.points.append({item.name, item.risk, item.impact});
    QVERIFY(!original.quadrant.points.isEmpty());
    const MermaidDocument back = reimported(original);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(back.quadrant.spec.title, original.quadrant.spec.title);
    QCOMPARE(back.quadrant.spec.xLow, original.quadrant.spec.xLow);
    QCOMPARE(back.quadrant.spec.xHigh, original.quadrant.spec.xHigh);
    QCOMPARE(back.quadrant.spec.yLow, original.quadrant.spec.yLow);
    QCOMPARE(back.quadrant.spec.yHigh, original.quadrant.spec.yHigh);
    QCOMPARE(back.quadrant.spec.quadrants, original.quadrant.spec.quadrants);
    QCOMPARE(back.quadrant.points, original.quadrant.points);

    // Found by the fuzz_mermaid campaign: a point read as 0.000...049 was written 4.9e-92, which
    // neither Mermaid nor the import reads. Every value comes back exact, in fixed notation.
    MermaidDocument extremes;
    extremes.kind = MermaidDocument::Kind::Quadrant;
    extremes.quadrant.spec = original.quadrant.spec;
    extremes.quadrant.points = {{u"tiny"_s, 4.9e-92, 1.0}, {u"third"_s, 1.0 / 3.0, 0.0}, {u"edge"_s, 0.99999999999999989, 5e-324}};
    const QString written = MermaidWriter::document(extremes);
    const QStringList pointLines = written.split(u'\n').filter(u": ["_s);
    QCOMPARE(pointLines.size(), 3);
    for (const QString &line : pointLines)
        QVERIFY2(!line.mid(line.indexOf(u'[')).contains(u'e'), qPrintable(line));
    const MermaidDocument extremesBack = reimported(extremes);
    QVERIFY2(extremesBack.ok(), qPrintable(describe(extremesBack.diagnostics) + u"\n"_s + written));
    QCOMPARE(extremesBack.quadrant.points, extremes.quadrant.points);
}

void TestConvert::modelRoadmapRoundTrips()
{
    MermaidDocument original;
    original.kind = MermaidDocument::Kind::Gantt;
    original.gantt.roadmap = catalog().roadmap;
    const MermaidDocument back = reimported(original);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(MermaidJson::gantt(back.gantt).dump(), MermaidJson::gantt(original.gantt).dump());
    QCOMPARE(back.gantt.roadmap.title, original.gantt.roadmap.title);
    QCOMPARE(back.gantt.roadmap.dateFormat, original.gantt.roadmap.dateFormat);
}

void TestConvert::documentBlocksRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir + u"/mermaid"_s).entryList({u"*.mmd"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 11);
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << file;
}

void TestConvert::documentBlocksRoundTrip()
{
    QFETCH(QString, file);
    const MermaidDocument doc = MermaidImport::parse(readFile(dataDir + u"/mermaid/"_s + file));
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    const MermaidDocument back = reimported(doc);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(back.kind, doc.kind);
    if (doc.kind == MermaidDocument::Kind::Flowchart) {
        const QString diff = difference(doc.flowchart, back.flowchart, true);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
    // Every kind: the same JSON, and writing again gives the same text.
    QCOMPARE(MermaidJson::document(back).dump(), MermaidJson::document(doc).dump());
    QCOMPARE(MermaidWriter::document(back), MermaidWriter::document(doc));
}

void TestConvert::unusualFlowchartsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("every shape, head, class and nesting") << everything;
    QTest::newRow("nodes met in an order that does not follow their subgraphs")
        << "graph LR\n  A --> B\n  subgraph S1\n    B\n  end\n  C\n  subgraph S2[Two]\n    A\n  end\n"_ba;
    QTest::newRow("labels with brackets, quotes, entities and bars")
        << "graph TB\n  A[\"a [b] (c) {d} #quot;e#quot; #35;f; g|h\"] -->|\"x|y (z)\"| B(\"#35;quot; stays\")\n"_ba;
    QTest::newRow("a subgraph titled with spaces gets Mermaid's id")
        << "graph TB\n  subgraph Has spaces\n    A\n  end\n  subgraph Other one\n    subgraph Deep one\n      B\n    end\n  end\n"_ba;
    QTest::newRow("styles, groups that end, and bidirectional circles and crosses")
        << "graph TB\n  %% first\n  A o--o B\n  %%\n  B x==x C\n  C <-.-> A\n  style A fill:#f9f,stroke-width:4px\n"_ba;
    QTest::newRow("front matter title") << "---\ntitle: Hello: world\n---\ngraph TB\n  A\n"_ba;
    // Found by the fuzz_mermaid campaign: a label starting with a slash was written unquoted,
    // "A[/path]", which reads back as an unclosed parallelogram.
    QTest::newRow("labels starting or ending with slashes")
        << "flowchart LR\n  A[\"/path\"] --> B[\"path/\"]\n  C(\"\\\\back\") -->|\"/x/\"| D{\"slash\\\\\"}\n"
           "  E[/\"/both/\"/] --> F[\"a\"]\n"_ba;
    // Found by the fuzz_mermaid campaign: `subgraph a<br/>b"c]` took its written text as its id
    // beside the title "a b"c]", and `subgraph <that id>["..."]` does not read back.
    QTest::newRow("subgraph titles shown differently from how they are written")
        << "flowchart TB\n  subgraph a<br/>b\"\"c]\n    A\n  end\n  subgraph \"x#35;y\"\n    B\n  end\n"
           "  subgraph api.v1\n    C\n  end\n  subgraph plain\n    D\n  end\n  D --> plain\n"_ba;
}

void TestConvert::unusualFlowchartsRoundTrip()
{
    QFETCH(QByteArray, text);
    const MermaidDocument doc = MermaidImport::parse(text);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    const MermaidDocument back = reimported(doc);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics) + u"\n"_s + MermaidWriter::document(doc)));
    const QString diff = difference(doc.flowchart, back.flowchart, true);
    QVERIFY2(diff.isEmpty(), qPrintable(diff + u"\n"_s + MermaidWriter::document(doc)));
}

void TestConvert::ganttTagsAndEndDatesRoundTrip()
{
    const MermaidDocument doc = MermaidImport::parse("gantt\n  dateFormat DD/MM/YYYY\n  axisFormat %d %b\n  Prep :2024-01-01, 3d\n"
                                                     "  section Work\n  Build :done, crit, b, 05/01/2024, 20/01/2024\n"
                                                     "  Test :active, t, after b task1, 25/01/2024\n  Ship :milestone, s, after t, 0d\n"_ba);
    QVERIFY(!doc.ok()); // 2024-01-01 is not DD/MM/YYYY
    const MermaidDocument fixed = MermaidImport::parse("gantt\n  dateFormat DD/MM/YYYY\n  axisFormat %d %b\n  Prep :01/01/2024, 3d\n"
                                                       "  section Work\n  Build :done, crit, b, 05/01/2024, 20/01/2024\n"
                                                       "  Test :active, t, after b task1, 25/01/2024\n  Ship :milestone, s, after t, 0d\n"_ba);
    QVERIFY2(fixed.ok(), qPrintable(describe(fixed.diagnostics)));
    const Json json = MermaidJson::gantt(fixed.gantt);
    QCOMPARE(json.at("tasks").at(2).at("start").get<std::string>(), "2024-01-20");
    QCOMPARE(json.at("tasks").at(2).at("end").get<std::string>(), "2024-01-25"); // an end date after a dependency
    QCOMPARE(json.at("tasks").at(3).at("start").get<std::string>(), "2024-01-25");
    const MermaidDocument back = reimported(fixed);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics)));
    QCOMPARE(MermaidJson::gantt(back.gantt).dump(), json.dump());
    QCOMPARE(back.gantt.axisFormat, u"%d %b"_s);
    QCOMPARE(back.gantt.roadmap.dateFormat, u"DD/MM/YYYY"_s);
}

void TestConvert::ganttTasksNamedLikeStatementsRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    // Found by the fuzz_mermaid campaign: "dateFormat:s, 2024-01-01, 1d" is a task called
    // dateFormat (the keyword needs a space after it), and was written back as "dateFormat :s, ...",
    // which reads as a date format statement.
    for (const char *name : {"dateFormat", "title", "section", "axisFormat", "excludes", "click", "todayMarker", "tickInterval",
                             "weekday", "topAxis", "inclusiveEndDates", "displayMode", "includes", "weekend", "SECTION"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestConvert::ganttTasksNamedLikeStatementsRoundTrip()
{
    QFETCH(QString, name);
    const QByteArray text = "gantt\n    dateFormat YYYY-MM-DD\n    " + name.toUtf8() + ":s, 2024-01-01, 1d\n    Next :n, after s, 2d\n";
    const MermaidDocument doc = MermaidImport::parse(text);
    QVERIFY2(doc.ok(), qPrintable(describe(doc.diagnostics)));
    QCOMPARE(doc.gantt.roadmap.sections.value(0).tasks.value(0).name, name);
    const MermaidDocument back = reimported(doc);
    QVERIFY2(back.ok(), qPrintable(describe(back.diagnostics) + u"\n"_s + MermaidWriter::document(doc)));
    QCOMPARE(MermaidJson::gantt(back.gantt).dump(), MermaidJson::gantt(doc.gantt).dump());
    // Written with the colon close, which Mermaid reads as a task as well.
    QVERIFY(MermaidWriter::document(doc).contains(u"    "_s + name + u":s, 2024-01-01, 1d"_s));
    QVERIFY(MermaidWriter::document(doc).contains(u"    Next :n, after s, 2d"_s));
}

void TestConvert::convertMarkdownToJsonGivesAnArray()
{
    const Run r = run({u"convert"_s, dataDir + u"/system-patterns.md"_s, u"--to"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json json = Json::parse(r.out.toStdString());
    QVERIFY(json.is_array());
    QCOMPARE(json.size(), size_t(11));
    QVERIFY(json.at(0).contains("nodes"));
    QVERIFY(json.at(9).contains("points"));
    QVERIFY(json.at(10).contains("tasks"));
    // Each element is what converting the block's own file gives.
    const Run single = run({u"convert"_s, dataDir + u"/mermaid/cqrs.mmd"_s, u"--to"_s, u"json"_s});
    QCOMPARE(single.exitCode, 0);
    QVERIFY(Json::parse(single.out.toStdString()) == json.at(0));
}

void TestConvert::convertMarkdownToDotAndMermaidComments()
{
    const Run dot = run({u"convert"_s, dataDir + u"/system-patterns.md"_s, u"--to"_s, u"dot"_s});
    QCOMPARE(dot.exitCode, 0);
    const QString dotText = QString::fromUtf8(dot.out);
    QCOMPARE(dotText.count(u"\ndigraph "_s) + int(dotText.startsWith(u"digraph "_s)), 9);
    QVERIFY(dotText.startsWith(u"// CQRS (Command Query Responsibility Segregation)\ndigraph "_s));
    QVERIFY(dotText.contains(u"// Anti-Patterns and Common Mistakes\n"_s));
    QVERIFY(dotText.contains(u"subgraph \"cluster_EdgePlane\" {\n        label=\"Edge Plane\";"_s));
    QVERIFY(dotText.contains(u"\"WRITE_LB\" [label=\"Write Load Balancer\\np99: 5ms\\n50K TPS\""_s));
    QVERIFY(!dot.err.isEmpty()); // the quadrant and the gantt have no DOT form, and it says so

    const Run mermaid = run({u"convert"_s, dataDir + u"/system-patterns.md"_s, u"--to"_s, u"mermaid"_s});
    QCOMPARE(mermaid.exitCode, 0);
    const QString text = QString::fromUtf8(mermaid.out);
    const QStringList blocks = text.split(QRegularExpression(u"(^|\n)(?=%% )"_s), Qt::SkipEmptyParts);
    QCOMPARE(blocks.size(), 11);
    QVERIFY(blocks.first().startsWith(u"%% CQRS (Command Query Responsibility Segregation)\n"_s));
    const MermaidDocument first = MermaidImport::parse(blocks.first().toUtf8());
    QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics)));
    QCOMPARE(first.flowchart.diagram.nodes.size(), catalog().diagram(u"cqrs"_s)->nodes.size());
}

void TestConvert::convertModelFile()
{
    QTemporaryDir dir;
    const QString model = dir.filePath(u"model.json"_s);
    QVERIFY(QFile::copy(u":/archscape/model/system-patterns.json"_s, model) || QFile::copy(QStringLiteral(ARCHSCAPE_MODEL_FILE), model));
    const Run r = run({u"convert"_s, model, u"--to"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const Json json = Json::parse(r.out.toStdString());
    QCOMPARE(json.size(), size_t(catalog().diagrams.size() + 2));
}

void TestConvert::convertWritesOutputFile()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(u"cqrs.dot"_s);
    const Run r = run({u"convert"_s, dataDir + u"/mermaid/cqrs.mmd"_s, u"--output"_s, output});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(readFile(output).startsWith("digraph \"G\" {\n    rankdir=TB;")); // the format follows the extension
}

void TestConvert::convertErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no input") << QStringList{} << QByteArray() << u"INPUT is missing"_s;
    QTest::newRow("an unknown format") << QStringList{u"--to"_s, u"yaml"_s} << "graph TB\n  A\n"_ba << u"--to must be mermaid, dot or json"_s;
    QTest::newRow("an error in the input") << QStringList{} << "graph TB\n  A -->\n"_ba << u"in.mmd:2:8: error: unexpected end of line; expected a node id"_s;
    QTest::newRow("a gantt has no DOT form") << QStringList{u"--to"_s, u"dot"_s} << "gantt\n  A :a, 2024-01-01, 1d\n"_ba << u"DOT is for flowcharts"_s;
}

void TestConvert::convertErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QStringList args{u"convert"_s};
    if (!content.isEmpty()) {
        QFile file(dir.filePath(u"in.mmd"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        args.append(file.fileName());
    }
    const Run r = run(args + arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

void TestConvert::exportInputDrawsMermaid()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"cqrs.svg"_s);
    const Run r = run({u"export"_s, u"--input"_s, dataDir + u"/mermaid/cqrs.mmd"_s, u"--output"_s, svg});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(readFile(svg));
    QVERIFY(text.contains(u"<svg"_s));
    QVERIFY(text.contains(u">Write Load Balancer</text>"_s));
    QVERIFY(text.contains(u">Edge Plane</text>"_s));
    const QString png = dir.filePath(u"roadmap.png"_s);
    const Run g = run({u"export"_s, u"--input"_s, dataDir + u"/mermaid/roadmap.mmd"_s, u"--format"_s, u"png"_s, u"--output"_s, png});
    QVERIFY2(g.exitCode == 0, g.err.constData());
    QVERIFY(readFile(png).startsWith("\x89PNG"));
}

void TestConvert::exportInputDrawsEveryBlockOfADocument()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"blocks"_s);
    const Run r = run({u"export"_s, u"--input"_s, dataDir + u"/system-patterns.md"_s, u"--format"_s, u"svg"_s, u"--output"_s, out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList files = QDir(out).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 11);
    QCOMPARE(files.first(), u"01-cqrs-command-query-responsibility-segregation.svg"_s);
    QCOMPARE(files.at(9), u"10-anti-patterns-and-common-mistakes.svg"_s);
    QVERIFY(QString::fromUtf8(readFile(QDir(out).filePath(files.at(9)))).contains(u"Distributed Monolith"_s));
    QVERIFY(QString::fromUtf8(readFile(QDir(out).filePath(files.at(10)))).contains(u"Add CQRS"_s));
}

void TestConvert::exportInputErrors()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.mmd"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("graph TB\n  A[unclosed\n");
    file.close();
    const Run r = run({u"export"_s, u"--input"_s, file.fileName(), u"--output"_s, dir.filePath(u"x.svg"_s)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("bad.mmd:2:"), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"x.svg"_s)));
    const Run missing = run({u"export"_s, u"--input"_s, dir.filePath(u"none.mmd"_s), u"--output"_s, dir.filePath(u"y.svg"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("does not exist"));
}

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
