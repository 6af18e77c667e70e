// An imported Mermaid view (a flowchart, quadrant chart or gantt chart of a .mmd file or a
// Markdown block) as an export, drawn by the same scenes and charts as the built-in views: the
// flowchart laid out by Graphviz, the quadrant by Qt Charts, the gantt by the roadmap's scene.
#pragma once

#include "exportsource.h"
#include "exporttheme.h"

#include <QCoreApplication>

#include <memory>

namespace archscape {

struct ImportedView;

class ImportedExportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportedExportSource)

public:
    // nullptr with `error` set for a view with errors or a flowchart Graphviz could not lay out.
    static std::unique_ptr<ExportSource> create(const ImportedView &view, const ExportTheme &theme, QString *error);
    // The flowchart case alone (importedflowchartsource.cpp): it needs QtGui and Graphviz only, so
    // the fast headless export draws it without loading widgets or charts.
    static std::unique_ptr<ExportSource> createFlowchart(const ImportedView &view, const ExportTheme &theme, QString *error);
};

} // namespace archscape
