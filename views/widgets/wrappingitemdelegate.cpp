#include "wrappingitemdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace archscape {

namespace {

// Lays the text out in lines of at most `width`, breaking between words where it can and inside
// a word only when the word alone is wider than the cell. Returns the block's height.
qreal layoutText(QTextLayout &layout, qreal width)
{
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QString withLineSeparators(QString text)
{
    text.replace(u'\n', QChar::LineSeparator);
    return text;
}

} // namespace

void WrappingItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRectF textRect = QRectF(opt.rect).adjusted(horizontalMargin, verticalMargin, -horizontalMargin, -verticalMargin);
    QTextLayout layout(withLineSeparators(text), opt.font);
    const qreal height = layoutText(layout, textRect.width());
    const qreal top = textRect.top() + std::max<qreal>(0, (textRect.height() - height) / 2);
    const QPalette::ColorRole role = (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, role));
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextLayout layout(withLineSeparators(opt.text), opt.font);
    // Views with word wrap pass the column's width in option.rect; without it, measure unwrapped.
    const bool bounded = opt.rect.width() > 2 * horizontalMargin;
    const qreal width = bounded ? opt.rect.width() - 2 * horizontalMargin : 1e6;
    const qreal height = layoutText(layout, width);
    qreal natural = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        natural = std::max(natural, layout.lineAt(i).naturalTextWidth());
    return {int(std::ceil(natural)) + 2 * horizontalMargin + 2, int(std::ceil(height)) + 2 * verticalMargin + 2};
}

} // namespace archscape
