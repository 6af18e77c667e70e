#include "pagechrome.h"

#include <QCoreApplication>
#include <QLabel>
#include <QToolButton>

namespace archscape {

QLabel *makePageTitle(QWidget *parent, qreal scale)
{
    auto *title = new QLabel(parent);
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QToolButton *makeToolButton(const QString &text, const QString &tip, QWidget *parent, const QKeySequence &shortcut)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(shortcut.isEmpty() ? tip : tip + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + u')');
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace archscape
