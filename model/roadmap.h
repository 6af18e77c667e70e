// The adoption roadmap as the document's Gantt chart gives it: sections of tasks and milestones.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct TaskDuration
{
    int value = 0;
    QChar unit = u'd'; // d, w, M or y
};

struct RoadmapTask
{
    QString id;
    QString name;
    QDate start; // null when the task starts after others
    QStringList after;
    TaskDuration duration;
    bool milestone = false;
    QString pattern;
};

struct RoadmapSection
{
    QString name;
    QList<RoadmapTask> tasks;
};

struct Roadmap
{
    QString title;
    QString dateFormat;
    QList<RoadmapSection> sections;

    const RoadmapTask *task(const QString &id) const;
};

} // namespace archscape
