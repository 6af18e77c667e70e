// The whole pattern model: every fact of the source document as value types, looked up by id.
#pragma once

#include "antipattern.h"
#include "diagram.h"
#include "evolutionpath.h"
#include "flowchart.h"
#include "namedlist.h"
#include "pattern.h"
#include "plane.h"
#include "roadmap.h"
#include "section.h"
#include "table.h"
#include "whatif.h"

namespace archscape {

struct Catalog
{
    int schemaVersion = 0;
    QString title;
    QStringList introduction;
    QList<Plane> planes;
    QList<Pattern> patterns;
    QList<Diagram> diagrams;
    Flowchart flowchart;
    QList<Table> tables;
    AntiPatternCatalog antiPatterns;
    Roadmap roadmap;
    QList<EvolutionPath> evolutionPaths;
    QList<NamedList> lists;
    QList<Section> sections;
    WhatIf whatIf; // optional in a file: empty when the model has no what-if section

    const Pattern *pattern(const QString &id) const;
    const Diagram *diagram(const QString &id) const;
    const Table *table(const QString &id) const;
    const Plane *plane(const QString &id) const;
    const Plane *planeForClass(const QString &className) const;
    const EvolutionPath *evolutionPath(const QString &id) const;
    const NamedList *list(const QString &id) const;
    const Section *section(const QString &id) const;

    // Rows of every table that name the pattern, in table order (its cost, complexity, ...).
    struct RowRef
    {
        const Table *table;
        int row;
    };
    QList<RowRef> rowsAbout(const QString &patternId) const;
};

} // namespace archscape
