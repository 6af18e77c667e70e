#include "mermaidwriter.h"

#include "mermaidganttparser.h"

#include <QRegularExpression>

#include <climits>

namespace archscape {

namespace {

const QString indent = QStringLiteral("    ");

// Text as Mermaid reads it back: entity-like text and quotes escaped, quoted when it holds
// characters that would end or confuse an unquoted label.
QString text(const QString &value, bool forceQuotes = false)
{
    static const QRegularExpression entityLike(QStringLiteral("#(?=[A-Za-z0-9]+;)"));
    QString escaped = value;
    escaped.replace(entityLike, QStringLiteral("#35;"));
    static const QRegularExpression special(QStringLiteral("[\\[\\](){}|\"#;&%:]|^\\s|\\s$|^$|-->|<br|^[/\\\\]|[/\\\\]$"));
    if (!forceQuotes && !special.match(value).hasMatch())
        return escaped;
    escaped.replace(u'"', QStringLiteral("#quot;"));
    return u'"' + escaped + u'"';
}

QString label(const QStringList &lines)
{
    QStringList escaped;
    bool quote = false;
    // A line starting or ending with a slash or backslash would read as a shape's delimiter
    // ("A[/text]" opens a parallelogram, "text\]" closes a trapezoid) and is quoted too.
    static const QRegularExpression special(QStringLiteral("[\\[\\](){}|\"#;&%]|^\\s|\\s$|<br|^[/\\\\]|[/\\\\]$"));
    static const QRegularExpression entityLike(QStringLiteral("#(?=[A-Za-z0-9]+;)"));
    for (const QString &line : lines) {
        quote = quote || special.match(line).hasMatch();
        QString e = line;
        e.replace(entityLike, QStringLiteral("#35;"));
        escaped.append(e);
    }
    QString joined = escaped.join(QStringLiteral("<br/>"));
    if (!quote && !joined.isEmpty())
        return joined;
    joined.replace(u'"', QStringLiteral("#quot;"));
    return u'"' + joined + u'"';
}

std::pair<QString, QString> delimiters(const QString &shape)
{
    if (shape == u"rounded")
        return {QStringLiteral("("), QStringLiteral(")")};
    if (shape == u"stadium")
        return {QStringLiteral("(["), QStringLiteral("])")};
    if (shape == u"cylinder")
        return {QStringLiteral("[("), QStringLiteral(")]")};
    if (shape == u"circle")
        return {QStringLiteral("(("), QStringLiteral("))")};
    if (shape == u"diamond")
        return {QStringLiteral("{"), QStringLiteral("}")};
    if (shape == u"hexagon")
        return {QStringLiteral("{{"), QStringLiteral("}}")};
    if (shape == u"parallelogram")
        return {QStringLiteral("[/"), QStringLiteral("/]")};
    if (shape == u"flag")
        return {QStringLiteral(">"), QStringLiteral("]")};
    return {QStringLiteral("["), QStringLiteral("]")};
}

QString nodeText(const DiagramNode &node)
{
    const bool plain = (node.shape.isEmpty() || node.shape == u"box") && node.label == QStringList{node.id};
    if (plain)
        return node.id;
    const auto [open, close] = delimiters(node.shape);
    return node.id + open + label(node.label) + close;
}

QString linkText(const DiagramEdge &edge, MermaidEdgeHead head)
{
    const bool dashed = edge.style == u"dashed";
    const bool thick = edge.style == u"thick";
    QString op = dashed ? QStringLiteral("-.-") : thick ? QStringLiteral("==") : QStringLiteral("--");
    QString start;
    switch (head) {
    case MermaidEdgeHead::Arrow:
        start = QStringLiteral("<");
        op += u'>';
        break;
    case MermaidEdgeHead::Circle:
        start = QStringLiteral("o");
        op += u'o';
        break;
    case MermaidEdgeHead::Cross:
        start = QStringLiteral("x");
        op += u'x';
        break;
    case MermaidEdgeHead::None:
        op += dashed ? QString() : thick ? QStringLiteral("=") : QStringLiteral("-");
        break;
    }
    if (edge.bidirectional)
        op = start + op;
    if (!edge.label.isEmpty())
        op += u'|' + label(edge.label.split(u'\n')) + u'|';
    return op;
}

QString classDefText(const ClassDef &def, const MermaidFlowchart &chart)
{
    if (const auto it = chart.classDefProperties.constFind(def.name); it != chart.classDefProperties.cend())
        return it.value();
    QStringList parts;
    if (!def.fill.isEmpty())
        parts.append(QStringLiteral("fill:") + def.fill);
    if (!def.stroke.isEmpty())
        parts.append(QStringLiteral("stroke:") + def.stroke);
    if (!def.text.isEmpty())
        parts.append(QStringLiteral("color:") + def.text);
    return parts.join(u',');
}

} // namespace

QString MermaidWriter::flowchart(const MermaidFlowchart &chart)
{
    const Diagram &d = chart.diagram;
    QString out;
    if (!d.title.isEmpty())
        out += QStringLiteral("---\ntitle: ") + d.title.simplified() + QStringLiteral("\n---\n");
    out += QStringLiteral("flowchart ") + (d.direction.isEmpty() ? QStringLiteral("TB") : d.direction) + u'\n';

    QHash<QString, int> subgraphIndex;
    for (qsizetype i = 0; i < d.subgraphs.size(); ++i)
        subgraphIndex.insert(d.subgraphs.at(i).id, int(i));
    QList<QList<int>> childSubgraphs(d.subgraphs.size());
    QList<int> topSubgraphs;
    for (qsizetype i = 0; i < d.subgraphs.size(); ++i) {
        const int parent = subgraphIndex.value(d.subgraphs.at(i).parent, -1);
        (parent >= 0 && parent != i ? childSubgraphs[parent] : topSubgraphs).append(int(i));
    }
    QList<QList<int>> nodesIn(d.subgraphs.size());
    QList<int> topNodes;
    for (qsizetype i = 0; i < d.nodes.size(); ++i) {
        const int s = subgraphIndex.value(d.nodes.at(i).subgraph, -1);
        (s >= 0 ? nodesIn[s] : topNodes).append(int(i));
    }

    // The order Mermaid will meet the nodes in, to check it against the diagram's.
    QList<int> order;
    QString body;
    for (int n : std::as_const(topNodes)) {
        body += indent + nodeText(d.nodes.at(n)) + u'\n';
        order.append(n);
    }
    const std::function<void(int, int)> emit = [&](int s, int depth) {
        const Subgraph &sub = d.subgraphs.at(s);
        const QString pad = indent.repeated(depth);
        body += pad + QStringLiteral("subgraph ") + sub.id;
        if (sub.title != sub.id)
            body += u'[' + text(sub.title) + u']';
        body += u'\n';
        if (const QString dir = chart.subgraphDirections.value(sub.id); !dir.isEmpty())
            body += pad + indent + QStringLiteral("direction ") + dir + u'\n';
        for (int n : std::as_const(nodesIn.at(s))) {
            body += pad + indent + nodeText(d.nodes.at(n)) + u'\n';
            order.append(n);
        }
        for (int child : std::as_const(childSubgraphs.at(s)))
            emit(child, depth + 1);
        body += pad + QStringLiteral("end\n");
    };
    for (int s : std::as_const(topSubgraphs))
        emit(s, 1);
    bool inOrder = true;
    for (qsizetype i = 0; i < order.size() && inOrder; ++i)
        inOrder = order.at(i) == i;
    if (!inOrder) {
        // Mentions at the top level claim no subgraph: they only fix the order nodes are met in.
        for (const DiagramNode &node : d.nodes)
            out += indent + node.id + u'\n';
    }
    out += body;

    QString group;
    for (qsizetype i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges.at(i);
        if (e.group != group) {
            out += u'\n' + indent + QStringLiteral("%%") + (e.group.isEmpty() ? QString() : u' ' + e.group.simplified()) + u'\n';
            group = e.group;
        }
        out += indent + e.from + u' ' + linkText(e, chart.headOf(i)) + u' ' + e.to + u'\n';
    }

    if (!d.classDefs.isEmpty())
        out += u'\n';
    for (const ClassDef &def : d.classDefs) {
        const QString properties = classDefText(def, chart);
        if (!properties.isEmpty())
            out += indent + QStringLiteral("classDef ") + def.name + u' ' + properties + u'\n';
    }
    // One `class` statement per class, in the order classes are first given.
    QStringList classOrder;
    QHash<QString, QStringList> members;
    for (const DiagramNode &node : d.nodes) {
        for (const QString &c : chart.classesOf(node.id)) {
            if (!members.contains(c))
                classOrder.append(c);
            members[c].append(node.id);
        }
    }
    if (!classOrder.isEmpty())
        out += u'\n';
    for (const QString &c : std::as_const(classOrder))
        out += indent + QStringLiteral("class ") + members.value(c).join(u',') + u' ' + c + u'\n';
    for (const MermaidNodeStyle &style : chart.styles)
        out += indent + QStringLiteral("style ") + style.node + u' ' + style.properties + u'\n';
    return out;
}

QString MermaidWriter::quadrant(const MermaidQuadrant &chart)
{
    const QuadrantSpec &spec = chart.spec;
    QString out = QStringLiteral("quadrantChart\n");
    if (!spec.title.isEmpty())
        out += indent + QStringLiteral("title ") + text(spec.title) + u'\n';
    auto axis = [&](const QString &name, const QString &low, const QString &high) {
        if (low.isEmpty())
            return;
        out += indent + name + u' ' + text(low);
        if (!high.isEmpty())
            out += QStringLiteral(" --> ") + text(high);
        out += u'\n';
    };
    axis(QStringLiteral("x-axis"), spec.xLow, spec.xHigh);
    axis(QStringLiteral("y-axis"), spec.yLow, spec.yHigh);
    for (qsizetype i = 0; i < spec.quadrants.size() && i < 4; ++i) {
        if (!spec.quadrants.at(i).isEmpty())
            out += indent + QStringLiteral("quadrant-") + QString::number(i + 1) + u' ' + text(spec.quadrants.at(i)) + u'\n';
    }
    if (!chart.points.isEmpty())
        out += u'\n';
    for (const MermaidQuadrantPoint &p : chart.points) {
        // Fixed notation, shortest digits that give the value back: Mermaid (and the import) read
        // no exponent, and 'g' wrote 4.9e-92 for a point read as 0.000...049 (found by fuzz_mermaid).
        out += indent + text(p.name) + QStringLiteral(": [") + QString::number(p.x, 'f', QLocale::FloatingPointShortest)
               + QStringLiteral(", ") + QString::number(p.y, 'f', QLocale::FloatingPointShortest) + QStringLiteral("]\n");
    }
    return out;
}

QString MermaidWriter::gantt(const MermaidGantt &chart)
{
    const Roadmap &roadmap = chart.roadmap;
    QString mermaidFormat = roadmap.dateFormat;
    QString format = MermaidGanttParser::qtDateFormat(mermaidFormat);
    if (format.isEmpty()) {
        mermaidFormat = QStringLiteral("YYYY-MM-DD");
        format = QStringLiteral("yyyy-MM-dd");
    }
    QString out = QStringLiteral("gantt\n");
    if (!roadmap.title.isEmpty())
        out += indent + QStringLiteral("title ") + roadmap.title + u'\n';
    out += indent + QStringLiteral("dateFormat ") + mermaidFormat + u'\n';
    if (!chart.axisFormat.isEmpty())
        out += indent + QStringLiteral("axisFormat ") + chart.axisFormat + u'\n';
    for (const QString &excluded : chart.excludes)
        out += indent + QStringLiteral("excludes ") + excluded + u'\n';
    for (qsizetype s = 0; s < roadmap.sections.size(); ++s) {
        const RoadmapSection &section = roadmap.sections.at(s);
        if (s > 0 || !section.name.isEmpty())
            out += indent + QStringLiteral("section ") + section.name + u'\n';
        for (const RoadmapTask &task : section.tasks) {
            const MermaidTaskFlags flags = chart.flagsOf(task.id);
            QStringList fields;
            if (flags.done)
                fields.append(QStringLiteral("done"));
            if (flags.active)
                fields.append(QStringLiteral("active"));
            if (flags.crit)
                fields.append(QStringLiteral("crit"));
            if (task.milestone)
                fields.append(QStringLiteral("milestone"));
            fields.append(task.id);
            fields.append(task.start.isValid() ? task.start.toString(format) : QStringLiteral("after ") + task.after.join(u' '));
            fields.append(flags.fixedEnd.isValid() ? flags.fixedEnd.toString(format)
                                                   : QString::number(task.duration.value) + task.duration.unit);
            // "name :fields" as Mermaid's examples write it, but a name that is a statement keyword
            // (a task called "section") keeps its colon close, or it would read back as the statement.
            const bool keywordName = MermaidGanttParser::isStatementKeyword(QStringView(task.name).left(task.name.indexOf(u' ')));
            out += indent + task.name + (keywordName ? QStringLiteral(":") : QStringLiteral(" :")) + fields.join(QStringLiteral(", ")) + u'\n';
        }
    }
    return out;
}

QString MermaidWriter::document(const MermaidDocument &document)
{
    switch (document.kind) {
    case MermaidDocument::Kind::Flowchart:
        return flowchart(document.flowchart);
    case MermaidDocument::Kind::Quadrant:
        return quadrant(document.quadrant);
    case MermaidDocument::Kind::Gantt:
        return gantt(document.gantt);
    case MermaidDocument::Kind::None:
        break;
    }
    return {};
}

} // namespace archscape
