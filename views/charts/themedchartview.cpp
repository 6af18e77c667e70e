#include "themedchartview.h"

#include "widgets/focusoutline.h"

namespace archscape {

ThemedChartView::ThemedChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    // The view's own frame background shows around the chart while it resizes.
    setBackgroundBrush(m_look.background());
    m_look.applyTo(chart);
    // Only focusable charts (the quadrant) ever show it; the others never hold the focus.
    FocusOutline::attach(this);
}

void ThemedChartView::setLook(const ChartLook &look)
{
    if (look == m_look)
        return;
    m_look = look;
    applyLook();
}

void ThemedChartView::applyLook()
{
    setBackgroundBrush(m_look.background());
    m_look.applyTo(chart());
    restyle();
}

} // namespace archscape
