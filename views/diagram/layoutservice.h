// Runs every Graphviz layout on one worker thread, one at a time, so the UI never blocks on a
// large graph and libgvc is never entered twice. Results come back as futures of plain values.
#pragma once

#include "diagramgeometry.h"
#include "layoutrequest.h"

#include <QFuture>
#include <QThreadPool>

namespace archscape {

class LayoutService
{
public:
    // The process's one service (Graphviz has one context per process).
    static LayoutService &instance();

    QFuture<DiagramGeometry> layout(const LayoutRequest &request);
    // For the command line and tests: still serialised on the worker, but waits for the result.
    DiagramGeometry layoutAndWait(const LayoutRequest &request);
    // Starts the worker thread and the layout helper ahead of the first layout (the command
    // line: they start on the other core while the model loads and the fonts are read).
    void prestart();

    ~LayoutService();

private:
    LayoutService();
    QThreadPool m_pool;
};

} // namespace archscape
