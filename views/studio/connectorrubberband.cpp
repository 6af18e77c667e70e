#include "connectorrubberband.h"

#include <QPainter>

namespace archscape {

namespace {

const QColor accent(0x1A, 0x73, 0xE8);
constexpr qreal ringWidth = 3;

} // namespace

ConnectorRubberBand::ConnectorRubberBand(QPointF from)
    : m_line(from, from)
{
    setObjectName(QStringLiteral("connectorRubberBand"));
    setZValue(1000);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    updateBounds();
}

void ConnectorRubberBand::setEnd(QPointF end)
{
    if (end == m_line.p2())
        return;
    prepareGeometryChange();
    m_line.setP2(end);
    updateBounds();
}

void ConnectorRubberBand::setTarget(const QPainterPath &outline)
{
    if (outline == m_target)
        return;
    prepareGeometryChange();
    m_target = outline;
    updateBounds();
}

void ConnectorRubberBand::updateBounds()
{
    const qreal margin = 8;
    QRectF bounds = QRectF(m_line.p1(), m_line.p2()).normalized();
    if (!m_target.isEmpty())
        bounds = bounds.united(m_target.boundingRect());
    m_bounds = bounds.adjusted(-margin, -margin, margin, margin);
}

QRectF ConnectorRubberBand::boundingRect() const
{
    return m_bounds;
}

void ConnectorRubberBand::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_target.isEmpty()) {
        QColor fill = accent;
        fill.setAlpha(40);
        painter->setPen(QPen(accent, ringWidth));
        painter->setBrush(fill);
        painter->drawPath(m_target);
    }
    painter->setPen(QPen(accent, 2, Qt::DashLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(m_line);
    painter->setBrush(accent);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(m_line.p2(), 3.5, 3.5);
}

} // namespace archscape
