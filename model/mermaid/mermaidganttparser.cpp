#include "mermaidganttparser.h"

#include "mermaidimportlimits.h"
#include "roadmapscheduler.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace archscape {

QString MermaidGanttParser::qtDateFormat(const QString &mermaidFormat)
{
    static const QRegularExpression token(QStringLiteral("YYYY|MM|M|DD|D|[-/. ]"));
    QString result;
    qsizetype at = 0;
    bool year = false;
    bool month = false;
    bool day = false;
    while (at < mermaidFormat.size()) {
        const QRegularExpressionMatch m =
            token.match(mermaidFormat, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return {};
        const QString t = m.captured();
        if (t == u"YYYY") {
            result += QStringLiteral("yyyy");
            year = true;
        } else if (t.startsWith(u'M')) {
            result += t;
            month = true;
        } else if (t.startsWith(u'D')) {
            result += t.toLower();
            day = true;
        } else {
            result += t;
        }
        at += t.size();
    }
    return year && month && day ? result : QString();
}

namespace {

struct Parsed
{
    int section = 0;
    int index = 0;
    int line = 0;
    int column = 0;
    QList<int> afterColumns;
};

// Every keyword the statement chain of parse() tests for, and includes and weekend, which Mermaid
// reads as statements too, spelled as the chain compares them.
const QStringList &statementKeywords()
{
    static const QStringList keywords = {QStringLiteral("title"),       QStringLiteral("dateFormat"),   QStringLiteral("axisFormat"),
                                         QStringLiteral("excludes"),    QStringLiteral("tickInterval"), QStringLiteral("todayMarker"),
                                         QStringLiteral("weekday"),     QStringLiteral("inclusiveEndDates"),
                                         QStringLiteral("topAxis"),     QStringLiteral("displayMode"),  QStringLiteral("click"),
                                         QStringLiteral("section"),     QStringLiteral("includes"),     QStringLiteral("weekend")};
    return keywords;
}

// A line's first word as the statement chain spells it when it is a keyword in any case
// ("SECTION" is "section", "acctitle:" is "accTitle:"); any other word as it is.
QString canonicalKeyword(const QString &word)
{
    for (const QString &keyword : statementKeywords()) {
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return keyword;
    }
    for (const QString &prefix : {QStringLiteral("accTitle"), QStringLiteral("accDescr")}) {
        if (word.startsWith(prefix, Qt::CaseInsensitive))
            return prefix + word.mid(prefix.size());
    }
    return word;
}

} // namespace

bool MermaidGanttParser::isStatementKeyword(QStringView word)
{
    // accTitle and accDescr are statements whatever follows them, so no task is ever named
    // after them.
    return std::any_of(statementKeywords().cbegin(), statementKeywords().cend(),
                       [word](const QString &keyword) { return word.compare(keyword, Qt::CaseInsensitive) == 0; });
}

MermaidGantt MermaidGanttParser::parse(const QList<MermaidLine> &lines, MermaidDiagnostics &out)
{
    static const QRegularExpression durationRe(QStringLiteral("^(\\d{1,9})([dwMy])$"));
    MermaidGantt result;
    Roadmap &roadmap = result.roadmap;
    roadmap.dateFormat = QStringLiteral("YYYY-MM-DD");
    QString qtFormat = qtDateFormat(roadmap.dateFormat);
    QHash<QString, Parsed> where;
    QString previous;
    int autoIds = 0;
    int tasks = 0;
    bool header = true;
    for (const MermaidLine &l : lines) {
        const QString text = l.text.trimmed();
        if (text.isEmpty() || text.startsWith(u"%%"))
            continue;
        const int indent = int(l.text.indexOf(text.at(0))) + 1;
        if (header) {
            header = false;
            if (text != u"gantt")
                out.error(l.number, indent + 5, MermaidLexer::unexpected(text, 5, tr("the end of the line after gantt")));
            continue;
        }
        if (text.size() > MermaidImportLimits::maxLabelCharacters) {
            out.error(l.number, indent, tr("a line of more than %1 characters").arg(MermaidImportLimits::maxLabelCharacters));
            continue;
        }
        // The first word, up to any white space; Mermaid's gantt lexer matches its keywords
        // without regard to case ("Title", "SECTION") and only when white space follows them.
        const qsizetype wordEnd = std::find_if(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }) - text.cbegin();
        const QString word = text.left(wordEnd);
        const QString keyword = canonicalKeyword(word);
        const QString rest = text.mid(word.size()).trimmed();
        const int restColumn = indent + int(text.size() - rest.size());
        if (keyword == u"title") {
            roadmap.title = rest;
        } else if (keyword == u"dateFormat") {
            const QString format = qtDateFormat(rest);
            if (format.isEmpty()) {
                out.error(l.number, restColumn, MermaidLexer::unexpected(text, text.size() - rest.size(),
                                                                         tr("a date format such as YYYY-MM-DD, DD/MM/YYYY or MM-DD-YYYY")));
                continue;
            }
            roadmap.dateFormat = rest;
            qtFormat = format;
        } else if (keyword == u"axisFormat") {
            result.axisFormat = rest;
        } else if (keyword == u"excludes") {
            result.excludes.append(rest);
            out.warning(l.number, indent, tr("excludes: excluded days are not skipped when tasks are scheduled"));
        } else if (keyword == u"tickInterval" || keyword == u"todayMarker" || keyword == u"weekday" || keyword == u"inclusiveEndDates"
                   || keyword == u"topAxis" || keyword == u"displayMode" || keyword == u"click") {
            out.warning(l.number, indent, tr("\"%1\" is not imported; the line is ignored").arg(keyword));
        } else if (keyword == u"accTitle:" || keyword == u"accDescr:" || keyword.startsWith(u"accTitle") || keyword.startsWith(u"accDescr")) {
            continue;
        } else if (keyword == u"section") {
            if (roadmap.sections.size() >= MermaidImportLimits::maxNodes) {
                out.error(l.number, indent, tr("more than %1 sections").arg(MermaidImportLimits::maxNodes));
                break;
            }
            roadmap.sections.append(RoadmapSection{rest, {}});
        } else if (const qsizetype colon = text.indexOf(u':'); colon > 0) {
            if (++tasks > MermaidImportLimits::maxNodes) {
                out.error(l.number, indent, tr("more than %1 tasks; a chart may have at most %1").arg(MermaidImportLimits::maxNodes));
                break;
            }
            RoadmapTask task;
            task.name = text.left(colon).trimmed();
            MermaidTaskFlags flags;
            // Fields with their columns, so each problem points at its own field.
            QStringList fields;
            QList<int> columns;
            qsizetype at = colon + 1;
            for (const QString &field : text.mid(colon + 1).split(u',')) {
                const qsizetype offset = field.trimmed().isEmpty() ? 0 : field.indexOf(field.trimmed());
                fields.append(field.trimmed());
                columns.append(indent + int(at + offset));
                at += field.size() + 1;
            }
            while (!fields.isEmpty()) {
                const QString &f = fields.first();
                if (f == u"done")
                    flags.done = true;
                else if (f == u"active")
                    flags.active = true;
                else if (f == u"crit")
                    flags.crit = true;
                else if (f == u"milestone")
                    task.milestone = true;
                else
                    break;
                fields.removeFirst();
                columns.removeFirst();
            }
            if (fields.isEmpty() || fields.size() > 3) {
                out.error(l.number, indent + int(colon) + 1,
                          fields.isEmpty() ? MermaidLexer::unexpected(text, text.size(), tr("a duration or an end date after the tags"))
                                           : tr("%1 fields after the tags; expected [id,] [start,] end").arg(fields.size()));
                continue;
            }
            Parsed parsed;
            parsed.line = l.number;
            parsed.column = indent;
            QString startField;
            int startColumn = 0;
            if (fields.size() == 3) {
                task.id = fields.first();
                static const QRegularExpression idRe(QStringLiteral("^[\\w.-]+$"));
                if (!idRe.match(task.id).hasMatch()) {
                    out.error(l.number, columns.first(), MermaidLexer::unexpected(text, columns.first() - indent, tr("a task id (letters, digits, _ . -)")));
                    continue;
                }
            }
            if (fields.size() >= 2) {
                startField = fields.at(fields.size() - 2);
                startColumn = columns.at(fields.size() - 2);
            }
            const QString endField = fields.last();
            const int endColumn = columns.last();
            if (task.id.isEmpty())
                task.id = QStringLiteral("task") + QString::number(++autoIds);
            if (where.contains(task.id)) {
                out.error(l.number, fields.size() == 3 ? columns.first() : indent,
                          tr("the task id \"%1\" is used twice (first on line %2)").arg(task.id).arg(where.value(task.id).line));
                continue;
            }
            if (startField.isEmpty()) {
                if (previous.isEmpty()) {
                    out.error(l.number, endColumn, tr("the first task needs a start date or \"after\" before its end"));
                    continue;
                }
                task.after = QStringList{previous};
            } else if (startField.startsWith(u"after ")) {
                task.after = startField.mid(6).split(u' ', Qt::SkipEmptyParts);
                qsizetype from = 6;
                for (const QString &dep : std::as_const(task.after)) {
                    const qsizetype pos = startField.indexOf(dep, from);
                    parsed.afterColumns.append(startColumn + int(pos));
                    from = pos + dep.size();
                }
            } else {
                task.start = QDate::fromString(startField, qtFormat);
                if (!task.start.isValid()) {
                    out.error(l.number, startColumn,
                              MermaidLexer::unexpected(text, startColumn - indent, tr("a start date in the format %1 or \"after ID\"").arg(roadmap.dateFormat)));
                    continue;
                }
            }
            if (const QRegularExpressionMatch d = durationRe.match(endField); d.hasMatch()) {
                const int value = d.captured(1).toInt();
                if (value > RoadmapScheduler::maximumDurationValue) {
                    out.error(l.number, endColumn, tr("a duration of %1; a task may last at most %2").arg(value).arg(RoadmapScheduler::maximumDurationValue));
                    continue;
                }
                task.duration = TaskDuration{value, d.captured(2).at(0)};
            } else if (const QDate end = QDate::fromString(endField, qtFormat); end.isValid()) {
                flags.fixedEnd = end;
                if (task.start.isValid()) {
                    const qint64 days = task.start.daysTo(end);
                    if (days < 0 || days > RoadmapScheduler::maximumDurationValue) {
                        out.error(l.number, endColumn, tr("the end date %1 is before the start or too far after it").arg(endField));
                        continue;
                    }
                    task.duration = TaskDuration{int(days), u'd'};
                }
            } else {
                out.error(l.number, endColumn,
                          MermaidLexer::unexpected(text, endColumn - indent,
                                                   tr("a duration in days, weeks, months or years (3d, 2w, 6M, 1y) or an end date in the format %1")
                                                       .arg(roadmap.dateFormat)));
                continue;
            }
            if (roadmap.sections.isEmpty())
                roadmap.sections.append(RoadmapSection{});
            parsed.section = int(roadmap.sections.size() - 1);
            parsed.index = int(roadmap.sections.last().tasks.size());
            where.insert(task.id, parsed);
            if (flags != MermaidTaskFlags{})
                result.flags.insert(task.id, flags);
            previous = task.id;
            roadmap.sections.last().tasks.append(task);
        } else {
            out.warning(l.number, indent, tr("unknown statement \"%1\"; the line is ignored").arg(text.left(60)));
        }
    }

    // Dependencies are resolved once every task is known (Mermaid allows `after` a later task).
    bool unknownDependency = false;
    for (const RoadmapSection &section : std::as_const(roadmap.sections)) {
        for (const RoadmapTask &task : section.tasks) {
            const Parsed &p = where[task.id];
            for (qsizetype i = 0; i < task.after.size(); ++i) {
                if (where.contains(task.after.at(i)))
                    continue;
                unknownDependency = true;
                out.error(p.line, i < p.afterColumns.size() ? p.afterColumns.at(i) : p.column,
                              tr("task \"%1\" comes after \"%2\", which is not a task of this chart").arg(task.id, task.after.at(i)));
            }
        }
    }
    static const QRegularExpression pointer(QStringLiteral("^/roadmap/sections/(\\d+)/tasks/(\\d+)"));
    QHash<QPair<int, int>, int> lineOf;
    for (const Parsed &p : std::as_const(where))
        lineOf.insert({p.section, p.index}, p.line);
    // Cycles and other scheduling problems, on the line of the task they name (unknown ids are
    // reported above with their column, and would only be repeated).
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(result.scheduledRoadmap());
    for (const Diagnostic &d : schedule.diagnostics) {
        if (unknownDependency)
            break;
        const QRegularExpressionMatch m = pointer.match(d.pointer);
        const int line = m.hasMatch() ? lineOf.value({m.captured(1).toInt(), m.captured(2).toInt()}) : 0;
        if (d.severity == Diagnostic::Severity::Error)
            out.error(line, 1, d.message);
        else
            out.warning(line, 1, d.message);
    }
    return result;
}

} // namespace archscape
