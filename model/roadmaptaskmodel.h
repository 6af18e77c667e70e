// The roadmap's tasks as an editable table over a Document: section, task, start or "after",
// duration, and the resolved start and end. It resolves the schedule once per roadmap change and
// shares it (schedule(), scheduleChanged) so the Gantt chart shows the same result. Editing a cell
// pushes a roadmap command on the document's undo stack; text that is not a valid name, duration,
// date or list of known tasks, or that would close a dependency cycle, is refused: setData returns
// false and editRefused carries the reason.
#pragma once

#include "roadmap.h"
#include "roadmapscheduler.h"

#include <QAbstractTableModel>

#include <optional>

namespace archscape {

class Document;

class RoadmapTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Section, Task, Start, Duration, ResolvedStart, ResolvedEnd, ColumnCount };
    Q_ENUM(Column)

    explicit RoadmapTaskModel(Document *document, QObject *parent = nullptr);

    const RoadmapSchedule &schedule() const { return m_schedule; }
    // Rows follow the schedule's tasks; -1 for an unknown id.
    int rowOfTask(const QString &id) const { return m_schedule.indexOf(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "3M", "2 w", "10d": a whole number and a unit; nullopt and a message otherwise.
    static std::optional<TaskDuration> parseDuration(const QString &text, QString *error = nullptr);

Q_SIGNALS:
    void scheduleChanged();
    void editRefused(const QString &message);

private:
    void reload();
    void roadmapEdited();
    bool refuse(const QString &message);
    bool editStart(const RoadmapTask &task, const QString &text);
    // The chain task -> ... -> task the new dependencies would close, empty when there is none.
    QStringList cycleThrough(const QString &taskId, const QStringList &after) const;

    Document *m_document;
    QList<RoadmapTask> m_tasks; // flattened, in the schedule's order
    RoadmapSchedule m_schedule;
};

} // namespace archscape
