// Resolves a Roadmap into dates the way Mermaid's Gantt chart does: a task starts on its date or
// at the latest end of the tasks it comes after; ends are exclusive; months and years are calendar
// units clamped to the month's end (Jan 31 + 1M = Feb 29 in 2024); milestones take no time.
// Unknown dependencies, cycles, self-dependencies, tasks with neither start nor dependency and
// durations out of range become Diagnostics naming the tasks; such tasks, and every task waiting
// on them, stay unresolved. Iterative and O(tasks + dependencies): a 100k chain neither recurses
// nor hangs.
#pragma once

#include "diagnostic.h"
#include "roadmap.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct ScheduledTask
{
    QString id;
    QString name;
    QString section;
    int sectionIndex = 0;
    TaskDuration duration;
    bool milestone = false;
    // False when the task could not be placed (see the schedule's diagnostics); start and end are
    // then null.
    bool resolved = false;
    QDate start;
    QDate end; // exclusive; equal to start for a milestone
    // The known tasks this one comes after, in the model's order, without duplicates.
    QStringList after;
    // Days the end can slip without moving the end of the roadmap; 0 on the critical path.
    qint64 slackDays = 0;
    bool onCriticalPath = false;
};

struct RoadmapSchedule
{
    QList<ScheduledTask> tasks; // document order, section by section
    // The chain of tasks that decides the roadmap's end, first to last (ids).
    QStringList criticalPath;
    QDate start; // earliest resolved start
    QDate end;   // latest resolved end
    Diagnostics diagnostics;

    // -1 when there is no such task; the first one when an id is duplicated.
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const ScheduledTask *task(const QString &id) const;
    bool hasProblems() const { return !diagnostics.isEmpty(); }

private:
    friend class RoadmapScheduler;
    QHash<QString, int> m_index;
};

class RoadmapScheduler
{
    Q_DECLARE_TR_FUNCTIONS(RoadmapScheduler)

public:
    static RoadmapSchedule resolve(const Roadmap &roadmap);

    // date + duration in the duration's unit (d, w = 7 days, M and y clamped to the month's end);
    // a null date for an unknown unit or a date out of QDate's range.
    static QDate addDuration(const QDate &date, const TaskDuration &duration);

    // The largest duration value a task may have, as the model format allows.
    static constexpr int maximumDurationValue = 10000;
};

} // namespace archscape
