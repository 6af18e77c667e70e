// Build tool: renders the SVG application icon to the PNG sizes of the hicolor theme, so menus and
// docks that do not scale SVGs still get a sharp icon. Usage: archscape_iconrender SVG SIZE PNG
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // No QGuiApplication: the icon has no text, and painting shapes on a QImage needs no platform.
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&ok) : 0;
    if (!ok || size <= 0 || size > 4096) {
        err << "usage: archscape_iconrender SVG SIZE PNG\n";
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "archscape_iconrender: " << args.at(1) << " is not a valid SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    if (!image.save(args.at(3), "PNG")) {
        err << "archscape_iconrender: cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
