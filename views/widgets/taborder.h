// Keeps the Tab order in reading order for widgets created after their neighbours (a button
// added once a document is set, crumbs rebuilt on every answer): Qt appends a new widget to the
// end of the window's focus chain, so without this Tab would reach it after everything else.
#pragma once

#include <QList>

class QWidget;

namespace archscape {

// Moves widgets, in this order, to where anchor sits in the focus chain: right after anchor, or,
// when anchor takes no focus (a label, a container), after the nearest focusable widget before it.
void placeInTabOrderAt(QWidget *anchor, const QList<QWidget *> &widgets);

} // namespace archscape
