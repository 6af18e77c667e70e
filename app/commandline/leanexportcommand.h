// The fast path of `archscape export`: the architecture diagrams (--view diagram/ID) and Mermaid
// flowcharts (--input) drawn with archscape_render alone, in a process that never loads Qt Widgets
// or Qt Charts. Everything else (charts, the quadrant, the Gantt, the selection flowchart, reports,
// --all, --list) is the full app's; the lean `archscape` binary hands those command lines over.
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace archscape {

// Parses `arguments` (those after "export") exactly as runExportCommand does. Returns the exit
// status when it dealt with the command line itself (bad arguments and --help included), and
// nullopt, having printed and written nothing, when the command needs the full app.
// `startGui` runs once, before the first picture is drawn (fonts need a QGuiApplication); the
// caller creates it there so that command lines handed over never pay for it.
std::optional<int> runLeanExportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err,
                                        const std::function<void()> &startGui);

} // namespace archscape
