// Sizes, colours and fonts of the Gantt chart in one place. Pixel-sized fonts keep the geometry
// identical offscreen and on any screen.
#pragma once

#include <QColor>
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

inline const QColor barFill{0x5B, 0x8D, 0xD6};
inline const QColor barOutline{0x2F, 0x5E, 0x9E};
inline const QColor criticalFill{0xE4, 0x57, 0x2E};
inline const QColor criticalOutline{0x8E, 0x2A, 0x10};
inline const QColor milestoneFill{0x6B, 0x4F, 0xA0};
inline const QColor arrow{0x7A, 0x86, 0x99};
inline const QColor criticalArrow{0xB8, 0x36, 0x1A};
inline const QColor text{0x20, 0x24, 0x2B};
inline const QColor mutedText{0x6B, 0x72, 0x80};
inline const QColor textOnBar{0xFF, 0xFF, 0xFF};
inline const QColor bandEven{0xF3, 0xF5, 0xF9};
inline const QColor bandOdd{0xFF, 0xFF, 0xFF};
inline const QColor bandLine{0xD5, 0xDA, 0xE3};
inline const QColor monthLine{0xE6, 0xE9, 0xEF};
inline const QColor quarterLine{0xC4, 0xCB, 0xD6};
inline const QColor axisFill{0xFA, 0xFB, 0xFD};
inline const QColor today{0x1E, 0x9E, 0x5A};
inline const QColor highlight{0x1F, 0x29, 0x37};
// Behind names written beside bars, so grid, today line and arrows passing under stay off the text.
inline const QColor labelBackground{0xFF, 0xFF, 0xFF, 0xD8};

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
