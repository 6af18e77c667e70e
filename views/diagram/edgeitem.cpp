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
    , m_arrow(DiagramEdge::arrows().contains(edge.arrow) ? edge.arrow : QStringLiteral("normal"))
    , m_dashed(edge.style == u"dashed")
    , m_thick(edge.style == u"thick")
    , m_color(style.edgeColor)
    , m_labelBackdrop(style.edgeLabelBackdrop)
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
        auto *text = new QGraphicsSimpleTextItem(m_label, this);
        text->setFont(style.edgeFont);
        text->setBrush(style.edgeLabelColor);
        const QRectF textBounds = text->boundingRect();
        const QPointF centre = geometry.labelRect.isEmpty() ? geometry.path.pointAtPercent(0.5) : geometry.labelRect.center();
        text->setPos(centre - QPointF(textBounds.width() / 2, textBounds.height() / 2));
        text->setZValue(1);
        m_bounds |= text->mapRectToParent(textBounds).adjusted(-3, -2, 3, 2);
        m_hitShape.addRect(text->mapRectToParent(textBounds));
    }
    const QString ends = edge.from + QStringLiteral(" \u2192 ") + edge.to;
    setToolTip(m_label.isEmpty() ? ends : m_label + QStringLiteral(" (") + ends + u')');
}

QPolygonF EdgeItem::arrowHead(QPointF tip, QPointF base)
{
    QLineF axis(tip, base);
    if (axis.length() < 0.01)
        return {};
    const qreal halfWidth = std::max(3.0, axis.length() * 0.4);
    QLineF normal = axis.normalVector();
    normal.setLength(halfWidth);
    const QPointF offset = normal.p2() - normal.p1();
    return QPolygonF({tip, base + offset, base - offset, tip});
}

// Mermaid's circle and cross ends, drawn in the room Graphviz left between the line's end (base)
// and the node's border (tip) for the odot / tee it clipped to.
QPainterPath EdgeItem::endMark(QPointF tip, QPointF base) const
{
    QPainterPath mark;
    if (m_arrow == u"normal") {
        mark.addPolygon(arrowHead(tip, base));
        mark.closeSubpath();
    } else if (m_arrow == u"circle") {
        const qreal radius = std::max(3.5, QLineF(tip, base).length() / 2);
        const QLineF axis(tip, base);
        const QPointF centre = axis.length() < 0.01 ? tip : axis.pointAt(std::min(1.0, radius / axis.length()));
        mark.addEllipse(centre, radius, radius);
    } else if (m_arrow == u"cross") {
        const QPointF centre = (tip + base) / 2;
        const qreal half = 4.5;
        mark.moveTo(centre + QPointF(-half, -half));
        mark.lineTo(centre + QPointF(half, half));
        mark.moveTo(centre + QPointF(-half, half));
        mark.lineTo(centre + QPointF(half, -half));
    }
    return mark;
}

QPainterPath EdgeItem::endMarks() const
{
    QPainterPath marks;
    if (m_geometry.hasEndArrow)
        marks.addPath(endMark(m_geometry.endTip, m_geometry.endBase));
    if (m_geometry.hasStartArrow)
        marks.addPath(endMark(m_geometry.startTip, m_geometry.startBase));
    return marks;
}

void EdgeItem::setEmphasis(ItemEmphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == ItemEmphasis::Dimmed                                      ? 0.25
               : emphasis == ItemEmphasis::Broken || emphasis == ItemEmphasis::Muted ? 0.45
                                                                                      : 1.0);
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
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = m_color;
    qreal width = m_thick ? 3.0 : 1.4;
    switch (m_emphasis) {
    case ItemEmphasis::Highlighted:
        color = QColor(0x1A, 0x73, 0xE8);
        width += 1.2;
        break;
    case ItemEmphasis::Fallback:
        color = QColor(0xE6, 0x8A, 0x00);
        width = 3.2;
        break;
    case ItemEmphasis::Broken:
        color = QColor(0x99, 0x99, 0x99);
        break;
    case ItemEmphasis::OnPath:
        color = QColor(0x1A, 0x73, 0xE8);
        width += 2.2;
        break;
    case ItemEmphasis::Offered:
        color = QColor(0xE0, 0x9A, 0x00);
        width += 1.8;
        break;
    default:
        break;
    }
    if (option->state & QStyle::State_Selected) {
        color = QColor(0x1A, 0x73, 0xE8);
        width += 1;
    }
    QPen pen(color, width, m_dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_geometry.path);
    if (m_arrow == u"normal") {
        painter->setPen(QPen(color, 1));
        painter->setBrush(color);
        if (m_geometry.hasEndArrow)
            painter->drawPolygon(arrowHead(m_geometry.endTip, m_geometry.endBase));
        if (m_geometry.hasStartArrow)
            painter->drawPolygon(arrowHead(m_geometry.startTip, m_geometry.startBase));
    } else if (m_arrow != u"none") {
        // Mermaid's marks: a hollow circle (filled with the background) and a stroked cross; the
        // line is carried on to the border under the cross so the edge still touches its node.
        painter->setPen(QPen(color, std::max(1.4, width * 0.8), Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(m_arrow == u"circle" ? QBrush(m_labelBackdrop) : QBrush(Qt::NoBrush));
        if (m_arrow == u"cross") {
            if (m_geometry.hasEndArrow)
                painter->drawLine(m_geometry.endBase, m_geometry.endTip);
            if (m_geometry.hasStartArrow)
                painter->drawLine(m_geometry.startBase, m_geometry.startTip);
        }
        painter->drawPath(endMarks());
    }
    if (!m_label.isEmpty()) {
        // A soft backdrop keeps the label readable where it crosses lines.
        const auto children = childItems();
        if (!children.isEmpty()) {
            const QRectF textRect = children.first()->mapRectToParent(children.first()->boundingRect()).adjusted(-3, -1, 3, 1);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_labelBackdrop);
            painter->drawRoundedRect(textRect, 3, 3);
        }
    }
}

} // namespace archscape
