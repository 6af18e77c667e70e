// The open model: one Catalog shared by every view, replaced only by a file that loads cleanly.
#pragma once

#include "catalog.h"
#include "diagnostic.h"
#include "modelloader.h"

#include <QObject>

class QUndoStack;

namespace archscape {

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    const Catalog &catalog() const { return m_catalog; }
    // Where the catalog came from; the embedded model's resource path when no file is open.
    QString source() const { return m_source; }
    bool isEmbedded() const;
    // True once a catalog has been loaded.
    bool ok() const { return !m_source.isEmpty(); }
    // The diagnostics of the last load attempt, successful or not.
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Returns false and keeps the current catalog when the file has an error.
    bool open(const QString &path);
    bool openEmbedded();
    // Takes a result loaded elsewhere (for instance off the UI thread).
    bool apply(const LoadResult &result, const QString &source);

    // Every edit of the open model is a QUndoCommand pushed here (DESIGN.md); a model that loads
    // replaces the catalog and clears the history.
    QUndoStack *undoStack() const { return m_undoStack; }
    // True when the model has edits since it was loaded (or last saved).
    bool isModified() const;

    // Replaces the roadmap without reloading the rest; undo commands call this, views listen to
    // roadmapChanged rather than catalogChanged so an edit does not rebuild every page.
    void setRoadmap(const Roadmap &roadmap);

Q_SIGNALS:
    void catalogChanged();
    void diagnosticsChanged();
    void roadmapChanged();
    void modifiedChanged(bool modified);

private:
    Catalog m_catalog;
    QString m_source;
    Diagnostics m_diagnostics;
    QUndoStack *m_undoStack;
};

} // namespace archscape
