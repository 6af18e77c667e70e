// Adds a new pattern to the model, optionally with a new diagram of its own; undo removes both.
#pragma once

#include "diagram.h"
#include "editcommand.h"
#include "pattern.h"

#include <optional>

namespace archscape {

class NewPatternCommand : public EditCommand
{
public:
    // The id must be new, the name not blank, the kind core, baseline, combination or outcome.
    // A diagram given here is added with it and tied to it both ways.
    NewPatternCommand(Document *document, const Pattern &pattern, std::optional<Diagram> diagram = std::nullopt);

    void undo() override;
    void redo() override;
    const Pattern &pattern() const { return m_pattern; }

private:
    Pattern m_pattern;
    std::optional<Diagram> m_diagram;
};

} // namespace archscape
