// Mermaid gantt charts into the model's Roadmap: title, dateFormat (YYYY-MM-DD and its variants
// with -, / or . and day-first or month-first order), axisFormat (kept), excludes (kept, warned:
// excluded days are not skipped), sections and tasks `Name :tags, id, start, end` where tags are
// done, active, crit and milestone; start is a date or `after a b`; end is a duration (d, w, M, y)
// or a date. As in Mermaid, a task with one field starts after the task above it and a task
// without an id is named task1, task2, ... The schedule's problems (unknown ids, cycles) are
// reported on the task's line.
#pragma once

#include "mermaiddocument.h"
#include "mermaidlexer.h"

#include <QCoreApplication>

namespace archscape {

class MermaidGanttParser
{
    Q_DECLARE_TR_FUNCTIONS(MermaidGanttParser)

public:
    // `lines` start at the `gantt` line.
    static MermaidGantt parse(const QList<MermaidLine> &lines, MermaidDiagnostics &diagnostics);

    // The Qt date format for a Mermaid (dayjs) one, or an empty string for one this import cannot read.
    static QString qtDateFormat(const QString &mermaidFormat);

    // True when `word`, starting a line and followed by a space, makes the line a statement
    // (dateFormat, section, title, ...), not a task. A task can still carry such a name when its
    // colon follows the name directly ("section:s1, 2024-01-01, 3d"), as in Mermaid, where these
    // keywords need white space after them; compared without case, as Mermaid's lexer does.
    static bool isStatementKeyword(QStringView word);
};

} // namespace archscape
