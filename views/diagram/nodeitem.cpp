#include "nodeitem.h"

#include "diagram.h"
#include "diagramscene.h"
#include "diagramstyle.h"

#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace archscape {

NodeItem::NodeItem(const DiagramNode &node, const QRectF &rect, const NodeColors &colors, const DiagramStyle &style)
    : m_id(node.id)
    , m_shape(node.shape)
    , m_lines(node.label)
    , m_rect(rect)
    , m_colors(colors)
    , m_cap(style.cylinderCap)
    , m_outline(DiagramPainter::nodeOutline(node.shape, rect, style.cylinderCap))
{
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(m_lines.join(u'\n'));
    setZValue(10);

    // One simple text item per line, placed as the export places them: always plain text.
    for (const PlacedText &line : DiagramPainter::nodeLabel(m_lines, m_shape, rect, style)) {
        auto *text = new QGraphicsSimpleTextItem(line.text, this);
        text->setFont(line.font);
        text->setBrush(colors.text);
        text->setAcceptHoverEvents(false);
        text->setPos(line.topLeft);
    }
}

void NodeItem::setEmphasis(ItemEmphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(nodeOpacity(emphasis));
    update();
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-5, -5, 5, 5);
}

QPainterPath NodeItem::shape() const
{
    return m_outline;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    DiagramPainter::paintNodeBody(painter, m_shape, m_rect, m_outline, m_cap, m_colors, m_emphasis,
                                  option->state & QStyle::State_Selected);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *diagramScene = qobject_cast<DiagramScene *>(scene()))
        diagramScene->setHoveredNode(m_id);
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (auto *diagramScene = qobject_cast<DiagramScene *>(scene()))
        diagramScene->setHoveredNode({});
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace archscape
