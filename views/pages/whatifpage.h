// The what-if workbench: input controls on the left; the recommendation, the ranking and the cost
// and complexity charts on the right, all following one Scenario live.
#pragma once

#include "pageref.h"

#include <QWidget>

class QBoxLayout;
class QScrollArea;
class QTableView;

namespace archscape {

class ComplexityRadarChart;
class CostBreakdownChart;
class CostCurveChart;
class RankingModel;
class RecommendationCard;
class Scenario;
class WhatIfPanel;

class WhatIfPage : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPage(Scenario *scenario, QWidget *parent = nullptr);

    WhatIfPanel *panel() const { return m_panel; }
    RecommendationCard *card() const { return m_card; }
    QTableView *rankingView() const { return m_rankingView; }
    QTableView *reasonsView() const { return m_reasonsView; }
    CostCurveChart *costCurves() const { return m_curves; }
    CostBreakdownChart *costBreakdown() const { return m_breakdown; }
    ComplexityRadarChart *complexityRadar() const { return m_radar; }

    // Rebuilds the controls and series for a new model (the scenario already holds it).
    void catalogChanged();
    void showExplanation();

    // The results column scrolls when the screen is too small for it (a 1024x768 projector),
    // instead of squeezing the charts or clipping the card.
    QScrollArea *resultsScroll() const { return m_resultsScroll; }

Q_SIGNALS:
    void pageRequested(const archscape::PageRef &page);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reflow();

    Scenario *m_scenario;
    WhatIfPanel *m_panel = nullptr;
    RecommendationCard *m_card = nullptr;
    RankingModel *m_ranking = nullptr;
    QTableView *m_rankingView = nullptr;
    QTableView *m_reasonsView = nullptr;
    CostCurveChart *m_curves = nullptr;
    CostBreakdownChart *m_breakdown = nullptr;
    ComplexityRadarChart *m_radar = nullptr;
    QScrollArea *m_resultsScroll = nullptr;
    QWidget *m_results = nullptr;
    QBoxLayout *m_top = nullptr;
};

} // namespace archscape
