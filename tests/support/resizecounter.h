// Counts the resize events a widget receives (install it as an event filter). The tests of fitted
// views use it to show that a view settles instead of resizing itself for ever.
#pragma once

#include <QEvent>
#include <QObject>

namespace archscape {

class ResizeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace archscape
