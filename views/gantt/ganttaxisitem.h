// The time axis: quarters (or years, when quarters get too narrow) above months, with grid lines
// down through the rows. Labels are thinned out as the axis is zoomed out so that none overlaps.
#pragma once

#include "ganttitemtypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QGraphicsItem>
#include <QList>

namespace archscape {

class GanttAxisItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GanttAxisItem)

public:
    enum { Type = GanttAxisType };

    struct Label
    {
        QRectF rect; // scene coordinates
        QString text;
    };

    // The axis runs from first (a month's first day) to last (exclusive) at x = x0 + days * pixelsPerDay;
    // its two label rows start at top; grid lines run down to gridBottom.
    GanttAxisItem(const QDate &first, const QDate &last, qreal x0, qreal pixelsPerDay, qreal top, qreal gridBottom,
                  QGraphicsItem *parent = nullptr);

    const QList<Label> &upperLabels() const { return m_upper; }
    const QList<Label> &monthLabels() const { return m_months; }
    // Months between two labelled months (1 when every month is labelled).
    int monthStep() const { return m_monthStep; }
    bool showsQuarters() const { return m_quarters; }

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    qreal xFor(const QDate &date) const;

    QDate m_first;
    QDate m_last;
    qreal m_x0;
    qreal m_pixelsPerDay;
    qreal m_top;
    qreal m_gridBottom;
    QRectF m_bounds;
    int m_monthStep = 1;
    bool m_quarters = true;
    QList<Label> m_upper;
    QList<Label> m_months;
    QList<qreal> m_monthLines;
    QList<qreal> m_quarterLines;
};

} // namespace archscape
