#include "connectorhandle.h"

#include <QCursor>
#include <QPainter>

#include <algorithm>

namespace archscape {

ConnectorHandle::ConnectorHandle(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    setObjectName(QStringLiteral("connectorHandle"));
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Drag to another component to connect them"));
    setZValue(50);
    // Always big enough to hit, however far the diagram is zoomed out.
    setFlag(ItemIgnoresTransformations);
}

void ConnectorHandle::attach(QGraphicsItem *node, const QString &nodeId, const QRectF &nodeRect, qreal zoom)
{
    m_nodeId = nodeId;
    setParentItem(node);
    // Just outside the right edge, so it never covers the label.
    setPos(nodeRect.right() + (radius + 3) / std::max<qreal>(zoom, 0.01), nodeRect.center().y());
    show();
}

QRectF ConnectorHandle::boundingRect() const
{
    const qreal r = radius + 2;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

QPainterPath ConnectorHandle::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(), radius + 2, radius + 2);
    return path;
}

void ConnectorHandle::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor accent(0x1A, 0x73, 0xE8);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(accent, 1.5));
    painter->setBrush(m_hovered ? accent : QColor(Qt::white));
    painter->drawEllipse(QPointF(), radius, radius);
    // A small plus: "start a connection here".
    painter->setPen(QPen(m_hovered ? QColor(Qt::white) : accent, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(-3.5, 0), QPointF(3.5, 0));
    painter->drawLine(QPointF(0, -3.5), QPointF(0, 3.5));
}

void ConnectorHandle::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void ConnectorHandle::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

} // namespace archscape
