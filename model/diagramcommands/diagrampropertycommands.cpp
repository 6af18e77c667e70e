#include "diagrampropertycommands.h"

namespace archscape {

SetDiagramTitleCommand::SetDiagramTitleCommand(Document *document, const QString &diagramId, const QString &title)
    : DiagramCommand(document, diagramId)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        refuse(DiagramCommand::tr("a diagram needs a title"));
    else if (trimmed.contains(u'\n'))
        refuse(DiagramCommand::tr("a diagram's title is one line"));
    else if (isValid())
        edited().title = trimmed;
    finish(DiagramCommand::tr("Retitle the diagram %1").arg(trimmed));
}

SetDiagramDirectionCommand::SetDiagramDirectionCommand(Document *document, const QString &diagramId,
                                                       const QString &direction)
    : DiagramCommand(document, diagramId)
{
    if (!directions().contains(direction))
        refuse(DiagramCommand::tr("a diagram runs %1, not \"%2\"").arg(directions().join(QStringLiteral(" or ")), direction));
    else if (isValid())
        edited().direction = direction;
    finish(direction == u"LR" ? DiagramCommand::tr("Lay the diagram out left to right") : DiagramCommand::tr("Lay the diagram out top to bottom"));
}

const QStringList &SetDiagramDirectionCommand::directions()
{
    static const QStringList list = {QStringLiteral("TB"), QStringLiteral("LR")};
    return list;
}

} // namespace archscape
