// A milestone drawn as a diamond centred on its date, its name to the right.
#pragma once

#include "ganttitemtypes.h"

#include <QGraphicsItem>

namespace archscape {

class GanttMilestoneItem : public QGraphicsItem
{
public:
    enum { Type = GanttMilestoneType };

    // centre: the diamond's centre in scene coordinates.
    GanttMilestoneItem(const QString &taskId, const QString &name, const QPointF &centre, bool critical,
                       QGraphicsItem *parent = nullptr);

    QString taskId() const { return m_taskId; }
    QString name() const { return m_name; }
    bool isCritical() const { return m_critical; }
    // In scene coordinates.
    QPointF centre() const { return pos(); }
    QRectF diamondRect() const;
    QRectF labelRect() const { return m_label.translated(pos()); }
    bool isHighlighted() const { return m_highlighted; }
    void setHighlighted(bool highlighted);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QString m_taskId;
    QString m_name;
    QRectF m_label; // local, origin at the diamond's centre
    bool m_critical;
    bool m_highlighted = false;
};

} // namespace archscape
