// Anti-patterns with their risk/impact position and the quadrant chart that shows them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace archscape {

struct AntiPattern
{
    QString id;
    QString name;
    QStringList aliases; // other names the document uses for it
    double risk = 0;
    double impact = 0;
    QString problem;
    QStringList detection;
    QStringList fix;
    // Pattern ids this anti-pattern threatens. Archscape's reading of the document (which names
    // the risks but does not tie them to patterns); the decision record and pattern report list them.
    QStringList threatens;
};

struct QuadrantSpec
{
    QString title;
    QString xLow;
    QString xHigh;
    QString yLow;
    QString yHigh;
    QStringList quadrants; // Mermaid order: top right, top left, bottom left, bottom right
};

struct AntiPatternCatalog
{
    QuadrantSpec quadrant;
    QList<AntiPattern> items;

    const AntiPattern *item(const QString &id) const;
};

} // namespace archscape
