// The chart's key: task, critical path, milestone and (when drawn) today.
#pragma once

#include "ganttitemtypes.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace archscape {

class GanttLegendItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GanttLegendItem)

public:
    enum { Type = GanttLegendType };
    enum class Symbol { Task, CriticalTask, Milestone, Today };

    struct Entry
    {
        Symbol symbol;
        QString text;
        QRectF symbolRect; // local
        QRectF textRect;   // local
    };

    // topLeft in scene coordinates.
    GanttLegendItem(const QPointF &topLeft, bool withToday, QGraphicsItem *parent = nullptr);

    const QList<Entry> &entries() const { return m_entries; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QList<Entry> m_entries;
    QRectF m_bounds;
};

} // namespace archscape
