// Writes a diagram of the built-in model as DOT with Graphviz's own agwrite (through
// GraphvizLayout::writeDot): exactly the graph Archscape lays out, for `dot -Tsvg` to be timed on
// beside `archscape export` (see bench_export.sh).
#include "catalog.h"
#include "diagram/diagramstyle.h"
#include "diagram/graphvizlayout.h"
#include "diagram/layoutrequest.h"
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
    if (arguments.size() != 3) {
        err << "usage: export_writedot DIAGRAM_ID OUT.dot\n";
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
