#include "mermaidimport.h"

#include "mermaidflowchartparser.h"
#include "mermaidganttparser.h"
#include "mermaidimportlimits.h"
#include "mermaidlexer.h"
#include "mermaidquadrantparser.h"

namespace archscape {

MermaidDocument MermaidImport::parse(QByteArrayView bytes, int firstLine)
{
    MermaidDocument doc;
    MermaidDiagnostics out(&doc.diagnostics);
    QList<MermaidLine> lines = MermaidLexer::lines(bytes, firstLine, MermaidImportLimits::maxInputBytes, out);

    qsizetype first = 0;
    // Front matter: --- ... --- before the diagram; only its title is used.
    while (first < lines.size() && lines.at(first).text.trimmed().isEmpty())
        ++first;
    if (first < lines.size() && lines.at(first).text.trimmed() == u"---") {
        const qsizetype open = first++;
        while (first < lines.size() && lines.at(first).text.trimmed() != u"---") {
            const QString text = lines.at(first).text.trimmed();
            if (text.startsWith(u"title:"))
                doc.title = text.mid(6).trimmed();
            ++first;
        }
        if (first >= lines.size()) {
            out.error(lines.at(open).number, 1, tr("the front matter opened here is never closed; expected \"---\""));
            return doc;
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
                      tr("no diagram; expected graph, flowchart, quadrantChart or gantt"));
        return doc;
    }
    const MermaidLine &header = lines.at(first);
    const QString trimmed = header.text.trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < trimmed.size() && (trimmed.at(wordEnd).isLetterOrNumber() || trimmed.at(wordEnd) == u'-'))
        ++wordEnd;
    const QString word = trimmed.left(wordEnd);
    const QList<MermaidLine> body = lines.mid(first);
    if (word == u"graph" || word == u"flowchart" || word == u"flowchart-elk") {
        doc.kind = MermaidDocument::Kind::Flowchart;
        doc.flowchart = MermaidFlowchartParser::parse(body, out);
        doc.flowchart.diagram.title = doc.title;
    } else if (word == u"quadrantChart") {
        doc.kind = MermaidDocument::Kind::Quadrant;
        doc.quadrant = MermaidQuadrantParser::parse(body, out);
        if (!doc.quadrant.spec.title.isEmpty())
            doc.title = doc.quadrant.spec.title;
    } else if (word == u"gantt") {
        doc.kind = MermaidDocument::Kind::Gantt;
        doc.gantt = MermaidGanttParser::parse(body, out);
        if (!doc.gantt.roadmap.title.isEmpty())
            doc.title = doc.gantt.roadmap.title;
    } else {
        out.error(header.number, int(header.text.indexOf(trimmed)) + 1,
                  MermaidLexer::unexpected(trimmed, 0, tr("a diagram type: graph, flowchart, quadrantChart or gantt")));
    }
    return doc;
}

} // namespace archscape
