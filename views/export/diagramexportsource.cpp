#include "diagramexportsource.h"

#include "catalog.h"
#include "diagram/diagramscene.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"

#include <QPainter>

namespace archscape {

DiagramExportSource::DiagramExportSource(QString id, const Catalog &catalog, const Diagram &diagram,
                                         const ExportTheme &theme, const QSet<QString> &failed)
    : m_id(std::move(id))
    , m_title(diagram.title.isEmpty() ? diagram.id : diagram.title)
    , m_theme(theme)
    , m_scene(std::make_unique<DiagramScene>())
{
    const DiagramStyle style = theme.diagramStyle();
    const DiagramGeometry geometry = LayoutService::instance().layoutAndWait(buildLayoutRequest(catalog, diagram, style));
    m_ok = geometry.ok;
    m_problems = geometry.problems;
    if (!m_ok)
        return;
    m_scene->setDiagram(catalog, diagram, geometry, style);
    m_scene->setFailedNodes(failed);
}

DiagramExportSource::~DiagramExportSource() = default;

QSizeF DiagramExportSource::naturalSize() const
{
    // One scene unit is one Graphviz point, so the scene rect is already in points.
    return m_scene->sceneRect().size();
}

void DiagramExportSource::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, m_theme.background());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    m_scene->render(painter, fittedRect(naturalSize(), target), m_scene->sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace archscape
