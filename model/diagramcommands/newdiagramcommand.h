// Adds a new architecture diagram to the model; undo removes it again.
#pragma once

#include "diagram.h"
#include "editcommand.h"

namespace archscape {

struct Catalog;

class NewDiagramCommand : public EditCommand
{
public:
    // The id must be new, the title not blank, the pattern (if any) one of the model's.
    NewDiagramCommand(Document *document, const Diagram &diagram);

    void undo() override;
    void redo() override;
    const Diagram &diagram() const { return m_diagram; }

    // An empty diagram, top to bottom; with planes, one plane subgraph per model plane (in the
    // model's order) and the planes' classes, ready for components.
    static Diagram blank(const Catalog &catalog, const QString &id, const QString &title, const QString &pattern,
                         bool withPlanes);

private:
    Diagram m_diagram;
};

// Checks a diagram that is about to be added (shared with NewPatternCommand).
QString newDiagramProblem(const Catalog &catalog, const Diagram &diagram);

} // namespace archscape
