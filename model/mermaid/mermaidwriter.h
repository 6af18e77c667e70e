// Mermaid text for an imported or model diagram, quadrant chart or gantt chart, written so that
// MermaidImport reads back exactly what was written: node order, subgraph membership (Mermaid's
// first-closing-subgraph rule), labels (quoted with #quot; and #35; when they hold brackets or
// entity-like text), edge styles, heads, labels and %% groups, classes and styles.
#pragma once

#include "mermaiddocument.h"

#include <QString>

namespace archscape {

class MermaidWriter
{
public:
    static QString flowchart(const MermaidFlowchart &chart);
    static QString quadrant(const MermaidQuadrant &chart);
    static QString gantt(const MermaidGantt &chart);
    static QString document(const MermaidDocument &document);
};

} // namespace archscape
