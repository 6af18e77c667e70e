// A roadmap section: a band behind its tasks' rows, its name in the left gutter.
#pragma once

#include "ganttitemtypes.h"

#include <QGraphicsItem>

namespace archscape {

class GanttSectionItem : public QGraphicsItem
{
public:
    enum { Type = GanttSectionType };

    // band: the whole band in scene coordinates; gutterWidth: the width of the name column.
    GanttSectionItem(const QString &name, const QRectF &band, qreal gutterWidth, bool shaded,
                     QGraphicsItem *parent = nullptr);

    QString name() const { return m_name; }
    QRectF bandRect() const { return m_band; }
    // The name as drawn, elided to the gutter.
    QString shownName() const { return m_shownName; }
    bool isShaded() const { return m_shaded; }

    QRectF boundingRect() const override { return m_band; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    int type() const override { return Type; }

private:
    QString m_name;
    QString m_shownName;
    QRectF m_band;
    qreal m_gutterWidth;
    bool m_shaded;
};

} // namespace archscape
