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
    // The same, for an export that lays a diagram out (--view diagram/..., or --input a Mermaid
    // file declaring a flowchart): the launcher starts the layout helper first.
    CommandLineWithLayout,
    // The full app (archscape-desktop, which the launcher becomes): the GUI and everything else.
    Desktop,
};

// The route for a command line. When unsure, CommandLine: it reads the whole command line and the
// whole input, and becomes the full app itself for a job that is not its own, so a wrong guess
// costs time, never a different result.
CommandRoute routeFor(int argc, const char *const argv[]);

// What the first statement of Mermaid text declares (past blank lines, the front matter and %%
// lines), as MermaidImport::declaredKind reads it: a flowchart (graph, flowchart), a chart the
// full app draws (quadrantChart, gantt) or anything else. `text` may be a file's beginning: only
// whole lines are read. Unsure when a byte outside ASCII comes before the statement or the front
// matter is not closed within `text`: the import decides those.
enum class DeclaredDiagram { Unsure, Flowchart, Chart, Other };
DeclaredDiagram declaredDiagram(const char *text, std::size_t size);

} // namespace archscape
