#include "ganttaxisitem.h"

#include "ganttscene.h"
#include "ganttstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace archscape {

namespace {

constexpr qreal textPad = 4;  // from a period's start line to its label
constexpr qreal minGap = 8;   // between two labels of a row

QDate quarterStart(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

GanttAxisItem::GanttAxisItem(const QDate &first, const QDate &last, qreal x0, qreal pixelsPerDay, qreal top,
                             qreal gridBottom, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_first(first)
    , m_last(last)
    , m_x0(x0)
    , m_pixelsPerDay(pixelsPerDay)
    , m_top(top)
    , m_gridBottom(gridBottom)
{
    setZValue(-1.5); // grid over the section bands, under arrows and bars
    const qreal right = xFor(last);
    m_bounds = QRectF(x0, top, right - x0, gridBottom - top);
    const QFontMetricsF metrics(GanttStyle::font(11));
    const QFontMetricsF boldMetrics(GanttStyle::font(11, true));
    const QLocale locale;
    const qreal upperY = top;
    const qreal monthY = top + GanttStyle::axisRowHeight;

    auto place = [&](QList<Label> &row, qreal x, qreal y, const QString &text) {
        const QFontMetricsF &m = &row == &m_upper ? boldMetrics : metrics;
        const QRectF rect(x + textPad, y, m.horizontalAdvance(text), GanttStyle::axisRowHeight);
        // Never over the previous label, and never past the axis' end unless it is the row's only
        // label (a timeline zoomed out to a few pixels still says when it is).
        if (!row.isEmpty() && (rect.right() > right || rect.left() < row.last().rect.right() + minGap))
            return;
        row.append({rect, text});
        m_bounds = m_bounds.united(rect);
    };

    // Months: the narrowest month decides whether a label fits; otherwise label every 2nd, 3rd,
    // 6th or 12th month, aligned to the calendar.
    qreal widestMonth = 0;
    for (int m = 1; m <= 12; ++m)
        widestMonth = std::max(widestMonth, metrics.horizontalAdvance(locale.monthName(m, QLocale::ShortFormat)));
    const qreal narrowestMonth = 28 * pixelsPerDay;
    m_monthStep = 0;
    for (int step : {1, 2, 3, 6, 12}) {
        if (step * narrowestMonth >= widestMonth + textPad + minGap) {
            m_monthStep = step;
            break;
        }
    }
    for (QDate month(first.year(), first.month(), 1); month < last; month = month.addMonths(1)) {
        const qreal x = xFor(month);
        if (narrowestMonth >= 3)
            m_monthLines.append(x);
        if (month.month() % 3 == 1)
            m_quarterLines.append(x);
        if (m_monthStep > 0 && (month.month() - 1) % m_monthStep == 0)
            place(m_months, x, monthY, locale.monthName(month.month(), QLocale::ShortFormat));
    }

    // Above: quarters while "Q4 2024" fits in the shortest quarter, else years.
    const qreal quarterWidth = 90 * pixelsPerDay;
    m_quarters = quarterWidth >= boldMetrics.horizontalAdvance(tr("Q%1 %2").arg(4).arg(2024)) + textPad + minGap;
    if (m_quarters) {
        for (QDate q = quarterStart(first); q < last; q = q.addMonths(3)) {
            place(m_upper, std::max(x0, xFor(q)), upperY,
                  tr("Q%1 %2").arg((q.month() - 1) / 3 + 1).arg(q.year()));
        }
    } else {
        for (QDate y(first.year(), 1, 1); y < last; y = y.addYears(1))
            place(m_upper, std::max(x0, xFor(y)), upperY, QString::number(y.year()));
    }
}

qreal GanttAxisItem::xFor(const QDate &date) const
{
    return m_x0 + qreal(m_first.daysTo(date)) * m_pixelsPerDay;
}

void GanttAxisItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GanttPalette &palette = GanttScene::paletteOf(this);
    const qreal right = m_bounds.right();
    const qreal axisBottom = m_top + GanttStyle::axisHeight;
    painter->fillRect(QRectF(m_x0, m_top, right - m_x0, GanttStyle::axisHeight), palette.axisFill);
    painter->setPen(QPen(palette.monthLine, 1));
    for (qreal x : m_monthLines)
        painter->drawLine(QPointF(x, m_top + GanttStyle::axisRowHeight), QPointF(x, m_gridBottom));
    painter->setPen(QPen(palette.quarterLine, 1));
    for (qreal x : m_quarterLines)
        painter->drawLine(QPointF(x, m_top), QPointF(x, m_gridBottom));
    painter->drawLine(QPointF(right, m_top), QPointF(right, m_gridBottom));
    painter->drawLine(QPointF(m_x0, m_top + GanttStyle::axisRowHeight), QPointF(right, m_top + GanttStyle::axisRowHeight));
    painter->drawLine(QPointF(m_x0, axisBottom), QPointF(right, axisBottom));
    painter->setFont(GanttStyle::font(11, true));
    painter->setPen(palette.text);
    for (const Label &label : m_upper)
        painter->drawText(label.rect.adjusted(0, 0, 4, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label.text);
    painter->setFont(GanttStyle::font(11));
    painter->setPen(palette.mutedText);
    for (const Label &label : m_months)
        painter->drawText(label.rect.adjusted(0, 0, 4, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label.text);
}

} // namespace archscape
