// What a drag from a connector handle draws: a dashed line from the handle to the pointer and a
// ring around the component that would become the target. A top-level item above everything,
// made when the drag starts and deleted when it ends.
#pragma once

#include <QGraphicsObject>
#include <QPainterPath>

namespace archscape {

class ConnectorRubberBand : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = QGraphicsItem::UserType + 41 };

    explicit ConnectorRubberBand(QPointF from);

    int type() const override { return Type; }
    QLineF line() const { return m_line; }
    void setEnd(QPointF end);
    // The target's outline in scene coordinates; empty when the pointer is over no target.
    void setTarget(const QPainterPath &outline);
    bool hasTarget() const { return !m_target.isEmpty(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateBounds();

    QLineF m_line;
    QPainterPath m_target;
    QRectF m_bounds;
};

} // namespace archscape
