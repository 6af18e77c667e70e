// Writes a diagram of the built-in model as DOT with Graphviz's own agwrite (through
// GraphvizLayout::writeDot): exactly the graph Archscape lays out, for `dot -Tsvg` to be timed on
// beside `archscape export` (see bench_export.sh). With --input, the graph `archscape export
// --input FILE.mmd` lays out.
#include "catalog.h"
#include "diagram/diagramstyle.h"
#include "diagram/graphvizlayout.h"
#include "diagram/layoutrequest.h"
#include "mermaid/markdownimport.h"
#include "modelloader.h"

#include <QGuiApplication>
#include <QTextStream>

#include <clocale>

int main(int argc, char *argv[])
{
    // Text is measured with the real fonts, as the app does; no display needed.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setlocale(LC_NUMERIC, "C");
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == u"--input") {
        // The graph `archscape export --input FILE.mmd` lays out (ImportedExportSource): the
        // flowchart's drawn diagram alone, without the model's planes.
        const archscape::ImportedDocument doc = archscape::importDocumentFile(arguments.at(2));
        if (doc.views.isEmpty() || !doc.views.first().ok() || doc.views.first().document.kind != archscape::MermaidDocument::Kind::Flowchart) {
            err << "export_writedot: " << arguments.at(2) << " holds no flowchart\n";
            return 1;
        }
        archscape::Catalog catalog;
        const archscape::Diagram diagram = doc.views.first().document.flowchart.drawnDiagram();
        catalog.diagrams.append(diagram);
        const archscape::LayoutRequest request =
            archscape::buildLayoutRequest(catalog, diagram, archscape::DiagramStyle::standard());
        if (!archscape::GraphvizLayout::writeDot(request, arguments.at(3))) {
            err << "export_writedot: cannot write " << arguments.at(3) << '\n';
            return 1;
        }
        return 0;
    }
    if (arguments.size() != 3) {
        err << "usage: export_writedot DIAGRAM_ID OUT.dot | export_writedot --input FILE.mmd OUT.dot\n";
        return 1;
    }
    const archscape::LoadResult model = archscape::ModelLoader::loadEmbedded();
    const archscape::Diagram *diagram = model.ok() ? model.catalog->diagram(arguments.at(1)) : nullptr;
    if (!diagram) {
        err << "export_writedot: no diagram " << arguments.at(1) << '\n';
        return 1;
    }
    const archscape::LayoutRequest request =
        archscape::buildLayoutRequest(*model.catalog, *diagram, archscape::DiagramStyle::standard());
    if (!archscape::GraphvizLayout::writeDot(request, arguments.at(2))) {
        err << "export_writedot: cannot write " << arguments.at(2) << '\n';
        return 1;
    }
    return 0;
}
