// Raster PNG at 1x, 2x or 4x the natural size (1x: one pixel per point).
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace archscape {

class ExportSource;

class PngExporter
{
    Q_DECLARE_TR_FUNCTIONS(PngExporter)

public:
    static constexpr qreal minScale = 0.25;
    static constexpr qreal maxScale = 8;
    // Larger pictures are refused: 16384 px a side is what most image viewers still open.
    static constexpr int maxSide = 16384;

    // The picture's size in pixels at `scale`.
    static QSize pixelSize(const ExportSource &source, qreal scale);
    static QImage render(ExportSource &source, qreal scale);
    static bool write(ExportSource &source, const QString &path, qreal scale, QString *error);
};

} // namespace archscape
