#include "sourcescan.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace archscape {

QString Finding::toString() const
{
    return u"%1:%2: %3: %4"_s.arg(file).arg(line).arg(rule, text.simplified());
}

namespace {


// Reviewed places, "relative/path.cpp|text of the finding" -> why it is safe.
const QHash<QString, QString> &allowList()
{
    static const QHash<QString, QString> list = {
        // The guard compares with Qt::AutoText to turn it into plain text.
        {u"views/widgets/plaintextguard.cpp|Qt::AutoText"_s, u"the guard itself"_s},
        // "How is this computed?": our own docs/cost-model.md, compiled in, no model text in it;
        // links are not opened.
        {u"views/pages/whatifpage.cpp|QTextBrowser"_s, u"compiled-in documentation"_s},
        {u"views/pages/whatifpage.cpp|setOpenExternalLinks"_s, u"set to false"_s},
        {u"views/pages/whatifpage.cpp|setMarkdown"_s, u"compiled-in documentation"_s},
        // The pattern names are escaped where the list is built, a few lines above.
        {u"views/charts/costbreakdownchart.cpp|m_categories->append(names)"_s, u"escaped when built"_s},
        // The radar's axes are tr() texts of the program.
        {u"views/charts/complexityradarchart.cpp|m_angular->append(axes.at(i), 360.0 * i / axes.size())"_s, u"program texts"_s},
        // Axis tick labels made from numbers only (10, 100, 1K...).
        {u"views/charts/costcurvechart.cpp|m_xAxis->append(decadeText(e), e)"_s, u"numbers only"_s},
        {u"views/charts/costcurvechart.cpp|m_yAxis->append(u'$' + decadeText(e), e)"_s, u"numbers only"_s},
    };
    return list;
}

int lineOf(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

// The argument list of the call whose '(' is at `open`, without the parentheses.
QString argumentsAt(const QString &text, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return text.mid(open + 1, i - open - 1);
    }
    return {};
}

// The first argument of an argument list.
QString firstArgument(const QString &arguments)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'(' || c == u'{')
            ++depth;
        else if (c == u')' || c == u'}')
            --depth;
        else if (c == u',' && depth == 0)
            return arguments.left(i).trimmed();
    }
    return arguments.trimmed();
}

// A literal the program wrote (a translated string without arguments): never model text.
bool isFixedText(const QString &argument)
{
    static const QRegularExpression fixed(uR"(^(tr|QStringLiteral|QCoreApplication::translate\("[^"]*",\s*)?\(?\s*"(?:[^"\\]|\\.)*"\s*\)?$)"_s);
    static const QRegularExpression literal(uR"(^u?"(?:[^"\\]|\\.)*"(_s)?$)"_s);
    const QString a = argument.simplified();
    return fixed.match(a).hasMatch() || literal.match(a).hasMatch();
}

// Scans one file's text; `file` is its path relative to the repository.
// The code without its comments (a comment may name the APIs it avoids), newlines kept so line
// numbers stay right. String, character and raw-string literals are skipped over whole.
QString withoutComments(const QString &source)
{
    QString out;
    out.reserve(source.size());
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        const QChar next = i + 1 < n ? source.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            while (i < n && source.at(i) != u'\n')
                ++i;
            if (i < n)
                out += u'\n';
            continue;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = source.indexOf(u"*/"_s, i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            for (qsizetype j = i; j < stop; ++j) {
                if (source.at(j) == u'\n')
                    out += u'\n';
            }
            i = stop - 1;
            continue;
        }
        if (c == u'R' && next == u'"') {
            const qsizetype open = source.indexOf(u'(', i + 2);
            if (open > 0) {
                const QString close = u')' + source.mid(i + 2, open - i - 2) + u'"';
                const qsizetype end = source.indexOf(close, open);
                const qsizetype stop = end < 0 ? n : end + close.size();
                out += source.mid(i, stop - i);
                i = stop - 1;
                continue;
            }
        }
        if (c == u'"' || c == u'\'') {
            qsizetype j = i + 1;
            while (j < n && source.at(j) != c && source.at(j) != u'\n')
                j += source.at(j) == u'\\' ? 2 : 1;
            const qsizetype stop = std::min(j + 1, n);
            out += source.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

QList<Finding> scanForMarkup(const QString &file, const QString &source)
{
    const QString text = withoutComments(source);
    QList<Finding> findings;
    const auto add = [&](qsizetype offset, const QString &rule, const QString &what) {
        if (!allowList().contains(file + u'|' + what.simplified()))
            findings.append({file, lineOf(text, offset), rule, what});
    };

    // 1. APIs that take or make rich text.
    static const QRegularExpression richApis(
        uR"(\bsetHtml\s*\(|\binsertHtml\s*\(|\bfromHtml\s*\(|Qt::RichText|Qt::AutoText|\bQGraphicsTextItem\b|\bQTextBrowser\b|\bsetWhatsThis\s*\(|\bsetOpenExternalLinks\s*\(|\bconvertFromPlainText\s*\(|\bsetMarkdown\s*\()"_s);
    for (auto it = richApis.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(m.capturedStart(), u"rich-text API"_s, m.captured().remove(u'(').trimmed());
    }

    // 2. QLabels: a label that gets text from the program (setText, or a constructor argument
    // that is not fixed text) must be made Qt::PlainText in the same file; an unnamed label can
    // only hold fixed text.
    static const QRegularExpression namedLabel(uR"(\b((?:m_)?\w+)\s*=\s*new\s+QLabel\s*\()"_s);
    static const QRegularExpression stackLabel(uR"(\bQLabel\s+(\w+)\s*[({;])"_s);
    static const QRegularExpression unnamedLabel(uR"(\bnew\s+QLabel\s*\()"_s);
    QSet<QString> named;
    const auto checkNamed = [&](const QString &name, qsizetype offset, qsizetype open) {
        if (named.contains(name))
            return;
        named.insert(name);
        const QString escaped = QRegularExpression::escape(name);
        const QRegularExpression plain(u"\\b"_s + escaped + uR"(\s*(->|\.)\s*setTextFormat\s*\(\s*Qt::PlainText)"_s);
        if (plain.match(text).hasMatch())
            return;
        const QRegularExpression setsText(u"\\b"_s + escaped + uR"(\s*(->|\.)\s*setText\s*\()"_s);
        const QString constructed = open >= 0 ? firstArgument(argumentsAt(text, open)) : QString();
        // A parent-only constructor holds no text; a fixed text is the program's own.
        const bool textInConstructor = !constructed.isEmpty() && !isFixedText(constructed)
                                       && !QRegularExpression(uR"(^(this|parent|nullptr|\w*(bar|strip|widget|page|panel|controls|stack|banner|box|content|appearance|m_\w+))$)"_s,
                                                              QRegularExpression::CaseInsensitiveOption)
                                               .match(constructed)
                                               .hasMatch();
        if (setsText.match(text).hasMatch() || textInConstructor)
            add(offset, u"QLabel without Qt::PlainText"_s, name);
    };
    for (auto it = namedLabel.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        checkNamed(m.captured(1), m.capturedStart(), m.capturedEnd() - 1);
    }
    for (auto it = stackLabel.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        checkNamed(m.captured(1), m.capturedStart(), m.capturedEnd() - 1);
    }
    for (auto it = unnamedLabel.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Named ones were handled above: look back for an assignment on the same statement.
        const qsizetype statement = text.lastIndexOf(u';', m.capturedStart());
        if (text.mid(statement + 1, m.capturedStart() - statement - 1).contains(u'='))
            continue;
        const QString argument = firstArgument(argumentsAt(text, m.capturedEnd() - 1));
        if (!argument.isEmpty() && !isFixedText(argument) && argument != u"this"_s && argument != u"parent"_s)
            add(m.capturedStart(), u"unnamed QLabel with program text"_s, argument);
    }

    // 3. Qt Charts renders chart titles, axis titles and labels, series and bar-set names as HTML:
    // text from the model must be escaped (toHtmlEscaped) on its way in.
    static const QRegularExpression chartsInclude(uR"(#include\s*<Q(Chart|ChartView|\w*Series|\w*Axis|BarSet)>)"_s);
    if (chartsInclude.match(text).hasMatch()) {
        static const QRegularExpression chartText(
            uR"(\b(setTitle|setTitleText|setName|setLabel)\s*\(|\bnew\s+QBarSet\s*\(|\b\w*(?:[Aa]xis|[Cc]ategories|[Aa]ngular)\w*\s*->\s*append\s*\()"_s);
        for (auto it = chartText.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString arguments = argumentsAt(text, m.capturedEnd() - 1);
            const QString first = firstArgument(arguments);
            if (isFixedText(first) || first.contains(u"toHtmlEscaped()"_s) || first.contains(u"chartText("_s))
                continue;
            // The call through its closing parenthesis.
            const qsizetype length = m.capturedEnd() - m.capturedStart() + arguments.size() + 1;
            add(m.capturedStart(), u"Qt Charts text without toHtmlEscaped()"_s, text.mid(m.capturedStart(), length));
        }
    }
    return findings;
}

} // namespace archscape
