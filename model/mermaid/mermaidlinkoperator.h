// The plain forms of Mermaid's link operators (-->, ---, --o, <-->, ===, ==>, -.->, -.-, ~~~ and
// their longer forms), read by hand at a position: what the regular expressions
//   ~~~+   ([<xo]?)(--+)([->xo])   ([<xo]?)(==+)([=>xo])   ([<xo]?)(-?\.+-)([>xo]?)
// anchored there match, tried in that order (tst_mermaidimport compares the two on generated
// text). Compiling those expressions took a third of a small flowchart's import; the text forms
// (-- text -->) stay regular expressions in the parser, compiled only when a file uses them.
#pragma once

#include <QChar>
#include <QStringView>

#include <optional>

namespace archscape {

struct MermaidLinkOperator
{
    qsizetype length = 0; // characters the operator takes from the position
    QChar kind;           // '~' invisible, '-' solid, '=' thick, '.' dotted
    bool bidirectional = false; // a first end (<, x or o) stands before the line
    QChar end;            // the last end: '>', 'x', 'o', or the line's own character (none)
};

std::optional<MermaidLinkOperator> matchPlainLinkOperator(QStringView text, qsizetype pos);

} // namespace archscape
