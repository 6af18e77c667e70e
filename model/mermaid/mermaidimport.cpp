#include "mermaidimport.h"

#include "mermaidflowchartparser.h"
#include "mermaidganttparser.h"
#include "mermaidimportlimits.h"
#include "mermaidlexer.h"
#include "mermaidquadrantparser.h"

namespace archscape {

namespace {

// Where the diagram begins: past blank lines, the front matter (whose `title:` is kept) and `%%`
// comments and directives. `first` is -1 when there is no diagram (an error says why).
struct Header
{
    qsizetype first = -1;
    QString word; // the diagram type: graph, flowchart, quadrantChart, gantt...
    QString title;
};

Header findHeader(const QList<MermaidLine> &lines, int firstLine, MermaidDiagnostics &out)
{
    Header header;
    qsizetype first = 0;
    while (first < lines.size() && lines.at(first).text.trimmed().isEmpty())
        ++first;
    if (first < lines.size() && lines.at(first).text.trimmed() == u"---") {
        const qsizetype open = first++;
        while (first < lines.size() && lines.at(first).text.trimmed() != u"---") {
            const QString text = lines.at(first).text.trimmed();
            if (text.startsWith(u"title:"))
                header.title = text.mid(6).trimmed();
            ++first;
        }
        if (first >= lines.size()) {
            out.error(lines.at(open).number, 1, MermaidImport::tr("the front matter opened here is never closed; expected \"---\""));
            return header;
        }
        ++first;
    }
    while (first < lines.size()) {
        const QString text = lines.at(first).text.trimmed();
        if (!text.isEmpty() && !text.startsWith(u"%%"))
            break;
        ++first;
    }
    if (first >= lines.size()) {
        if (!out.hasErrors())
            out.error(lines.isEmpty() ? firstLine : lines.last().number, 1,
                      MermaidImport::tr("no diagram; expected graph, flowchart, quadrantChart or gantt"));
        return header;
    }
    const QString trimmed = lines.at(first).text.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < trimmed.size() && (trimmed.at(wordEnd).isLetterOrNumber() || trimmed.at(wordEnd) == u'-'))
        ++wordEnd;
    header.first = first;
    header.word = trimmed.left(wordEnd);
    return header;
}

MermaidDocument::Kind kindNamed(const QString &word)
{
    if (word == u"graph" || word == u"flowchart" || word == u"flowchart-elk")
        return MermaidDocument::Kind::Flowchart;
    if (word == u"quadrantChart")
        return MermaidDocument::Kind::Quadrant;
    if (word == u"gantt")
        return MermaidDocument::Kind::Gantt;
    return MermaidDocument::Kind::None;
}

} // namespace

MermaidDocument MermaidImport::parse(QByteArrayView bytes, int firstLine)
{
    MermaidDocument doc;
    MermaidDiagnostics out(&doc.diagnostics);
    QList<MermaidLine> lines = MermaidLexer::lines(bytes, firstLine, MermaidImportLimits::maxInputBytes, out);
    const Header header = findHeader(lines, firstLine, out);
    if (header.first < 0)
        return doc;
    doc.title = header.title;
    const MermaidLine &headerLine = lines.at(header.first);
    const QList<MermaidLine> body = lines.mid(header.first);
    switch (kindNamed(header.word)) {
    case MermaidDocument::Kind::Flowchart:
        doc.kind = MermaidDocument::Kind::Flowchart;
        doc.flowchart = MermaidFlowchartParser::parse(body, out);
        doc.flowchart.diagram.title = doc.title;
        break;
    case MermaidDocument::Kind::Quadrant:
        doc.kind = MermaidDocument::Kind::Quadrant;
        doc.quadrant = MermaidQuadrantParser::parse(body, out);
        if (!doc.quadrant.spec.title.isEmpty())
            doc.title = doc.quadrant.spec.title;
        break;
    case MermaidDocument::Kind::Gantt:
        doc.kind = MermaidDocument::Kind::Gantt;
        doc.gantt = MermaidGanttParser::parse(body, out);
        if (!doc.gantt.roadmap.title.isEmpty())
            doc.title = doc.gantt.roadmap.title;
        break;
    case MermaidDocument::Kind::None: {
        const QString trimmed = headerLine.text.trimmed();
        out.error(headerLine.number, int(headerLine.text.indexOf(trimmed)) + 1,
                  MermaidLexer::unexpected(trimmed, 0, tr("a diagram type: graph, flowchart, quadrantChart or gantt")));
        break;
    }
    }
    return doc;
}

MermaidDocument::Kind MermaidImport::declaredKind(QByteArrayView bytes)
{
    Diagnostics ignored;
    MermaidDiagnostics out(&ignored);
    // Only whole lines: a statement cut short at the end of `bytes` is not read.
    const qsizetype end = bytes.lastIndexOf('\n');
    const QList<MermaidLine> lines = MermaidLexer::lines(bytes.first(end < 0 ? 0 : end + 1), 1, MermaidImportLimits::maxInputBytes, out);
    const Header header = findHeader(lines, 1, out);
    return header.first < 0 ? MermaidDocument::Kind::None : kindNamed(header.word);
}

} // namespace archscape
