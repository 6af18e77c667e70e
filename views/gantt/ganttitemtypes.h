// QGraphicsItem::type() values of the Gantt chart's items, for qgraphicsitem_cast.
#pragma once

#include <QGraphicsItem>

namespace archscape {

enum GanttItemType {
    GanttBarType = QGraphicsItem::UserType + 101,
    GanttMilestoneType,
    GanttDependencyType,
    GanttSectionType,
    GanttAxisType,
    GanttLegendType,
    GanttTodayType,
};

} // namespace archscape
