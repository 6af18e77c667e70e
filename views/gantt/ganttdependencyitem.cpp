#include "ganttdependencyitem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QPainter>
#include <QPainterPathStroker>

namespace archscape {

namespace {

constexpr qreal headLength = 7;
constexpr qreal headHalfWidth = 4;

} // namespace

GanttDependencyItem::GanttDependencyItem(const QString &fromTask, const QString &toTask, const QPointF &from,
                                         const QPointF &to, bool critical, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_fromTask(fromTask)
    , m_toTask(toTask)
    , m_route(routeBetween(from, to))
    , m_critical(critical)
{
    // The arrowhead points right into the successor's start.
    m_head = QPolygonF{to, to + QPointF(-headLength, -headHalfWidth), to + QPointF(-headLength, headHalfWidth)};
    setZValue(-1); // under bars and milestones
}

QPolygonF GanttDependencyItem::routeBetween(const QPointF &from, const QPointF &to)
{
    const qreal stub = GanttStyle::arrowStub;
    const qreal outX = from.x() + stub;
    const qreal inX = to.x() - GanttStyle::arrowEntry - headLength;
    if (outX <= inX || qFuzzyCompare(from.y(), to.y()))
        return QPolygonF{from, QPointF(outX, from.y()), QPointF(outX, to.y()), to};
    // The successor starts before the stub: drop to the gap above (or below) its row, go back,
    // and come in from the left.
    const qreal gapY = to.y() > from.y() ? to.y() - GanttStyle::rowHeight / 2 : to.y() + GanttStyle::rowHeight / 2;
    return QPolygonF{from, QPointF(outX, from.y()), QPointF(outX, gapY), QPointF(inX, gapY), QPointF(inX, to.y()), to};
}

QRectF GanttDependencyItem::boundingRect() const
{
    const qreal pad = GanttStyle::criticalOutlineWidth + headHalfWidth;
    return m_route.boundingRect().united(m_head.boundingRect()).adjusted(-pad, -pad, pad, pad);
}

QPainterPath GanttDependencyItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_route);
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(path);
}

void GanttDependencyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour = m_critical ? palette.criticalArrow : palette.arrow;
    painter->setPen(QPen(colour, m_critical ? 2.0 : 1.2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter->setBrush(Qt::NoBrush);
    // Stop the line where the head begins so its tip stays sharp.
    QPolygonF line = m_route;
    line.last() -= QPointF(headLength, 0);
    painter->drawPolyline(line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_head);
}

} // namespace archscape
