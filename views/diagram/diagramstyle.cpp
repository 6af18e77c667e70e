#include "diagramstyle.h"

namespace archscape {

namespace {

QFont pixelFont(int pixels, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixels);
    font.setBold(bold);
    // Kerning and hinting would make measured widths differ between screen and export.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

DiagramStyle DiagramStyle::standard()
{
    DiagramStyle style;
    style.titleFont = pixelFont(13, true);
    style.bodyFont = pixelFont(11, false);
    style.edgeFont = pixelFont(11, false);
    style.clusterFont = pixelFont(13, true);
    return style;
}

} // namespace archscape
