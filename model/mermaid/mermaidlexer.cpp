#include "mermaidlexer.h"

#include "mermaidimportlimits.h"

#include <QRegularExpression>

namespace archscape {

void MermaidDiagnostics::add(Diagnostic::Severity severity, int line, int column, const QString &message)
{
    if (severity == Diagnostic::Severity::Error)
        ++m_errors;
    if (m_sink->size() >= MermaidImportLimits::maxDiagnostics) {
        // One closing line says how many were left out, and stays an error if any was.
        ++m_dropped;
        Diagnostic &last = m_sink->last();
        last.message = QCoreApplication::translate("MermaidLexer", "%n more problems not listed", nullptr, int(m_dropped));
        if (severity == Diagnostic::Severity::Error)
            last.severity = severity;
        return;
    }
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = column;
    d.message = message;
    if (m_sink->size() == MermaidImportLimits::maxDiagnostics - 1) {
        d.message = QCoreApplication::translate("MermaidLexer", "%n more problems not listed", nullptr, 1);
        d.line = 0;
        d.column = 0;
        m_dropped = 1;
    }
    m_sink->append(d);
}

qsizetype MermaidLexer::firstBadByte(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i; // cut short
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i; // overlong, out of range or a surrogate
        i += extra + 1;
    }
    return -1;
}

QList<MermaidLine> MermaidLexer::lines(QByteArrayView bytes, int firstLine, qsizetype maxBytes, MermaidDiagnostics &out)
{
    QList<MermaidLine> result;
    qsizetype start = 0;
    int number = firstLine;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (end > maxBytes) {
            out.error(number, 1, tr("the text is longer than %n bytes, the most an import reads", nullptr, int(maxBytes)));
            break;
        }
        QByteArrayView line = bytes.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        MermaidLine entry;
        entry.number = number;
        if (line.size() > MermaidImportLimits::maxLineBytes) {
            out.error(number, 1, tr("the line is %1 bytes long; a line may have at most %2")
                                     .arg(line.size())
                                     .arg(MermaidImportLimits::maxLineBytes));
        } else if (const qsizetype bad = firstBadByte(line); bad >= 0) {
            const int column = int(QString::fromUtf8(line.first(bad)).size()) + 1;
            out.error(number, column, line.at(bad) == 0 ? tr("a NUL character; the text must be UTF-8 text")
                                                        : tr("invalid UTF-8 (byte 0x%1); the text must be UTF-8")
                                                              .arg(uint(uchar(line.at(bad))), 2, 16, QLatin1Char('0')));
        } else {
            entry.text = QString::fromUtf8(line);
        }
        result.append(entry);
        start = end + 1;
        ++number;
    }
    return result;
}

QString MermaidLexer::found(QStringView text, qsizetype at)
{
    if (at >= text.size())
        return tr("end of line");
    qsizetype end = at;
    if (MermaidCursor::isIdChar(text.at(at))) {
        while (end < text.size() && end - at < 40
               && (MermaidCursor::isIdChar(text.at(end)) || text.at(end) == u'-' || text.at(end) == u'.'))
            ++end;
    } else {
        while (end < text.size() && end - at < 12 && !text.at(end).isSpace() && !MermaidCursor::isIdChar(text.at(end)))
            ++end;
    }
    return u'"' + text.sliced(at, std::max<qsizetype>(1, end - at)).toString() + u'"';
}

QString MermaidLexer::unexpected(QStringView text, qsizetype at, const QString &expected)
{
    return tr("unexpected %1; expected %2").arg(found(text, at), expected);
}

QString MermaidLexer::decodeEntities(const QString &text)
{
    if (!text.contains(u'#'))
        return text;
    static const QRegularExpression entity(QStringLiteral("#(quot|amp|lt|gt|nbsp|x[0-9A-Fa-f]{1,6}|[0-9]{1,7});"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name == u"quot")
            code = u'"';
        else if (name == u"amp")
            code = u'&';
        else if (name == u"lt")
            code = u'<';
        else if (name == u"gt")
            code = u'>';
        else if (name == u"nbsp")
            code = 0xA0;
        else if (name.startsWith(u'x'))
            code = name.mid(1).toUInt(nullptr, 16);
        else
            code = name.toUInt();
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            result += m.captured(); // not a character: kept as written
        else
            result += QStringView(QChar::fromUcs4(code)); // fromUcs4(&code, 1) would drop U+FEFF as a BOM
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

qsizetype MermaidLexer::lineBreakAt(QStringView text, qsizetype at)
{
    if (at + 4 > text.size() || text.at(at) != u'<' || text.at(at + 1).toLower() != u'b' || text.at(at + 2).toLower() != u'r')
        return 0;
    qsizetype end = at + 3;
    while (end < text.size() && (text.at(end) == u' ' || (text.at(end) >= u'\t' && text.at(end) <= u'\r')))
        ++end;
    if (end < text.size() && text.at(end) == u'/')
        ++end;
    return end < text.size() && text.at(end) == u'>' ? end + 1 - at : 0;
}

QStringList MermaidLexer::labelLines(const QString &text)
{
    QStringList lines;
    qsizetype lineStart = 0;
    for (qsizetype at = text.indexOf(u'<'); at >= 0; at = text.indexOf(u'<', at + 1)) {
        if (const qsizetype length = lineBreakAt(text, at)) {
            lines.append(decodeEntities(text.mid(lineStart, at - lineStart).trimmed()));
            lineStart = at + length;
            at = lineStart - 1;
        }
    }
    lines.append(decodeEntities(text.mid(lineStart).trimmed()));
    return lines;
}

QString MermaidCursor::readId()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (isIdChar(c)) {
            ++m_pos;
        } else if (c == u'-' && m_pos > start && m_pos + 1 < m_text.size() && isIdChar(m_text.at(m_pos + 1))
                   && !((m_text.at(m_pos + 1) == u'o' || m_text.at(m_pos + 1) == u'x')
                        && m_pos + 2 < m_text.size() && m_text.at(m_pos + 2) == u'-')) {
            ++m_pos; // a-b is one id; A-o-... is not
        } else {
            break;
        }
    }
    return m_text.mid(start, m_pos - start);
}

QString MermaidCursor::readWord()
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != u' ' && m_text.at(m_pos) != u'\t' && m_text.at(m_pos) != u';')
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

} // namespace archscape
