// Which binary runs a command line, decided by the `archscape` launcher (app/main.cpp) before any
// Qt library is loaded: from the arguments and, for `export --input`, the first lines of the input.
// Qt-free and free of the C++ library's run time, so the launcher links the C library alone.
#pragma once

#include <cstddef>

namespace archscape {

enum class CommandRoute {
    // The lean command line (archscape-commandline.so, loaded into the launcher): evaluate,
    // convert, and the export of architecture diagrams and Mermaid flowcharts.
    CommandLine,
    // The full app (archscape-desktop, which the launcher becomes): the GUI and everything else.
    Desktop,
};

// The route for a command line. When unsure, CommandLine: it reads the whole command line and the
// whole input, and becomes the full app itself for a job that is not its own, so a wrong guess
// costs time, never a different result.
CommandRoute routeFor(int argc, const char *const argv[]);

// Whether the first statement of Mermaid text (past blank lines, the front matter and %% lines)
// declares a chart the full app draws: `quadrantChart` or `gantt`. `text` may be a file's
// beginning: only whole lines are read. False when unsure: a byte outside ASCII before the
// statement, front matter that is not closed within `text`.
bool declaresChart(const char *text, std::size_t size);

} // namespace archscape
