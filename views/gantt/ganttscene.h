// The roadmap's schedule as a Gantt chart: a time axis of quarters and months, a band per
// section, a row per task (bars, milestone diamonds, or a note for tasks that could not be
// scheduled), dependency arrows, the critical path highlighted, a today line and a legend.
// Zooming changes the pixels per day and rebuilds the items, so the time axis stretches while
// rows and text keep their size. Dragging a bar's right end reports a new duration in whole
// units of the task's own unit (durationDragged); the scene itself never edits the roadmap.
#pragma once

#include "ganttpalette.h"
#include "roadmapscheduler.h"

#include <QDate>
#include <QGraphicsScene>
#include <QHash>

namespace archscape {

class GanttAxisItem;
class GanttBarItem;
class GanttDependencyItem;
class GanttLegendItem;
class GanttMilestoneItem;
class GanttSectionItem;
class GanttTodayItem;

class GanttScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GanttScene(QObject *parent = nullptr);

    void setSchedule(const RoadmapSchedule &schedule);
    const RoadmapSchedule &schedule() const { return m_schedule; }

    // The colours every item paints with; light() unless set. Changing them rebuilds the items.
    const GanttPalette &ganttPalette() const { return m_palette; }
    void setGanttPalette(const GanttPalette &palette);
    // The dark canvas of the dark theme and of presentations (GanttPalette::dark()), or light paper.
    void setDarkLook(bool dark);
    bool hasDarkLook() const { return m_palette.isDark; }
    // The palette of the GanttScene the item is in; light() for an item in no Gantt scene.
    static const GanttPalette &paletteOf(const QGraphicsItem *item);

    qreal pixelsPerDay() const { return m_pixelsPerDay; }
    void setPixelsPerDay(qreal pixelsPerDay); // clamped to the limits below
    static constexpr qreal minimumPixelsPerDay = 0.05;
    static constexpr qreal maximumPixelsPerDay = 40;
    // The zoom at which the whole chart, labels included, fits in width.
    qreal pixelsPerDayToFit(qreal width) const;

    // The day the today line marks; QDate::currentDate() unless set (tests pin it).
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    // The axis: whole months around the schedule, axisEnd exclusive.
    QDate axisStart() const { return m_axisStart; }
    QDate axisEnd() const { return m_axisEnd; }
    qreal chartLeft() const { return m_chartLeft; }
    qreal xForDate(const QDate &date) const;
    // Days from axisStart to x, fractional.
    qreal daysAt(qreal x) const;
    // The band of task row `row` (schedule order), full width.
    QRectF rowRect(int row) const;
    qreal gutterWidth() const { return m_gutterWidth; }
    // Where the chart starts to be visible when the view is scrolled sideways and the section
    // names are pinned over the rows (0 when not scrolled): names inside bars slide right to stay
    // readable.
    qreal visibleChartLeft() const { return m_visibleChartLeft; }
    void setVisibleChartLeft(qreal x);

    GanttBarItem *barItem(const QString &taskId) const { return m_bars.value(taskId); }
    GanttMilestoneItem *milestoneItem(const QString &taskId) const { return m_milestones.value(taskId); }
    const QList<GanttDependencyItem *> &dependencyItems() const { return m_dependencies; }
    const QList<GanttSectionItem *> &sectionItems() const { return m_sections; }
    GanttAxisItem *axisItem() const { return m_axis; }
    GanttTodayItem *todayItem() const { return m_todayItem; } // null when today is off the axis
    GanttLegendItem *legendItem() const { return m_legend; }

    // Everything drawn, with a margin; the scene rect.
    QRectF contentRect() const { return m_contentRect; }
    // Draws the whole chart into target (for export).
    void render(QPainter *painter, const QRectF &target);

    // The duration the task would have if its end were dragged to x (snapped, at least one unit).
    TaskDuration durationForEndAt(const QString &taskId, qreal x) const;

    // The task shown with a focus frame (the table's current row); empty for none.
    QString currentTask() const { return m_currentTask; }
    void setCurrentTask(const QString &taskId);
    bool isDragging() const { return !m_drag.taskId.isEmpty(); }

Q_SIGNALS:
    // dragId is the same for every step of one drag.
    void durationDragged(const QString &taskId, const archscape::TaskDuration &duration, int dragId);
    void rebuilt();
    void dragFinished();
    // A click on a bar (away from its grip) or a milestone.
    void taskClicked(const QString &taskId);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    QString barToolTip(const ScheduledTask &task) const;
    QString problemsOf(const ScheduledTask &task) const;

    RoadmapSchedule m_schedule;
    GanttPalette m_palette = GanttPalette::light();
    qreal m_pixelsPerDay = 1.5;
    QDate m_today;
    QString m_currentTask;
    QDate m_axisStart;
    QDate m_axisEnd;
    qreal m_gutterWidth = 120;
    qreal m_chartLeft = 0;
    qreal m_rowsTop = 0;
    qreal m_visibleChartLeft = 0;
    QRectF m_contentRect;

    QHash<QString, GanttBarItem *> m_bars;
    QHash<QString, GanttMilestoneItem *> m_milestones;
    QList<GanttDependencyItem *> m_dependencies;
    QList<GanttSectionItem *> m_sections;
    GanttAxisItem *m_axis = nullptr;
    GanttTodayItem *m_todayItem = nullptr;
    GanttLegendItem *m_legend = nullptr;

    struct Drag
    {
        QString taskId;
        TaskDuration duration;
        int id = 0;
    };
    Drag m_drag; // taskId empty when no drag is under way
    int m_dragCount = 0;
};

} // namespace archscape
