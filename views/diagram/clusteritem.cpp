#include "clusteritem.h"

#include <QGraphicsSimpleTextItem>

namespace archscape {

ClusterItem::ClusterItem(const QString &id, const QRectF &rect, const PlacedText &title, const ClusterLook &look)
    : m_id(id)
    , m_rect(rect)
    , m_look(look)
{
    setZValue(-10);
    setAcceptHoverEvents(false);
    // The title is a simple text item: plain text always, and a real <text> in SVG exports.
    auto *text = new QGraphicsSimpleTextItem(title.text, this);
    text->setFont(title.font);
    text->setBrush(look.titleColor);
    text->setPos(title.topLeft);
}

QRectF ClusterItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    DiagramPainter::paintClusterFrame(painter, m_rect, m_look);
}

} // namespace archscape
