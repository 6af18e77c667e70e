#include "pngexporter.h"

#include "durablefile.h"
#include "exportsource.h"

#include <QPainter>

#include <cmath>

namespace archscape {

QSize PngExporter::pixelSize(const ExportSource &source, qreal scale)
{
    const QSizeF natural = source.naturalSize() * scale;
    return QSize(int(std::ceil(natural.width())), int(std::ceil(natural.height())));
}

QImage PngExporter::render(ExportSource &source, qreal scale)
{
    const QSize size = pixelSize(source, scale);
    if (size.isEmpty() || size.width() > maxSide || size.height() > maxSide)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Record the scale as resolution, so a 2x picture shows at its natural size where DPI is honoured.
    const int dotsPerMeter = int(std::lround(72.0 * scale / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    source.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool PngExporter::write(ExportSource &source, const QString &path, qreal scale, QString *error)
{
    if (scale < minScale || scale > maxScale) {
        if (error)
            *error = tr("the scale must be between %1 and %2, not %3").arg(minScale).arg(maxScale).arg(scale);
        return false;
    }
    const QImage image = render(source, scale);
    if (image.isNull()) {
        if (error)
            *error = tr("%1 at %2x would be %3 x %4 pixels; the largest side allowed is %5")
                         .arg(source.id())
                         .arg(scale)
                         .arg(pixelSize(source, scale).width())
                         .arg(pixelSize(source, scale).height())
                         .arg(maxSide);
        return false;
    }
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    if (!image.save(file.device(), "PNG") || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.error());
        return false;
    }
    return true;
}

} // namespace archscape
