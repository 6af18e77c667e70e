// One component of a diagram: its shape in its class colours, its label lines as plain text.
#pragma once

#include "diagramitemtypes.h"
#include "diagrampainter.h"

#include <QColor>
#include <QGraphicsItem>

namespace archscape {

struct DiagramNode;
struct DiagramStyle;

class NodeItem : public QGraphicsItem
{
public:
    enum { Type = NodeItemType };

    NodeItem(const DiagramNode &node, const QRectF &rect, const NodeColors &colors, const DiagramStyle &style);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    QStringList labelLines() const { return m_lines; }
    QRectF nodeRect() const { return m_rect; }
    ItemEmphasis emphasis() const { return m_emphasis; }
    void setEmphasis(ItemEmphasis emphasis);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_id;
    QString m_shape;
    QStringList m_lines;
    QRectF m_rect;
    NodeColors m_colors;
    qreal m_cap;
    QPainterPath m_outline;
    ItemEmphasis m_emphasis = ItemEmphasis::Normal;
};

} // namespace archscape
