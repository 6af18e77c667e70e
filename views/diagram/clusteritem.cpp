#include "clusteritem.h"

#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace archscape {

ClusterItem::ClusterItem(const QString &id, const QRectF &rect, const QRectF &titleRect, const QString &title,
                         const QColor &tint, const QColor &stroke, const QFont &font)
    : m_id(id)
    , m_rect(rect)
    , m_title(title)
    , m_tint(tint)
    , m_stroke(stroke)
{
    setZValue(-10);
    setAcceptHoverEvents(false);
    // The title is a simple text item: plain text always, and a real <text> in SVG exports.
    auto *text = new QGraphicsSimpleTextItem(title, this);
    text->setFont(font);
    text->setBrush(stroke.darker(130));
    const QRectF bounds = text->boundingRect();
    // Graphviz reserved titleRect at the top left; keep the title inside the frame.
    QPointF topLeft(std::max(titleRect.left(), rect.left() + 6), titleRect.center().y() - bounds.height() / 2);
    topLeft.setY(std::max(topLeft.y(), rect.top() + 2));
    text->setPos(topLeft);
}

QRectF ClusterItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(m_stroke, 1.2));
    painter->setBrush(m_tint);
    painter->drawRoundedRect(m_rect, 6, 6);
}

} // namespace archscape
