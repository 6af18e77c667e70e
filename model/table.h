// A table of the document: titled columns and rows of cells, rows optionally naming what they describe.
#pragma once

#include "fact.h"

#include <QHash>
#include <QStringList>

namespace archscape {

struct TableColumn
{
    QString id;
    QString title;
};

struct TableRow
{
    QString pattern;     // the pattern the row is about, if any
    QStringList patterns; // several patterns (a row recommending "Event Sourcing + CQRS")
    QString antiPattern;
    QHash<QString, Cell> cells; // keyed by column id; a missing cell is empty

    Cell cell(const QString &columnId) const { return cells.value(columnId); }
    bool refersToPattern(const QString &patternId) const
    {
        return pattern == patternId || patterns.contains(patternId);
    }
};

struct Table
{
    QString id;
    QString title;
    QString pattern;
    QList<TableColumn> columns;
    QList<TableRow> rows;

    int columnIndex(const QString &columnId) const;
};

} // namespace archscape
