// Every colour of the Gantt chart, in two looks: light() is the light paper of the roadmap page and
// of light and print exports; dark() is the dark canvas of the dark theme, of presentations and of
// dark exports, built on ExportTheme's dark ground, text and grid so the chart sits beside the dark
// diagrams. dark() keeps every text at a WCAG contrast of at least 4.5:1 on its ground; light() keeps
// the page's historic colours unchanged. Items read the palette of their GanttScene when they paint.
#pragma once

#include <QColor>

namespace archscape {

class ExportTheme;

class GanttPalette
{
public:
    static GanttPalette light();
    static GanttPalette dark();
    // dark() for the dark export theme, light() for light and print.
    static GanttPalette forExportTheme(const ExportTheme &theme);

    bool isDark = false;

    QColor background;      // the scene's ground, also under the legend
    QColor barFill;
    QColor barOutline;
    QColor criticalFill;
    QColor criticalOutline;
    QColor milestoneFill;
    QColor milestoneOutline;
    QColor arrow;
    QColor criticalArrow;
    QColor text;            // names beside bars, section names, quarters, legend
    QColor mutedText;       // months, tasks that could not be scheduled
    QColor textOnBar;       // names inside bars, on barFill and criticalFill
    QColor bandEven;
    QColor bandOdd;
    QColor bandLine;
    QColor monthLine;
    QColor quarterLine;
    QColor axisFill;
    QColor today;
    QColor todayText;       // the "Today" tag's word, on today
    QColor highlight;       // the focus frame around the current task
    // Behind names written beside bars, so grid, today line and arrows passing under stay off the text.
    QColor labelBackground;

    bool operator==(const GanttPalette &) const = default;
};

} // namespace archscape
