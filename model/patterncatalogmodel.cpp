#include "patterncatalogmodel.h"

#include "modelroles.h"

namespace archscape {

namespace {

QString lines(const QList<Fact> &facts)
{
    return cellText(facts);
}

QString numbered(const QStringList &steps)
{
    QStringList result;
    for (qsizetype i = 0; i < steps.size(); ++i)
        result.append(QString::number(i + 1) + QStringLiteral(". ") + steps.at(i));
    return result.join(u'\n');
}

} // namespace

PatternCatalogModel::PatternCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PatternCatalogModel::setCatalog(const Catalog &catalog)
{
    beginResetModel();
    m_patterns = catalog.patterns;
    endResetModel();
}

int PatternCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patterns.size());
}

int PatternCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PatternCatalogModel::kindTitle(const QString &kind)
{
    if (kind == u"core")
        return tr("Core pattern");
    if (kind == u"baseline")
        return tr("Baseline");
    if (kind == u"combination")
        return tr("Combination");
    if (kind == u"outcome")
        return tr("Flowchart outcome");
    return kind;
}

QString PatternCatalogModel::columnText(const Pattern &pattern, int column) const
{
    switch (column) {
    case Name:
        return pattern.name;
    case Kind:
        return kindTitle(pattern.kind);
    case WhenToUse:
        return lines(pattern.whenToUse);
    case Architecture:
        return lines(pattern.architecture);
    case Guarantees:
        return lines(pattern.guarantees);
    case ScaleLimits:
        return lines(pattern.scaleLimits);
    case CostModel:
        return lines(pattern.costModel);
    case MigrationPath:
        return numbered(pattern.migrationSteps);
    default:
        return {};
    }
}

QVariant PatternCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pattern &pattern = m_patterns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return columnText(pattern, index.column());
    case Qt::ToolTipRole:
        return index.column() == Name && !pattern.fullName.isEmpty() ? pattern.fullName
                                                                      : columnText(pattern, index.column());
    case IdRole:
        return pattern.id;
    case KindRole:
        return pattern.kind;
    case SearchTextRole: {
        QStringList words{pattern.id, pattern.fullName, pattern.description.join(u' ')};
        for (int column = 0; column < ColumnCount; ++column)
            words.append(columnText(pattern, column));
        return words.join(u' ');
    }
    default:
        return {};
    }
}

QVariant PatternCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Pattern");
    case Kind:
        return tr("Kind");
    case WhenToUse:
        return tr("When to Use");
    case Architecture:
        return tr("Architecture");
    case Guarantees:
        return tr("Guarantees");
    case ScaleLimits:
        return tr("Scale Limits");
    case CostModel:
        return tr("Cost Model");
    case MigrationPath:
        return tr("Migration Path");
    default:
        return {};
    }
}

QHash<int, QByteArray> PatternCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "patternId");
    names.insert(KindRole, "kind");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace archscape
