#include "rankingmodel.h"

#include "modelroles.h"

#include <QLocale>

namespace archscape {

RankingModel::RankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RankingModel::setEvaluation(const Catalog &catalog, const Evaluation &evaluation)
{
    // Same row count while sliders move: update in place so views keep selection and scroll.
    QList<Row> rows;
    for (const RankedPattern &ranked : evaluation.ranking) {
        const archscape::Pattern *pattern = catalog.pattern(ranked.pattern);
        rows.append({ranked, pattern ? pattern->name : ranked.pattern, evaluation.costs.value(ranked.pattern).total()});
    }
    if (rows.size() == m_rows.size()) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole || role == PatternRole)
        return row.ranked.pattern;
    if (role == SortRole) {
        switch (index.column()) {
        case Rank:
            return index.row();
        case Score:
            return row.ranked.score;
        case MonthlyCost:
            return row.total;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() != Reasons)
        return data(this->index(index.row(), Reasons), Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Pattern:
        return row.name;
    case Score:
        return QString::number(row.ranked.score, 'f', 0);
    case MonthlyCost:
        return QString(QStringLiteral("$") + QLocale().toString(qRound64(row.total)));
    case Reasons: {
        QStringList lines = row.ranked.reasons;
        for (const QString &warning : row.ranked.warnings)
            lines.append(QStringLiteral("\u26A0 ") + warning);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Pattern:
        return tr("Pattern");
    case Score:
        return tr("Fit");
    case MonthlyCost:
        return tr("Monthly cost");
    case Reasons:
        return tr("Why");
    default:
        return {};
    }
}

QHash<int, QByteArray> RankingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "patternId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace archscape
