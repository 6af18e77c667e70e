// Undoable edits of the roadmap's tasks. Each command keeps the roadmap before and after the edit
// and applies them through Document::setRoadmap, so every view follows roadmapChanged. Commands
// check nothing: callers (the task table, the Gantt drag) validate what the user typed first, and
// the scheduler reports whatever problems a roadmap still has.
#pragma once

#include "roadmap.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace archscape {

class Document;

class RoadmapCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapCommand)

public:
    void undo() override;
    void redo() override;

    QString taskId() const { return m_taskId; }

protected:
    // Applies edit to a copy of the document's roadmap; the task must exist.
    RoadmapCommand(Document *document, const QString &taskId, const QString &text);
    RoadmapTask *editedTask();
    // The edited roadmap after a later command of the same kind is folded into this one.
    void takeAfterState(const RoadmapCommand &other) { m_after = other.m_after; }
    bool isNoChange() const;

private:
    Document *m_document;
    QString m_taskId;
    Roadmap m_before;
    Roadmap m_after;
};

// Changes a task's duration. Commands carrying the same non-zero drag id and task merge, so one
// drag of a bar's end is one undo step; a drag that ends where it began leaves no step at all.
class SetTaskDurationCommand : public RoadmapCommand
{
public:
    SetTaskDurationCommand(Document *document, const QString &taskId, const TaskDuration &duration, int dragId = 0);

    static constexpr int commandId = 0x6a01;
    int id() const override { return m_dragId == 0 ? -1 : commandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    int m_dragId;
};

// Makes a task come after the given tasks (clearing its start date).
class SetTaskDependenciesCommand : public RoadmapCommand
{
public:
    SetTaskDependenciesCommand(Document *document, const QString &taskId, const QStringList &after);
};

// Gives a task a fixed start date (clearing its dependencies).
class SetTaskStartCommand : public RoadmapCommand
{
public:
    SetTaskStartCommand(Document *document, const QString &taskId, const QDate &start);
};

class RenameTaskCommand : public RoadmapCommand
{
public:
    RenameTaskCommand(Document *document, const QString &taskId, const QString &name);
};

} // namespace archscape
