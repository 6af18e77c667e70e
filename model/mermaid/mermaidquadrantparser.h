// Mermaid quadrant charts: title, x-axis and y-axis (one label, or two around `-->`),
// quadrant-1..4 and points `Name: [x, y]` with x and y from 0 to 1.
#pragma once

#include "mermaiddocument.h"
#include "mermaidlexer.h"

#include <QCoreApplication>

namespace archscape {

class MermaidQuadrantParser
{
    Q_DECLARE_TR_FUNCTIONS(MermaidQuadrantParser)

public:
    // `lines` start at the `quadrantChart` line.
    static MermaidQuadrant parse(const QList<MermaidLine> &lines, MermaidDiagnostics &diagnostics);
};

} // namespace archscape
