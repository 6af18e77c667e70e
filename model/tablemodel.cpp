#include "tablemodel.h"

#include "modelroles.h"

namespace archscape {

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TableModel::setTable(const Table &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

void TableModel::setTable(const Table &table, const QList<int> &rows)
{
    Table subset = table;
    subset.rows.clear();
    for (int row : rows) {
        if (row >= 0 && row < table.rows.size())
            subset.rows.append(table.rows.at(row));
    }
    setTable(subset);
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableRow &row = m_table.rows.at(index.row());
    const Cell cell = row.cell(m_table.columns.at(index.column()).id);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(cell);
    case SortRole: {
        // Numbers sort as numbers ("$2K" before "$25K"), durations and frequencies in one unit.
        if (cell.size() == 1) {
            if (const std::optional<double> number = comparableValue(cell.first()))
                return *number;
        }
        return cellText(cell);
    }
    case PatternRole:
        return row.pattern.isEmpty() && !row.patterns.isEmpty() ? row.patterns.first() : row.pattern;
    case IdRole:
        return m_table.id;
    case SearchTextRole: {
        QStringList words;
        for (const TableColumn &column : m_table.columns)
            words.append(cellText(row.cell(column.id)));
        return words.join(u' ');
    }
    default:
        return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columns.size())
        return m_table.columns.at(section).title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "tableId");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    names.insert(PatternRole, "patternId");
    return names;
}

} // namespace archscape
