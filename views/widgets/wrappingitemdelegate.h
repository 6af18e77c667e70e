// Draws cell text wrapped at word boundaries or, for long unbroken words such as
// "BoundedStaleness(100ms-5s)", anywhere, so no table cell is ever clipped.
#pragma once

#include <QStyledItemDelegate>

namespace archscape {

class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int horizontalMargin = 4;
    static constexpr int verticalMargin = 2;
};

} // namespace archscape
