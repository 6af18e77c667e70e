#include "editcommand.h"

#include "document.h"

#include <QUndoStack>

#include <memory>

namespace archscape {

EditCommand::EditCommand(Document *document)
    : m_document(document)
{
}

void EditCommand::refuse(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool pushEdit(Document *document, EditCommand *command, QString *error)
{
    std::unique_ptr<EditCommand> owned(command);
    if (!owned->isValid()) {
        if (error)
            *error = owned->error();
        return false;
    }
    if (owned->isNoChange())
        return true;
    document->undoStack()->push(owned.release());
    return true;
}

} // namespace archscape
