#include "ganttscene.h"

#include "ganttaxisitem.h"
#include "ganttbaritem.h"
#include "ganttdependencyitem.h"
#include "ganttlegenditem.h"
#include "ganttmilestoneitem.h"
#include "ganttsectionitem.h"
#include "ganttstyle.h"
#include "gantttodayitem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace archscape {

namespace {

QDate monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

QString durationText(const TaskDuration &duration)
{
    return QString::number(duration.value) + duration.unit;
}

} // namespace

GanttScene::GanttScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_today(QDate::currentDate())
{
    setBackgroundBrush(m_palette.background);
    rebuild();
}

void GanttScene::setSchedule(const RoadmapSchedule &schedule)
{
    m_schedule = schedule;
    rebuild();
}

void GanttScene::setGanttPalette(const GanttPalette &palette)
{
    if (palette == m_palette)
        return;
    m_palette = palette;
    setBackgroundBrush(m_palette.background);
    // Rebuilt like a zoom: the current task, zoom, drag and scene rect carry over, so the view
    // keeps its scroll position.
    rebuild();
}

void GanttScene::setDarkLook(bool dark)
{
    setGanttPalette(dark ? GanttPalette::dark() : GanttPalette::light());
}

const GanttPalette &GanttScene::paletteOf(const QGraphicsItem *item)
{
    static const GanttPalette fallback = GanttPalette::light();
    const auto *gantt = item ? qobject_cast<const GanttScene *>(item->scene()) : nullptr;
    return gantt ? gantt->m_palette : fallback;
}

void GanttScene::setPixelsPerDay(qreal pixelsPerDay)
{
    const qreal clamped = std::clamp(pixelsPerDay, minimumPixelsPerDay, maximumPixelsPerDay);
    if (qFuzzyCompare(clamped, m_pixelsPerDay))
        return;
    m_pixelsPerDay = clamped;
    rebuild();
}

void GanttScene::setCurrentTask(const QString &taskId)
{
    if (taskId == m_currentTask)
        return;
    if (GanttBarItem *bar = m_bars.value(m_currentTask))
        bar->setHighlighted(false);
    if (GanttMilestoneItem *milestone = m_milestones.value(m_currentTask))
        milestone->setHighlighted(false);
    m_currentTask = taskId;
    if (GanttBarItem *bar = m_bars.value(taskId))
        bar->setHighlighted(true);
    if (GanttMilestoneItem *milestone = m_milestones.value(taskId))
        milestone->setHighlighted(true);
}

void GanttScene::setVisibleChartLeft(qreal x)
{
    if (qFuzzyCompare(x, m_visibleChartLeft))
        return;
    m_visibleChartLeft = x;
    for (GanttBarItem *bar : std::as_const(m_bars))
        bar->update();
}

void GanttScene::setToday(const QDate &today)
{
    m_today = today;
    rebuild();
}

qreal GanttScene::xForDate(const QDate &date) const
{
    return m_chartLeft + qreal(m_axisStart.daysTo(date)) * m_pixelsPerDay;
}

qreal GanttScene::daysAt(qreal x) const
{
    return (x - m_chartLeft) / m_pixelsPerDay;
}

QRectF GanttScene::rowRect(int row) const
{
    return QRectF(0, m_rowsTop + row * GanttStyle::rowHeight, m_contentRect.right(), GanttStyle::rowHeight);
}

qreal GanttScene::pixelsPerDayToFit(qreal width) const
{
    // Labels past the axis' end do not scale with the zoom: take them off the room first.
    const qreal days = qreal(m_axisStart.daysTo(m_axisEnd));
    const qreal axisWidth = xForDate(m_axisEnd) - m_chartLeft;
    const qreal overhang = std::max<qreal>(0, m_contentRect.right() - GanttStyle::margin - (m_chartLeft + axisWidth));
    const qreal room = width - m_chartLeft - overhang - 2 * GanttStyle::margin;
    return std::clamp(room / std::max<qreal>(days, 1), minimumPixelsPerDay, maximumPixelsPerDay);
}

void GanttScene::render(QPainter *painter, const QRectF &target)
{
    QGraphicsScene::render(painter, target, m_contentRect);
}

QString GanttScene::barToolTip(const ScheduledTask &task) const
{
    QString text = task.name + u'\n';
    if (task.milestone) {
        text += tr("Milestone on %1").arg(task.start.toString(Qt::ISODate));
    } else {
        text += tr("Starts %1, ends %2 (%3)")
                    .arg(task.start.toString(Qt::ISODate), task.end.toString(Qt::ISODate), durationText(task.duration));
    }
    if (!task.after.isEmpty())
        text += u'\n' + tr("After: %1").arg(task.after.join(QStringLiteral(", ")));
    text += u'\n';
    text += task.onCriticalPath ? tr("On the critical path") : tr("Slack: %n day(s)", nullptr, int(task.slackDays));
    return text;
}

QString GanttScene::problemsOf(const ScheduledTask &task) const
{
    QStringList messages;
    const QString needle = u'"' + task.id + u'"';
    for (const Diagnostic &d : m_schedule.diagnostics) {
        if (d.message.contains(needle))
            messages.append(d.message);
    }
    return messages.join(u'\n');
}

void GanttScene::rebuild()
{
    clear();
    m_bars.clear();
    m_milestones.clear();
    m_dependencies.clear();
    m_sections.clear();
    m_axis = nullptr;
    m_todayItem = nullptr;
    m_legend = nullptr;

    const QList<ScheduledTask> &tasks = m_schedule.tasks;
    if (m_schedule.start.isValid()) {
        m_axisStart = monthStart(m_schedule.start);
        // A month past the last end leaves room for the last milestone's diamond.
        m_axisEnd = monthStart(m_schedule.end).addMonths(1);
    } else {
        m_axisStart = monthStart(m_today);
        m_axisEnd = m_axisStart.addYears(1);
    }

    const QFontMetricsF sectionMetrics(GanttStyle::font(12, true));
    qreal widest = 0;
    for (const ScheduledTask &task : tasks)
        widest = std::max(widest, sectionMetrics.horizontalAdvance(task.section));
    m_gutterWidth = std::clamp(widest + 2 * GanttStyle::margin + 2, 110.0, 220.0);
    m_chartLeft = m_gutterWidth + GanttStyle::margin;
    m_rowsTop = GanttStyle::margin + GanttStyle::axisHeight;
    const qreal rowsBottom = m_rowsTop + tasks.size() * GanttStyle::rowHeight;
    const qreal axisRight = xForDate(m_axisEnd);
    const auto rowCentre = [this](int row) { return m_rowsTop + (row + 0.5) * GanttStyle::rowHeight; };

    // Tasks first: the bands must reach past the widest label beside a bar.
    qreal right = axisRight;
    for (int row = 0; row < tasks.size(); ++row) {
        const ScheduledTask &task = tasks.at(row);
        const qreal y = rowCentre(row);
        if (!task.resolved) {
            auto *note = new QGraphicsSimpleTextItem(tr("%1: not scheduled").arg(task.name));
            note->setFont(GanttStyle::font(12));
            note->setBrush(m_palette.mutedText);
            note->setPos(m_chartLeft + GanttStyle::labelGap, y - note->boundingRect().height() / 2);
            note->setToolTip(problemsOf(task));
            addItem(note);
            right = std::max(right, note->sceneBoundingRect().right());
        } else if (task.milestone) {
            auto *item = new GanttMilestoneItem(task.id, task.name, QPointF(xForDate(task.start), y), task.onCriticalPath);
            item->setToolTip(barToolTip(task));
            item->setHighlighted(task.id == m_currentTask);
            addItem(item);
            m_milestones.insert(task.id, item);
            right = std::max(right, item->labelRect().right());
        } else {
            const qreal x = xForDate(task.start);
            const QRectF bar(x, y - GanttStyle::barHeight / 2, xForDate(task.end) - x, GanttStyle::barHeight);
            auto *item = new GanttBarItem(task.id, task.name, bar, task.onCriticalPath);
            item->setToolTip(barToolTip(task));
            item->setHighlighted(task.id == m_currentTask);
            addItem(item);
            m_bars.insert(task.id, item);
            right = std::max(right, item->labelRect().right());
        }
    }
    right += GanttStyle::margin;

    // Dependencies: out of the predecessor's end, into the successor's start.
    const QStringList &path = m_schedule.criticalPath;
    for (const ScheduledTask &task : tasks) {
        if (!task.resolved)
            continue;
        const int row = m_schedule.indexOf(task.id);
        const qreal half = GanttStyle::milestoneSize / 2;
        const QPointF to(xForDate(task.start) - (task.milestone ? half : 0), rowCentre(row));
        for (const QString &depId : task.after) {
            const int depRow = m_schedule.indexOf(depId);
            const ScheduledTask &dep = tasks.at(depRow);
            if (!dep.resolved)
                continue;
            const QPointF from(xForDate(dep.end) + (dep.milestone ? half : 0), rowCentre(depRow));
            const qsizetype step = path.indexOf(depId);
            const bool critical = step >= 0 && step + 1 < path.size() && path.at(step + 1) == task.id;
            auto *item = new GanttDependencyItem(depId, task.id, from, to, critical);
            if (critical)
                item->setZValue(-0.5); // over the ordinary arrows it may share a segment with
            addItem(item);
            m_dependencies.append(item);
        }
    }

    // Section bands behind consecutive rows of one section.
    for (int row = 0; row < tasks.size();) {
        int end = row;
        while (end < tasks.size() && tasks.at(end).sectionIndex == tasks.at(row).sectionIndex)
            ++end;
        const QRectF band(0, m_rowsTop + row * GanttStyle::rowHeight, right, (end - row) * GanttStyle::rowHeight);
        auto *section = new GanttSectionItem(tasks.at(row).section, band, m_gutterWidth, m_sections.size() % 2 == 0);
        addItem(section);
        m_sections.append(section);
        row = end;
    }

    m_axis = new GanttAxisItem(m_axisStart, m_axisEnd, m_chartLeft, m_pixelsPerDay, GanttStyle::margin, rowsBottom);
    addItem(m_axis);

    const bool todayShown = m_today.isValid() && m_today >= m_axisStart && m_today < m_axisEnd && !tasks.isEmpty();
    if (todayShown) {
        m_todayItem = new GanttTodayItem(xForDate(m_today), m_rowsTop, rowsBottom);
        m_todayItem->setToolTip(tr("Today: %1").arg(m_today.toString(Qt::ISODate)));
        addItem(m_todayItem);
    }

    const qreal legendTop = rowsBottom + (todayShown ? 24 : 8);
    m_legend = new GanttLegendItem(QPointF(m_chartLeft, legendTop), todayShown);
    addItem(m_legend);

    m_contentRect = itemsBoundingRect().united(QRectF(0, 0, right, legendTop + GanttStyle::legendHeight));
    m_contentRect.setTopLeft(QPointF(0, 0));
    m_contentRect.setBottom(m_contentRect.bottom() + GanttStyle::margin);
    setSceneRect(m_contentRect);
    Q_EMIT rebuilt();
}

TaskDuration GanttScene::durationForEndAt(const QString &taskId, qreal x) const
{
    const ScheduledTask *task = m_schedule.task(taskId);
    if (!task || !task->resolved)
        return {};
    const QChar unit = task->duration.value == 0 ? QChar(u'd') : task->duration.unit;
    const qreal days = (x - xForDate(task->start)) / m_pixelsPerDay;
    int value = 0;
    switch (unit.unicode()) {
    case u'w':
        value = int(std::lround(days / 7));
        break;
    case u'M':
    case u'y': {
        // Calendar units differ in length: pick the count whose end lies nearest the pointer.
        const qreal average = unit == u'M' ? 30.436875 : 365.2425;
        const int guess = int(std::lround(days / average));
        qreal best = std::numeric_limits<qreal>::max();
        for (int n = guess - 1; n <= guess + 1; ++n) {
            const QDate end = RoadmapScheduler::addDuration(task->start, {std::max(n, 0), unit});
            const qreal distance = std::abs(qreal(task->start.daysTo(end)) - days);
            if (end.isValid() && distance < best) {
                best = distance;
                value = std::max(n, 0);
            }
        }
        break;
    }
    default:
        value = int(std::lround(days));
        break;
    }
    return {std::clamp(value, 1, RoadmapScheduler::maximumDurationValue), unit};
}

void GanttScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (GanttBarItem *bar : std::as_const(m_bars)) {
            if (bar->handleRect().contains(event->scenePos())) {
                const ScheduledTask *task = m_schedule.task(bar->taskId());
                m_drag = {bar->taskId(), task->duration, ++m_dragCount};
                setCurrentTask(bar->taskId());
                event->accept();
                Q_EMIT taskClicked(bar->taskId());
                return;
            }
        }
        for (QGraphicsItem *item : items(event->scenePos())) {
            QString id;
            if (const auto *bar = qgraphicsitem_cast<GanttBarItem *>(item); bar && bar->barRect().contains(event->scenePos()))
                id = bar->taskId();
            else if (const auto *milestone = qgraphicsitem_cast<GanttMilestoneItem *>(item);
                     milestone && milestone->diamondRect().contains(event->scenePos()))
                id = milestone->taskId();
            if (!id.isEmpty()) {
                setCurrentTask(id);
                Q_EMIT taskClicked(id);
                break;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void GanttScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag.taskId.isEmpty()) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    event->accept();
    // The roadmap may have changed under the drag (an undo, another view) and left the task
    // unscheduled: there is no end to drag then.
    const ScheduledTask *dragged = m_schedule.task(m_drag.taskId);
    if (!dragged || !dragged->resolved)
        return;
    const TaskDuration duration = durationForEndAt(m_drag.taskId, event->scenePos().x());
    if (duration.value != m_drag.duration.value || duration.unit != m_drag.duration.unit) {
        m_drag.duration = duration;
        // Copied: the receiver may rebuild the scene (and this schedule) before returning.
        const Drag drag = m_drag;
        Q_EMIT durationDragged(drag.taskId, drag.duration, drag.id);
    }
    if (const ScheduledTask *task = m_schedule.task(m_drag.taskId); task && task->resolved && event->widget())
        QToolTip::showText(event->screenPos(), barToolTip(*task), event->widget());
}

void GanttScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag.taskId.isEmpty()) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    m_drag = {};
    QToolTip::hideText();
    Q_EMIT dragFinished();
}

} // namespace archscape
