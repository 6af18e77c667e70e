// `archscape export`: every view to SVG, PDF or PNG and the pattern report, headless. main()
// runs it inside a QApplication on the offscreen platform (charts and scenes are widgets' kin).
#pragma once

#include <QStringList>
#include <QTextStream>

namespace archscape {

// `arguments` are those after "export". Writes files, prints what it wrote (or the view ids for
// --list) to `out` and problems to `err`; returns 0 on success, 1 for bad arguments, an unknown
// view or pattern, an unreadable model or scenario, or a file that could not be written.
int runExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace archscape
