// The pieces every page's header is made of, so pages look alike: a bold title and flat tool
// buttons with their shortcut in the tooltip (the pages that wait for Graphviz add a
// LayoutBusyIndicator).
#pragma once

#include <QKeySequence>

class QLabel;
class QToolButton;
class QWidget;

namespace archscape {

// A plain-text title label, bold and `scale` times the default size.
QLabel *makePageTitle(QWidget *parent, qreal scale = 1.4);
// A flat tool button; the tooltip names the shortcut when there is one (the caller binds it).
QToolButton *makeToolButton(const QString &text, const QString &tip, QWidget *parent,
                            const QKeySequence &shortcut = {});

} // namespace archscape
