// `archscape convert INPUT [--to mermaid|dot|json] [--output FILE]`: a Mermaid file, every
// Mermaid block of a Markdown document, or every diagram, the quadrant and the roadmap of a model
// file, as Mermaid, Graphviz DOT or JSON. Needs no display.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace archscape {

// `arguments` are those after "convert". Writes the result to --output or `out`, problems to
// `err` ("file:line:column: message"); returns 0 on success, 1 for a bad argument, an unreadable
// input, an input with errors, a view with no form in the chosen format, or an unwritable output.
int runConvertCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace archscape
