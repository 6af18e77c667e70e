// The anti-patterns as a table: position on the risk/impact quadrant and the problem/detection/fix lists.
#pragma once

#include "antipattern.h"

#include <QAbstractTableModel>

namespace archscape {

class AntiPatternModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Risk, Impact, Problem, Detection, Fix, ColumnCount };
    Q_ENUM(Column)

    explicit AntiPatternModel(QObject *parent = nullptr);

    void setAntiPatterns(const AntiPatternCatalog &antiPatterns);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<AntiPattern> m_items;
};

} // namespace archscape
