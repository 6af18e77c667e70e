// What the model says about one anti-pattern, gathered for the quadrant's tooltip and detail
// panel: its row of the document's detection table (if it has one) and which quadrant it sits in.
#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace archscape {

struct AntiPattern;
struct Catalog;
struct QuadrantSpec;
struct Table;
struct TableRow;

class AntiPatternFacts
{
    Q_DECLARE_TR_FUNCTIONS(AntiPatternFacts)

public:
    struct Field
    {
        QString title; // the table's column title, as the document writes it
        QString text;  // the cell's text; empty when the row leaves the cell blank
    };

    // The table whose rows name anti-patterns (the document's detection table), or nullptr.
    static const Table *detectionTable(const Catalog &catalog);
    // The anti-pattern's row there, or nullptr when the document gives it none.
    static const TableRow *detectionRow(const Catalog &catalog, const QString &antiPatternId);
    // The row's cells with their column titles, the naming column left out.
    static QList<Field> detectionFields(const Catalog &catalog, const QString &antiPatternId);
    // Column titles of the detection table other than the name, for saying what is missing.
    static QStringList detectionColumnTitles(const Catalog &catalog);

    // The quadrant's name at a risk/impact position (the spec lists them in Mermaid order).
    static QString quadrantName(const QuadrantSpec &spec, QPointF riskImpact);

    // Plain-text tooltip: name, position, the detection row or what the document lacks.
    static QString toolTip(const Catalog &catalog, const AntiPattern &item, QPointF riskImpact);
};

} // namespace archscape
