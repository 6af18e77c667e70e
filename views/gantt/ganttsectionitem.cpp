#include "ganttsectionitem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace archscape {

GanttSectionItem::GanttSectionItem(const QString &name, const QRectF &band, qreal gutterWidth, bool shaded,
                                   QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_name(name)
    , m_band(band)
    , m_gutterWidth(gutterWidth)
    , m_shaded(shaded)
{
    setZValue(-2);
    const QFontMetricsF metrics(GanttStyle::font(12, true));
    m_shownName = metrics.elidedText(name, Qt::ElideRight, gutterWidth - 2 * GanttStyle::margin);
}

void GanttSectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->fillRect(m_band, m_shaded ? palette.bandEven : palette.bandOdd);
    painter->setPen(QPen(palette.bandLine, 1));
    painter->drawLine(m_band.bottomLeft(), m_band.bottomRight());
    painter->drawLine(QPointF(m_band.left() + m_gutterWidth, m_band.top()),
                      QPointF(m_band.left() + m_gutterWidth, m_band.bottom()));
    painter->setFont(GanttStyle::font(12, true));
    painter->setPen(palette.text);
    // On the first row, so the name sits beside the section's first task.
    const QRectF text(m_band.left() + GanttStyle::margin, m_band.top(), m_gutterWidth - 2 * GanttStyle::margin,
                      GanttStyle::rowHeight);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_shownName);
}

} // namespace archscape
