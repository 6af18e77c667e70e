// A scheduled task drawn as a bar from its start to its (exclusive) end, with its name inside
// when it fits and beside it otherwise. Critical tasks are drawn in the critical colour with a
// thicker outline. The right end is a grip: the scene turns a drag there into a new duration.
#pragma once

#include "ganttitemtypes.h"

#include <QGraphicsItem>

namespace archscape {

class GanttBarItem : public QGraphicsItem
{
public:
    enum { Type = GanttBarType };

    // bar: the bar's rectangle in scene coordinates.
    GanttBarItem(const QString &taskId, const QString &name, const QRectF &bar, bool critical,
                 QGraphicsItem *parent = nullptr);

    QString taskId() const { return m_taskId; }
    QString name() const { return m_name; }
    bool isCritical() const { return m_critical; }
    // In scene coordinates.
    QRectF barRect() const { return m_bar.translated(pos()); }
    QRectF handleRect() const;
    QRectF labelRect() const { return m_label.translated(pos()); }
    bool isLabelInside() const { return m_labelInside; }
    qreal outlineWidth() const;
    // The task picked in the table or by a click: drawn with a focus frame.
    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_taskId;
    QString m_name;
    QRectF m_bar;   // local: origin at the bar's top-left
    QRectF m_label; // local
    bool m_critical;
    bool m_labelInside = false;
    bool m_highlighted = false;
};

} // namespace archscape
