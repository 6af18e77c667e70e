// Base of the app's charts: a QChartView that keeps a ChartLook and re-applies it whenever the
// chart rebuilds axes or series, so a look set once (presentation mode, say) is never lost.
#pragma once

#include "charts/chartlook.h"

#include <QChartView>

namespace archscape {

class ThemedChartView : public QChartView
{
    Q_OBJECT

public:
    // Takes ownership of chart (QChartView's constructor: setChart() would leak the default one).
    explicit ThemedChartView(QChart *chart, QWidget *parent = nullptr);

    const ChartLook &look() const { return m_look; }
    void setLook(const ChartLook &look);

protected:
    // Applies the look to the chart as it is now, then restyle(). Subclasses call it after
    // creating axes or series.
    void applyLook();
    // The subclass's own part: series pens, markers, overlay items.
    virtual void restyle() {}

private:
    ChartLook m_look = ChartLook::standard();
};

} // namespace archscape
