// A laid-out diagram as a picture: what DiagramScene shows, drawn straight onto a QPainter in the
// scene's stacking order (frames, edges, nodes) with the failure what-if and a flowchart path.
// Exports use it instead of the scene, so a headless export needs no widgets.
#pragma once

#include "catalog.h"
#include "diagramemphasis.h"
#include "diagramgeometry.h"
#include "diagramstyle.h"

#include <QSet>

class QPainter;

namespace archscape {

class DiagramPicture
{
public:
    // The room the scene leaves around Graphviz's bounds, so strokes at the edge are not cut.
    static constexpr qreal margin = 20;

    DiagramPicture(const Catalog &catalog, const Diagram &diagram, const DiagramGeometry &geometry, const DiagramStyle &style);

    // Components marked failed in the what-if; ids that name no drawn node are ignored.
    void setFailedNodes(const QSet<QString> &failed);
    QSet<QString> failedNodes() const { return m_failed; }
    void setPathEmphasis(const PathEmphasis &path);

    const DiagramGeometry &geometry() const { return m_geometry; }
    // The picture's extent in scene units (points): Graphviz's bounds plus the margin.
    QRectF sceneRect() const { return m_geometry.bounds.adjusted(-margin, -margin, margin, margin); }
    // Paints in scene coordinates; the caller maps sceneRect() to its target.
    void paint(QPainter *painter) const;

private:
    void updateEmphasis();

    Catalog m_catalog;
    Diagram m_diagram;
    DiagramGeometry m_geometry;
    DiagramStyle m_style;
    QSet<QString> m_failed;
    PathEmphasis m_path;
    DiagramEmphasis m_emphasis;
};

} // namespace archscape
