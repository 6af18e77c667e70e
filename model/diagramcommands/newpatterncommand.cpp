#include "newpatterncommand.h"

#include "catalogvalidator.h"
#include "document.h"
#include "newdiagramcommand.h"

namespace archscape {

NewPatternCommand::NewPatternCommand(Document *document, const Pattern &pattern, std::optional<Diagram> diagram)
    : EditCommand(document)
    , m_pattern(pattern)
    , m_diagram(std::move(diagram))
{
    setText(EditCommand::tr("New pattern %1").arg(pattern.name));
    static const QStringList kinds = {QStringLiteral("core"), QStringLiteral("baseline"),
                                      QStringLiteral("combination"), QStringLiteral("outcome")};
    const Catalog &current = document->catalog();
    if (pattern.id.trimmed().isEmpty())
        refuse(EditCommand::tr("a pattern needs an id"));
    else if (current.pattern(pattern.id))
        refuse(EditCommand::tr("the model already has a pattern \"%1\"").arg(pattern.id));
    if (pattern.name.trimmed().isEmpty())
        refuse(EditCommand::tr("a pattern needs a name"));
    if (!kinds.contains(pattern.kind))
        refuse(EditCommand::tr("a pattern's kind is core, baseline, combination or outcome, not \"%1\"").arg(pattern.kind));
    if (!isValid())
        return;
    Catalog catalog = current;
    catalog.patterns.append(m_pattern);
    if (m_diagram) {
        m_diagram->pattern = m_pattern.id;
        m_pattern.diagram = m_diagram->id;
        catalog.patterns.last().diagram = m_diagram->id;
        if (const QString problem = newDiagramProblem(catalog, *m_diagram); !problem.isEmpty()) {
            refuse(problem);
            return;
        }
        catalog.diagrams.append(*m_diagram);
    }
    for (const Diagnostic &diagnostic : validateCatalog(catalog, QString())) {
        if (diagnostic.severity == Diagnostic::Severity::Error) {
            refuse(EditCommand::tr("the pattern would break the model: %1").arg(diagnostic.message));
            return;
        }
    }
}

void NewPatternCommand::undo()
{
    if (m_diagram)
        document()->removeDiagram(m_diagram->id);
    document()->removePattern(m_pattern.id);
}

void NewPatternCommand::redo()
{
    document()->addPattern(m_pattern);
    if (m_diagram)
        document()->addDiagram(*m_diagram);
}

} // namespace archscape
