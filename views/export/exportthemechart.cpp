// ExportTheme's Qt Charts part, kept apart so the headless diagram export (archscape_render)
// does not link Qt Charts.
#include "exporttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace archscape {

void ExportTheme::applyTo(QChart *chart) const
{
    chart->setBackgroundVisible(true);
    chart->setBackgroundBrush(m_background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(m_text);
    chart->legend()->setLabelColor(m_text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(m_text);
        axis->setTitleBrush(m_text);
        axis->setLinePen(QPen(m_mutedText, 1));
        axis->setGridLinePen(QPen(m_grid, 1));
        axis->setShadesVisible(false);
    }
}

} // namespace archscape
