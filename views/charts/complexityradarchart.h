// A radar of the document's operational complexity (dev time, ops, learning curve, team
// readiness, risk) for the top-ranked candidates at the scenario's inputs.
#pragma once

#include "charts/themedchartview.h"

class QCategoryAxis;
class QValueAxis;

namespace archscape {

class Scenario;

class ComplexityRadarChart : public ThemedChartView
{
    Q_OBJECT

public:
    explicit ComplexityRadarChart(QWidget *parent = nullptr);

    void setScenario(Scenario *scenario);
    void setCandidateCount(int count);
    QStringList shownPatterns() const { return m_shown; }

protected:
    void restyle() override;

private:
    void refresh();

    Scenario *m_scenario = nullptr;
    int m_candidates = 3;
    QStringList m_shown;
    QCategoryAxis *m_angular = nullptr;
    QValueAxis *m_radial = nullptr;
};

} // namespace archscape
