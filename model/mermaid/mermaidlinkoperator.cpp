#include "mermaidlinkoperator.h"

namespace archscape {

namespace {

QChar at(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text.at(i) : QChar();
}

bool isFirstEnd(QChar c)
{
    return c == u'<' || c == u'x' || c == u'o';
}

bool isLastEnd(QChar c)
{
    return c == u'>' || c == u'x' || c == u'o';
}

qsizetype runOf(QStringView text, qsizetype from, QChar c)
{
    qsizetype n = 0;
    while (at(text, from + n) == c)
        ++n;
    return n;
}

// (DD+)([D>xo]) from `start`, D being '-' or '=': the longest line of D, then an end; or, with
// no end after it, the line less its last D, which then stands as the end (a regular
// expression's backtracking gives the same).
std::optional<qsizetype> lineWithEnd(QStringView text, qsizetype start, QChar line, QChar *end)
{
    const qsizetype n = runOf(text, start, line);
    if (n < 2)
        return std::nullopt;
    if (isLastEnd(at(text, start + n))) {
        *end = at(text, start + n);
        return start + n + 1;
    }
    if (n < 3)
        return std::nullopt;
    *end = line;
    return start + n;
}

// (-?\.+-)([>xo]?) from `start`.
std::optional<qsizetype> dottedLine(QStringView text, qsizetype start, QChar *end)
{
    const auto dotsThenDash = [&](qsizetype from) -> std::optional<qsizetype> {
        const qsizetype dots = runOf(text, from, u'.');
        if (dots < 1 || at(text, from + dots) != u'-')
            return std::nullopt;
        return from + dots + 1;
    };
    std::optional<qsizetype> after;
    if (at(text, start) == u'-')
        after = dotsThenDash(start + 1);
    if (!after)
        after = dotsThenDash(start);
    if (!after)
        return std::nullopt;
    *end = isLastEnd(at(text, *after)) ? at(text, *after) : QChar(u'.');
    return *after + (isLastEnd(at(text, *after)) ? 1 : 0);
}

} // namespace

std::optional<MermaidLinkOperator> matchPlainLinkOperator(QStringView text, qsizetype pos)
{
    MermaidLinkOperator op;
    const qsizetype tildes = runOf(text, pos, u'~');
    if (tildes >= 3) {
        op.length = tildes;
        op.kind = u'~';
        return op;
    }
    // Each kind is tried with a first end, then without, as ([<xo]?) backtracks.
    const bool firstEnd = isFirstEnd(at(text, pos));
    for (const QChar kind : {QChar(u'-'), QChar(u'='), QChar(u'.')}) {
        for (const bool withFirstEnd : {true, false}) {
            if (withFirstEnd && !firstEnd)
                continue;
            const qsizetype start = pos + (withFirstEnd ? 1 : 0);
            QChar end;
            const std::optional<qsizetype> after = kind == u'.' ? dottedLine(text, start, &end) : lineWithEnd(text, start, kind, &end);
            if (after) {
                op.length = *after - pos;
                op.kind = kind;
                op.bidirectional = withFirstEnd;
                op.end = end;
                return op;
            }
        }
    }
    return std::nullopt;
}

} // namespace archscape
