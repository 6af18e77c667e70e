// Sizes and fonts of the Gantt chart in one place; its colours are in GanttPalette. Pixel-sized
// fonts keep the geometry identical offscreen and on any screen.
#pragma once

#include <QFont>

namespace archscape::GanttStyle {

inline constexpr qreal axisRowHeight = 22;
inline constexpr qreal axisHeight = 2 * axisRowHeight;
inline constexpr qreal rowHeight = 30;
inline constexpr qreal barHeight = 18;
inline constexpr qreal milestoneSize = 16; // the diamond's width and height
inline constexpr qreal handleWidth = 7;    // the grip at a bar's right end
inline constexpr qreal margin = 12;
inline constexpr qreal labelGap = 6;       // between a bar's edge and the name written inside it
inline constexpr qreal arrowStub = 7;      // horizontal run out of a bar before an arrow turns
inline constexpr qreal arrowEntry = 3;     // straight run into a bar before the arrowhead
// Between a bar (or diamond) and a name written beside it: past the arrows' turn, so a line
// leaving the bar never crosses its name.
inline constexpr qreal outsideLabelGap = arrowStub + 6;
inline constexpr qreal legendHeight = 32;
inline constexpr qreal highlightGap = 3;   // between a bar and its focus frame

inline constexpr qreal outlineWidth = 1;
inline constexpr qreal criticalOutlineWidth = 2.5;

inline QFont font(int pixelSize = 12, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

} // namespace archscape::GanttStyle
