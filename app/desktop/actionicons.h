// Action icons: symbolic SVGs (Adwaita, see resources/icons/actions/README.md) tinted with the
// palette's text colour, so one set reads on light and dark themes and stays crisp at any
// device pixel ratio. An action given an icon here keeps its name and is re-tinted by refresh().
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QAction;
class QWidget;

namespace archscape::ActionIcons {

// The icon `name` ("document-save") from the bundled set in `color`; a null icon when unknown.
QIcon icon(const QString &name, const QColor &color);
// Gives the action the named icon in the application palette's text colour.
void set(QAction *action, const QString &name);
// Re-tints the icons of every action under `root` (after a theme change).
void refresh(QWidget *root);

} // namespace archscape::ActionIcons
