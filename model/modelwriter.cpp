#include "modelwriter.h"

#include "durablefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>

namespace archscape::ModelWriter {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ModelWriter)
};

std::string str(const QString &text)
{
    return text.toStdString();
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(str(item));
    return array;
}

// Whole numbers go back as integers, as they were read ("5000", not "5000.0").
Json number(double value)
{
    if (std::floor(value) == value && std::abs(value) < 9e15)
        return Json(static_cast<std::int64_t>(value));
    return Json(value);
}

// A fact is written as plain text unless it carries a number, unit or metric (the reader's two forms).
Json fact(const Fact &f)
{
    if (!f.value && !f.min && !f.max && f.unit.isEmpty() && f.metric.isEmpty())
        return str(f.text);
    Json object = Json::object();
    object["text"] = str(f.text);
    if (f.value)
        object["value"] = number(*f.value);
    if (f.min)
        object["min"] = number(*f.min);
    if (f.max)
        object["max"] = number(*f.max);
    if (!f.unit.isEmpty())
        object["unit"] = str(f.unit);
    if (!f.metric.isEmpty())
        object["metric"] = str(f.metric);
    return object;
}

Json facts(const QList<Fact> &list)
{
    Json array = Json::array();
    for (const Fact &f : list)
        array.push_back(fact(f));
    return array;
}

// Rebuilds an object keyed by id in the catalog's order, reusing the original member of every
// item that was not edited.
template<typename T, typename ToJson>
Json keyed(const QList<T> &items, const Json *original, const QList<T> &baseline, ToJson toJson)
{
    Json result = Json::object();
    for (const T &item : items) {
        const std::string key = str(item.id);
        Json fresh = toJson(item);
        if (original && original->is_object() && original->contains(key)) {
            const auto before = std::find_if(baseline.cbegin(), baseline.cend(),
                                             [&](const T &b) { return b.id == item.id; });
            if (before != baseline.cend() && toJson(*before) == fresh) {
                result[key] = original->at(key);
                continue;
            }
        }
        result[key] = std::move(fresh);
    }
    return result;
}

} // namespace

Json diagramToJson(const Diagram &diagram)
{
    Json json = Json::object();
    json["title"] = str(diagram.title);
    if (!diagram.pattern.isEmpty())
        json["pattern"] = str(diagram.pattern);
    json["direction"] = str(diagram.direction);
    Json defs = Json::object();
    for (const ClassDef &def : diagram.classDefs)
        defs[str(def.name)] = Json{{"fill", str(def.fill)}, {"stroke", str(def.stroke)}, {"text", str(def.text)}};
    json["classDefs"] = std::move(defs);
    Json subgraphs = Json::array();
    for (const Subgraph &s : diagram.subgraphs) {
        Json o = Json{{"id", str(s.id)}, {"title", str(s.title)}, {"role", str(s.role)}};
        if (!s.plane.isEmpty())
            o["plane"] = str(s.plane);
        if (!s.parent.isEmpty())
            o["parent"] = str(s.parent);
        subgraphs.push_back(std::move(o));
    }
    json["subgraphs"] = std::move(subgraphs);
    Json nodes = Json::array();
    for (const DiagramNode &n : diagram.nodes) {
        Json o = Json{{"id", str(n.id)}, {"label", strings(n.label)}, {"shape", str(n.shape)}};
        if (!n.className.isEmpty())
            o["class"] = str(n.className);
        if (!n.subgraph.isEmpty())
            o["subgraph"] = str(n.subgraph);
        if (!n.component.isEmpty())
            o["component"] = str(n.component);
        if (n.pin)
            o["pin"] = Json{{"x", number(n.pin->x())}, {"y", number(n.pin->y())}};
        nodes.push_back(std::move(o));
    }
    json["nodes"] = std::move(nodes);
    Json edges = Json::array();
    for (const DiagramEdge &e : diagram.edges) {
        Json o = Json{{"from", str(e.from)}, {"to", str(e.to)}, {"style", str(e.style)},
                      {"bidirectional", e.bidirectional}, {"label", str(e.label)}, {"group", str(e.group)}};
        if (e.arrow != u"normal") // optional: models without it (the bundled one) stay as they are
            o["arrow"] = str(e.arrow);
        edges.push_back(std::move(o));
    }
    json["edges"] = std::move(edges);
    return json;
}

Json patternToJson(const Pattern &p)
{
    Json json = Json::object();
    json["name"] = str(p.name);
    if (!p.fullName.isEmpty())
        json["fullName"] = str(p.fullName);
    json["kind"] = str(p.kind);
    json["description"] = strings(p.description);
    json["whenToUse"] = facts(p.whenToUse);
    json["architecture"] = facts(p.architecture);
    json["guarantees"] = facts(p.guarantees);
    json["scaleLimits"] = facts(p.scaleLimits);
    json["costModel"] = facts(p.costModel);
    json["migrationSteps"] = strings(p.migrationSteps);
    if (!p.diagram.isEmpty())
        json["diagram"] = str(p.diagram);
    json["tables"] = strings(p.tables);
    json["keyMetrics"] = strings(p.keyMetrics);
    if (!p.checklist.isEmpty())
        json["checklist"] = strings(p.checklist);
    return json;
}

Json roadmapToJson(const Roadmap &roadmap)
{
    Json json = Json::object();
    json["title"] = str(roadmap.title);
    if (!roadmap.dateFormat.isEmpty())
        json["dateFormat"] = str(roadmap.dateFormat);
    Json sections = Json::array();
    for (const RoadmapSection &section : roadmap.sections) {
        Json tasks = Json::array();
        for (const RoadmapTask &t : section.tasks) {
            Json o = Json::object();
            o["id"] = str(t.id);
            o["name"] = str(t.name);
            if (t.start.isValid())
                o["start"] = str(t.start.toString(Qt::ISODate));
            o["after"] = strings(t.after);
            o["duration"] = Json{{"value", t.duration.value}, {"unit", str(QString(t.duration.unit))}};
            o["milestone"] = t.milestone;
            if (!t.pattern.isEmpty())
                o["pattern"] = str(t.pattern);
            tasks.push_back(std::move(o));
        }
        sections.push_back(Json{{"name", str(section.name)}, {"tasks", std::move(tasks)}});
    }
    json["sections"] = std::move(sections);
    return json;
}

Json antiPatternToJson(const AntiPattern &a)
{
    Json json = Json::object();
    json["id"] = str(a.id);
    json["name"] = str(a.name);
    if (!a.aliases.isEmpty())
        json["aliases"] = strings(a.aliases);
    json["risk"] = number(a.risk);
    json["impact"] = number(a.impact);
    if (!a.problem.isEmpty())
        json["problem"] = str(a.problem);
    json["detection"] = strings(a.detection);
    json["fix"] = strings(a.fix);
    if (!a.threatens.isEmpty())
        json["threatens"] = strings(a.threatens);
    return json;
}

Json toJson(const Catalog &catalog, const Json &original, const Catalog &baseline)
{
    Json json = original;
    const auto member = [&](const char *key) -> const Json * {
        return original.is_object() && original.contains(key) ? &original.at(key) : nullptr;
    };
    json["diagrams"] = keyed(catalog.diagrams, member("diagrams"), baseline.diagrams, diagramToJson);
    json["patterns"] = keyed(catalog.patterns, member("patterns"), baseline.patterns, patternToJson);
    if (roadmapToJson(catalog.roadmap) != roadmapToJson(baseline.roadmap) || !member("roadmap"))
        json["roadmap"] = roadmapToJson(catalog.roadmap);

    // Anti-patterns are a list: an item keeps its original value when it is where it was and unchanged.
    const Json *anti = member("antiPatterns");
    const Json *items = anti && anti->is_object() && anti->contains("items") ? &anti->at("items") : nullptr;
    Json newItems = Json::array();
    bool changed = !items || !items->is_array() || items->size() != std::size_t(catalog.antiPatterns.items.size());
    for (qsizetype i = 0; i < catalog.antiPatterns.items.size(); ++i) {
        Json fresh = antiPatternToJson(catalog.antiPatterns.items.at(i));
        if (!changed && i < baseline.antiPatterns.items.size()
            && antiPatternToJson(baseline.antiPatterns.items.at(i)) == fresh) {
            newItems.push_back(items->at(std::size_t(i)));
        } else {
            changed = true;
            newItems.push_back(std::move(fresh));
        }
    }
    if (changed && json.contains("antiPatterns") && json["antiPatterns"].is_object())
        json["antiPatterns"]["items"] = std::move(newItems);
    return json;
}

QByteArray toText(const Json &json)
{
    const std::string text = json.dump(2, ' ', false, Json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size())) + '\n';
}

QString writeFile(const QString &path, const QByteArray &data)
{
    const QString problem = DurableFile::write(path, data, DurableFile::Backup::Keep);
    if (problem.isEmpty())
        return {};
    return Messages::tr("cannot save the model to %1: %2").arg(QFileInfo(path).absoluteFilePath(), problem);
}

} // namespace archscape::ModelWriter
