// The small knob beside a component in edit mode: drag from it to another component to connect
// the two. It is a child of the component's item, so it moves (and dies) with it; the editor
// holds it through a QPointer because a rebuilt scene deletes it.
#pragma once

#include "diagram/diagramitemtypes.h"

#include <QGraphicsObject>

namespace archscape {

class ConnectorHandle : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = QGraphicsItem::UserType + 40 };
    static constexpr qreal radius = 7;

    explicit ConnectorHandle(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    // The component it belongs to (its parent item's id).
    QString nodeId() const { return m_nodeId; }
    // Sits just right of the middle of the component's right side (item coordinates). The knob
    // keeps its size on screen at any zoom, so the gap is given in scene units for that zoom.
    void attach(QGraphicsItem *node, const QString &nodeId, const QRectF &nodeRect, qreal zoom);
    // The knob's centre in scene coordinates: where a drag starts.
    QPointF sceneCentre() const { return mapToScene(QPointF()); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_nodeId;
    bool m_hovered = false;
};

} // namespace archscape
