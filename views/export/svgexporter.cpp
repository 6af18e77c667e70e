#include "svgexporter.h"

#include "durablefile.h"
#include "exportsource.h"
#include "statecoalescingdevice.h"
#include "diagram/stagetimer.h"

#include <QBuffer>
#include <QPainter>
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
    // Qt 6.4's QSvgGenerator writes the title and description into <title> and <desc> as they
    // are, markup included (text drawn with the painter is escaped): a diagram titled
    // "<script>..." would put a script element in the file. Escape them here; tst_nomarkup reads
    // them back as text, so a Qt that starts escaping too shows up there as doubled entities.
    generator.setTitle(source.title().toHtmlEscaped());
    generator.setDescription(QCoreApplication::translate("SvgExporter", "Exported by Archscape: %1").arg(source.id()).toHtmlEscaped());
    QPainter svg;
    if (!svg.begin(&generator))
        return false;
    // Drawn through a device that passes state changes on only with something to draw: the file
    // holds no empty groups (statecoalescingdevice.h).
    StateCoalescingDevice coalescing(&svg);
    QPainter painter;
    if (!painter.begin(&coalescing))
        return false;
    stageMark("svg: painter begun");
    source.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    stageMark("svg: drawn");
    const bool ended = painter.end() && svg.end();
    stageMark("svg: painter ended");
    return ended;
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
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    if (!renderTo(source, file.device())) {
        file.cancel();
        if (error)
            *error = tr("cannot draw %1 as SVG").arg(source.id());
        return false;
    }
    stageMark("svg: rendered");
    if (!file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    return true;
}

} // namespace archscape
