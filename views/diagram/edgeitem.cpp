#include "edgeitem.h"

#include "diagram.h"
#include "diagramstyle.h"

#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace archscape {

EdgeItem::EdgeItem(const DiagramEdge &edge, const EdgeGeometry &geometry, const DiagramStyle &style)
    : m_geometry(geometry)
    , m_label(edge.label)
    , m_look(DiagramPainter::edgeLook(edge, style))
{
    setFlag(ItemIsSelectable);
    setZValue(5);
    setCursor(Qt::PointingHandCursor);

    QPainterPath full = geometry.path;
    full.addPath(endMarks());
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to hit with the mouse
    m_hitShape = stroker.createStroke(full);
    m_bounds = full.boundingRect().adjusted(-6, -6, 6, 6);

    if (!m_label.isEmpty()) {
        const PlacedText placed = DiagramPainter::edgeLabel(geometry, m_label, style);
        auto *text = new QGraphicsSimpleTextItem(placed.text, this);
        text->setFont(placed.font);
        text->setBrush(m_look.labelColor);
        text->setPos(placed.topLeft);
        text->setZValue(1);
        m_labelBox = DiagramPainter::labelBackdropRect(placed);
        m_bounds |= m_labelBox;
        m_hitShape.addRect(QRectF(placed.topLeft, placed.size));
    }
    const QString ends = edge.from + QStringLiteral(" \u2192 ") + edge.to;
    setToolTip(m_label.isEmpty() ? ends : m_label + QStringLiteral(" (") + ends + u')');
}

QPainterPath EdgeItem::endMarks() const
{
    return DiagramPainter::edgeEndMarks(m_geometry, m_look.arrow);
}

void EdgeItem::setEmphasis(ItemEmphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(edgeOpacity(emphasis));
    update();
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    return m_hitShape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    DiagramPainter::paintEdgeBody(painter, m_geometry, m_look, m_emphasis, option->state & QStyle::State_Selected, m_labelBox);
}

} // namespace archscape
