#include "antipatternmodel.h"

#include "modelroles.h"

namespace archscape {

AntiPatternModel::AntiPatternModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AntiPatternModel::setAntiPatterns(const AntiPatternCatalog &antiPatterns)
{
    beginResetModel();
    m_items = antiPatterns.items;
    endResetModel();
}

int AntiPatternModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AntiPatternModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AntiPatternModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AntiPattern &item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == SortRole && (index.column() == Risk || index.column() == Impact))
        return index.column() == Risk ? item.risk : item.impact;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return item.aliases.isEmpty() ? item.name
                                      : item.name + u'\n' + tr("also: %1").arg(item.aliases.join(QStringLiteral(", ")));
    case Risk:
        return QString::number(item.risk, 'f', 1);
    case Impact:
        return QString::number(item.impact, 'f', 1);
    case Problem:
        return item.problem;
    case Detection:
        return item.detection.join(u'\n');
    case Fix:
        return item.fix.join(u'\n');
    default:
        return {};
    }
}

QVariant AntiPatternModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Anti-Pattern");
    case Risk:
        return tr("Risk");
    case Impact:
        return tr("Impact");
    case Problem:
        return tr("Problem");
    case Detection:
        return tr("Detection");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

QHash<int, QByteArray> AntiPatternModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "antiPatternId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace archscape
