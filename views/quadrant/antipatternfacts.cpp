#include "antipatternfacts.h"

#include "catalog.h"

namespace archscape {

namespace {
// The column holding the anti-pattern's name: the row's antiPattern reference already says it.
const QString nameColumn = QStringLiteral("antiPattern");
}

const Table *AntiPatternFacts::detectionTable(const Catalog &catalog)
{
    for (const Table &table : catalog.tables) {
        for (const TableRow &row : table.rows) {
            if (!row.antiPattern.isEmpty())
                return &table;
        }
    }
    return nullptr;
}

const TableRow *AntiPatternFacts::detectionRow(const Catalog &catalog, const QString &antiPatternId)
{
    const Table *table = detectionTable(catalog);
    if (!table)
        return nullptr;
    for (const TableRow &row : table->rows) {
        if (row.antiPattern == antiPatternId)
            return &row;
    }
    return nullptr;
}

QList<AntiPatternFacts::Field> AntiPatternFacts::detectionFields(const Catalog &catalog, const QString &antiPatternId)
{
    QList<Field> fields;
    const Table *table = detectionTable(catalog);
    const TableRow *row = detectionRow(catalog, antiPatternId);
    if (!table || !row)
        return fields;
    for (const TableColumn &column : table->columns) {
        if (column.id != nameColumn)
            fields.append({column.title, cellText(row->cell(column.id))});
    }
    return fields;
}

QStringList AntiPatternFacts::detectionColumnTitles(const Catalog &catalog)
{
    QStringList titles;
    if (const Table *table = detectionTable(catalog)) {
        for (const TableColumn &column : table->columns) {
            if (column.id != nameColumn)
                titles.append(column.title);
        }
    }
    return titles;
}

QString AntiPatternFacts::quadrantName(const QuadrantSpec &spec, QPointF riskImpact)
{
    const bool right = riskImpact.x() >= 0.5;
    const bool top = riskImpact.y() >= 0.5;
    const int index = top ? (right ? 0 : 1) : (right ? 3 : 2);
    return index < spec.quadrants.size() ? spec.quadrants.at(index) : QString();
}

QString AntiPatternFacts::toolTip(const Catalog &catalog, const AntiPattern &item, QPointF riskImpact)
{
    QStringList lines;
    lines.append(item.name);
    QString position = tr("Risk %1, impact %2").arg(QString::number(riskImpact.x(), 'f', 2),
                                                     QString::number(riskImpact.y(), 'f', 2));
    const QString quadrant = quadrantName(catalog.antiPatterns.quadrant, riskImpact);
    if (!quadrant.isEmpty())
        position += tr(" (%1)").arg(quadrant);
    lines.append(position);

    const QList<Field> fields = detectionFields(catalog, item.id);
    if (!fields.isEmpty()) {
        for (const Field &field : fields) {
            const QString text = field.text.isEmpty() ? tr("not given") : QString(field.text).replace(u'\n', QStringLiteral("; "));
            lines.append(tr("%1: %2").arg(field.title, text));
        }
    } else {
        if (!item.detection.isEmpty())
            lines.append(tr("Detection signals: %1").arg(item.detection.join(u"; ")));
        const QStringList missing = detectionColumnTitles(catalog);
        if (missing.isEmpty())
            lines.append(tr("The document gives no detection table."));
        else
            lines.append(tr("The document's detection table has no row for it (%1).").arg(missing.join(u", ")));
    }
    lines.append(tr("Click for details, drag to re-score."));
    return lines.join(u'\n');
}

} // namespace archscape
