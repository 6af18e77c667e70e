// The pattern catalog as a table: one row per pattern, the document's summary-table columns.
#pragma once

#include "catalog.h"

#include <QAbstractTableModel>

namespace archscape {

class PatternCatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, WhenToUse, Architecture, Guarantees, ScaleLimits, CostModel, MigrationPath, ColumnCount };
    Q_ENUM(Column)

    explicit PatternCatalogModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString kindTitle(const QString &kind);

private:
    QString columnText(const Pattern &pattern, int column) const;

    QList<Pattern> m_patterns;
};

} // namespace archscape
