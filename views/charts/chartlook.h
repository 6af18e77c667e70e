// The look of a chart on screen: colours of background, plot area, text, axes, grid and series
// outlines, and the fonts of titles, axes, legend and point labels. The colours are an
// ExportTheme's (one palette for exports and screens); the presentation look is the dark theme
// with every font enlarged for a projector. Charts re-apply their look after each rebuild.
#pragma once

#include <QColor>
#include <QFont>

class QChart;

namespace archscape {

class ExportTheme;

class ChartLook
{
public:
    enum class Font { Title, AxisTitle, AxisLabel, Legend, PointLabel, QuadrantName };

    ChartLook();
    // The theme's colours with fonts at `fontScale` times the standard pixel sizes.
    static ChartLook fromTheme(const ExportTheme &theme, double fontScale = 1.0);
    // The normal on-screen look: the light theme at standard sizes.
    static ChartLook standard();
    // Presentation mode: the dark theme, fonts half as large again.
    static ChartLook presentation();

    QColor background() const { return m_background; }
    QColor plotArea() const { return m_plotArea; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_mutedText; }
    QColor gridLine() const { return m_grid; }
    // Drawn around bars and markers so that touching shapes stay apart: the background colour.
    QColor seriesOutline() const { return m_background; }
    bool isDark() const { return m_background.lightnessF() < 0.5; }
    double fontScale() const { return m_fontScale; }

    // Pixel-sized fonts (the same geometry offscreen, on screen and in exports).
    QFont font(Font role) const;
    int pixelSize(Font role) const;
    // A series colour that keeps at least 3:1 contrast against a dark background (dark grey
    // lines vanish there); on a light background the colour is returned as it is.
    QColor readable(const QColor &color) const;

    // Background, plot area, title, legend and every axis present now. Call again after axes or
    // series are added: Qt Charts gives new ones its theme's defaults.
    void applyTo(QChart *chart) const;

    bool operator==(const ChartLook &other) const;
    bool operator!=(const ChartLook &other) const { return !(*this == other); }

private:
    struct Raw {};
    explicit ChartLook(Raw) {}

    QColor m_background;
    QColor m_plotArea;
    QColor m_text;
    QColor m_mutedText;
    QColor m_grid;
    double m_fontScale = 1.0;
};

} // namespace archscape
