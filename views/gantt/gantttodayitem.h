// The line marking today, from the axis down through the rows, with a tag under the last row.
#pragma once

#include "ganttitemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace archscape {

class GanttTodayItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GanttTodayItem)

public:
    enum { Type = GanttTodayType };

    // top: the rows' top; bottom: the last row's bottom (the tag hangs below it).
    GanttTodayItem(qreal x, qreal top, qreal bottom, QGraphicsItem *parent = nullptr);

    qreal x() const { return m_x; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    qreal m_x;
    qreal m_top;
    qreal m_bottom;
    QRectF m_label;
};

} // namespace archscape
