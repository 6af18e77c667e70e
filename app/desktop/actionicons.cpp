#include "actionicons.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QWidget>

namespace archscape::ActionIcons {

namespace {

const char *const nameProperty = "archscapeIconName";

QPixmap tinted(QSvgRenderer &renderer, int size, qreal ratio, const QColor &color)
{
    QPixmap pixmap(qRound(size * ratio), qRound(size * ratio));
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, pixmap.width(), pixmap.height()));
    // Symbolic icons are shapes in one colour: keep their alpha, take the palette's colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), color);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon icon(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/actions/%1-symbolic.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSvgRenderer renderer(file.readAll());
    if (!renderer.isValid())
        return {};
    QColor disabled = color;
    disabled.setAlphaF(0.4);
    QIcon result;
    // Pixmaps for the sizes menus and tool bars ask for, at 1x and 2x (high-DPI screens).
    for (int size : {16, 22, 24, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            result.addPixmap(tinted(renderer, size, ratio, color), QIcon::Normal);
            result.addPixmap(tinted(renderer, size, ratio, disabled), QIcon::Disabled);
        }
    }
    return result;
}

void set(QAction *action, const QString &name)
{
    action->setProperty(nameProperty, name);
    action->setIcon(icon(name, QApplication::palette().color(QPalette::Active, QPalette::WindowText)));
}

void refresh(QWidget *root)
{
    const QColor color = QApplication::palette().color(QPalette::Active, QPalette::WindowText);
    for (QAction *action : root->findChildren<QAction *>()) {
        const QString name = action->property(nameProperty).toString();
        if (!name.isEmpty())
            action->setIcon(icon(name, color));
    }
}

} // namespace archscape::ActionIcons
