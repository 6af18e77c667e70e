// The reading shared by the Mermaid parsers: bytes to checked lines (UTF-8, no NUL, bounded line
// length and input size, see MermaidImportLimits), and a cursor over one line that knows its line
// and column for diagnostics ("unexpected "X"; expected Y").
#pragma once

#include "diagnostic.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace archscape {

struct MermaidLine
{
    int number = 0; // 1-based, in the file the text came from
    QString text;   // empty for a line that was rejected (its problem is in the diagnostics)
};

class MermaidDiagnostics
{
public:
    explicit MermaidDiagnostics(Diagnostics *sink) : m_sink(sink) {}
    void error(int line, int column, const QString &message) { add(Diagnostic::Severity::Error, line, column, message); }
    void warning(int line, int column, const QString &message) { add(Diagnostic::Severity::Warning, line, column, message); }
    bool hasErrors() const { return m_errors > 0; }

private:
    void add(Diagnostic::Severity severity, int line, int column, const QString &message);
    Diagnostics *m_sink;
    qsizetype m_dropped = 0;
    int m_errors = 0;
};

class MermaidLexer
{
    Q_DECLARE_TR_FUNCTIONS(MermaidLexer)

public:
    // Splits `bytes` into lines numbered from `firstLine`; "\r\n" ends a line as "\n" does. A line
    // with invalid UTF-8 or a NUL byte, or longer than maxLineBytes, is reported (with the column of
    // the first bad byte) and comes back empty; reading stops at the line that passes `maxBytes`.
    static QList<MermaidLine> lines(QByteArrayView bytes, int firstLine, qsizetype maxBytes, MermaidDiagnostics &out);

    // The byte offset of the first invalid UTF-8 sequence or NUL in `bytes`, or -1.
    static qsizetype firstBadByte(QByteArrayView bytes);

    // The text a diagnostic shows for what was found at `at`: the next word or symbol, or "end of line".
    static QString found(QStringView text, qsizetype at);
    // "unexpected X; expected Y" for the text at `at`.
    static QString unexpected(QStringView text, qsizetype at, const QString &expected);

    // Mermaid's entity codes in labels: #quot; #amp; #lt; #gt; #35; and #x23; ("#" itself otherwise).
    static QString decodeEntities(const QString &text);
    // A label's lines: split at <br>, <br/> and <br /> (any case), each trimmed of spaces.
    static QStringList labelLines(const QString &text);
    // The length of the line break (what <br\s*/?> matches, in any case) starting at `at`, or 0.
    // Read by hand: compiling the expression took a tenth of a small flowchart's import.
    static qsizetype lineBreakAt(QStringView text, qsizetype at);
};

// A position in one line.
class MermaidCursor
{
public:
    MermaidCursor(const QString &text, int line) : m_text(text), m_line(line) {}

    const QString &text() const { return m_text; }
    int line() const { return m_line; }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    int column() const { return int(m_pos) + 1; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    bool lookingAt(QStringView s) const { return QStringView(m_text).mid(m_pos).startsWith(s); }
    bool consume(QStringView s)
    {
        if (!lookingAt(s))
            return false;
        m_pos += s.size();
        return true;
    }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t'))
            ++m_pos;
    }
    QStringView rest() const { return QStringView(m_text).mid(m_pos); }
    // True at the end, a `;` or a `%%` comment: where a statement may stop.
    bool atStatementEnd() const { return atEnd() || peek() == u';' || lookingAt(u"%%"); }
    QString unexpected(const QString &expected) const { return MermaidLexer::unexpected(m_text, m_pos, expected); }

    // Letters, digits, `_` and inner `-` (not the start of a link): a node, class or subgraph id.
    QString readId();
    // A word: everything up to a space, tab or `;`.
    QString readWord();
    static bool isIdChar(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

private:
    QString m_text;
    int m_line = 0;
    qsizetype m_pos = 0;
};

} // namespace archscape
