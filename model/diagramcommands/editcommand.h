// The base of every model edit that can be refused: the constructor works out the edit and
// validates it (unique ids, existing endpoints, and finally the whole catalog through the
// validator), so a refused edit never reaches the undo stack and never yields a model that would
// not load again.
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace archscape {

class Document;

class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    bool isValid() const { return m_error.isEmpty(); }
    // Why the edit was refused, in words for the user; empty when it is valid.
    QString error() const { return m_error; }
    // A valid edit that changes nothing (renaming to the same name): not worth an undo step.
    virtual bool isNoChange() const { return false; }

protected:
    explicit EditCommand(Document *document);
    Document *document() const { return m_document; }
    // The first refusal wins: it names the first thing that is wrong.
    void refuse(const QString &message);

private:
    Document *m_document;
    QString m_error;
};

// Pushes a valid command onto the document's undo stack (which runs it) and returns true; a
// command that changes nothing is dropped and also returns true. A refused command is deleted
// and false returned with its reason in *error.
bool pushEdit(Document *document, EditCommand *command, QString *error = nullptr);

} // namespace archscape
