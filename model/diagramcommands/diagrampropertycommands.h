// Edits of a diagram as a whole: its title and the direction Graphviz lays it out in.
#pragma once

#include "diagramcommand.h"

namespace archscape {

// The title must not be blank; it is one line.
class SetDiagramTitleCommand : public DiagramCommand
{
public:
    SetDiagramTitleCommand(Document *document, const QString &diagramId, const QString &title);
};

// TB (top to bottom) or LR (left to right), the directions the model file accepts.
class SetDiagramDirectionCommand : public DiagramCommand
{
public:
    SetDiagramDirectionCommand(Document *document, const QString &diagramId, const QString &direction);
    static const QStringList &directions();
};

} // namespace archscape
