#include "mermaidquadrantparser.h"

#include "mermaidimportlimits.h"

#include <QRegularExpression>

namespace archscape {

namespace {

QString unquoted(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(u'"') && t.endsWith(u'"'))
        return t.mid(1, t.size() - 2);
    return t;
}

} // namespace

MermaidQuadrant MermaidQuadrantParser::parse(const QList<MermaidLine> &lines, MermaidDiagnostics &out)
{
    static const QRegularExpression point(QStringLiteral("^(\"[^\"]*\"|[^:\"]+?)(:::[\\w-]+)?\\s*:\\s*\\[\\s*([^,\\]]*?)\\s*,\\s*([^\\]]*?)\\s*\\](.*)$"));
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    MermaidQuadrant result;
    result.spec.quadrants = QStringList(4, QString());
    bool header = true;
    for (const MermaidLine &l : lines) {
        const QString text = l.text.trimmed();
        if (text.isEmpty() || text.startsWith(u"%%"))
            continue;
        const int indent = int(l.text.indexOf(text.at(0))) + 1;
        if (header) {
            header = false;
            if (text != u"quadrantChart")
                out.error(l.number, indent + 13, MermaidLexer::unexpected(text, 13, tr("the end of the line after quadrantChart")));
            continue;
        }
        const QString keyword = text.section(u' ', 0, 0);
        const QString rest = text.mid(keyword.size()).trimmed();
        if (keyword.size() + rest.size() > MermaidImportLimits::maxLabelCharacters) {
            out.error(l.number, indent, tr("a label of more than %1 characters").arg(MermaidImportLimits::maxLabelCharacters));
            continue;
        }
        if (keyword == u"title") {
            result.spec.title = MermaidLexer::decodeEntities(unquoted(rest));
        } else if (keyword == u"x-axis" || keyword == u"y-axis") {
            const qsizetype arrow = rest.indexOf(u"-->");
            const QString low = unquoted(arrow < 0 ? rest : rest.left(arrow));
            const QString high = arrow < 0 ? QString() : unquoted(rest.mid(arrow + 3));
            if (low.isEmpty()) {
                out.error(l.number, indent + int(keyword.size()) + 1, MermaidLexer::unexpected(text, keyword.size() + 1, tr("an axis label")));
                continue;
            }
            (keyword.front() == u'x' ? result.spec.xLow : result.spec.yLow) = MermaidLexer::decodeEntities(low);
            (keyword.front() == u'x' ? result.spec.xHigh : result.spec.yHigh) = MermaidLexer::decodeEntities(high);
        } else if (keyword.size() == 10 && keyword.startsWith(u"quadrant-") && keyword.back() >= u'1' && keyword.back() <= u'4') {
            result.spec.quadrants[keyword.back().unicode() - u'1'] = MermaidLexer::decodeEntities(unquoted(rest));
        } else if (keyword == u"classDef" || keyword.startsWith(u"accTitle") || keyword.startsWith(u"accDescr")) {
            out.warning(l.number, indent, tr("\"%1\" is not imported; the line is ignored").arg(keyword));
        } else if (const QRegularExpressionMatch m = point.match(text); m.hasMatch()) {
            bool xOk = number.match(m.captured(3)).hasMatch();
            bool yOk = number.match(m.captured(4)).hasMatch();
            const double x = m.captured(3).toDouble();
            const double y = m.captured(4).toDouble();
            const int xColumn = indent + int(m.capturedStart(3));
            const int yColumn = indent + int(m.capturedStart(4));
            if (!xOk || x < 0 || x > 1) {
                out.error(l.number, xColumn, MermaidLexer::unexpected(text, m.capturedStart(3), tr("a number from 0 to 1")));
                continue;
            }
            if (!yOk || y < 0 || y > 1) {
                out.error(l.number, yColumn, MermaidLexer::unexpected(text, m.capturedStart(4), tr("a number from 0 to 1")));
                continue;
            }
            if (!m.captured(5).trimmed().isEmpty())
                out.warning(l.number, indent + int(m.capturedStart(5)), tr("point styles are not imported"));
            if (result.points.size() >= MermaidImportLimits::maxNodes) {
                out.error(l.number, indent, tr("more than %1 points; a chart may have at most %1").arg(MermaidImportLimits::maxNodes));
                break;
            }
            result.points.append({MermaidLexer::decodeEntities(unquoted(m.captured(1))), x, y});
        } else if (text.contains(u':')) {
            const qsizetype colon = text.indexOf(u':');
            out.error(l.number, indent + int(colon) + 1, MermaidLexer::unexpected(text, colon + 1, tr("a point's position [x, y]")));
        } else {
            out.warning(l.number, indent, tr("unknown statement \"%1\"; the line is ignored").arg(text.left(60)));
        }
    }
    return result;
}

} // namespace archscape
