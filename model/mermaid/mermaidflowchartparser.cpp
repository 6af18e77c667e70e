#include "mermaidflowchartparser.h"

#include "mermaidimportlimits.h"

#include "mermaidlinkoperator.h"

#include <QRegularExpression>

#include <algorithm>

namespace archscape {

namespace {

namespace L = MermaidImportLimits;

struct Shape
{
    QStringView open;
    QStringView close;
    QStringView altClose; // a second closing that Mermaid also accepts after this opening
    QStringView shape;    // the model's shape name
    const char *note;     // why the shape is drawn as another, or nullptr
};

// Longest openings first, so `((` is never read as `(`.
const Shape shapes[] = {
    {u"(((", u")))", {}, u"circle", QT_TRANSLATE_NOOP("MermaidFlowchartParser", "a double circle is drawn as a circle")},
    {u"((", u"))", {}, u"circle", nullptr},
    {u"([", u"])", {}, u"stadium", nullptr},
    {u"(", u")", {}, u"rounded", nullptr},
    {u"[(", u")]", {}, u"cylinder", nullptr},
    {u"[[", u"]]", {}, u"box", QT_TRANSLATE_NOOP("MermaidFlowchartParser", "a subroutine is drawn as a rectangle")},
    {u"[/", u"/]", u"\\]", u"parallelogram", nullptr},
    {u"[\\", u"\\]", u"/]", u"parallelogram", nullptr},
    {u"[", u"]", {}, u"box", nullptr},
    {u"{{", u"}}", {}, u"hexagon", nullptr},
    {u"{", u"}", {}, u"diamond", nullptr},
    {u">", u"]", {}, u"flag", nullptr},
};

struct Link
{
    QString style = QStringLiteral("solid");
    MermaidEdgeHead head = MermaidEdgeHead::Arrow;
    bool bidirectional = false;
    bool invisible = false;
    QString label;
};

bool linkOperator(MermaidCursor &c, Link *result);

MermaidEdgeHead headFor(QStringView end)
{
    if (end == u">")
        return MermaidEdgeHead::Arrow;
    if (end == u"o")
        return MermaidEdgeHead::Circle;
    if (end == u"x")
        return MermaidEdgeHead::Cross;
    return MermaidEdgeHead::None;
}

QString normalisedDirection(const QString &word)
{
    const QString upper = word.toUpper();
    if (upper == u"TB" || upper == u"TD")
        return QStringLiteral("TB");
    if (upper == u"BT" || upper == u"LR" || upper == u"RL")
        return upper;
    return {};
}

struct OpenSubgraph
{
    int index = 0;
    bool autoId = false;
    int line = 0;
    int column = 0;
    QStringList mentioned;
};

class Parser
{
public:
    explicit Parser(MermaidDiagnostics &diagnostics) : m_out(diagnostics) {}

    MermaidFlowchart run(const QList<MermaidLine> &lines);

private:
    void error(const MermaidCursor &c, const QString &message) { m_out.error(c.line(), c.column(), message); }
    bool checkNodeId(const MermaidCursor &at, const QString &id);
    void limit(const MermaidCursor &c, const QString &message)
    {
        error(c, message);
        m_stop = true;
    }

    void line(const MermaidLine &line, bool header);
    bool header(MermaidCursor &c);
    bool statement(MermaidCursor &c);
    bool subgraph(MermaidCursor &c);
    bool end(MermaidCursor &c);
    bool direction(MermaidCursor &c);
    bool classDef(MermaidCursor &c);
    bool classStatement(MermaidCursor &c);
    bool style(MermaidCursor &c);
    bool edges(MermaidCursor &c);
    bool group(MermaidCursor &c, QStringList *ids);
    bool node(MermaidCursor &c, QString *id);
    bool label(MermaidCursor &c, QStringView close, QStringView altClose, qsizetype openAt, QString *text);
    bool link(MermaidCursor &c, Link *link, bool *found);
    bool checkLabel(const MermaidCursor &c, const QString &text);

    int touch(const QString &id);
    void mention(const QString &id);
    void addClass(const QString &id, const QString &className);
    void closeSubgraph(const OpenSubgraph &open);

    MermaidDiagnostics &m_out;
    MermaidFlowchart m_chart;
    QHash<QString, int> m_nodeIndex;
    QList<int> m_nodeSubgraph; // index into m_chart.diagram.subgraphs, -1 for none
    QList<int> m_subgraphParent;
    QHash<QString, int> m_subgraphIndex;
    QHash<int, QString> m_subgraphDirection;
    QList<OpenSubgraph> m_open;
    int m_closed = 0;
    QString m_group;
    bool m_stop = false;
};

MermaidFlowchart Parser::run(const QList<MermaidLine> &lines)
{
    bool first = true;
    for (const MermaidLine &l : lines) {
        if (m_stop)
            break;
        const QString trimmed = l.text.trimmed();
        if (first && (trimmed.isEmpty() || trimmed.startsWith(u"%%")))
            continue;
        line(l, first);
        first = false;
    }
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        const OpenSubgraph &open = m_open.at(i);
        m_out.error(open.line, open.column,
                    MermaidFlowchartParser::tr("the subgraph \"%1\" is never closed; expected \"end\"").arg(m_chart.diagram.subgraphs.at(open.index).title));
        closeSubgraph(open);
    }
    m_open.clear();

    Diagram &d = m_chart.diagram;
    for (qsizetype i = 0; i < d.subgraphs.size(); ++i) {
        const int parent = m_subgraphParent.at(i);
        d.subgraphs[i].parent = parent >= 0 ? d.subgraphs.at(parent).id : QString();
    }
    for (auto it = m_subgraphDirection.cbegin(); it != m_subgraphDirection.cend(); ++it)
        m_chart.subgraphDirections.insert(d.subgraphs.at(it.key()).id, it.value());
    for (qsizetype i = 0; i < d.nodes.size(); ++i) {
        const int s = m_nodeSubgraph.at(i);
        d.nodes[i].subgraph = s >= 0 ? d.subgraphs.at(s).id : QString();
        const QStringList classes = m_chart.nodeClasses.value(d.nodes.at(i).id);
        d.nodes[i].className = classes.isEmpty() ? QString() : classes.last();
    }
    return m_chart;
}

void Parser::line(const MermaidLine &l, bool isHeader)
{
    MermaidCursor c(l.text, l.number);
    c.skipSpaces();
    if (c.lookingAt(u"%%")) {
        // A directive (%%{init: ...}%%) configures Mermaid's rendering; anything else is a comment that
        // heads the edges below it.
        if (!c.lookingAt(u"%%{"))
            m_group = c.rest().mid(2).trimmed().toString();
        return;
    }
    if (isHeader && !header(c))
        return;
    while (!m_stop) {
        c.skipSpaces();
        while (c.consume(u";"))
            c.skipSpaces();
        if (c.atEnd() || c.lookingAt(u"%%"))
            return;
        if (!statement(c))
            return;
        c.skipSpaces();
        if (!c.atStatementEnd()) {
            error(c, c.unexpected(MermaidFlowchartParser::tr("\";\" or the end of the line")));
            return;
        }
    }
}

bool Parser::header(MermaidCursor &c)
{
    const QString keyword = c.readWord();
    Q_ASSERT(keyword == u"graph" || keyword == u"flowchart" || keyword == u"flowchart-elk");
    c.skipSpaces();
    if (c.atStatementEnd())
        return true; // Mermaid's default, top to bottom
    const qsizetype at = c.pos();
    const QString word = c.readWord();
    const QString direction = normalisedDirection(word);
    if (direction.isEmpty()) {
        c.setPos(at);
        error(c, c.unexpected(MermaidFlowchartParser::tr("a direction: TB, TD, BT, LR or RL")));
        return false;
    }
    m_chart.diagram.direction = direction;
    return true;
}

bool Parser::statement(MermaidCursor &c)
{
    const qsizetype start = c.pos();
    const QString word = c.readId();
    const bool keyword = !word.isEmpty() && (c.atStatementEnd() || c.peek() == u' ' || c.peek() == u'\t');
    if (keyword) {
        if (word == u"subgraph")
            return subgraph(c);
        if (word == u"end")
            return end(c);
        if (word == u"direction")
            return direction(c);
        if (word == u"classDef")
            return classDef(c);
        if (word == u"class")
            return classStatement(c);
        if (word == u"style")
            return style(c);
        if (word == u"linkStyle" || word == u"click" || word == u"callback" || word == u"href") {
            m_out.warning(c.line(), int(start) + 1, MermaidFlowchartParser::tr("\"%1\" statements are not imported; the line is ignored").arg(word));
            c.setPos(c.text().size());
            return true;
        }
    }
    if (word == u"accTitle" || word == u"accDescr") {
        c.setPos(c.text().size()); // accessibility text: not part of the picture
        return true;
    }
    if (!word.isEmpty() && keyword) {
        // "A B": neither a node statement nor a link. Mermaid would stop here; the import goes on.
        MermaidCursor probe = c;
        probe.skipSpaces();
        Link ignored;
        const bool isLink = probe.atStatementEnd() || probe.peek() == u'&' || linkOperator(probe, &ignored);
        if (!isLink) {
            m_out.warning(c.line(), int(start) + 1,
                          MermaidFlowchartParser::tr("unknown statement \"%1\"; the line is ignored").arg(c.text().mid(start).trimmed().left(60)));
            c.setPos(c.text().size());
            return true;
        }
    }
    c.setPos(start);
    return edges(c);
}

// Whether a subgraph written as `subgraph Title` (or `subgraph "Title"`) takes its title as its id,
// as Mermaid does unless the title has white space. One more case gets a numbered id here: a title
// that is shown differently from how it is written (a <br/>, an entity) and is not one plain id,
// because the id could not be written back beside that title ("subgraph a<br/>b" would need
// `subgraph a<br/>b["a b"]`, which reads as a node `a`; found by the fuzz_mermaid campaign).
bool usableAsSubgraphId(const QString &title)
{
    // White space as a regular expression's \s reads it (ASCII only).
    if (std::any_of(title.cbegin(), title.cend(), [](QChar ch) { return ch == u' ' || (ch >= u'\t' && ch <= u'\r'); }))
        return false;
    MermaidCursor probe(title, 0);
    return probe.readId() == title || MermaidLexer::labelLines(title).join(u' ') == title;
}

bool Parser::subgraph(MermaidCursor &c)
{
    const int line = c.line();
    const int column = c.column() - 8;
    c.skipSpaces();
    if (c.atStatementEnd()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("a subgraph id or title")));
        return false;
    }
    if (m_open.size() >= L::maxSubgraphDepth) {
        limit(c, MermaidFlowchartParser::tr("subgraphs are nested more than %1 deep").arg(L::maxSubgraphDepth));
        return false;
    }
    QString id;
    QString title;
    bool autoId = false;
    const qsizetype start = c.pos();
    if (c.peek() == u'"') {
        if (!label(c, u"\"", {}, c.pos(), &title))
            return false;
        autoId = !usableAsSubgraphId(title);
        id = autoId ? QString() : title;
    } else {
        id = c.readId();
        c.skipSpaces();
        if (!id.isEmpty() && c.consume(u"[")) {
            if (!label(c, u"]", {}, c.pos() - 1, &title))
                return false;
        } else if (id.isEmpty() || !c.atStatementEnd()) {
            // `subgraph Some Title`: the words are the title; Mermaid numbers the id when it has spaces.
            qsizetype end = start;
            while (end < c.text().size() && c.text().at(end) != u';' && !QStringView(c.text()).mid(end).startsWith(u"%%"))
                ++end;
            title = c.text().mid(start, end - start).trimmed();
            c.setPos(end);
            autoId = !usableAsSubgraphId(title);
            id = autoId ? QString() : title;
        } else {
            title = id;
        }
    }
    if (!checkLabel(c, title))
        return false;
    if (!id.isEmpty() && m_subgraphIndex.contains(id)) {
        c.setPos(start);
        error(c, MermaidFlowchartParser::tr("the subgraph \"%1\" is defined twice").arg(id));
        return false;
    }
    Subgraph s;
    s.id = id;
    s.title = MermaidLexer::labelLines(title).join(u' ');
    s.role = QStringLiteral("group");
    const int index = int(m_chart.diagram.subgraphs.size());
    m_chart.diagram.subgraphs.append(s);
    m_subgraphParent.append(m_open.isEmpty() ? -1 : m_open.last().index);
    if (!id.isEmpty())
        m_subgraphIndex.insert(id, index);
    m_open.append(OpenSubgraph{index, autoId, line, std::max(1, column), {}});
    return true;
}

bool Parser::end(MermaidCursor &c)
{
    if (m_open.isEmpty()) {
        c.setPos(c.pos() - 3);
        error(c, MermaidFlowchartParser::tr("\"end\" closes no subgraph"));
        return false;
    }
    closeSubgraph(m_open.takeLast());
    return true;
}

void Parser::closeSubgraph(const OpenSubgraph &open)
{
    Subgraph &s = m_chart.diagram.subgraphs[open.index];
    if (open.autoId) {
        s.id = QStringLiteral("subGraph") + QString::number(m_closed);
        m_subgraphIndex.insert(s.id, open.index);
    }
    ++m_closed;
    for (const QString &id : open.mentioned) {
        const int node = m_nodeIndex.value(id, -1);
        if (node >= 0 && m_nodeSubgraph.at(node) < 0)
            m_nodeSubgraph[node] = open.index;
    }
}

bool Parser::direction(MermaidCursor &c)
{
    c.skipSpaces();
    const qsizetype at = c.pos();
    const QString value = normalisedDirection(c.readWord());
    if (value.isEmpty()) {
        c.setPos(at);
        error(c, c.unexpected(MermaidFlowchartParser::tr("a direction: TB, TD, BT, LR or RL")));
        return false;
    }
    if (m_open.isEmpty())
        m_chart.diagram.direction = value;
    else
        m_subgraphDirection.insert(m_open.last().index, value);
    return true;
}

bool Parser::classDef(MermaidCursor &c)
{
    c.skipSpaces();
    const qsizetype namesAt = c.pos();
    const QStringList names = c.readWord().split(u',', Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("a class name")));
        return false;
    }
    c.skipSpaces();
    const qsizetype at = c.pos();
    QString properties;
    while (!c.atStatementEnd())
        c.setPos(c.pos() + 1);
    properties = c.text().mid(at, c.pos() - at).trimmed();
    if (properties.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("styles such as fill:#f96,stroke:#333")));
        return false;
    }
    ClassDef def;
    for (const QString &property : properties.split(u',')) {
        const qsizetype colon = property.indexOf(u':');
        if (colon < 0) {
            MermaidCursor where(c.text(), c.line());
            where.setPos(at + properties.indexOf(property));
            error(where, where.unexpected(MermaidFlowchartParser::tr("a style such as fill:#f96")));
            return false;
        }
        const QString key = property.left(colon).trimmed();
        const QString value = property.mid(colon + 1).trimmed();
        if (key == u"fill")
            def.fill = value;
        else if (key == u"stroke")
            def.stroke = value;
        else if (key == u"color")
            def.text = value;
    }
    Q_UNUSED(namesAt);
    for (const QString &name : names) {
        def.name = name;
        QList<ClassDef> &defs = m_chart.diagram.classDefs;
        const auto existing = std::find_if(defs.begin(), defs.end(), [&](const ClassDef &d) { return d.name == name; });
        if (existing != defs.end())
            *existing = def;
        else
            defs.append(def);
        m_chart.classDefProperties.insert(name, properties);
    }
    return true;
}

bool Parser::classStatement(MermaidCursor &c)
{
    c.skipSpaces();
    const qsizetype idsAt = c.pos();
    const QStringList ids = c.readWord().split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("node ids separated by commas")));
        return false;
    }
    c.skipSpaces();
    const QString className = c.readWord();
    if (className.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("a class name")));
        return false;
    }
    for (const QString &id : ids) {
        if (m_nodeIndex.contains(id)) {
            addClass(id, className);
        } else if (!m_subgraphIndex.contains(id)) {
            // Mermaid ignores classes of nodes it has not met yet.
            m_out.warning(c.line(), int(idsAt) + 1, MermaidFlowchartParser::tr("class %1: there is no node \"%2\" above this line").arg(className, id));
        }
    }
    return true;
}

bool Parser::style(MermaidCursor &c)
{
    c.skipSpaces();
    const MermaidCursor idAt = c;
    const QString id = c.readId();
    if (id.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("a node id")));
        return false;
    }
    if (!m_subgraphIndex.contains(id) && !checkNodeId(idAt, id))
        return false;
    c.skipSpaces();
    const qsizetype at = c.pos();
    while (!c.atStatementEnd())
        c.setPos(c.pos() + 1);
    const QString properties = c.text().mid(at, c.pos() - at).trimmed();
    if (properties.isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("styles such as fill:#f96,stroke:#333")));
        return false;
    }
    if (!m_subgraphIndex.contains(id) && touch(id) < 0) // Mermaid's style statement creates the node
        return false;
    m_chart.styles.append({id, properties});
    return true;
}

// Words a statement can begin with: a node of such a name, written back on a line of its own,
// would read as that statement (fuzz_mermaid found `A --> end` and `style class ...` accepted here
// and their round trips refused). Mermaid's own advice for "end" is to capitalise it.
bool Parser::checkNodeId(const MermaidCursor &at, const QString &id)
{
    static const QStringList keywords{QStringLiteral("end"),       QStringLiteral("subgraph"), QStringLiteral("class"),
                                      QStringLiteral("classDef"),  QStringLiteral("style"),    QStringLiteral("direction"),
                                      QStringLiteral("linkStyle"), QStringLiteral("click"),    QStringLiteral("callback"),
                                      QStringLiteral("href")};
    if (!keywords.contains(id))
        return true;
    QString capitalised = id;
    capitalised[0] = capitalised[0].toUpper();
    error(at, MermaidFlowchartParser::tr("a node cannot be called \"%1\" (Mermaid reads the word as a statement); "
                                         "call it %2, or give it the text: N[%1]")
                  .arg(id, capitalised));
    return false;
}

int Parser::touch(const QString &id)
{
    if (const auto it = m_nodeIndex.constFind(id); it != m_nodeIndex.cend())
        return it.value();
    if (m_chart.diagram.nodes.size() >= L::maxNodes)
        return -1;
    DiagramNode n;
    n.id = id;
    n.label = QStringList{id};
    const int index = int(m_chart.diagram.nodes.size());
    m_chart.diagram.nodes.append(n);
    m_nodeSubgraph.append(-1);
    m_nodeIndex.insert(id, index);
    return index;
}

void Parser::mention(const QString &id)
{
    if (!m_open.isEmpty())
        m_open.last().mentioned.append(id);
}

void Parser::addClass(const QString &id, const QString &className)
{
    QStringList &classes = m_chart.nodeClasses[id];
    classes.removeAll(className);
    classes.append(className);
}

bool Parser::checkLabel(const MermaidCursor &c, const QString &text)
{
    if (text.size() <= L::maxLabelCharacters)
        return true;
    m_out.error(c.line(), c.column(), MermaidFlowchartParser::tr("a label of %1 characters; a label may have at most %2").arg(text.size()).arg(L::maxLabelCharacters));
    return false;
}

bool Parser::label(MermaidCursor &c, QStringView close, QStringView altClose, qsizetype openAt, QString *text)
{
    MermaidCursor open(c.text(), c.line());
    open.setPos(openAt);
    c.skipSpaces();
    if (c.peek() == u'"' && close != u"\"") {
        // A quoted label may hold any bracket; it ends at the next quote.
        const qsizetype quote = c.text().indexOf(u'"', c.pos() + 1);
        if (quote < 0) {
            error(c, MermaidFlowchartParser::tr("the quoted label is never closed; expected \"\"\""));
            return false;
        }
        *text = c.text().mid(c.pos() + 1, quote - c.pos() - 1);
        c.setPos(quote + 1);
        c.skipSpaces();
        if (c.consume(close) || (!altClose.isEmpty() && c.consume(altClose)))
            return true;
        error(c, c.unexpected(u'"' + close.toString() + u'"'));
        return false;
    }
    if (close == u"\"")
        c.setPos(c.pos() + 1);
    qsizetype end = c.text().indexOf(close, c.pos());
    qsizetype closeSize = close.size();
    if (!altClose.isEmpty()) {
        const qsizetype alt = c.text().indexOf(altClose, c.pos());
        if (alt >= 0 && (end < 0 || alt < end)) {
            end = alt;
            closeSize = altClose.size();
        }
    }
    if (end < 0) {
        m_out.error(c.line(), int(c.text().size()) + 1,
                    MermaidFlowchartParser::tr("\"%1\" opened at column %2 is never closed; expected \"%3\" before the end of the line")
                        .arg(c.text().mid(openAt, std::max<qsizetype>(1, c.pos() - openAt)).trimmed(), QString::number(openAt + 1), close.toString()));
        return false;
    }
    *text = c.text().mid(c.pos(), end - c.pos());
    c.setPos(end + closeSize);
    return true;
}

bool Parser::node(MermaidCursor &c, QString *id)
{
    const MermaidCursor at = c;
    *id = c.readId();
    if (id->isEmpty()) {
        error(c, c.unexpected(MermaidFlowchartParser::tr("a node id")));
        return false;
    }
    if (!checkNodeId(at, *id))
        return false;
    QString shape;
    QString text;
    for (const Shape &s : shapes) {
        const qsizetype openAt = c.pos();
        if (!c.consume(s.open))
            continue;
        if (!label(c, s.close, s.altClose, openAt, &text))
            return false;
        if (!checkLabel(at, text))
            return false;
        if (s.note)
            m_out.warning(at.line(), at.column(), MermaidFlowchartParser::tr(s.note));
        shape = s.shape.toString();
        break;
    }
    QStringList classes;
    while (c.consume(u":::")) {
        const QString className = c.readId();
        if (className.isEmpty()) {
            error(c, c.unexpected(MermaidFlowchartParser::tr("a class name after \":::\"")));
            return false;
        }
        classes.append(className);
    }
    const int index = touch(*id);
    if (index < 0) {
        limit(at, MermaidFlowchartParser::tr("more than %1 nodes; a diagram may have at most %1").arg(L::maxNodes));
        return false;
    }
    if (!shape.isEmpty()) {
        // Mermaid keeps the last label and shape given to a node.
        DiagramNode &n = m_chart.diagram.nodes[index];
        n.shape = shape;
        n.label = MermaidLexer::labelLines(text.trimmed());
    }
    mention(*id);
    for (const QString &className : classes)
        addClass(*id, className);
    return true;
}

bool Parser::group(MermaidCursor &c, QStringList *ids)
{
    for (;;) {
        QString id;
        if (!node(c, &id))
            return false;
        ids->append(id);
        const qsizetype save = c.pos();
        c.skipSpaces();
        if (!c.consume(u"&")) {
            c.setPos(save);
            return true;
        }
        c.skipSpaces();
    }
}

// Mermaid's links: -->, ---, --o, --x, <-->, o--o, ==>, ===, -.->, -.-, ~~~, longer forms (--->)
// and text forms (-- text -->, == text ==>, -. text .->). Reads no label after it and reports nothing.
bool linkOperator(MermaidCursor &c, Link *result)
{
    static const QRegularExpression solidText(QStringLiteral("([<xo]?)--\\s+(.+?)\\s*--+([->xo])"));
    static const QRegularExpression thickText(QStringLiteral("([<xo]?)==\\s+(.+?)\\s*==+([=>xo])"));
    static const QRegularExpression dottedText(QStringLiteral("([<xo]?)-\\.\\s+(.+?)\\s*\\.+-([>xo]?)"));
    const auto match = [&c](const QRegularExpression &re) {
        return re.match(c.text(), c.pos(), QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    };
    // A leading o or x belongs to the link only when a dash, dot or equals sign follows it.
    if ((c.peek() == u'o' || c.peek() == u'x') && c.peek(1) != u'-' && c.peek(1) != u'=' && c.peek(1) != u'.')
        return false;
    Link l;
    if (const std::optional<MermaidLinkOperator> plain = matchPlainLinkOperator(c.text(), c.pos())) {
        if (plain->kind == u'~') {
            l.invisible = true;
        } else {
            l.style = plain->kind == u'=' ? QStringLiteral("thick") : plain->kind == u'.' ? QStringLiteral("dashed") : QStringLiteral("solid");
            l.bidirectional = plain->bidirectional;
            l.head = headFor(QStringView(&plain->end, 1));
        }
        c.setPos(c.pos() + plain->length);
        *result = l;
        return true;
    }
    // A text form starts with --, == or -. and white space, after an optional first end: only then
    // are its expressions compiled and tried.
    const qsizetype lineAt = c.pos() + ((c.peek() == u'<' || c.peek() == u'o' || c.peek() == u'x') ? 1 : 0);
    const QStringView opening = QStringView(c.text()).mid(lineAt, 3);
    const bool mayBeText = opening.size() == 3 && (opening.startsWith(u"--") || opening.startsWith(u"==") || opening.startsWith(u"-."))
                           && (opening.at(2) == u' ' || (opening.at(2) >= u'\t' && opening.at(2) <= u'\r'));
    if (!mayBeText)
        return false;
    QRegularExpressionMatch m;
    if ((m = match(solidText)).hasMatch() || (m = match(thickText)).hasMatch() || (m = match(dottedText)).hasMatch()) {
        const QChar kind = m.captured().at(m.captured(1).size() + 1);
        l.style = kind == u'=' ? QStringLiteral("thick") : kind == u'.' ? QStringLiteral("dashed") : QStringLiteral("solid");
        l.bidirectional = !m.captured(1).isEmpty();
        l.head = headFor(m.captured(3));
        l.label = m.captured(2);
    } else {
        return false;
    }
    c.setPos(c.pos() + m.capturedLength());
    *result = l;
    return true;
}

QString unquoted(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"'))
        return t.mid(1, t.size() - 2);
    return text;
}

bool Parser::link(MermaidCursor &c, Link *result, bool *found)
{
    *found = false;
    Link l;
    if (!linkOperator(c, &l))
        return true;
    *found = true;
    const qsizetype afterOp = c.pos();
    c.skipSpaces();
    if (c.peek() == u'|') {
        const qsizetype openAt = c.pos();
        c.setPos(c.pos() + 1);
        QString text;
        if (!label(c, u"|", {}, openAt, &text))
            return false;
        l.label = text;
    } else {
        c.setPos(afterOp);
    }
    if (!checkLabel(c, l.label))
        return false;
    l.label = MermaidLexer::labelLines(unquoted(l.label).trimmed()).join(u'\n');
    *result = l;
    return true;
}

bool Parser::edges(MermaidCursor &c)
{
    QStringList current;
    if (!group(c, &current))
        return false;
    for (;;) {
        const qsizetype save = c.pos();
        c.skipSpaces();
        Link l;
        bool found = false;
        const MermaidCursor linkAt = c;
        if (!link(c, &l, &found))
            return false;
        if (!found) {
            c.setPos(save);
            return true;
        }
        c.skipSpaces();
        QStringList next;
        if (!group(c, &next))
            return false;
        if (l.invisible) {
            m_out.warning(linkAt.line(), linkAt.column(), MermaidFlowchartParser::tr("an invisible link (~~~) is not drawn"));
        } else {
            const qsizetype product = current.size() * next.size();
            if (m_chart.diagram.edges.size() + product > L::maxEdges) {
                limit(linkAt, MermaidFlowchartParser::tr("more than %1 edges; a diagram may have at most %1").arg(L::maxEdges));
                return false;
            }
            for (const QString &from : std::as_const(current)) {
                for (const QString &to : std::as_const(next)) {
                    DiagramEdge e;
                    e.from = from;
                    e.to = to;
                    e.style = l.style;
                    e.bidirectional = l.bidirectional;
                    e.arrow = edgeArrowName(l.head);
                    e.label = l.label;
                    e.group = m_group;
                    m_chart.diagram.edges.append(e);
                    m_chart.edgeHeads.append(l.head);
                }
            }
        }
        current = next;
    }
}

} // namespace

MermaidFlowchart MermaidFlowchartParser::parse(const QList<MermaidLine> &lines, MermaidDiagnostics &diagnostics)
{
    Parser parser(diagnostics);
    return parser.run(lines);
}

} // namespace archscape
