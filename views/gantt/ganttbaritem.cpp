#include "ganttbaritem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>

#include <algorithm>

namespace archscape {

GanttBarItem::GanttBarItem(const QString &taskId, const QString &name, const QRectF &bar, bool critical,
                           QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_taskId(taskId)
    , m_name(name)
    , m_bar(QPointF(0, 0), bar.size())
    , m_critical(critical)
{
    setPos(bar.topLeft());
    setAcceptHoverEvents(true);
    const QFontMetricsF metrics(GanttStyle::font());
    const qreal textWidth = metrics.horizontalAdvance(name);
    const qreal textHeight = metrics.height();
    const qreal top = (m_bar.height() - textHeight) / 2;
    // Inside only with room for the padding and the grip, so the text never sits under the handle.
    m_labelInside = textWidth + 2 * GanttStyle::labelGap + GanttStyle::handleWidth <= m_bar.width();
    if (m_labelInside)
        m_label = QRectF(GanttStyle::labelGap, top, textWidth, textHeight);
    else
        m_label = QRectF(m_bar.right() + GanttStyle::outsideLabelGap, top, textWidth, textHeight);
}

QRectF GanttBarItem::handleRect() const
{
    // Narrow bars get a grip that reaches past their end, so they stay draggable.
    const QRectF bar = barRect();
    const qreal width = GanttStyle::handleWidth;
    if (bar.width() >= 2 * width)
        return QRectF(bar.right() - width, bar.top(), width, bar.height());
    return QRectF(bar.right() - width / 2, bar.top(), width, bar.height());
}

qreal GanttBarItem::outlineWidth() const
{
    return m_critical ? GanttStyle::criticalOutlineWidth : GanttStyle::outlineWidth;
}

void GanttBarItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    update();
}

QRectF GanttBarItem::boundingRect() const
{
    const qreal pad = GanttStyle::criticalOutlineWidth + GanttStyle::highlightGap + 1;
    return m_bar.united(m_label).adjusted(-pad, -pad, pad + GanttStyle::handleWidth / 2, pad);
}

void GanttBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_highlighted) {
        painter->setPen(QPen(palette.highlight, 1.5));
        painter->setBrush(Qt::NoBrush);
        const qreal g = GanttStyle::highlightGap;
        painter->drawRoundedRect(m_bar.adjusted(-g, -g, g, g), 4, 4);
    }
    const QColor fill = m_critical ? palette.criticalFill : palette.barFill;
    const QColor outline = m_critical ? palette.criticalOutline : palette.barOutline;
    painter->setPen(QPen(outline, outlineWidth()));
    painter->setBrush(fill);
    painter->drawRoundedRect(m_bar, 3, 3);
    // The grip: two short lines at the right end.
    if (m_bar.width() >= 2 * GanttStyle::handleWidth) {
        painter->setPen(QPen(fill.lighter(160), 1));
        const qreal x = m_bar.right() - GanttStyle::handleWidth / 2;
        painter->drawLine(QPointF(x - 1.5, m_bar.top() + 5), QPointF(x - 1.5, m_bar.bottom() - 5));
        painter->drawLine(QPointF(x + 1.5, m_bar.top() + 5), QPointF(x + 1.5, m_bar.bottom() - 5));
    }
    painter->setFont(GanttStyle::font());
    painter->setPen(m_labelInside ? palette.textOnBar : palette.text);
    QRectF label = m_label;
    // A bar whose start is scrolled under the pinned section names keeps its name in view while
    // the rest of the bar has room for it.
    const auto *gantt = qobject_cast<const GanttScene *>(scene());
    if (m_labelInside && gantt && gantt->visibleChartLeft() > 0) {
        const qreal visible = gantt->visibleChartLeft() - pos().x() + GanttStyle::labelGap;
        const qreal room = m_bar.right() - GanttStyle::handleWidth - GanttStyle::labelGap - label.width();
        label.moveLeft(std::clamp(visible, label.left(), std::max(label.left(), room)));
    }
    if (!m_labelInside)
        painter->fillRect(label.adjusted(-2, 1, 2, -1), palette.labelBackground);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_name);
}

void GanttBarItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    if (handleRect().contains(event->scenePos()))
        setCursor(Qt::SizeHorCursor);
    else
        unsetCursor();
}

void GanttBarItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    unsetCursor();
}

} // namespace archscape
