// One table of the model (implementation matrices, cost breakdown, ...) as a Qt item model.
#pragma once

#include "table.h"

#include <QAbstractTableModel>

namespace archscape {

class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TableModel(QObject *parent = nullptr);

    void setTable(const Table &table);
    // Shows only the given rows of the table (a pattern's row of a cross-cutting table).
    void setTable(const Table &table, const QList<int> &rows);
    const Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Table m_table;
};

} // namespace archscape
