#include "flowchartpage.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/layoutrequest.h"
#include "diagram/layoutservice.h"
#include "diagram/nodeitem.h"
#include "durablefile.h"
#include "engine/decisionrecord.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "export/exporttheme.h"
#include "flowchart/flowchartbreadcrumb.h"
#include "flowchart/flowchartemphasis.h"
#include "flowchart/flowchartoutcomecard.h"
#include "flowchart/flowchartquestioncard.h"
#include "widgets/focusoutline.h"
#include "widgets/pagechrome.h"
#include "widgets/plainlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace archscape {

FlowchartPage::FlowchartPage(Scenario *scenario, QWidget *parent)
    : QWidget(parent)
    , m_scenario(scenario)
    , m_walk(new FlowchartWalk(scenario, this))
{
    setObjectName(QStringLiteral("flowchartPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *header = new QHBoxLayout;
    m_title = makePageTitle(this);
    header->addWidget(m_title, 1);
    m_follow = new QCheckBox(tr("&Follow the what-if inputs"), this);
    m_follow->setToolTip(tr("Walk the flowchart with the what-if inputs, live as they change. "
                            "An answer given here then sets its input."));
    header->addWidget(m_follow);
    m_back = new QPushButton(tr("Back"), this);
    m_back->setToolTip(tr("Take the last answer back (Backspace)"));
    m_restart = new QPushButton(tr("Restart"), this);
    m_restart->setToolTip(tr("Start again from the first question (Home)"));
    auto *fit = new QPushButton(tr("Fit"), this);
    fit->setToolTip(tr("Fit the flowchart to the window"));
    header->addWidget(m_back);
    header->addWidget(m_restart);
    header->addWidget(fit);
    layout->addLayout(header);

    m_breadcrumb = new FlowchartBreadcrumb(m_walk, this);
    layout->addWidget(m_breadcrumb);
    m_problem = makePlainLabel(this);
    m_problem->setObjectName(QStringLiteral("flowchartProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5C4400; border: 1px solid #E0C060; padding: 6px; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_scene = new DiagramScene(this);
    m_scene->setHoverEmphasisEnabled(false);
    m_view = new DiagramView(splitter);
    m_view->setAccessibleName(tr("Selection flowchart"));
    m_view->setScene(m_scene);
    m_view->viewport()->installEventFilter(this);
    splitter->addWidget(m_view);
    auto *scroll = new QScrollArea(splitter);
    scroll->setAccessibleName(tr("Question and recommendation"));
    FocusOutline::attach(scroll); // it takes the focus to scroll by keyboard
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_side = new QWidget(scroll);
    auto *sideLayout = new QVBoxLayout(m_side);
    sideLayout->setContentsMargins(12, 8, 12, 8);
    m_questionCard = new FlowchartQuestionCard(m_walk, m_side);
    m_outcomeCard = new FlowchartOutcomeCard(m_walk, m_side);
    sideLayout->addWidget(m_questionCard);
    sideLayout->addWidget(m_outcomeCard);
    sideLayout->addStretch(1);
    scroll->setWidget(m_side);
    scroll->setMinimumWidth(320);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({820, 380});
    layout->addWidget(splitter, 1);

    connect(m_follow, &QCheckBox::toggled, m_walk, &FlowchartWalk::setFollowInputs);
    connect(m_walk, &FlowchartWalk::followInputsChanged, m_follow, &QCheckBox::setChecked);
    connect(m_back, &QPushButton::clicked, m_walk, &FlowchartWalk::back);
    connect(m_restart, &QPushButton::clicked, m_walk, &FlowchartWalk::restart);
    connect(fit, &QPushButton::clicked, m_view, &DiagramView::fitToWindow);
    connect(m_walk, &FlowchartWalk::changed, this, &FlowchartPage::refresh);
    connect(m_outcomeCard, &FlowchartOutcomeCard::pageRequested, this, &FlowchartPage::pageRequested);
    connect(m_outcomeCard, &FlowchartOutcomeCard::exportRequested, this, &FlowchartPage::exportRecord);
    connect(m_outcomeCard, &FlowchartOutcomeCard::copyRequested, this, [this] {
        QApplication::clipboard()->setText(decisionRecord());
    });
    connect(&m_watcher, &QFutureWatcher<DiagramGeometry>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() != m_generation)
            return; // a newer model's layout is coming
        applyGeometry(m_watcher.result());
    });

    // The keyboard walks the flowchart: number keys answer, Backspace goes back, Home restarts.
    for (int key = Qt::Key_1; key <= Qt::Key_9; ++key) {
        auto *shortcut = new QShortcut(QKeySequence(key), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        const int index = key - Qt::Key_1;
        connect(shortcut, &QShortcut::activated, m_walk, [this, index] {
            if (m_walk->currentQuestion() && index < m_walk->options().size())
                m_walk->answer(m_walk->options().at(index).index);
        });
    }
    auto *backKey = new QShortcut(QKeySequence(Qt::Key_Backspace), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, m_walk, &FlowchartWalk::back);
    auto *restartKey = new QShortcut(QKeySequence(Qt::Key_Home), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(restartKey, &QShortcut::activated, m_walk, &FlowchartWalk::restart);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Selection flowchart explorer"));
    FocusOutline::attach(this);
    refresh();
}

void FlowchartPage::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    const Diagram *diagram = m_catalog.diagram(m_catalog.flowchart.diagram);
    m_title->setText(diagram ? diagram->title : tr("No selection flowchart in this model"));
    startLayout();
}

void FlowchartPage::setDarkLook(bool dark)
{
    if (dark == m_style.darkBackground)
        return;
    const ExportTheme theme(dark ? ExportTheme::Kind::Dark : ExportTheme::Kind::Light);
    m_style = theme.diagramStyle();
    m_view->setBackgroundBrush(theme.background());
    m_view->resetCachedContent();
    if (!m_pending && m_scene->geometry().ok) {
        const DiagramGeometry geometry = m_scene->geometry(); // the scene clears its own copy
        const Diagram *diagram = m_catalog.diagram(geometry.diagramId);
        if (!diagram)
            return;
        m_scene->setDiagram(m_catalog, *diagram, geometry, m_style);
        m_scene->setPathEmphasis({}); // re-applied on the new items
        refresh();
    }
}

void FlowchartPage::startLayout()
{
    ++m_generation;
    m_scene->clearDiagram();
    const Diagram *diagram = m_catalog.diagram(m_catalog.flowchart.diagram);
    if (!diagram) {
        m_pending = false;
        return;
    }
    m_pending = true;
    m_watcher.setProperty("generation", QVariant::fromValue(m_generation));
    m_watcher.setFuture(LayoutService::instance().layout(buildLayoutRequest(m_catalog, *diagram, m_style)));
}

void FlowchartPage::applyGeometry(const DiagramGeometry &geometry)
{
    const Diagram *diagram = m_catalog.diagram(geometry.diagramId);
    m_pending = false;
    if (!diagram)
        return;
    // A flowchart has a few dozen items: build it at once.
    m_scene->setDiagram(m_catalog, *diagram, geometry, m_style);
    m_scene->setPathEmphasis({}); // re-applied below on the new items
    refresh();
    m_view->fitToWindow();
    if (!geometry.problems.isEmpty()) {
        m_problem->setText(geometry.problems.join(u'\n'));
        m_problem->show();
    }
    Q_EMIT layoutFinished();
}

void FlowchartPage::refresh()
{
    m_scene->setPathEmphasis(flowchartEmphasis(*m_walk));
    const bool outcome = m_walk->atOutcome();
    m_questionCard->setVisible(!outcome && m_walk->currentQuestion());
    m_outcomeCard->setVisible(outcome);
    m_back->setEnabled(!m_walk->path().isEmpty());
    m_restart->setEnabled(!m_walk->path().isEmpty());
    m_problem->setText(m_walk->problem());
    m_problem->setVisible(!m_walk->problem().isEmpty());
    m_follow->setChecked(m_walk->followsInputs());
}

bool FlowchartPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseButtonRelease) {
            auto *mouse = static_cast<QMouseEvent *>(event);
            // A click, not the end of a drag that panned the view.
            if (mouse->button() == Qt::LeftButton && (mouse->position().toPoint() - m_pressPos).manhattanLength() < 6)
                clickAt(mouse->position().toPoint());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlowchartPage::clickAt(QPoint viewportPos)
{
    // The walk's highlight says what is chosen; a selection frame on top would only confuse.
    QTimer::singleShot(0, m_scene, &QGraphicsScene::clearSelection);
    const QList<QGraphicsItem *> hits = m_view->items(viewportPos);
    for (QGraphicsItem *item : hits) {
        // An edge's label is a child of the edge: a click on it answers with the edge.
        QGraphicsItem *target = item->parentItem() && item->parentItem()->type() == EdgeItem::Type ? item->parentItem() : item;
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(target)) {
            if (m_walk->answerByEdge(edge->edgeIndex()))
                return;
        } else if (auto *node = qgraphicsitem_cast<NodeItem *>(target)) {
            if (m_walk->answerByTarget(node->id()))
                return;
            // A question already answered: return to it.
            const QList<FlowchartStep> &path = m_walk->path();
            for (qsizetype i = 0; i < path.size(); ++i) {
                if (path.at(i).questionNode == node->id()) {
                    m_walk->backTo(int(i));
                    return;
                }
            }
            return;
        }
    }
}

QString FlowchartPage::decisionRecord() const
{
    return DecisionRecord::toMarkdown(*m_walk, QDate::currentDate());
}

QString FlowchartPage::saveDecisionRecord(const QString &path) const
{
    DurableFile file(path, DurableFile::Backup::None, DurableFile::Sync::AtomicOnly);
    if (!file.open())
        return tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.error());
    file.device()->write(decisionRecord().toUtf8());
    if (!file.commit())
        return tr("Cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), file.error());
    return {};
}

void FlowchartPage::exportRecord()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("decisionRecord/folder"), QDir::homePath()).toString();
    const QString name = DecisionRecord::suggestedFileName(*m_walk, QDate::currentDate());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Decision Record"), QDir(folder).filePath(name),
                                                      tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("decisionRecord/folder"), QFileInfo(path).absolutePath());
    const QString error = saveDecisionRecord(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Decision Record"), error);
}

} // namespace archscape
