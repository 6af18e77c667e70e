#include "plaintextguard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

namespace archscape {

void PlainTextGuard::install(QCoreApplication *application)
{
    if (!application || application->findChild<PlainTextGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    application->installEventFilter(new PlainTextGuard(application));
}

bool PlainTextGuard::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes before the first show (QToolTip's label, a message box's text); Show covers a
    // label whose format was set back to automatic after it was polished.
    if (event->type() == QEvent::Polish || event->type() == QEvent::Show) {
        if (auto *label = qobject_cast<QLabel *>(watched); label && label->textFormat() == Qt::AutoText)
            label->setTextFormat(Qt::PlainText); // re-applies the text already set, now as plain text
    }
    return QObject::eventFilter(watched, event);
}

} // namespace archscape
