#include "dotwriter.h"

#include <QRegularExpression>

#include <functional>

namespace archscape {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// CSS's short #rgb is not a Graphviz colour; #rrggbb is.
QString colour(const QString &css)
{
    const QString c = css.trimmed();
    static const QRegularExpression shortHex(QStringLiteral("^#[0-9A-Fa-f]{3}$"));
    if (!shortHex.match(c).hasMatch())
        return c;
    return u'#' + QString(c.at(1)) + c.at(1) + c.at(2) + c.at(2) + c.at(3) + c.at(3);
}

// The node's shape and style attributes, its class colours included.
QString nodeAttributes(const DiagramNode &node, const ClassDef *def)
{
    QString shape = QStringLiteral("box");
    QStringList style;
    if (node.shape == u"rounded" || node.shape == u"stadium")
        style.append(QStringLiteral("rounded"));
    else if (node.shape == u"cylinder" || node.shape == u"circle" || node.shape == u"hexagon" || node.shape == u"parallelogram"
             || node.shape == u"diamond")
        shape = node.shape;
    else if (node.shape == u"flag")
        shape = QStringLiteral("cds");
    QString out = QStringLiteral(", shape=") + shape;
    if (def && !def->fill.isEmpty()) {
        style.append(QStringLiteral("filled"));
        out += QStringLiteral(", fillcolor=") + DotWriter::quoted(colour(def->fill));
    }
    if (def && !def->stroke.isEmpty())
        out += QStringLiteral(", color=") + DotWriter::quoted(colour(def->stroke));
    if (def && !def->text.isEmpty())
        out += QStringLiteral(", fontcolor=") + DotWriter::quoted(colour(def->text));
    if (!style.isEmpty())
        out += QStringLiteral(", style=\"") + style.join(u',') + u'"';
    return out;
}

} // namespace

QString DotWriter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    const QList<uint> codes = text.toUcs4();
    for (const uint c : codes) {
        if (c == u'"') {
            out += QStringLiteral("\\\"");
        } else if (c == u'\\') {
            out += QStringLiteral("\\\\");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c == 0) {
            out += QChar(nulReplacement);
        } else if (c == u'&') {
            out += QStringLiteral("&amp;");
        } else if (c < 0x20 || (c >= 0x80 && c < 0xA0) || isBidiControl(c) || c == 0x2028 || c == 0x2029) {
            // DEL (0x7F) is written as it is: Graphviz 2.42's entity decoder turns &#x7F; into
            // an overlong two-byte sequence (found by tests/fuzz/fuzz_dotwriter.cpp).
            out += QStringLiteral("&#x") + QString::number(c, 16).toUpper() + u';';
        } else {
            // Not QString::fromUcs4(&c, 1): it reads a lone U+FEFF as a byte order mark and drops
            // it (found by the fuzz_dotwriter campaign).
            out += QStringView(QChar::fromUcs4(char32_t(c)));
        }
    }
    out += u'"';
    return out;
}

QString DotWriter::diagram(const MermaidFlowchart &chart, const QString &graphName)
{
    const Diagram &d = chart.diagram;
    QString out = QStringLiteral("digraph ") + quoted(graphName) + QStringLiteral(" {\n");
    out += QStringLiteral("    rankdir=") + (d.direction.isEmpty() ? QStringLiteral("TB") : d.direction) + QStringLiteral(";\n");
    out += QStringLiteral("    node [shape=box];\n");

    QHash<QString, int> subgraphIndex;
    for (qsizetype i = 0; i < d.subgraphs.size(); ++i)
        subgraphIndex.insert(d.subgraphs.at(i).id, int(i));
    QList<QList<int>> children(d.subgraphs.size());
    QList<int> top;
    for (qsizetype i = 0; i < d.subgraphs.size(); ++i) {
        const int parent = subgraphIndex.value(d.subgraphs.at(i).parent, -1);
        (parent >= 0 && parent != i ? children[parent] : top).append(int(i));
    }
    QList<QList<int>> nodesIn(d.subgraphs.size());
    QList<int> topNodes;
    for (qsizetype i = 0; i < d.nodes.size(); ++i) {
        const int s = subgraphIndex.value(d.nodes.at(i).subgraph, -1);
        (s >= 0 ? nodesIn[s] : topNodes).append(int(i));
    }
    auto node = [&](int n, const QString &pad) {
        const DiagramNode &dn = d.nodes.at(n);
        out += pad + quoted(dn.id) + QStringLiteral(" [label=") + quoted(dn.label.join(u'\n'))
               + nodeAttributes(dn, d.classDef(dn.className)) + QStringLiteral("];\n");
    };
    const std::function<void(int, int)> cluster = [&](int s, int depth) {
        const Subgraph &sub = d.subgraphs.at(s);
        const QString pad = QString(4 * depth, u' ');
        out += pad + QStringLiteral("subgraph ") + quoted(QStringLiteral("cluster_") + sub.id) + QStringLiteral(" {\n");
        out += pad + QStringLiteral("    label=") + quoted(sub.title) + QStringLiteral(";\n");
        if (const QString dir = chart.subgraphDirections.value(sub.id); !dir.isEmpty())
            out += pad + QStringLiteral("    rankdir=") + dir + QStringLiteral(";\n");
        for (int n : std::as_const(nodesIn.at(s)))
            node(n, pad + QStringLiteral("    "));
        for (int child : std::as_const(children.at(s)))
            cluster(child, depth + 1);
        out += pad + QStringLiteral("}\n");
    };
    for (int n : std::as_const(topNodes))
        node(n, QStringLiteral("    "));
    for (int s : std::as_const(top))
        cluster(s, 1);

    for (qsizetype i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges.at(i);
        QStringList attributes;
        if (e.style == u"dashed")
            attributes.append(QStringLiteral("style=dashed"));
        else if (e.style == u"thick")
            attributes.append(QStringLiteral("penwidth=2"));
        const MermaidEdgeHead head = chart.headOf(i);
        if (head == MermaidEdgeHead::None)
            attributes.append(QStringLiteral("dir=none"));
        else if (e.bidirectional)
            attributes.append(QStringLiteral("dir=both"));
        if (head == MermaidEdgeHead::Circle)
            attributes.append(e.bidirectional ? QStringLiteral("arrowhead=odot, arrowtail=odot") : QStringLiteral("arrowhead=odot"));
        else if (head == MermaidEdgeHead::Cross)
            attributes.append(e.bidirectional ? QStringLiteral("arrowhead=tee, arrowtail=tee") : QStringLiteral("arrowhead=tee"));
        if (!e.label.isEmpty())
            attributes.append(QStringLiteral("label=") + quoted(e.label));
        out += QStringLiteral("    ") + quoted(e.from) + QStringLiteral(" -> ") + quoted(e.to);
        if (!attributes.isEmpty())
            out += QStringLiteral(" [") + attributes.join(QStringLiteral(", ")) + u']';
        out += QStringLiteral(";\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace archscape
