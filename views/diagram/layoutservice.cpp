#include "layoutservice.h"

#include "graphvizlayout.h"
#include "pinnedlayout.h"
#include "stagetimer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace archscape {

LayoutService &LayoutService::instance()
{
    static LayoutService service;
    return service;
}

LayoutService::LayoutService()
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the one worker: Graphviz state lives for the process
}

LayoutService::~LayoutService()
{
    QtConcurrent::run(&m_pool, &GraphvizLayout::releaseContext).waitForFinished();
    m_pool.waitForDone();
}

QFuture<DiagramGeometry> LayoutService::layout(const LayoutRequest &request)
{
    stageMark("app: layout queued");
    return QtConcurrent::run(&m_pool, [request] {
        stageMark("app: layout thread runs it");
        DiagramGeometry geometry = GraphvizLayout::run(request);
        // Pins survive every re-layout: Graphviz places the rest, the user's positions win.
        if (geometry.ok)
            applyPins(request, geometry);
        return geometry;
    });
}

void LayoutService::prestart()
{
    GraphvizLayout::prestart();
    m_pool.start([] {}); // the pool's one thread, created now rather than at the first layout
}

DiagramGeometry LayoutService::layoutAndWait(const LayoutRequest &request)
{
    QFuture<DiagramGeometry> future = layout(request);
    future.waitForFinished();
    return future.result();
}

} // namespace archscape
