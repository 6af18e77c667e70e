#include "roadmapmodel.h"

#include "modelroles.h"

namespace archscape {

RoadmapModel::RoadmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RoadmapModel::setRoadmap(const Roadmap &roadmap)
{
    beginResetModel();
    m_rows.clear();
    for (const RoadmapSection &section : roadmap.sections) {
        for (const RoadmapTask &task : section.tasks)
            m_rows.append({section.name, task});
    }
    endResetModel();
}

int RoadmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoadmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RoadmapModel::durationText(const TaskDuration &duration)
{
    return QString::number(duration.value) + duration.unit;
}

QVariant RoadmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.task.id;
    if (role == PatternRole)
        return row.task.pattern;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Section:
        return row.section;
    case Task:
        return row.task.milestone ? tr("%1 (milestone)").arg(row.task.name) : row.task.name;
    case Id:
        return row.task.id;
    case Start:
        return row.task.start.isValid() ? row.task.start.toString(Qt::ISODate)
                                        : tr("after %1").arg(row.task.after.join(QStringLiteral(", ")));
    case Duration:
        return durationText(row.task.duration);
    default:
        return {};
    }
}

QVariant RoadmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Task:
        return tr("Task");
    case Id:
        return tr("Id");
    case Start:
        return tr("Starts");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace archscape
