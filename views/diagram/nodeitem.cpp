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
    , m_outline(outline(node.shape, rect, style.cylinderCap))
{
    setAcceptHoverEvents(true);
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setToolTip(m_lines.join(u'\n'));
    setZValue(10);

    // One simple text item per line: always plain text, centred, the first line bold.
    QList<QGraphicsSimpleTextItem *> texts;
    qreal blockHeight = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        auto *text = new QGraphicsSimpleTextItem(m_lines.at(i), this);
        text->setFont(i == 0 ? style.titleFont : style.bodyFont);
        text->setBrush(colors.text);
        text->setAcceptHoverEvents(false);
        blockHeight += QFontMetricsF(text->font()).lineSpacing();
        texts.append(text);
    }
    qreal y = rect.center().y() - blockHeight / 2 + (node.shape == u"cylinder" ? m_cap / 2 : 0);
    for (QGraphicsSimpleTextItem *text : texts) {
        const qreal width = text->boundingRect().width();
        text->setPos(rect.center().x() - width / 2, y);
        y += QFontMetricsF(text->font()).lineSpacing();
    }
}

QPainterPath NodeItem::outline(const QString &shape, const QRectF &r, qreal cap)
{
    QPainterPath path;
    if (shape == u"cylinder") {
        const QRectF top(r.left(), r.top(), r.width(), 2 * cap);
        const QRectF bottom(r.left(), r.bottom() - 2 * cap, r.width(), 2 * cap);
        path.moveTo(r.left(), r.top() + cap);
        path.arcTo(top, 180, -180);
        path.lineTo(r.right(), r.bottom() - cap);
        path.arcTo(bottom, 0, -180);
        path.closeSubpath();
    } else if (shape == u"diamond") {
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
    } else if (shape == u"circle") {
        path.addEllipse(r);
    } else if (shape == u"stadium") {
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
    } else if (shape == u"rounded") {
        path.addRoundedRect(r, 10, 10);
    } else if (shape == u"hexagon") {
        const qreal d = r.height() / 2;
        path.moveTo(r.left() + d, r.top());
        path.lineTo(r.right() - d, r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.right() - d, r.bottom());
        path.lineTo(r.left() + d, r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
    } else if (shape == u"parallelogram") {
        const qreal d = r.height() / 2;
        path.moveTo(r.left() + d, r.top());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right() - d, r.bottom());
        path.lineTo(r.left(), r.bottom());
        path.closeSubpath();
    } else if (shape == u"flag") {
        const qreal d = r.height() / 2;
        path.moveTo(r.topLeft());
        path.lineTo(r.right(), r.top());
        path.lineTo(r.right() - d, r.center().y());
        path.lineTo(r.right(), r.bottom());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
    } else {
        path.addRoundedRect(r, 3, 3);
    }
    return path;
}

void NodeItem::setEmphasis(ItemEmphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    setOpacity(emphasis == ItemEmphasis::Dimmed ? 0.35 : emphasis == ItemEmphasis::Muted ? 0.7 : 1.0);
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
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_colors.fill;
    QPen pen(m_colors.stroke, 1.5);
    switch (m_emphasis) {
    case ItemEmphasis::Highlighted:
        pen = QPen(QColor(0x1A, 0x73, 0xE8), 3);
        break;
    case ItemEmphasis::Failed:
        fill = QColor(0x75, 0x75, 0x75);
        pen = QPen(QColor(0xCC, 0x00, 0x00), 3.5);
        break;
    case ItemEmphasis::Lost:
        pen = QPen(QColor(0xCC, 0x00, 0x00), 3, Qt::DashLine);
        break;
    case ItemEmphasis::Fallback:
        pen = QPen(QColor(0xE6, 0x8A, 0x00), 3);
        break;
    case ItemEmphasis::OnPath:
        pen = QPen(QColor(0x1A, 0x73, 0xE8), 3.5);
        break;
    case ItemEmphasis::Current:
        pen = QPen(QColor(0xF2, 0xA9, 0x00), 5.5);
        break;
    case ItemEmphasis::Reached:
        pen = QPen(QColor(0x0B, 0x80, 0x43), 5.5);
        break;
    default:
        break;
    }
    if (option->state & QStyle::State_Selected)
        pen.setWidthF(pen.widthF() + 1.5);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(m_outline);
    if (m_shape == u"cylinder") {
        // The visible rim of the top ellipse.
        painter->setBrush(Qt::NoBrush);
        painter->drawArc(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 2 * m_cap), 180 * 16, 180 * 16);
    }
    if (m_emphasis == ItemEmphasis::Failed) {
        // A cross over the component reads as "down" even in greyscale print.
        // The view skips saving painter state between items (DontSavePainterState): undo the clip.
        painter->save();
        painter->setPen(QPen(QColor(0xCC, 0x00, 0x00, 150), 2));
        painter->setClipPath(m_outline, Qt::IntersectClip);
        painter->drawLine(m_rect.topLeft(), m_rect.bottomRight());
        painter->drawLine(m_rect.topRight(), m_rect.bottomLeft());
        painter->restore();
    }
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
