// libFuzzer target: any text as a label, written to DOT by DotWriter and read back by Graphviz's
// own parser (agmemread). The property: no syntax error, the graph keeps its two nodes, one edge
// and one cluster, and every label (a node's lines, an edge label, a subgraph title) decodes to
// exactly the text that was written, so quotes, backslashes, angle brackets, braces, line breaks,
// NUL and bidi controls can neither end a string nor inject attributes. Decoding follows
// Graphviz's own steps for a plain label (tests/support/dotlabelreader.cpp).
#include "dotlabelreader.h"
#include "mermaid/dotwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace archscape;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One label from the bytes (invalid UTF-8 becomes U+FFFD, a character like any other).
    const QString label = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    MermaidFlowchart chart;
    Diagram &d = chart.diagram;
    d.direction = QStringLiteral("LR");
    Subgraph s;
    s.id = QStringLiteral("S");
    s.title = label;
    d.subgraphs = {s};
    DiagramNode a;
    a.id = QStringLiteral("A");
    a.label = label.split(u'\n');
    a.subgraph = QStringLiteral("S");
    DiagramNode b;
    b.id = QStringLiteral("B");
    b.label = {QStringLiteral("B")};
    d.nodes = {a, b};
    DiagramEdge e;
    e.from = QStringLiteral("A");
    e.to = QStringLiteral("B");
    e.label = label;
    d.edges = {e};
    chart.edgeHeads = {MermaidEdgeHead::Arrow};

    const QByteArray dot = DotWriter::diagram(chart).toUtf8();
    // A Graphviz string is a C string, so NUL cannot pass: the writer's rule for it (dotwriter.h).
    QString expected = label;
    expected.replace(QChar(u'\0'), QChar(DotWriter::nulReplacement));

    const std::optional<DotLabels> back = readDotLabels(dot);
    if (!back || back->nameEscape || back->nodeLabel != expected || back->edgeLabel != expected
        || back->clusterLabel != expected) {
        std::fprintf(stderr, "%s:\n%s\n", back ? "a label changed on its way through DOT" : "Graphviz did not read the DOT back",
                     dot.constData());
        std::abort();
    }
    return 0;
}
