#include "antipatternpage.h"

#include "charts/antipatternquadrantchart.h"
#include "document.h"
#include "engine/scenario.h"
#include "quadrant/antipatterndetailpanel.h"
#include "widgets/focusoutline.h"
#include "widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace archscape {

AntiPatternPage::AntiPatternPage(Document *document, Scenario *scenario, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scenario(scenario)
{
    setObjectName(QStringLiteral("antiPatternPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    auto *header = new QHBoxLayout;
    m_title = makePlainLabel(this);
    m_title->setText(tr("Anti-patterns: risk and impact"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_title->setWordWrap(false);
    header->addWidget(m_title);
    header->addSpacing(16);
    QLabel *legend = makePlainLabel(this);
    legend->setObjectName(QStringLiteral("antiPatternLegend"));
    legend->setText(tr("Hover a point for its detection figures, click it for details. Drag a point (or use "
                       "the arrow keys) to re-score it for your workshop; the hollow ring marks the "
                       "document's position. Every change can be undone."));
    header->addWidget(legend, 1);
    m_resetAll = new QPushButton(tr("Reset all"), this);
    m_resetAll->setObjectName(QStringLiteral("resetAllAntiPatternsButton"));
    m_resetAll->setToolTip(tr("Put every re-scored anti-pattern back at the model's position (undoable)"));
    header->addWidget(m_resetAll, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_chart = new AntiPatternQuadrantChart(split);
    split->addWidget(m_chart);
    auto *panelScroll = new QScrollArea(split);
    panelScroll->setAccessibleName(tr("Anti-pattern details"));
    FocusOutline::attach(panelScroll); // it takes the focus to scroll by keyboard
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    panelScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_panel = new AntiPatternDetailPanel;
    panelScroll->setWidget(m_panel);
    panelScroll->setMinimumWidth(300);
    split->addWidget(panelScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    m_chart->setSources(document, scenario);
    m_panel->setSources(document, scenario);

    connect(m_chart, &AntiPatternQuadrantChart::antiPatternSelected, m_panel, &AntiPatternDetailPanel::showAntiPattern);
    connect(m_panel, &AntiPatternDetailPanel::resetRequested, m_chart, &AntiPatternQuadrantChart::resetAntiPattern);
    connect(m_panel, &AntiPatternDetailPanel::patternRequested, this, &AntiPatternPage::patternRequested);
    connect(m_resetAll, &QPushButton::clicked, m_chart, &AntiPatternQuadrantChart::resetAll);
    connect(document, &Document::catalogChanged, this, &AntiPatternPage::catalogChanged);
    connect(scenario, &Scenario::antiPatternScoresChanged, this, &AntiPatternPage::scoresChanged);
    scoresChanged();
}

void AntiPatternPage::catalogChanged()
{
    m_chart->rebuild();
    m_panel->showAntiPattern(m_chart->selectedAntiPattern());
    scoresChanged();
}

void AntiPatternPage::scoresChanged()
{
    m_resetAll->setEnabled(!m_scenario->antiPatternScores().isEmpty());
    m_panel->refresh();
}

} // namespace archscape
