// Graphviz DOT for a flowchart: nodes named by their Mermaid ids with a `label` (lines joined by
// \n), each subgraph a `subgraph cluster_<id>` labelled with its title and nested as in Mermaid,
// dashed edges `style=dashed`, thick ones `penwidth=2`, `dir=both` for bidirectional and `dir=none`
// for undirected edges, class colours as fill/stroke/font colours. Every string is quoted and
// escaped so no text can end it or inject attributes: quotes and backslashes are escaped, line
// breaks become \n, other control characters, bidi controls and `&` become HTML entities
// (&#x202E;, &amp;), which Graphviz decodes when it draws the label. Graphviz keeps strings as C
// strings, so a NUL cannot pass: it is written as nulReplacement. Every other text reads back as
// written (tests/fuzz/fuzz_dotwriter.cpp checks this through Graphviz's own parser).
#pragma once

#include "mermaiddocument.h"

#include <QString>

namespace archscape {

class DotWriter
{
public:
    static QString diagram(const MermaidFlowchart &chart, const QString &graphName = QStringLiteral("G"));
    // A DOT string literal, quotes included.
    static QString quoted(const QString &text);
    // What a NUL in a label becomes (U+FFFD REPLACEMENT CHARACTER).
    static constexpr char16_t nulReplacement = u'\uFFFD';
};

} // namespace archscape
