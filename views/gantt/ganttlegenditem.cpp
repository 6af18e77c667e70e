#include "ganttlegenditem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace archscape {

namespace {

constexpr qreal swatchWidth = 24;
constexpr qreal swatchHeight = 12;
constexpr qreal entryGap = 22;

} // namespace

GanttLegendItem::GanttLegendItem(const QPointF &topLeft, bool withToday, QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setPos(topLeft);
    QList<QPair<Symbol, QString>> entries{{Symbol::Task, tr("Task")},
                                          {Symbol::CriticalTask, tr("Critical path")},
                                          {Symbol::Milestone, tr("Milestone")}};
    if (withToday)
        entries.append({Symbol::Today, tr("Today")});
    const QFontMetricsF metrics(GanttStyle::font());
    const qreal height = GanttStyle::legendHeight;
    qreal x = 0;
    for (const auto &[symbol, text] : std::as_const(entries)) {
        const QRectF swatch(x, (height - swatchHeight) / 2, swatchWidth, swatchHeight);
        const QRectF label(swatch.right() + 6, 0, metrics.horizontalAdvance(text), height);
        m_entries.append({symbol, text, swatch, label});
        x = label.right() + entryGap;
    }
    m_bounds = QRectF(-2, 0, x - entryGap + 4, height);
}

void GanttLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(GanttStyle::font());
    for (const Entry &entry : m_entries) {
        const QRectF r = entry.symbolRect;
        switch (entry.symbol) {
        case Symbol::Task:
            painter->setPen(QPen(palette.barOutline, GanttStyle::outlineWidth));
            painter->setBrush(palette.barFill);
            painter->drawRoundedRect(r, 3, 3);
            break;
        case Symbol::CriticalTask:
            painter->setPen(QPen(palette.criticalOutline, GanttStyle::criticalOutlineWidth));
            painter->setBrush(palette.criticalFill);
            painter->drawRoundedRect(r, 3, 3);
            break;
        case Symbol::Milestone: {
            const QPointF c = r.center();
            const qreal h = swatchHeight / 2 + 1;
            painter->setPen(QPen(palette.milestoneOutline, GanttStyle::outlineWidth));
            painter->setBrush(palette.milestoneFill);
            painter->drawPolygon(QPolygonF{c + QPointF(0, -h), c + QPointF(h, 0), c + QPointF(0, h), c + QPointF(-h, 0)});
            break;
        }
        case Symbol::Today:
            painter->setPen(QPen(palette.today, 2, Qt::DashLine));
            painter->drawLine(QPointF(r.center().x(), r.top() - 3), QPointF(r.center().x(), r.bottom() + 3));
            break;
        }
        painter->setPen(palette.text);
        painter->drawText(entry.textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, entry.text);
    }
}

} // namespace archscape
