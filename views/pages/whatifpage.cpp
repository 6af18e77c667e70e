#include "whatifpage.h"

#include "charts/complexityradarchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/costcurvechart.h"
#include "engine/rankingmodel.h"
#include "engine/scenario.h"
#include "modelroles.h"
#include "whatif/recommendationcard.h"
#include "widgets/focusoutline.h"
#include "whatif/whatifpanel.h"
#include "widgets/wrappingitemdelegate.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace archscape {

namespace {

// The chart tabs ask for their minimum height and take whatever the column has left (stretch).
// The card's wrapped text makes the column height-for-width, and QScrollArea then sizes it to the
// preferred height of everything in it: with the charts' own preference, that pushed the cost
// curves' axis below the fold on a 1280x800 screen.
class ChartTabs : public QTabWidget
{
public:
    using QTabWidget::QTabWidget;
    QSize sizeHint() const override { return {QTabWidget::sizeHint().width(), minimumHeight()}; }
};

} // namespace

WhatIfPage::WhatIfPage(Scenario *scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
{
    setObjectName(QStringLiteral("whatIfPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split);

    auto *panelScroll = new QScrollArea(split);
    panelScroll->setAccessibleName(tr("What-if inputs"));
    FocusOutline::attach(panelScroll); // it takes the focus to scroll by keyboard
    panelScroll->setWidgetResizable(true);
    panelScroll->setFrameShape(QFrame::NoFrame);
    m_panel = new WhatIfPanel;
    panelScroll->setWidget(m_panel);
    panelScroll->setMinimumWidth(300);
    split->addWidget(panelScroll);

    // Right: the answer on top (card and ranking side by side), the charts below, each in a tab
    // large enough to read; every tab follows the scenario live, visible or not.
    // The column scrolls vertically when the screen is short; it reflows (card above ranking)
    // rather than scroll sideways when it is narrow.
    m_resultsScroll = new QScrollArea(split);
    m_resultsScroll->setAccessibleName(tr("What-if results"));
    FocusOutline::attach(m_resultsScroll);
    m_resultsScroll->setObjectName(QStringLiteral("whatIfResultsScroll"));
    m_resultsScroll->setWidgetResizable(true);
    m_resultsScroll->setFrameShape(QFrame::NoFrame);
    m_resultsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *results = new QWidget;
    m_results = results;
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(8, 8, 8, 8);
    auto *top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top = top;
    m_card = new RecommendationCard(results);
    top->addWidget(m_card, 5);
    m_ranking = new RankingModel(this);
    m_rankingView = new QTableView(results);
    m_rankingView->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_rankingView->setObjectName(QStringLiteral("rankingView"));
    m_rankingView->setAccessibleName(tr("Patterns ranked by fit"));
    m_rankingView->setModel(m_ranking);
    m_rankingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rankingView->verticalHeader()->hide();
    m_rankingView->verticalHeader()->setDefaultSectionSize(22);
    m_rankingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rankingView->horizontalHeader()->setSectionResizeMode(RankingModel::Pattern, QHeaderView::Stretch);
    m_rankingView->setColumnHidden(RankingModel::Reasons, true);
    m_rankingView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rankingView->setToolTip(tr("Hover a row for its reasons; double-click to open the pattern"));
    m_rankingView->setMaximumHeight(200);
    top->addWidget(m_rankingView, 4);
    resultsLayout->addLayout(top);

    auto *tabs = new ChartTabs(results);
    tabs->setObjectName(QStringLiteral("whatIfTabs"));
    m_curves = new CostCurveChart(tabs);
    m_breakdown = new CostBreakdownChart(tabs);
    m_radar = new ComplexityRadarChart(tabs);
    m_reasonsView = new QTableView(tabs);
    m_reasonsView->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_reasonsView->setObjectName(QStringLiteral("rankingReasonsView"));
    m_reasonsView->setAccessibleName(tr("Why each pattern ranks where it does"));
    m_reasonsView->setModel(m_ranking);
    m_reasonsView->setItemDelegate(new WrappingItemDelegate(m_reasonsView));
    m_reasonsView->setWordWrap(true);
    m_reasonsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reasonsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasonsView->verticalHeader()->hide();
    m_reasonsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reasonsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reasonsView->horizontalHeader()->setSectionResizeMode(RankingModel::Reasons, QHeaderView::Stretch);
    m_reasonsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tabs->addTab(m_curves, tr("Cost curves"));
    tabs->addTab(m_breakdown, tr("Cost breakdown"));
    tabs->addTab(m_radar, tr("Complexity"));
    tabs->addTab(m_reasonsView, tr("Why this ranking"));
    // Charts below this height lose their axis labels; the column scrolls instead.
    tabs->setMinimumHeight(tabs->fontMetrics().height() * 20);
    resultsLayout->addWidget(tabs, 1);
    m_resultsScroll->setWidget(results);
    // The viewport, not the scroll area: its size is final when it hears of a resize.
    m_resultsScroll->viewport()->installEventFilter(this);
    split->addWidget(m_resultsScroll);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 1000});

    connect(m_scenario, &Scenario::evaluationChanged, this, [this] {
        m_ranking->setEvaluation(m_scenario->catalog(), m_scenario->evaluation());
    });
    connect(m_card, &RecommendationCard::pageRequested, this, &WhatIfPage::pageRequested);
    connect(m_card, &RecommendationCard::explanationRequested, this, &WhatIfPage::showExplanation);
    for (QTableView *view : {m_rankingView, m_reasonsView}) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT pageRequested({PageRef::Kind::Pattern, index.data(IdRole).toString()});
        });
    }
    catalogChanged();
}

bool WhatIfPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resultsScroll->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        reflow();
    return QWidget::eventFilter(watched, event);
}

void WhatIfPage::reflow()
{
    // Side by side while the card and the ranking both get their natural width; stacked below.
    const int needed = m_card->minimumSizeHint().width() + m_rankingView->fontMetrics().averageCharWidth() * 40
        + m_top->spacing() + 16;
    const auto direction = m_resultsScroll->viewport()->width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_top->direction() != direction)
        m_top->setDirection(direction);
    // The charts' minimum follows the font: larger type (presentation) needs a taller plot.
    if (auto *tabs = m_results->findChild<QTabWidget *>(QStringLiteral("whatIfTabs")))
        tabs->setMinimumHeight(tabs->fontMetrics().height() * 20);
}

void WhatIfPage::catalogChanged()
{
    m_panel->setScenario(m_scenario);
    m_card->setScenario(m_scenario);
    m_curves->setScenario(m_scenario);
    m_breakdown->setScenario(m_scenario);
    m_radar->setScenario(m_scenario);
    m_ranking->setEvaluation(m_scenario->catalog(), m_scenario->evaluation());
}

void WhatIfPage::showExplanation()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("How is this computed?"));
    dialog.resize(820, 640);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QTextBrowser(&dialog);
    text->setObjectName(QStringLiteral("explanationText"));
    text->setOpenExternalLinks(false);
    QFile file(QStringLiteral(":/archscape/docs/cost-model.md"));
    // Our own documentation, compiled in: rendering its Markdown is safe (no model text in it).
    text->setMarkdown(file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                     : tr("The explanation is missing from this build."));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace archscape
