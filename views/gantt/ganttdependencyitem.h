// An arrow from the end of a task to the start of one that comes after it, routed with
// horizontal and vertical segments only. Arrows between consecutive tasks of the critical path
// are drawn in the critical colour.
#pragma once

#include "ganttitemtypes.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace archscape {

class GanttDependencyItem : public QGraphicsItem
{
public:
    enum { Type = GanttDependencyType };

    // from: where the predecessor ends, to: where the successor starts (scene coordinates).
    GanttDependencyItem(const QString &fromTask, const QString &toTask, const QPointF &from, const QPointF &to,
                        bool critical, QGraphicsItem *parent = nullptr);

    QString fromTask() const { return m_fromTask; }
    QString toTask() const { return m_toTask; }
    bool isCritical() const { return m_critical; }
    // The route's corner points, first at the predecessor, last at the successor.
    QPolygonF route() const { return m_route; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

    // Orthogonal route: out to the right, along the gap between rows when the successor starts
    // before the stub would reach it, then into its start from the left.
    static QPolygonF routeBetween(const QPointF &from, const QPointF &to);

private:
    QString m_fromTask;
    QString m_toTask;
    QPolygonF m_route;
    QPolygonF m_head;
    bool m_critical;
};

} // namespace archscape
