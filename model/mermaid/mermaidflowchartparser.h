// Mermaid flowcharts (`graph` / `flowchart`) into a MermaidFlowchart, following Mermaid's rules
// where they matter: a node's last label and shape win; a node belongs to the first subgraph to
// close (`end`) among those whose statements mention it, so an inner subgraph claims before the
// one around it and a mention at the top level claims nothing; edges of `A & B --> C & D` go
// A->C, A->D, B->C, B->D. A full-line `%%` comment names the group of the edges below it (the
// model's DiagramEdge::group). Unsupported statements (click, linkStyle, ...) and unknown ones
// are warnings; malformed ones are errors with line, column, what was found and what was expected.
#pragma once

#include "mermaiddocument.h"
#include "mermaidlexer.h"

#include <QCoreApplication>

namespace archscape {

class MermaidFlowchartParser
{
    Q_DECLARE_TR_FUNCTIONS(MermaidFlowchartParser)

public:
    // `lines` start at the header line (`graph TB`, `flowchart LR; A-->B`, ...).
    static MermaidFlowchart parse(const QList<MermaidLine> &lines, MermaidDiagnostics &diagnostics);
};

} // namespace archscape
