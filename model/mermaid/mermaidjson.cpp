#include "mermaidjson.h"

#include "roadmapscheduler.h"

namespace archscape {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

MermaidJson::Json stringOrNull(const QString &text)
{
    return text.isEmpty() ? MermaidJson::Json(nullptr) : MermaidJson::Json(s(text));
}

} // namespace

QString MermaidJson::shapeName(const QString &modelShape)
{
    if (modelShape == u"diamond")
        return QStringLiteral("decision");
    if (modelShape == u"flag")
        return QStringLiteral("asymmetric");
    if (modelShape == u"rounded" || modelShape == u"stadium" || modelShape == u"cylinder" || modelShape == u"circle"
        || modelShape == u"hexagon" || modelShape == u"parallelogram")
        return modelShape;
    return QStringLiteral("rect");
}

MermaidJson::Json MermaidJson::flowchart(const MermaidFlowchart &chart)
{
    const Diagram &d = chart.diagram;
    Json nodes = Json::array();
    for (const DiagramNode &node : d.nodes) {
        Json classes = Json::array();
        for (const QString &c : chart.classesOf(node.id))
            classes.push_back(s(c));
        nodes.push_back(Json{{"id", s(node.id)},
                             {"label", s(node.label.join(u'\n'))},
                             {"shape", s(shapeName(node.shape))},
                             {"subgraph", stringOrNull(node.subgraph)},
                             {"classes", classes}});
    }
    Json edges = Json::array();
    for (qsizetype i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges.at(i);
        edges.push_back(Json{{"from", s(e.from)},
                             {"to", s(e.to)},
                             {"style", s(e.style)},
                             {"arrow", chart.headOf(i) != MermaidEdgeHead::None},
                             {"bidirectional", e.bidirectional},
                             {"label", s(e.label)}});
    }
    Json subgraphs = Json::array();
    for (const Subgraph &sub : d.subgraphs) {
        subgraphs.push_back(Json{{"id", s(sub.id)},
                                 {"title", s(sub.title)},
                                 {"parent", stringOrNull(sub.parent)},
                                 {"direction", stringOrNull(chart.subgraphDirections.value(sub.id))}});
    }
    return Json{{"direction", s(d.direction.isEmpty() ? QStringLiteral("TB") : d.direction)},
                {"nodes", nodes},
                {"edges", edges},
                {"subgraphs", subgraphs}};
}

MermaidJson::Json MermaidJson::gantt(const MermaidGantt &chart)
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(chart.scheduledRoadmap());
    Json tasks = Json::array();
    for (const RoadmapSection &section : chart.roadmap.sections) {
        for (const RoadmapTask &task : section.tasks) {
            const ScheduledTask *scheduled = schedule.task(task.id);
            const MermaidTaskFlags flags = chart.flagsOf(task.id);
            Json after = Json::array();
            for (const QString &a : task.after)
                after.push_back(s(a));
            const bool resolved = scheduled && scheduled->resolved;
            tasks.push_back(Json{{"id", s(task.id)},
                                 {"name", s(task.name)},
                                 {"section", s(section.name)},
                                 {"start", resolved ? Json(s(scheduled->start.toString(Qt::ISODate))) : Json(nullptr)},
                                 {"end", resolved ? Json(s(scheduled->end.toString(Qt::ISODate))) : Json(nullptr)},
                                 {"milestone", task.milestone},
                                 {"crit", flags.crit},
                                 {"done", flags.done},
                                 {"active", flags.active},
                                 {"after", after}});
        }
    }
    return Json{{"tasks", tasks}};
}

MermaidJson::Json MermaidJson::quadrant(const MermaidQuadrant &chart)
{
    const QuadrantSpec &spec = chart.spec;
    Json quadrants = Json::array();
    for (int i = 0; i < 4; ++i)
        quadrants.push_back(s(i < spec.quadrants.size() ? spec.quadrants.at(i) : QString()));
    Json points = Json::array();
    for (const MermaidQuadrantPoint &p : chart.points)
        points.push_back(Json{{"name", s(p.name)}, {"x", p.x}, {"y", p.y}});
    return Json{{"title", s(spec.title)},
                {"x_axis", Json::array({s(spec.xLow), s(spec.xHigh)})},
                {"y_axis", Json::array({s(spec.yLow), s(spec.yHigh)})},
                {"quadrants", quadrants},
                {"points", points}};
}

MermaidJson::Json MermaidJson::document(const MermaidDocument &document)
{
    switch (document.kind) {
    case MermaidDocument::Kind::Flowchart:
        return flowchart(document.flowchart);
    case MermaidDocument::Kind::Quadrant:
        return quadrant(document.quadrant);
    case MermaidDocument::Kind::Gantt:
        return gantt(document.gantt);
    case MermaidDocument::Kind::None:
        break;
    }
    return nullptr;
}

} // namespace archscape
