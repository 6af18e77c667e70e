#include "ganttmilestoneitem.h"

#include "ganttscene.h"
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
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal half = GanttStyle::milestoneSize / 2;
    if (m_highlighted) {
        const qreal h = half + GanttStyle::highlightGap + 1;
        painter->setPen(QPen(palette.highlight, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(QPolygonF{QPointF(0, -h), QPointF(h, 0), QPointF(0, h), QPointF(-h, 0)});
    }
    const QPolygonF diamond{QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)};
    painter->setPen(QPen(m_critical ? palette.criticalOutline : palette.milestoneOutline,
                         m_critical ? GanttStyle::criticalOutlineWidth : GanttStyle::outlineWidth));
    painter->setBrush(m_critical ? palette.criticalFill : palette.milestoneFill);
    painter->drawPolygon(diamond);
    painter->fillRect(m_label.adjusted(-2, 1, 2, -1), palette.labelBackground);
    painter->setFont(GanttStyle::font());
    painter->setPen(palette.text);
    painter->drawText(m_label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_name);
}

} // namespace archscape
