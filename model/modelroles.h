// Item-data roles shared by the model's item models, from Qt::UserRole + 1 (STYLE.md).
#pragma once

#include <Qt>

namespace archscape {

enum ModelRole {
    IdRole = Qt::UserRole + 1, // stable id of the row's subject (pattern, table, ...)
    KindRole,                  // pattern kind
    SortRole,                  // a number where the cell has one, else its text
    SearchTextRole,            // every word of the row, for filtering
    PatternRole,               // the pattern id a table row refers to
};

} // namespace archscape
