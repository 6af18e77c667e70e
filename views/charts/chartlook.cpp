#include "chartlook.h"

#include "export/exporttheme.h"
#include "colourcontrast.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace archscape {

ChartLook::ChartLook()
    : ChartLook(standard())
{
}

ChartLook ChartLook::fromTheme(const ExportTheme &theme, double fontScale)
{
    ChartLook look{Raw()};
    look.m_background = theme.background();
    look.m_plotArea = theme.background();
    look.m_text = theme.text();
    look.m_mutedText = theme.mutedText();
    look.m_grid = theme.gridLine();
    look.m_fontScale = fontScale;
    return look;
}

ChartLook ChartLook::standard()
{
    return fromTheme(ExportTheme(ExportTheme::Kind::Light));
}

ChartLook ChartLook::presentation()
{
    // 1.5: axis labels of 18 px read from the back of a room on a 1366x768 projector, and the
    // charts still fit beside the what-if panel.
    return fromTheme(ExportTheme(ExportTheme::Kind::Dark), 1.5);
}

int ChartLook::pixelSize(Font role) const
{
    int base = 12;
    switch (role) {
    case Font::Title:
        base = 15;
        break;
    case Font::AxisTitle:
    case Font::QuadrantName:
        base = 13;
        break;
    case Font::AxisLabel:
    case Font::Legend:
    case Font::PointLabel:
        base = 12;
        break;
    }
    return int(std::lround(base * m_fontScale));
}

QFont ChartLook::font(Font role) const
{
    QFont font = QApplication::font();
    font.setPixelSize(pixelSize(role));
    font.setBold(role == Font::Title || role == Font::AxisTitle || role == Font::QuadrantName);
    return font;
}

QColor ChartLook::readable(const QColor &color) const
{
    if (!isDark())
        return color;
    QColor result = color;
    for (int step = 0; step < 8 && contrastRatio(result, m_background) < 3.0; ++step)
        result = QColor::fromHslF(result.hslHueF() < 0 ? 0 : result.hslHueF(), result.hslSaturationF(),
                                  std::min(1.0, result.lightnessF() + 0.08), result.alphaF());
    return result;
}

void ChartLook::applyTo(QChart *chart) const
{
    chart->setBackgroundVisible(true);
    chart->setBackgroundBrush(m_background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(m_plotArea != m_background);
    chart->setPlotAreaBackgroundBrush(m_plotArea);
    chart->setPlotAreaBackgroundPen(Qt::NoPen);
    chart->setTitleFont(font(Font::Title));
    chart->setTitleBrush(m_text);
    QLegend *legend = chart->legend();
    legend->setFont(font(Font::Legend));
    legend->setLabelColor(m_text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(font(Font::AxisLabel));
        axis->setLabelsColor(m_text);
        axis->setTitleFont(font(Font::AxisTitle));
        axis->setTitleBrush(m_text);
        axis->setLinePen(QPen(m_mutedText, 1));
        axis->setGridLinePen(QPen(m_grid, 1));
        axis->setMinorGridLinePen(QPen(m_grid, 0.5));
        axis->setShadesVisible(false);
    }
}

bool ChartLook::operator==(const ChartLook &other) const
{
    return m_background == other.m_background && m_plotArea == other.m_plotArea && m_text == other.m_text
        && m_mutedText == other.m_mutedText && m_grid == other.m_grid && m_fontScale == other.m_fontScale;
}

} // namespace archscape
