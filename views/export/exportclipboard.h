// Copy as image and as SVG: one clipboard entry with a 2x PNG (for word processors and chat) and
// the same picture as "image/svg+xml" (for Inkscape, Figma and other vector tools).
#pragma once

#include <QString>

class QMimeData;

namespace archscape {

class ExportSource;

class ExportClipboard
{
public:
    inline static const QString svgMimeType = QStringLiteral("image/svg+xml");
    // Pixels per point of the copied image: sharp on high-density screens, still small.
    static constexpr qreal imageScale = 2;

    // The mime data copy() puts on the clipboard; the caller owns it.
    static QMimeData *mimeData(ExportSource &source);
    static void copy(ExportSource &source);
};

} // namespace archscape
