#include "newdiagramcommand.h"

#include "catalogvalidator.h"
#include "document.h"

#include <QRegularExpression>

namespace archscape {

QString newDiagramProblem(const Catalog &catalog, const Diagram &diagram)
{
    if (diagram.id.trimmed().isEmpty())
        return EditCommand::tr("a diagram needs an id");
    if (catalog.diagram(diagram.id))
        return EditCommand::tr("the model already has a diagram \"%1\"").arg(diagram.id);
    if (diagram.title.trimmed().isEmpty())
        return EditCommand::tr("a diagram needs a title");
    if (!diagram.pattern.isEmpty() && !catalog.pattern(diagram.pattern))
        return EditCommand::tr("the model has no pattern \"%1\"").arg(diagram.pattern);
    return {};
}

NewDiagramCommand::NewDiagramCommand(Document *document, const Diagram &diagram)
    : EditCommand(document)
    , m_diagram(diagram)
{
    setText(EditCommand::tr("New diagram %1").arg(diagram.title));
    if (const QString problem = newDiagramProblem(document->catalog(), diagram); !problem.isEmpty()) {
        refuse(problem);
        return;
    }
    Catalog catalog = document->catalog();
    catalog.diagrams.append(diagram);
    for (const Diagnostic &diagnostic : validateCatalog(catalog, QString())) {
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            refuse(EditCommand::tr("the diagram would break the model: %1").arg(diagnostic.message));
            return;
        }
    }
}

void NewDiagramCommand::undo()
{
    document()->removeDiagram(m_diagram.id);
}

void NewDiagramCommand::redo()
{
    document()->addDiagram(m_diagram);
}

Diagram NewDiagramCommand::blank(const Catalog &catalog, const QString &id, const QString &title,
                                 const QString &pattern, bool withPlanes)
{
    Diagram diagram;
    diagram.id = id;
    diagram.title = title;
    diagram.pattern = pattern;
    if (!withPlanes)
        return diagram;
    for (const Plane &plane : catalog.planes) {
        diagram.classDefs.append({plane.className, plane.fill, plane.stroke, plane.text});
        Subgraph subgraph;
        // "Edge Plane" -> EdgePlane, as the document's diagrams name their planes.
        QString subgraphId = plane.title;
        subgraphId.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_]")));
        subgraph.id = subgraphId.isEmpty() ? plane.id : subgraphId;
        subgraph.title = plane.title;
        subgraph.role = QStringLiteral("plane");
        subgraph.plane = plane.id;
        diagram.subgraphs.append(subgraph);
    }
    return diagram;
}

} // namespace archscape
