#include "ganttmilestoneitem.h"

#include "ganttstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace archscape {

namespace {

QRectF localDiamond()
{
    const qreal half = GanttStyle::milestoneSize / 2;
    return QRectF(-half, -half, 2 * half, 2 * half);
}

} // namespace

GanttMilestoneItem::GanttMilestoneItem(const QString &taskId, const QString &name, const QPointF &centre,
                                       bool critical, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_taskId(taskId)
    , m_name(name)
    , m_critical(critical)
{
    setPos(centre);
    const QFontMetricsF metrics(GanttStyle::font());
    const qreal height = metrics.height();
    m_label = QRectF(GanttStyle::milestoneSize / 2 + GanttStyle::outsideLabelGap, -height / 2,
                     metrics.horizontalAdvance(name), height);
}

QRectF GanttMilestoneItem::diamondRect() const
{
    return localDiamond().translated(pos());
}

void GanttMilestoneItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    update();
}

QRectF GanttMilestoneItem::boundingRect() const
{
    const qreal pad = GanttStyle::criticalOutlineWidth + GanttStyle::highlightGap + 1;
    return localDiamond().united(m_label).adjusted(-pad, -pad, pad, pad);
}

void GanttMilestoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal half = GanttStyle::milestoneSize / 2;
    if (m_highlighted) {
        const qreal h = half + GanttStyle::highlightGap + 1;
        painter->setPen(QPen(GanttStyle::highlight, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(QPolygonF{QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)});
    }
    const QPolygonF diamond{QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)};
    painter->setPen(QPen(m_critical ? GanttStyle::criticalOutline : GanttStyle::milestoneFill.darker(140),
                         m_critical ? GanttStyle::criticalOutlineWidth : GanttStyle::outlineWidth));
    painter->setBrush(m_critical ? GanttStyle::criticalFill : GanttStyle::milestoneFill);
    painter->drawPolygon(diamond);
    painter->fillRect(m_label.adjusted(-2, 1, 2, -1), GanttStyle::labelBackground);
    painter->setFont(GanttStyle::font());
    painter->setPen(GanttStyle::text);
    painter->drawText(m_label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_name);
}

} // namespace archscape
