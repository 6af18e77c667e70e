#include "gantttodayitem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace archscape {

GanttTodayItem::GanttTodayItem(qreal x, qreal top, qreal bottom, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_x(x)
    , m_top(top)
    , m_bottom(bottom)
{
    setZValue(-0.25); // over the grid and the arrows, under bars and names so it never strikes text
    const QFontMetricsF metrics(GanttStyle::font(10, true));
    const qreal width = metrics.horizontalAdvance(tr("Today")) + 8;
    // A tag under the last row, where it covers neither axis labels nor bars.
    m_label = QRectF(x - width / 2, bottom + 2, width, metrics.height() + 2);
}

QRectF GanttTodayItem::boundingRect() const
{
    return QRectF(m_x - 2, m_top, 4, m_bottom - m_top).united(m_label);
}

void GanttTodayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->setPen(QPen(palette.today, 2, Qt::DashLine));
    painter->drawLine(QPointF(m_x, m_top), QPointF(m_x, m_label.top()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.today);
    painter->drawRoundedRect(m_label, 3, 3);
    painter->setFont(GanttStyle::font(10, true));
    painter->setPen(palette.todayText);
    painter->drawText(m_label, Qt::AlignCenter | Qt::TextSingleLine, tr("Today"));
}

} // namespace archscape
