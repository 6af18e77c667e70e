#include "roadmapscheduler.h"

#include <algorithm>
#include <limits>

namespace archscape {

namespace {

// One task of the flattened roadmap with what the passes below need to know about it.
struct Node
{
    qsizetype section = 0;
    qsizetype indexInSection = 0;
    QList<int> deps; // known dependencies, without duplicates or the task itself
    QList<int> successors;
    bool blocked = false;   // has a problem of its own
    bool waiting = false;   // comes after a task that could not be placed
    bool processed = false; // taken out of the topological queue
    bool inCycle = false;
};

QString taskPointer(const Node &node)
{
    return QStringLiteral("/roadmap/sections/%1/tasks/%2").arg(node.section).arg(node.indexInSection);
}

QString quoted(const QString &id)
{
    return u'"' + id + u'"';
}

} // namespace

const ScheduledTask *RoadmapSchedule::task(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &tasks.at(i);
}

QDate RoadmapScheduler::addDuration(const QDate &date, const TaskDuration &duration)
{
    if (!date.isValid())
        return {};
    // QDate clamps months and years to the last day of the month, as dayjs (Mermaid) does.
    switch (duration.unit.unicode()) {
    case u'd':
        return date.addDays(duration.value);
    case u'w':
        return date.addDays(qint64(duration.value) * 7);
    case u'M':
        return date.addMonths(duration.value);
    case u'y':
        return date.addYears(duration.value);
    default:
        return {};
    }
}

RoadmapSchedule RoadmapScheduler::resolve(const Roadmap &roadmap)
{
    RoadmapSchedule schedule;
    QList<Node> nodes;
    auto problem = [&](Diagnostic::Severity severity, const QString &pointer, const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.pointer = pointer;
        d.message = message;
        schedule.diagnostics.append(d);
    };

    qsizetype total = 0;
    for (const RoadmapSection &section : roadmap.sections)
        total += section.tasks.size();
    schedule.tasks.reserve(total);
    schedule.m_index.reserve(total);
    nodes.reserve(total);
    for (qsizetype s = 0; s < roadmap.sections.size(); ++s) {
        const RoadmapSection &section = roadmap.sections.at(s);
        for (qsizetype t = 0; t < section.tasks.size(); ++t) {
            const RoadmapTask &task = section.tasks.at(t);
            ScheduledTask scheduled;
            scheduled.id = task.id;
            scheduled.name = task.name;
            scheduled.section = section.name;
            scheduled.sectionIndex = int(s);
            scheduled.duration = task.duration;
            scheduled.milestone = task.milestone;
            const int index = int(schedule.tasks.size());
            schedule.tasks.append(scheduled);
            Node node;
            node.section = s;
            node.indexInSection = t;
            if (schedule.m_index.contains(task.id)) {
                node.blocked = true;
                problem(Diagnostic::Severity::Error, taskPointer(node) + QStringLiteral("/id"),
                        tr("task id %1 is used twice; the second task is not scheduled").arg(quoted(task.id)));
            } else {
                schedule.m_index.insert(task.id, index);
            }
            nodes.append(node);
        }
    }

    // Dependencies and each task's own problems. seenBy[d] == i marks d as already listed by task
    // i, so a duplicate costs nothing however long the list.
    QList<int> seenBy(nodes.size(), -1);
    for (int i = 0; i < nodes.size(); ++i) {
        Node &node = nodes[i];
        ScheduledTask &scheduled = schedule.tasks[i];
        const RoadmapTask &task = roadmap.sections.at(node.section).tasks.at(node.indexInSection);
        for (qsizetype k = 0; k < task.after.size(); ++k) {
            const QString &dep = task.after.at(k);
            const int d = schedule.indexOf(dep);
            const auto pointer = [&]() -> QString { return taskPointer(node) + QStringLiteral("/after/") + QString::number(k); };
            if (dep == task.id) {
                node.blocked = true;
                problem(Diagnostic::Severity::Error, pointer(), tr("task %1 comes after itself").arg(quoted(task.id)));
            } else if (d < 0) {
                node.blocked = true;
                problem(Diagnostic::Severity::Error, pointer(),
                        tr("task %1 comes after unknown task %2").arg(quoted(task.id), quoted(dep)));
            } else if (seenBy.at(d) != i) {
                seenBy[d] = i;
                node.deps.append(d);
                nodes[d].successors.append(i);
                scheduled.after.append(dep);
            }
        }
        if (!task.start.isValid() && task.after.isEmpty()) {
            node.blocked = true;
            problem(Diagnostic::Severity::Error, taskPointer(node),
                    tr("task %1 has neither a start date nor a task it comes after").arg(quoted(task.id)));
        }
        const TaskDuration &duration = task.duration;
        if (duration.value < 0 || duration.value > maximumDurationValue) {
            node.blocked = true;
            problem(Diagnostic::Severity::Error, taskPointer(node) + QStringLiteral("/duration/value"),
                    tr("task %1 lasts %2%3; a duration is a whole number from 0 to %4")
                        .arg(quoted(task.id), QString::number(duration.value), QString(duration.unit),
                             QString::number(maximumDurationValue)));
        } else if (!QStringLiteral("dwMy").contains(duration.unit)) {
            node.blocked = true;
            problem(Diagnostic::Severity::Error, taskPointer(node) + QStringLiteral("/duration/unit"),
                    tr("task %1 has the duration unit \"%2\"; units are d, w, M and y")
                        .arg(quoted(task.id), QString(duration.unit)));
        } else if (task.milestone && duration.value != 0) {
            problem(Diagnostic::Severity::Warning, taskPointer(node) + QStringLiteral("/duration"),
                    tr("milestone %1 has a duration of %2%3; a milestone takes no time")
                        .arg(quoted(task.id), QString::number(duration.value), QString(duration.unit)));
        }
    }

    // Kahn's algorithm in document order: a task is placed once every task it comes after is.
    QList<int> order;
    order.reserve(nodes.size());
    QList<int> pending(nodes.size());
    for (int i = 0; i < nodes.size(); ++i) {
        pending[i] = int(nodes.at(i).deps.size());
        if (pending[i] == 0)
            order.append(i);
    }
    for (qsizetype head = 0; head < order.size(); ++head) {
        const int i = order.at(head);
        Node &node = nodes[i];
        node.processed = true;
        ScheduledTask &scheduled = schedule.tasks[i];
        const RoadmapTask &task = roadmap.sections.at(node.section).tasks.at(node.indexInSection);
        if (!node.blocked && !node.waiting) {
            // Mermaid: `after a b` starts at the latest end of a and b.
            QDate start = task.start;
            for (int d : std::as_const(node.deps)) {
                if (!start.isValid() || schedule.tasks.at(d).end > start)
                    start = schedule.tasks.at(d).end;
            }
            const QDate end = task.milestone ? start : addDuration(start, task.duration);
            if (start.isValid() && end.isValid()) {
                scheduled.start = start;
                scheduled.end = end;
                scheduled.resolved = true;
            } else {
                problem(Diagnostic::Severity::Error, taskPointer(node) + QStringLiteral("/duration"),
                        tr("task %1 would end beyond the last date the calendar supports").arg(quoted(task.id)));
            }
        } else if (node.waiting) {
            const auto unresolved = std::find_if(node.deps.cbegin(), node.deps.cend(),
                                                 [&](int d) { return !schedule.tasks.at(d).resolved; });
            const QString blocker = unresolved == node.deps.cend() ? QString() : schedule.tasks.at(*unresolved).id;
            problem(Diagnostic::Severity::Warning, taskPointer(node),
                    tr("task %1 is not scheduled: it comes after %2, which is not scheduled either")
                        .arg(quoted(task.id), quoted(blocker)));
        }
        for (int s : std::as_const(node.successors)) {
            if (!scheduled.resolved)
                nodes[s].waiting = true;
            if (--pending[s] == 0)
                order.append(s);
        }
    }

    // What Kahn's algorithm left waits on a cycle. Each such task has an unprocessed dependency;
    // following those from a task not yet walked either closes a new cycle or reaches a walked one.
    if (order.size() < nodes.size()) {
        QList<int> walk(nodes.size(), 0);
        QList<int> position(nodes.size(), -1);
        int walkId = 0;
        for (int root = 0; root < nodes.size(); ++root) {
            if (nodes.at(root).processed || walk.at(root) != 0)
                continue;
            ++walkId;
            QList<int> path;
            int current = root;
            while (walk.at(current) == 0) {
                walk[current] = walkId;
                position[current] = int(path.size());
                path.append(current);
                const QList<int> &deps = nodes.at(current).deps;
                current = *std::find_if(deps.cbegin(), deps.cend(), [&](int d) { return !nodes.at(d).processed; });
            }
            if (walk.at(current) != walkId)
                continue;
            // path[position[current]..] is the cycle, each task coming after the next; list it in
            // the order the tasks would run, from the one first in the document.
            QList<int> cycle;
            for (qsizetype k = path.size() - 1; k >= position.at(current); --k) {
                nodes[path.at(k)].inCycle = true;
                cycle.append(path.at(k));
            }
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            QStringList ids;
            for (int i : std::as_const(cycle))
                ids.append(quoted(schedule.tasks.at(i).id));
            ids.append(ids.first());
            problem(Diagnostic::Severity::Error, taskPointer(nodes.at(current)) + QStringLiteral("/after"),
                    tr("dependency cycle: %1").arg(ids.join(QStringLiteral(" -> "))));
        }
        for (int i = 0; i < nodes.size(); ++i) {
            if (!nodes.at(i).processed && !nodes.at(i).inCycle) {
                problem(Diagnostic::Severity::Warning, taskPointer(nodes.at(i)),
                        tr("task %1 is not scheduled: it comes after a dependency cycle")
                            .arg(quoted(schedule.tasks.at(i).id)));
            }
        }
    }

    for (const ScheduledTask &task : std::as_const(schedule.tasks)) {
        if (!task.resolved)
            continue;
        if (!schedule.start.isValid() || task.start < schedule.start)
            schedule.start = task.start;
        if (!schedule.end.isValid() || task.end > schedule.end)
            schedule.end = task.end;
    }
    if (!schedule.end.isValid())
        return schedule;

    // Backward pass in reverse topological order: the latest end that keeps the roadmap's end.
    QList<qint64> lateEnd(nodes.size(), std::numeric_limits<qint64>::max());
    const qint64 finish = schedule.end.toJulianDay();
    for (qsizetype k = order.size() - 1; k >= 0; --k) {
        const int i = order.at(k);
        ScheduledTask &task = schedule.tasks[i];
        if (!task.resolved)
            continue;
        qint64 late = finish;
        for (int s : std::as_const(nodes.at(i).successors)) {
            const ScheduledTask &successor = schedule.tasks.at(s);
            if (successor.resolved)
                late = std::min(late, lateEnd.at(s) - successor.start.daysTo(successor.end));
        }
        lateEnd[i] = late;
        task.slackDays = late - task.end.toJulianDay();
    }

    // The critical path ends at the task that finishes last (one that takes time rather than a
    // milestone marking the same day) and walks back through the dependency that set each start.
    int last = -1;
    for (int i = 0; i < schedule.tasks.size(); ++i) {
        const ScheduledTask &task = schedule.tasks.at(i);
        if (!task.resolved || task.end != schedule.end)
            continue;
        if (last < 0 || (schedule.tasks.at(last).start == schedule.tasks.at(last).end && task.start < task.end))
            last = i;
    }
    QStringList path;
    for (int current = last; current >= 0;) {
        ScheduledTask &task = schedule.tasks[current];
        task.onCriticalPath = true;
        path.prepend(task.id);
        int driver = -1;
        for (int d : std::as_const(nodes.at(current).deps)) {
            const ScheduledTask &dep = schedule.tasks.at(d);
            if (dep.resolved && dep.end == task.start && dep.slackDays == 0) {
                driver = d;
                break;
            }
        }
        current = driver;
    }
    schedule.criticalPath = path;
    return schedule;
}

} // namespace archscape
