#include "roadmappage.h"

#include "document.h"
#include "modelroles.h"
#include "gantt/ganttscene.h"
#include "gantt/ganttview.h"
#include "roadmapcommands.h"
#include "roadmaptaskmodel.h"
#include "widgets/pagechrome.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archscape {

namespace {

constexpr int shownProblems = 3;

} // namespace

RoadmapPage::RoadmapPage(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RoadmapTaskModel(document, this))
{
    setObjectName(QStringLiteral("roadmapPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *header = new QHBoxLayout;
    m_title = makePageTitle(this);
    header->addWidget(m_title, 1);
    auto *zoomOut = makeToolButton(tr("\u2212"), tr("Zoom out in time (-)"), this);
    auto *zoomIn = makeToolButton(tr("+"), tr("Zoom in in time (+)"), this);
    auto *fit = makeToolButton(tr("Fit"), tr("Fit the timeline to the width (Ctrl+0)"), this);
    for (QToolButton *button : {zoomOut, zoomIn, fit})
        header->addWidget(button);
    layout->addLayout(header);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("roadmapProblems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #FFF4CE; color: #5C4400; border: 1px solid #E0C060; padding: 6px; }"));
    m_problems->hide();
    layout->addWidget(m_problems);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(m_splitter);
    m_table->setAccessibleName(tr("Roadmap tasks"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setToolTip(tr("Double-click a task, its start (a date, or \"after\" and task ids) or its duration "
                           "(3M, 2w, 10d, 1y) to change it"));
    m_splitter->addWidget(m_table);

    m_scene = new GanttScene(this);
    m_view = new GanttView(m_scene, m_splitter);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connect(zoomIn, &QToolButton::clicked, m_view, [this] { m_view->zoomIn(); });
    connect(zoomOut, &QToolButton::clicked, m_view, [this] { m_view->zoomOut(); });
    connect(fit, &QToolButton::clicked, m_view, &GanttView::fitToWidth);
    connect(m_model, &RoadmapTaskModel::scheduleChanged, this, &RoadmapPage::scheduleChanged);
    connect(m_model, &RoadmapTaskModel::editRefused, this, [this](const QString &message) {
        m_refusal = message;
        updateProblems();
    });
    connect(m_scene, &GanttScene::durationDragged, this,
            [this](const QString &taskId, const TaskDuration &duration, int dragId) {
                m_document->undoStack()->push(new SetTaskDurationCommand(m_document, taskId, duration, dragId));
            });
    // The table's current task and the chart's focus frame follow each other.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.isValid() ? current.data(IdRole).toString() : QString();
        m_scene->setCurrentTask(id);
        if (current.isValid()) {
            const ScheduledTask *task = m_scene->schedule().task(id);
            const QRectF row = m_scene->rowRect(current.row());
            // Bring the task's dates into view, not just its row.
            const qreal x = task && task->resolved ? m_scene->xForDate(task->start) : m_scene->chartLeft();
            m_view->ensureVisible(QRectF(x, row.top(), 1, row.height()), 40, 20);
        }
    });
    connect(m_scene, &GanttScene::taskClicked, this, [this](const QString &taskId) {
        const int row = m_model->rowOfTask(taskId);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, RoadmapTaskModel::Task));
    });
    scheduleChanged();
}

QString RoadmapPage::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void RoadmapPage::setDarkLook(bool dark)
{
    m_scene->setDarkLook(dark);
}

bool RoadmapPage::hasDarkLook() const
{
    return m_scene->hasDarkLook();
}

void RoadmapPage::scheduleChanged()
{
    m_title->setText(m_document->catalog().roadmap.title);
    m_scene->setSchedule(m_model->schedule());
    // A successful edit clears the last refusal.
    m_refusal.clear();
    updateProblems();
}

void RoadmapPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_splitterSized)
        sizeSplitter();
}

void RoadmapPage::sizeSplitter()
{
    // The table gets its natural width (up to half the page); the chart takes the rest.
    m_table->resizeColumnsToContents();
    const int natural = m_table->horizontalHeader()->length() + m_table->frameWidth() * 2 + 2;
    const int total = m_splitter->width();
    if (total <= 0)
        return;
    const int tableWidth = std::min(natural, total / 2);
    m_splitter->setSizes({tableWidth, total - tableWidth});
    m_splitterSized = true;
}

void RoadmapPage::updateProblems()
{
    QStringList lines;
    if (!m_refusal.isEmpty())
        lines.append(tr("Not changed: %1").arg(m_refusal));
    const Diagnostics &diagnostics = m_model->schedule().diagnostics;
    for (qsizetype i = 0; i < diagnostics.size() && i < shownProblems; ++i)
        lines.append(diagnostics.at(i).message);
    if (diagnostics.size() > shownProblems)
        lines.append(tr("and %n more problem(s)", nullptr, int(diagnostics.size() - shownProblems)));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

} // namespace archscape
