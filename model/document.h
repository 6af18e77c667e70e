// The open model: one Catalog shared by every view, replaced only by a file that loads cleanly.
#pragma once

#include "catalog.h"
#include "diagnostic.h"
#include "modelloader.h"

#include <QObject>

#include <nlohmann/json_fwd.hpp>

#include <memory>

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
    // The history keeps this many steps: each diagram step holds the diagram before and after, so
    // an unbounded history would grow through a long workshop day (bench_soak measures it).
    static constexpr int undoLimit = 1000;
    // True when the model has edits since it was loaded (or last saved).
    bool isModified() const;

    // Replaces the roadmap without reloading the rest; undo commands call this, views listen to
    // roadmapChanged rather than catalogChanged so an edit does not rebuild every page.
    void setRoadmap(const Roadmap &roadmap);

    // Fine-grained edits for undo commands (model/diagramcommands): each replaces one part and
    // says which, so a view re-lays out only the diagram that changed. They check nothing; the
    // commands validate before they are pushed.
    void setDiagram(const Diagram &diagram); // replaces the diagram with the same id
    void addDiagram(const Diagram &diagram, qsizetype index = -1);
    void removeDiagram(const QString &diagramId);
    void setPattern(const Pattern &pattern); // replaces the pattern with the same id
    void addPattern(const Pattern &pattern, qsizetype index = -1);
    void removePattern(const QString &patternId);

    // Writes the model JSON to path (see ModelWriter: only edited parts are re-serialized, the
    // previous file is kept as path.bak). On success the document's source becomes path and the
    // undo stack is marked clean. On failure *error says why and nothing changes.
    bool save(const QString &path, QString *error = nullptr);
    // The JSON a save would write now.
    QByteArray toJsonText() const;

Q_SIGNALS:
    void catalogChanged();
    void diagnosticsChanged();
    void roadmapChanged();
    void modifiedChanged(bool modified);
    // One diagram's content changed (an edit, undo or redo).
    void diagramChanged(const QString &diagramId);
    // A diagram was added or removed (the list of diagrams changed).
    void diagramsChanged();
    // A pattern was edited, added or removed.
    void patternsChanged();
    // The file the model is saved to changed (a Save As).
    void sourceChanged();

private:
    Catalog m_catalog;
    QString m_source;
    Diagnostics m_diagnostics;
    QUndoStack *m_undoStack;
    // The tree and catalog of the last load or save: the base a save edits.
    std::shared_ptr<const nlohmann::ordered_json> m_json;
    Catalog m_baseline;
};

} // namespace archscape
