#include "mermaiddocument.h"

#include "roadmapscheduler.h"

#include <QCoreApplication>

namespace archscape {

QString edgeArrowName(MermaidEdgeHead head)
{
    switch (head) {
    case MermaidEdgeHead::None:
        return QStringLiteral("none");
    case MermaidEdgeHead::Circle:
        return QStringLiteral("circle");
    case MermaidEdgeHead::Cross:
        return QStringLiteral("cross");
    case MermaidEdgeHead::Arrow:
        break;
    }
    return QStringLiteral("normal");
}

MermaidEdgeHead edgeHeadFromArrow(const QString &arrow)
{
    if (arrow == u"none")
        return MermaidEdgeHead::None;
    if (arrow == u"circle")
        return MermaidEdgeHead::Circle;
    if (arrow == u"cross")
        return MermaidEdgeHead::Cross;
    return MermaidEdgeHead::Arrow;
}

MermaidFlowchart MermaidFlowchart::fromDiagram(const Diagram &diagram)
{
    MermaidFlowchart chart;
    chart.diagram = diagram;
    for (const DiagramNode &node : diagram.nodes) {
        if (!node.className.isEmpty())
            chart.nodeClasses.insert(node.id, QStringList{node.className});
    }
    for (const DiagramEdge &edge : diagram.edges)
        chart.edgeHeads.append(edgeHeadFromArrow(edge.arrow));
    return chart;
}

QStringList MermaidFlowchart::classesOf(const QString &nodeId) const
{
    if (const auto it = nodeClasses.constFind(nodeId); it != nodeClasses.cend())
        return it.value();
    const DiagramNode *node = diagram.node(nodeId);
    return node && !node->className.isEmpty() ? QStringList{node->className} : QStringList{};
}

Diagram MermaidFlowchart::drawnDiagram() const
{
    Diagram drawn = diagram;
    QHash<QString, QString> styleOf;
    for (const MermaidNodeStyle &style : styles)
        styleOf[style.node] += u',' + style.properties;
    for (DiagramNode &node : drawn.nodes) {
        const QStringList classes = classesOf(node.id);
        const QString style = styleOf.value(node.id);
        if (classes.size() <= 1 && style.isEmpty())
            continue;
        ClassDef merged;
        merged.name = QStringLiteral("__drawn_") + node.id;
        for (const QString &c : classes) {
            if (const ClassDef *def = diagram.classDef(c)) {
                merged.fill = def->fill.isEmpty() ? merged.fill : def->fill;
                merged.stroke = def->stroke.isEmpty() ? merged.stroke : def->stroke;
                merged.text = def->text.isEmpty() ? merged.text : def->text;
            }
        }
        for (const QString &property : style.split(u',', Qt::SkipEmptyParts)) {
            const QString key = property.section(u':', 0, 0).trimmed();
            const QString value = property.section(u':', 1).trimmed();
            if (key == u"fill")
                merged.fill = value;
            else if (key == u"stroke")
                merged.stroke = value;
            else if (key == u"color")
                merged.text = value;
        }
        drawn.classDefs.append(merged);
        node.className = merged.name;
    }
    for (qsizetype i = 0; i < drawn.edges.size(); ++i)
        drawn.edges[i].arrow = edgeArrowName(headOf(i));
    return drawn;
}

MermaidEdgeHead MermaidFlowchart::headOf(qsizetype edge) const
{
    return edge < edgeHeads.size() ? edgeHeads.at(edge) : MermaidEdgeHead::Arrow;
}

AntiPatternCatalog MermaidQuadrant::asAntiPatterns() const
{
    AntiPatternCatalog catalog;
    catalog.quadrant = spec;
    for (qsizetype i = 0; i < points.size(); ++i) {
        AntiPattern item;
        item.id = QStringLiteral("point-") + QString::number(i + 1);
        item.name = points.at(i).name;
        item.risk = points.at(i).x;
        item.impact = points.at(i).y;
        catalog.items.append(item);
    }
    return catalog;
}

Roadmap MermaidGantt::scheduledRoadmap() const
{
    Roadmap result = roadmap;
    bool pending = false;
    for (const RoadmapSection &section : roadmap.sections) {
        for (const RoadmapTask &task : section.tasks)
            pending = pending || (!task.start.isValid() && flags.value(task.id).fixedEnd.isValid());
    }
    // Each pass settles at least the first unsettled task of every chain; a chain of n such tasks
    // takes n passes, bounded so that a pathological chart still ends.
    for (int pass = 0; pending && pass < 64; ++pass) {
        const RoadmapSchedule schedule = RoadmapScheduler::resolve(result);
        pending = false;
        for (RoadmapSection &section : result.sections) {
            for (RoadmapTask &task : section.tasks) {
                const QDate end = flags.value(task.id).fixedEnd;
                if (task.start.isValid() || !end.isValid())
                    continue;
                const ScheduledTask *scheduled = schedule.task(task.id);
                if (!scheduled || !scheduled->resolved)
                    continue;
                const int days = int(std::clamp<qint64>(scheduled->start.daysTo(end), 0, RoadmapScheduler::maximumDurationValue));
                if (task.duration.value != days || task.duration.unit != u'd') {
                    task.duration = TaskDuration{days, u'd'};
                    pending = true;
                }
            }
        }
    }
    return result;
}

QString MermaidDocument::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Flowchart:
        return QStringLiteral("flowchart");
    case Kind::Quadrant:
        return QStringLiteral("quadrant");
    case Kind::Gantt:
        return QStringLiteral("gantt");
    case Kind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace archscape
