#include "roadmaptaskmodel.h"

#include "document.h"
#include "modelroles.h"
#include "roadmapcommands.h"
#include "roadmapmodel.h"

#include <QFont>
#include <QRegularExpression>
#include <QSet>
#include <QUndoStack>

namespace archscape {

namespace {

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

} // namespace

RoadmapTaskModel::RoadmapTaskModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::catalogChanged, this, &RoadmapTaskModel::reload);
    connect(document, &Document::roadmapChanged, this, &RoadmapTaskModel::roadmapEdited);
    reload();
}

void RoadmapTaskModel::reload()
{
    beginResetModel();
    m_tasks.clear();
    for (const RoadmapSection &section : m_document->catalog().roadmap.sections)
        m_tasks.append(section.tasks);
    m_schedule = RoadmapScheduler::resolve(m_document->catalog().roadmap);
    endResetModel();
    Q_EMIT scheduleChanged();
}

void RoadmapTaskModel::roadmapEdited()
{
    QList<RoadmapTask> tasks;
    for (const RoadmapSection &section : m_document->catalog().roadmap.sections)
        tasks.append(section.tasks);
    bool sameRows = tasks.size() == m_tasks.size();
    for (qsizetype i = 0; sameRows && i < tasks.size(); ++i)
        sameRows = tasks.at(i).id == m_tasks.at(i).id;
    if (!sameRows) {
        reload();
        return;
    }
    // An edit keeps the rows: update them in place so selection and an open editor survive.
    m_tasks = tasks;
    m_schedule = RoadmapScheduler::resolve(m_document->catalog().roadmap);
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT scheduleChanged();
}

int RoadmapTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int RoadmapTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoadmapTask &task = m_tasks.at(index.row());
    const ScheduledTask &scheduled = m_schedule.tasks.at(index.row());
    if (role == IdRole)
        return task.id;
    if (role == PatternRole)
        return task.pattern;
    if (role == Qt::FontRole && scheduled.onCriticalPath) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Task:
            return task.name;
        case Start:
            return task.start.isValid() ? task.start.toString(Qt::ISODate)
                                        : QStringLiteral("after ") + task.after.join(u' ');
        case Duration:
            return RoadmapModel::durationText(task.duration);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Section:
        return scheduled.section;
    case Task:
        return task.name;
    case Start:
        if (task.start.isValid())
            return task.start.toString(Qt::ISODate);
        return tr("after %1").arg(task.after.join(QStringLiteral(", ")));
    case Duration:
        return task.milestone ? tr("milestone") : RoadmapModel::durationText(task.duration);
    case ResolvedStart:
        return scheduled.resolved ? scheduled.start.toString(Qt::ISODate) : tr("not scheduled");
    case ResolvedEnd:
        return scheduled.resolved ? scheduled.end.toString(Qt::ISODate) : tr("not scheduled");
    default:
        return {};
    }
}

QVariant RoadmapTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Task:
        return tr("Task");
    case Start:
        return tr("Start / after");
    case Duration:
        return tr("Duration");
    case ResolvedStart:
        return tr("Starts");
    case ResolvedEnd:
        return tr("Ends");
    default:
        return {};
    }
}

Qt::ItemFlags RoadmapTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Task || index.column() == Start || index.column() == Duration))
        flags |= Qt::ItemIsEditable;
    return flags;
}

std::optional<TaskDuration> RoadmapTaskModel::parseDuration(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*([dwMy])\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    const int value = match.hasMatch() ? match.captured(1).toInt() : -1;
    if (!match.hasMatch() || value > RoadmapScheduler::maximumDurationValue) {
        if (error) {
            *error = tr("%1 is not a duration: write a whole number from 0 to %2 followed by d, w, M or y "
                        "(days, weeks, months, years), for example 3M")
                         .arg(quoted(text), QString::number(RoadmapScheduler::maximumDurationValue));
        }
        return std::nullopt;
    }
    return TaskDuration{value, match.captured(2).at(0)};
}

bool RoadmapTaskModel::refuse(const QString &message)
{
    Q_EMIT editRefused(message);
    return false;
}

bool RoadmapTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RoadmapTask task = m_tasks.at(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case Task: {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return refuse(tr("Task %1 needs a name").arg(quoted(task.id)));
        if (name != task.name)
            m_document->undoStack()->push(new RenameTaskCommand(m_document, task.id, name));
        return true;
    }
    case Duration: {
        QString error;
        const std::optional<TaskDuration> duration = parseDuration(text, &error);
        if (!duration)
            return refuse(tr("%1: %2").arg(task.name, error));
        if (task.milestone && duration->value != 0)
            return refuse(tr("%1 is a milestone: it takes no time (0d)").arg(task.name));
        if (duration->value != task.duration.value || duration->unit != task.duration.unit)
            m_document->undoStack()->push(new SetTaskDurationCommand(m_document, task.id, *duration));
        return true;
    }
    case Start:
        return editStart(task, text);
    default:
        return false;
    }
}

bool RoadmapTaskModel::editStart(const RoadmapTask &task, const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid()) {
        if (date != task.start || !task.after.isEmpty())
            m_document->undoStack()->push(new SetTaskStartCommand(m_document, task.id, date));
        return true;
    }
    static const QRegularExpression dateLike(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}$"));
    if (dateLike.match(trimmed).hasMatch())
        return refuse(tr("%1: %2 is not a date in the calendar").arg(task.name, quoted(trimmed)));
    static const QRegularExpression afterPrefix(QStringLiteral("^after\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QString list = trimmed;
    list.remove(afterPrefix);
    QStringList after;
    for (const QString &id : list.split(separators, Qt::SkipEmptyParts)) {
        if (!after.contains(id))
            after.append(id);
    }
    if (after.isEmpty()) {
        return refuse(tr("%1: %2 is neither a date (YYYY-MM-DD) nor \"after\" and task ids, for example "
                         "\"after cqrs\"")
                          .arg(task.name, quoted(trimmed)));
    }
    const Roadmap &roadmap = m_document->catalog().roadmap;
    for (const QString &id : std::as_const(after)) {
        if (id == task.id)
            return refuse(tr("%1 cannot come after itself").arg(task.name));
        if (!roadmap.task(id))
            return refuse(tr("%1 cannot come after %2: there is no task with that id").arg(task.name, quoted(id)));
    }
    const QStringList cycle = cycleThrough(task.id, after);
    if (!cycle.isEmpty()) {
        return refuse(tr("%1 cannot come after %2: that would close the dependency cycle %3")
                          .arg(task.name, after.join(QStringLiteral(", ")), cycle.join(QStringLiteral(" -> "))));
    }
    if (after != task.after || task.start.isValid())
        m_document->undoStack()->push(new SetTaskDependenciesCommand(m_document, task.id, after));
    return true;
}

QStringList RoadmapTaskModel::cycleThrough(const QString &taskId, const QStringList &after) const
{
    // Breadth-first search from the new dependencies back through what they come after; reaching
    // the edited task again means the edit closes a cycle.
    const Roadmap &roadmap = m_document->catalog().roadmap;
    QHash<QString, QString> cameFrom; // task -> the task that comes after it on the search path
    QList<QString> queue;
    for (const QString &id : after) {
        if (!cameFrom.contains(id)) {
            cameFrom.insert(id, taskId);
            queue.append(id);
        }
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const QString current = queue.at(head);
        if (current == taskId) {
            // Run order: the edited task, then each task that (through the path) comes after it.
            QStringList chain{quoted(taskId)};
            QString step = cameFrom.value(taskId);
            while (step != taskId) {
                chain.append(quoted(step));
                step = cameFrom.value(step);
            }
            chain.append(quoted(taskId));
            return chain;
        }
        const RoadmapTask *task = roadmap.task(current);
        if (!task)
            continue;
        for (const QString &dep : task->after) {
            if (!cameFrom.contains(dep)) {
                cameFrom.insert(dep, current);
                queue.append(dep);
            }
        }
    }
    return {};
}

} // namespace archscape
