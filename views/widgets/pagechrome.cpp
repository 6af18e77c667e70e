#include "pagechrome.h"

#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
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

QProgressBar *makeLayoutBusyIndicator(QWidget *parent)
{
    auto *busy = new QProgressBar(parent);
    busy->setRange(0, 0); // indeterminate
    busy->setMaximumWidth(160);
    busy->setFormat(QCoreApplication::translate("PageChrome", "Laying out\u2026"));
    busy->setTextVisible(true);
    busy->setAccessibleName(QCoreApplication::translate("PageChrome", "Layout in progress"));
    busy->hide();
    return busy;
}

} // namespace archscape
