// Monthly cost against peak QPS for every costed pattern, on log axes, with a marker at the
// scenario's QPS. Follows the scenario's evaluation live.
#pragma once

#include "charts/themedchartview.h"

#include <QHash>

class QLineSeries;
class QCategoryAxis;
class QScatterSeries;

namespace archscape {

class Scenario;

class CostCurveChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit CostCurveChart(QWidget *parent = nullptr);

    void setScenario(Scenario *scenario);
    // The points of one pattern's curve as drawn (QPS, total monthly cost), for tests.
    QList<QPointF> curve(const QString &patternId) const;
    QPointF marker(const QString &patternId) const;

    // Ten points a decade over 100..10M QPS, so every decade (and 10K, the calibration point) is on the grid.
    static constexpr int curvePoints = 51;

protected:
    void restyle() override;

private:
    void rebuildSeries();
    void refresh();
    void setCostDecades(int low, int high);

    Scenario *m_scenario = nullptr;
    QHash<QString, QList<QPointF>> m_infrastructure; // per pattern, recomputed only with the model
    QList<std::pair<QString, QLineSeries *>> m_series; // in the cost table's order
    QScatterSeries *m_markers = nullptr;
    // Log scales drawn on linear category axes over log10 values: QLogValueAxis cannot label
    // decades as "10K" or "$1M", and readable labels matter more than the axis class.
    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    int m_yLow = 0;
    int m_yHigh = 0;
};

} // namespace archscape
