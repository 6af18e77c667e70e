#include "svgexporter.h"

#include "exportsource.h"

#include <QBuffer>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace archscape {

namespace {

bool renderTo(ExportSource &source, QIODevice *device)
{
    const QSizeF natural = source.naturalSize();
    const QSize size(int(std::ceil(natural.width())), int(std::ceil(natural.height())));
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    // At 72 dpi one SVG user unit is one point: the viewBox is the natural size, and the width and
    // height attributes (in mm) give the same physical size as the PDF page.
    generator.setResolution(72);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    generator.setTitle(source.title());
    generator.setDescription(QCoreApplication::translate("SvgExporter", "Exported by Archscape: %1").arg(source.id()));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    source.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

} // namespace

QByteArray SvgExporter::render(ExportSource &source)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    renderTo(source, &buffer);
    return buffer.data();
}

bool SvgExporter::write(ExportSource &source, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!renderTo(source, &file)) {
        file.cancelWriting();
        if (error)
            *error = tr("cannot draw %1 as SVG").arg(source.id());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace archscape
