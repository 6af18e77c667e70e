// ImportedExportSource's flowchart case, in archscape_render: QtGui and Graphviz only.
#include "importedexportsource.h"

#include "catalog.h"
#include "diagramexportsource.h"
#include "mermaid/markdownimport.h"

namespace archscape {

std::unique_ptr<ExportSource> ImportedExportSource::createFlowchart(const ImportedView &view, const ExportTheme &theme, QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<ExportSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!view.ok())
        return fail(tr("%1 has errors and is not drawn").arg(view.title));
    const MermaidDocument &doc = view.document;
    if (doc.kind != MermaidDocument::Kind::Flowchart)
        return fail(tr("%1 is not a flowchart").arg(view.title));
    const QString id = MermaidDocument::kindName(doc.kind) + u'/' + QString::number(view.line);
    Catalog catalog; // no planes: an imported diagram keeps its own colours and Graphviz's ranks
    Diagram diagram = doc.flowchart.drawnDiagram();
    if (diagram.title.isEmpty())
        diagram.title = view.title;
    catalog.diagrams.append(diagram);
    auto source = std::make_unique<DiagramExportSource>(id, catalog, diagram, theme);
    if (!source->ok())
        return fail(tr("%1 could not be laid out: %2").arg(view.title, source->problems().join(u' ')));
    return source;
}

} // namespace archscape
