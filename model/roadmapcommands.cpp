#include "roadmapcommands.h"

#include "document.h"
#include "roadmapmodel.h"

namespace archscape {

namespace {

RoadmapTask *findTask(Roadmap &roadmap, const QString &id)
{
    for (RoadmapSection &section : roadmap.sections) {
        for (RoadmapTask &task : section.tasks) {
            if (task.id == id)
                return &task;
        }
    }
    return nullptr;
}

bool sameTasks(const Roadmap &a, const Roadmap &b)
{
    if (a.sections.size() != b.sections.size())
        return false;
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const QList<RoadmapTask> &ta = a.sections.at(s).tasks;
        const QList<RoadmapTask> &tb = b.sections.at(s).tasks;
        if (ta.size() != tb.size())
            return false;
        for (qsizetype t = 0; t < ta.size(); ++t) {
            const RoadmapTask &x = ta.at(t);
            const RoadmapTask &y = tb.at(t);
            if (x.id != y.id || x.name != y.name || x.start != y.start || x.after != y.after
                || x.duration.value != y.duration.value || x.duration.unit != y.duration.unit)
                return false;
        }
    }
    return true;
}

} // namespace

RoadmapCommand::RoadmapCommand(Document *document, const QString &taskId, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_taskId(taskId)
    , m_before(document->catalog().roadmap)
    , m_after(m_before)
{
}

RoadmapTask *RoadmapCommand::editedTask()
{
    RoadmapTask *task = findTask(m_after, m_taskId);
    Q_ASSERT(task);
    return task;
}

bool RoadmapCommand::isNoChange() const
{
    return sameTasks(m_before, m_after);
}

void RoadmapCommand::undo()
{
    m_document->setRoadmap(m_before);
}

void RoadmapCommand::redo()
{
    m_document->setRoadmap(m_after);
}

SetTaskDurationCommand::SetTaskDurationCommand(Document *document, const QString &taskId,
                                               const TaskDuration &duration, int dragId)
    : RoadmapCommand(document, taskId, {})
    , m_dragId(dragId)
{
    if (RoadmapTask *task = editedTask()) {
        task->duration = duration;
        setText(RoadmapCommand::tr("Set the duration of %1 to %2").arg(task->name, RoadmapModel::durationText(duration)));
    }
}

bool SetTaskDurationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTaskDurationCommand *>(other);
    if (next->m_dragId != m_dragId || next->taskId() != taskId())
        return false;
    takeAfterState(*next);
    setText(next->text());
    // Dragged back to where it began: the drag leaves no undo step.
    setObsolete(isNoChange());
    return true;
}

SetTaskDependenciesCommand::SetTaskDependenciesCommand(Document *document, const QString &taskId,
                                                       const QStringList &after)
    : RoadmapCommand(document, taskId, {})
{
    if (RoadmapTask *task = editedTask()) {
        task->after = after;
        task->start = QDate();
        setText(RoadmapCommand::tr("Make %1 come after %2").arg(task->name, after.join(QStringLiteral(", "))));
    }
}

SetTaskStartCommand::SetTaskStartCommand(Document *document, const QString &taskId, const QDate &start)
    : RoadmapCommand(document, taskId, {})
{
    if (RoadmapTask *task = editedTask()) {
        task->start = start;
        task->after.clear();
        setText(RoadmapCommand::tr("Start %1 on %2").arg(task->name, start.toString(Qt::ISODate)));
    }
}

RenameTaskCommand::RenameTaskCommand(Document *document, const QString &taskId, const QString &name)
    : RoadmapCommand(document, taskId, {})
{
    if (RoadmapTask *task = editedTask()) {
        setText(RoadmapCommand::tr("Rename %1 to %2").arg(task->name, name));
        task->name = name;
    }
}

} // namespace archscape
