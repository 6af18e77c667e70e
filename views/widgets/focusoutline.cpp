#include "focusoutline.h"

#include <QEvent>
#include <QPainter>

namespace archscape {

namespace {
constexpr int outlineWidth = 2;
}

FocusOutline *FocusOutline::attach(QWidget *view)
{
    return new FocusOutline(view);
}

FocusOutline::FocusOutline(QWidget *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("focusOutline"));
    // Decoration only: never takes clicks, focus or a place in the accessibility tree.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(QString());
    view->installEventFilter(this);
    follow();
}

bool FocusOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::Resize:
        case QEvent::Show:
            follow();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusOutline::follow()
{
    setGeometry(m_view->rect());
    // The viewport and scroll bars are children created before the outline; keep it on top.
    raise();
    setVisible(m_view->hasFocus());
}

void FocusOutline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPen pen(palette().color(QPalette::Active, QPalette::Highlight), outlineWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal inset = outlineWidth / 2.0;
    painter.drawRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset));
}

} // namespace archscape
