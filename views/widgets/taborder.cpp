#include "taborder.h"

#include <QWidget>

namespace archscape {

void placeInTabOrderAt(QWidget *anchor, const QList<QWidget *> &widgets)
{
    if (!anchor || widgets.isEmpty())
        return;
    QWidget *previous = anchor;
    while (previous->focusPolicy() == Qt::NoFocus || widgets.contains(previous)) {
        previous = previous->previousInFocusChain();
        if (previous == anchor)
            return; // nothing focusable to follow: the chain order is as good as any
    }
    for (QWidget *widget : widgets) {
        QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace archscape
