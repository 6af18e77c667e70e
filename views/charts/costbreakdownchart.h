// Stacked bars of each pattern's monthly cost at the scenario's inputs: fixed infrastructure,
// usage-driven infrastructure and team.
#pragma once

#include "charts/themedchartview.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace archscape {

class Scenario;

class CostBreakdownChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit CostBreakdownChart(QWidget *parent = nullptr);

    void setScenario(Scenario *scenario);
    // The bar values as drawn, in thousands of USD, for tests: base, variable, team per pattern.
    QList<double> values(int part) const;
    QStringList categories() const { return m_patterns; }

protected:
    void restyle() override;

private:
    void rebuild();
    void refresh();

    Scenario *m_scenario = nullptr;
    QStringList m_patterns;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_base = nullptr;
    QBarSet *m_variable = nullptr;
    QBarSet *m_team = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace archscape
