// The engine's ranking as a table: rank, pattern, fit score, reasons and warnings.
#pragma once

#include "catalog.h"
#include "evaluation.h"

#include <QAbstractTableModel>

namespace archscape {

class RankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Pattern, Score, MonthlyCost, Reasons, ColumnCount };
    Q_ENUM(Column)

    explicit RankingModel(QObject *parent = nullptr);

    void setEvaluation(const Catalog &catalog, const Evaluation &evaluation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        RankedPattern ranked;
        QString name;
        double total = 0;
    };
    QList<Row> m_rows;
};

} // namespace archscape
