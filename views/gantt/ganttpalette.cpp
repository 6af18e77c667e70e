#include "ganttpalette.h"

#include "export/exporttheme.h"

namespace archscape {

// White names inside bars, the white "today" tag and muted notes on the bands all reach 4.5:1
// (WCAG AA) here as in the dark look; tst_roadmappage measures them on the rendered chart.
GanttPalette GanttPalette::light()
{
    GanttPalette p;
    p.background = Qt::white;
    p.barFill = QColor(0x3F, 0x72, 0xBF);
    p.barOutline = QColor(0x2F, 0x5E, 0x9E);
    p.criticalFill = QColor(0xC8, 0x43, 0x1C);
    p.criticalOutline = QColor(0x8E, 0x2A, 0x10);
    p.milestoneFill = QColor(0x6B, 0x4F, 0xA0);
    p.milestoneOutline = p.milestoneFill.darker(140);
    p.arrow = QColor(0x7A, 0x86, 0x99);
    p.criticalArrow = QColor(0xB8, 0x36, 0x1A);
    p.text = QColor(0x20, 0x24, 0x2B);
    p.mutedText = QColor(0x64, 0x6B, 0x78);
    p.textOnBar = QColor(0xFF, 0xFF, 0xFF);
    p.bandEven = QColor(0xF3, 0xF5, 0xF9);
    p.bandOdd = QColor(0xFF, 0xFF, 0xFF);
    p.bandLine = QColor(0xD5, 0xDA, 0xE3);
    p.monthLine = QColor(0xE6, 0xE9, 0xEF);
    p.quarterLine = QColor(0xC4, 0xCB, 0xD6);
    p.axisFill = QColor(0xFA, 0xFB, 0xFD);
    p.today = QColor(0x17, 0x7F, 0x48);
    p.todayText = Qt::white;
    p.highlight = QColor(0x1F, 0x29, 0x37);
    p.labelBackground = QColor(0xFF, 0xFF, 0xFF, 0xD8);
    return p;
}

GanttPalette GanttPalette::dark()
{
    const ExportTheme theme(ExportTheme::Kind::Dark);
    GanttPalette p;
    p.isDark = true;
    p.background = theme.background();
    // Bars a shade deeper than on paper so white names keep 4.5:1, ringed in a light tint of their
    // hue so they stand off the dark ground; the critical ring is thicker and warmer, as on paper.
    p.barFill = QColor(0x3A, 0x6F, 0xC0);
    p.barOutline = QColor(0x8A, 0xB4, 0xF8);
    p.criticalFill = QColor(0xC2, 0x45, 0x2A);
    p.criticalOutline = QColor(0xFF, 0x9E, 0x80);
    p.milestoneFill = QColor(0x9B, 0x7F, 0xD6);
    p.milestoneOutline = QColor(0xD4, 0xC6, 0xF4);
    p.arrow = QColor(0x9A, 0xA5, 0xB8);
    p.criticalArrow = QColor(0xFF, 0x7A, 0x59);
    p.text = theme.text();
    p.mutedText = theme.mutedText();
    p.textOnBar = Qt::white;
    p.bandEven = QColor(0x24, 0x29, 0x30);
    p.bandOdd = theme.background();
    // Grid lines a step off the bands: there to follow, quieter than any ink.
    p.bandLine = QColor(0x3A, 0x40, 0x48);
    p.monthLine = QColor(0x30, 0x35, 0x3D);
    p.quarterLine = theme.gridLine();
    p.axisFill = QColor(0x22, 0x26, 0x2D);
    p.today = QColor(0x3F, 0xBF, 0x7F);
    p.todayText = theme.background();
    p.highlight = QColor(0xF5, 0xF7, 0xFA);
    QColor behindLabels = theme.background();
    behindLabels.setAlpha(0xD8);
    p.labelBackground = behindLabels;
    return p;
}

GanttPalette GanttPalette::forExportTheme(const ExportTheme &theme)
{
    return theme.kind() == ExportTheme::Kind::Dark ? dark() : light();
}

} // namespace archscape
