#include "diagramexportsource.h"

#include "catalog.h"
#include "diagram/diagrampicture.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "diagram/stagetimer.h"

#include <QCoreApplication>
#include <QPainter>

namespace archscape {

DiagramExportSource::DiagramExportSource(QString id, const Catalog &catalog, const Diagram &diagram,
                                         const ExportTheme &theme, const QSet<QString> &failed)
    : m_id(std::move(id))
    , m_title(diagram.title.isEmpty() ? diagram.id : diagram.title)
    , m_theme(theme)
{
    const DiagramStyle style = theme.diagramStyle();
    const LayoutRequest request = buildLayoutRequest(catalog, diagram, style);
    stageMark("request built (measured)");
    const DiagramGeometry geometry = LayoutService::instance().layoutAndWait(request);
    stageMark("layout returned");
    m_ok = geometry.ok;
    m_problems = geometry.problems;
    if (!m_ok)
        return;
    m_picture = std::make_unique<DiagramPicture>(catalog, diagram, geometry, style);
    m_picture->setFailedNodes(failed);
}

DiagramExportSource::~DiagramExportSource() = default;

namespace {

const auto diagramPrefix = QStringLiteral("diagram/");

} // namespace

bool DiagramExportSource::isArchitectureView(const Catalog &catalog, const QString &viewId)
{
    if (!viewId.startsWith(diagramPrefix))
        return false;
    const QString diagramId = viewId.mid(diagramPrefix.size());
    return diagramId != catalog.flowchart.diagram && catalog.diagram(diagramId);
}

std::unique_ptr<DiagramExportSource> DiagramExportSource::createView(const QString &viewId, const Catalog &catalog,
                                                                     const ExportTheme &theme, const QSet<QString> &failed,
                                                                     QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<DiagramExportSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!isArchitectureView(catalog, viewId))
        return fail(QCoreApplication::translate("DiagramExportSource", "unknown view \"%1\"; \"archscape export --list\" prints the view ids")
                        .arg(viewId));
    const Diagram *diagram = catalog.diagram(viewId.mid(diagramPrefix.size()));
    auto source = std::make_unique<DiagramExportSource>(viewId, catalog, *diagram, theme, failed);
    if (!source->ok())
        return fail(QCoreApplication::translate("DiagramExportSource", "the diagram %1 could not be laid out: %2")
                        .arg(diagram->id, source->problems().join(u' ')));
    return source;
}

QSet<QString> DiagramExportSource::failedNodes() const
{
    return m_picture ? m_picture->failedNodes() : QSet<QString>();
}

void DiagramExportSource::setPathEmphasis(const PathEmphasis &path)
{
    if (m_picture)
        m_picture->setPathEmphasis(path);
}

QSizeF DiagramExportSource::naturalSize() const
{
    // One scene unit is one Graphviz point, so the scene rect is already in points.
    return m_picture ? m_picture->sceneRect().size() : QSizeF(1, 1);
}

void DiagramExportSource::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, m_theme.background());
    if (m_picture) {
        const QRectF scene = m_picture->sceneRect();
        const QRectF fitted = fittedRect(scene.size(), target);
        const qreal scale = fitted.width() / scene.width();
        painter->translate(fitted.topLeft());
        painter->scale(scale, scale);
        painter->translate(-scene.topLeft());
        m_picture->paint(painter);
    }
    painter->restore();
}

} // namespace archscape
