#include "catalogreader.h"

#include "jsondocument.h"

#include <QCoreApplication>

#include <cmath>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CatalogReader)
};

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString child(const QString &pointer, std::string_view key)
{
    return pointer + u'/' + jsonPointerToken(qs(key));
}

QString child(const QString &pointer, const QString &key)
{
    return pointer + u'/' + jsonPointerToken(key);
}

QString child(const QString &pointer, const char *key)
{
    return child(pointer, std::string_view(key));
}

QString child(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QString typeName(const nlohmann::ordered_json &value)
{
    return QString::fromUtf8(value.type_name());
}

} // namespace

CatalogReader::CatalogReader(const QString &fileName, Diagnostics &diagnostics)
    : m_fileName(fileName)
    , m_diagnostics(diagnostics)
{
}

void CatalogReader::error(const QString &pointer, const QString &message)
{
    m_diagnostics.append({Diagnostic::Severity::Error, message, m_fileName, pointer, 0, 0});
}

void CatalogReader::warning(const QString &pointer, const QString &message)
{
    m_diagnostics.append({Diagnostic::Severity::Warning, message, m_fileName, pointer, 0, 0});
}

void CatalogReader::checkLabelLength(const QString &label, const QString &pointer)
{
    if (label.size() > InputLimits::maxLabelCharacters)
        error(pointer, Messages::tr("a label of %1 characters; a label may have at most %2").arg(label.size()).arg(InputLimits::maxLabelCharacters));
}

bool CatalogReader::isObject(const Json &value, const QString &pointer)
{
    if (value.is_object())
        return true;
    error(pointer, Messages::tr("expected an object, found %1").arg(typeName(value)));
    return false;
}

bool CatalogReader::isArray(const Json &value, const QString &pointer)
{
    if (value.is_array())
        return true;
    error(pointer, Messages::tr("expected an array, found %1").arg(typeName(value)));
    return false;
}

void CatalogReader::checkKeys(const Json &object, const QString &pointer,
                              std::initializer_list<std::string_view> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (std::string_view key : allowed)
            known = known || key == it.key();
        if (!known)
            warning(child(pointer, QString::fromStdString(it.key())), Messages::tr("unknown field, ignored"));
    }
}

const CatalogReader::Json *CatalogReader::field(const Json &object, std::string_view key,
                                                const QString &pointer, bool required)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(std::string(key));
    if (it == object.end() || (it->is_null() && !required)) {
        if (required)
            error(child(pointer, key), Messages::tr("required field \"%1\" is missing").arg(qs(key)));
        return nullptr;
    }
    return &*it;
}

QString CatalogReader::string(const Json &object, std::string_view key, const QString &pointer, bool required)
{
    const Json *value = field(object, key, pointer, required);
    if (!value)
        return {};
    if (!value->is_string()) {
        error(child(pointer, key), Messages::tr("expected a string, found %1").arg(typeName(*value)));
        return {};
    }
    return QString::fromStdString(value->get<std::string>());
}

QString CatalogReader::optionalString(const Json &object, std::string_view key, const QString &pointer)
{
    return string(object, key, pointer, false);
}

QStringList CatalogReader::stringList(const Json &object, std::string_view key, const QString &pointer,
                                      bool required)
{
    const Json *value = field(object, key, pointer, required);
    QStringList result;
    if (!value || !isArray(*value, child(pointer, key)))
        return result;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json &item = (*value)[i];
        if (item.is_string())
            result.append(QString::fromStdString(item.get<std::string>()));
        else
            error(child(child(pointer, key), qsizetype(i)), Messages::tr("expected a string, found %1").arg(typeName(item)));
    }
    return result;
}

std::optional<double> CatalogReader::number(const Json &object, std::string_view key, const QString &pointer,
                                            bool required)
{
    const Json *value = field(object, key, pointer, required);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        error(child(pointer, key), Messages::tr("expected a number, found %1").arg(typeName(*value)));
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number)) {
        error(child(pointer, key), Messages::tr("the number is not finite"));
        return std::nullopt;
    }
    return number;
}

bool CatalogReader::boolean(const Json &object, std::string_view key, const QString &pointer)
{
    const Json *value = field(object, key, pointer, false);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        error(child(pointer, key), Messages::tr("expected true or false, found %1").arg(typeName(*value)));
        return false;
    }
    return value->get<bool>();
}

Fact CatalogReader::fact(const Json &value, const QString &pointer)
{
    Fact result;
    if (value.is_string()) {
        result.text = QString::fromStdString(value.get<std::string>());
        return result;
    }
    if (!value.is_object()) {
        error(pointer, Messages::tr("expected text or a fact object, found %1").arg(typeName(value)));
        return result;
    }
    checkKeys(value, pointer, {"text", "value", "min", "max", "unit", "metric"});
    result.text = string(value, "text", pointer);
    result.value = number(value, "value", pointer, false);
    result.min = number(value, "min", pointer, false);
    result.max = number(value, "max", pointer, false);
    result.unit = optionalString(value, "unit", pointer);
    result.metric = optionalString(value, "metric", pointer);
    if (result.min && result.max && *result.min > *result.max)
        error(pointer, Messages::tr("the range's min (%1) is greater than its max (%2)").arg(*result.min).arg(*result.max));
    return result;
}

Cell CatalogReader::cell(const Json &value, const QString &pointer)
{
    Cell result;
    if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            result.append(fact(value[i], child(pointer, qsizetype(i))));
    } else {
        result.append(fact(value, pointer));
    }
    return result;
}

QList<Fact> CatalogReader::factList(const Json &object, std::string_view key, const QString &pointer)
{
    QList<Fact> result;
    const Json *value = field(object, key, pointer, false);
    if (!value || !isArray(*value, child(pointer, key)))
        return result;
    for (std::size_t i = 0; i < value->size(); ++i)
        result.append(fact((*value)[i], child(child(pointer, key), qsizetype(i))));
    return result;
}

template<typename T, typename ReadFn>
QList<T> CatalogReader::readKeyed(const Json &root, std::string_view key, ReadFn read)
{
    QList<T> result;
    const QString pointer = child(QString(), key);
    const Json *object = field(root, key, QString(), true);
    if (!object || !isObject(*object, pointer))
        return result;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString id = QString::fromStdString(it.key());
        const QString itemPointer = child(pointer, id);
        if (id.isEmpty())
            error(itemPointer, Messages::tr("an id must not be empty"));
        if (isObject(it.value(), itemPointer))
            result.append(read(id, it.value(), itemPointer));
        else
            result.append(T{});
    }
    return result;
}

template<typename T, typename ReadFn>
QList<T> CatalogReader::readArray(const Json &object, std::string_view key, const QString &pointer, ReadFn read)
{
    QList<T> result;
    const Json *array = field(object, key, pointer, false);
    const QString arrayPointer = child(pointer, key);
    if (!array || !isArray(*array, arrayPointer))
        return result;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const QString itemPointer = child(arrayPointer, qsizetype(i));
        if (isObject((*array)[i], itemPointer))
            result.append(read((*array)[i], itemPointer));
        else
            result.append(T{});
    }
    return result;
}

Catalog CatalogReader::read(const Json &root)
{
    return read(root, true);
}

Catalog CatalogReader::readForDiagrams(const Json &root)
{
    return read(root, false);
}

Catalog CatalogReader::read(const Json &root, bool everything)
{
    Catalog catalog;
    if (!isObject(root, QString()))
        return catalog;
    if (everything) {
        checkKeys(root, QString(), {"$schema", "schemaVersion", "title", "introduction", "planes", "patterns",
                                    "diagrams", "flowchart", "tables", "antiPatterns", "roadmap",
                                    "evolutionPaths", "lists", "sections", "whatIf"});
    }

    const std::optional<double> version = number(root, "schemaVersion", QString(), true);
    if (version && *version != supportedSchemaVersion) {
        error(QStringLiteral("/schemaVersion"),
              Messages::tr("schema version %1 is not supported; this Archscape reads version %2")
                  .arg(*version)
                  .arg(supportedSchemaVersion));
        return catalog;
    }
    catalog.schemaVersion = version ? int(*version) : 0;
    catalog.title = string(root, "title", QString());
    if (everything)
        catalog.introduction = stringList(root, "introduction", QString());
    if (const Json *planes = field(root, "planes", QString(), true))
        catalog.planes = readPlanes(*planes, QStringLiteral("/planes"));

    if (everything) {
        catalog.patterns = readKeyed<Pattern>(root, "patterns", [this](const QString &id, const Json &o, const QString &p) {
            return readPattern(id, o, p);
        });
    }
    catalog.diagrams = readKeyed<Diagram>(root, "diagrams", [this](const QString &id, const Json &o, const QString &p) {
        return readDiagram(id, o, p);
    });
    if (everything) {
        catalog.tables = readKeyed<Table>(root, "tables", [this](const QString &id, const Json &o, const QString &p) {
            return readTable(id, o, p);
        });
    }
    if (const Json *flowchart = field(root, "flowchart", QString(), true);
        flowchart && isObject(*flowchart, QStringLiteral("/flowchart")))
        catalog.flowchart = readFlowchart(*flowchart, QStringLiteral("/flowchart"));
    if (everything) {
        if (const Json *anti = field(root, "antiPatterns", QString(), true);
            anti && isObject(*anti, QStringLiteral("/antiPatterns")))
            catalog.antiPatterns = readAntiPatterns(*anti, QStringLiteral("/antiPatterns"));
        if (const Json *roadmap = field(root, "roadmap", QString(), true);
            roadmap && isObject(*roadmap, QStringLiteral("/roadmap")))
            catalog.roadmap = readRoadmap(*roadmap, QStringLiteral("/roadmap"));
        catalog.evolutionPaths = readArray<EvolutionPath>(root, "evolutionPaths", QString(),
                                                          [this](const Json &o, const QString &p) {
                                                              return readEvolutionPath(o, p);
                                                          });
        catalog.lists = readArray<NamedList>(root, "lists", QString(),
                                             [this](const Json &o, const QString &p) { return readList(o, p); });
        catalog.sections = readArray<Section>(root, "sections", QString(),
                                              [this](const Json &o, const QString &p) { return readSection(o, p); });
    }
    // Optional, so that files written before the what-if engine still load (the engine then has
    // no input ranges, fit rules or calibration and says so in its warnings).
    if (const Json *whatIf = field(root, "whatIf", QString(), false);
        whatIf && isObject(*whatIf, QStringLiteral("/whatIf")))
        catalog.whatIf = readWhatIf(*whatIf, QStringLiteral("/whatIf"));
    return catalog;
}

QList<Plane> CatalogReader::readPlanes(const Json &value, const QString &pointer)
{
    QList<Plane> planes;
    if (!isArray(value, pointer))
        return planes;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString p = child(pointer, qsizetype(i));
        const Json &o = value[i];
        Plane plane;
        if (isObject(o, p)) {
            checkKeys(o, p, {"id", "title", "class", "fill", "stroke", "text"});
            plane.id = string(o, "id", p);
            plane.title = string(o, "title", p);
            plane.className = string(o, "class", p);
            plane.fill = string(o, "fill", p);
            plane.stroke = string(o, "stroke", p);
            plane.text = string(o, "text", p);
        }
        planes.append(plane);
    }
    return planes;
}

Pattern CatalogReader::readPattern(const QString &id, const Json &o, const QString &p)
{
    checkKeys(o, p, {"name", "fullName", "kind", "description", "whenToUse", "architecture", "guarantees",
                     "scaleLimits", "costModel", "migrationSteps", "diagram", "tables", "keyMetrics", "checklist"});
    Pattern pattern;
    pattern.id = id;
    pattern.name = string(o, "name", p);
    pattern.fullName = optionalString(o, "fullName", p);
    pattern.kind = string(o, "kind", p);
    static const QStringList kinds = {QStringLiteral("core"), QStringLiteral("baseline"),
                                      QStringLiteral("combination"), QStringLiteral("outcome")};
    if (!pattern.kind.isEmpty() && !kinds.contains(pattern.kind))
        error(child(p, "kind"), Messages::tr("unknown kind \"%1\" (expected one of %2)").arg(pattern.kind, kinds.join(u", ")));
    pattern.description = stringList(o, "description", p);
    pattern.whenToUse = factList(o, "whenToUse", p);
    pattern.architecture = factList(o, "architecture", p);
    pattern.guarantees = factList(o, "guarantees", p);
    pattern.scaleLimits = factList(o, "scaleLimits", p);
    pattern.costModel = factList(o, "costModel", p);
    pattern.migrationSteps = stringList(o, "migrationSteps", p);
    pattern.diagram = optionalString(o, "diagram", p);
    pattern.tables = stringList(o, "tables", p);
    pattern.keyMetrics = stringList(o, "keyMetrics", p);
    pattern.checklist = stringList(o, "checklist", p);
    return pattern;
}

Diagram CatalogReader::readDiagram(const QString &id, const Json &o, const QString &p)
{
    checkKeys(o, p, {"title", "pattern", "direction", "classDefs", "subgraphs", "nodes", "edges"});
    Diagram diagram;
    diagram.id = id;
    diagram.title = string(o, "title", p);
    diagram.pattern = optionalString(o, "pattern", p);
    diagram.direction = string(o, "direction", p);
    if (diagram.direction != u"TB" && diagram.direction != u"LR" && !diagram.direction.isEmpty())
        error(child(p, "direction"), Messages::tr("direction must be \"TB\" or \"LR\", found \"%1\"").arg(diagram.direction));

    if (const Json *defs = field(o, "classDefs", p, false); defs && isObject(*defs, child(p, "classDefs"))) {
        for (auto it = defs->begin(); it != defs->end(); ++it) {
            const QString name = QString::fromStdString(it.key());
            const QString dp = child(child(p, "classDefs"), name);
            ClassDef def;
            def.name = name;
            if (isObject(it.value(), dp)) {
                checkKeys(it.value(), dp, {"fill", "stroke", "text"});
                def.fill = string(it.value(), "fill", dp);
                def.stroke = string(it.value(), "stroke", dp);
                def.text = string(it.value(), "text", dp);
            }
            diagram.classDefs.append(def);
        }
    }
    diagram.subgraphs = readArray<Subgraph>(o, "subgraphs", p, [this](const Json &s, const QString &sp) {
        checkKeys(s, sp, {"id", "title", "role", "plane", "parent"});
        Subgraph subgraph;
        subgraph.id = string(s, "id", sp);
        subgraph.title = string(s, "title", sp);
        subgraph.role = string(s, "role", sp);
        subgraph.plane = optionalString(s, "plane", sp);
        subgraph.parent = optionalString(s, "parent", sp);
        return subgraph;
    });
    // The limits every diagram import has (inputlimits.h): a diagram beyond them is refused at
    // its first item too many, before any of it is read.
    const auto tooMany = [&](std::string_view key, qsizetype limit, const QString &what) {
        const Json *items = field(o, key, p, false);
        if (!items || !items->is_array() || qsizetype(items->size()) <= limit)
            return false;
        error(child(child(p, key), limit), Messages::tr("more than %1 %2; a diagram may have at most %1").arg(limit).arg(what));
        return true;
    };
    if (tooMany("nodes", InputLimits::maxNodes, Messages::tr("nodes")) || tooMany("edges", InputLimits::maxEdges, Messages::tr("edges")))
        return diagram;
    for (qsizetype i = 0; i < diagram.subgraphs.size(); ++i)
        checkLabelLength(diagram.subgraphs.at(i).title, child(child(child(p, "subgraphs"), i), "title"));
    diagram.nodes = readArray<DiagramNode>(o, "nodes", p, [this](const Json &n, const QString &np) {
        checkKeys(n, np, {"id", "label", "shape", "class", "subgraph", "component", "pin"});
        DiagramNode node;
        node.id = string(n, "id", np);
        node.label = stringList(n, "label", np, true);
        checkLabelLength(node.label.join(u'\n'), child(np, "label"));
        node.shape = string(n, "shape", np);
        if (!node.shape.isEmpty() && !Diagram::shapes().contains(node.shape))
            error(child(np, "shape"), Messages::tr("unknown shape \"%1\"").arg(node.shape));
        node.className = optionalString(n, "class", np);
        node.subgraph = optionalString(n, "subgraph", np);
        node.component = optionalString(n, "component", np);
        const QString pp = child(np, "pin");
        if (const Json *pin = field(n, "pin", np, false); pin && isObject(*pin, pp)) {
            checkKeys(*pin, pp, {"x", "y"});
            const std::optional<double> x = number(*pin, "x", pp, true);
            const std::optional<double> y = number(*pin, "y", pp, true);
            if (x && y)
                node.pin = QPointF(*x, *y);
        }
        return node;
    });
    diagram.edges = readArray<DiagramEdge>(o, "edges", p, [this](const Json &e, const QString &ep) {
        checkKeys(e, ep, {"from", "to", "style", "bidirectional", "arrow", "label", "group"});
        DiagramEdge edge;
        edge.from = string(e, "from", ep);
        edge.to = string(e, "to", ep);
        edge.style = string(e, "style", ep);
        if (edge.style != u"solid" && edge.style != u"dashed" && edge.style != u"thick" && !edge.style.isEmpty())
            error(child(ep, "style"), Messages::tr("style must be solid, dashed or thick, found \"%1\"").arg(edge.style));
        edge.bidirectional = boolean(e, "bidirectional", ep);
        if (const QString arrow = optionalString(e, "arrow", ep); !arrow.isEmpty()) {
            edge.arrow = arrow;
            if (!DiagramEdge::arrows().contains(arrow))
                error(child(ep, "arrow"), Messages::tr("arrow must be normal, none, circle or cross, found \"%1\"").arg(arrow));
        }
        edge.label = optionalString(e, "label", ep);
        checkLabelLength(edge.label, child(ep, "label"));
        edge.group = optionalString(e, "group", ep);
        return edge;
    });
    return diagram;
}

Flowchart CatalogReader::readFlowchart(const Json &o, const QString &p)
{
    checkKeys(o, p, {"diagram", "start", "outcomes", "questions"});
    Flowchart flowchart;
    flowchart.diagram = string(o, "diagram", p);
    flowchart.start = string(o, "start", p);
    if (const Json *outcomes = field(o, "outcomes", p, true); outcomes && isObject(*outcomes, child(p, "outcomes"))) {
        for (auto it = outcomes->begin(); it != outcomes->end(); ++it) {
            const QString node = QString::fromStdString(it.key());
            if (it.value().is_string())
                flowchart.outcomes.insert(node, QString::fromStdString(it.value().get<std::string>()));
            else
                error(child(child(p, "outcomes"), node), Messages::tr("expected a pattern id, found %1").arg(typeName(it.value())));
        }
    }
    if (const Json *questions = field(o, "questions", p, true); questions && isObject(*questions, child(p, "questions"))) {
        for (auto it = questions->begin(); it != questions->end(); ++it) {
            FlowchartQuestion question;
            question.node = QString::fromStdString(it.key());
            const QString qp = child(child(p, "questions"), question.node);
            if (isObject(it.value(), qp)) {
                checkKeys(it.value(), qp, {"input", "answers"});
                question.input = string(it.value(), "input", qp);
                question.answers = readArray<FlowchartAnswer>(it.value(), "answers", qp,
                                                              [this](const Json &a, const QString &ap) {
                    checkKeys(a, ap, {"to", "equals", "min", "max"});
                    FlowchartAnswer answer;
                    answer.to = string(a, "to", ap);
                    answer.equals = optionalString(a, "equals", ap);
                    answer.min = number(a, "min", ap, false);
                    answer.max = number(a, "max", ap, false);
                    return answer;
                });
            }
            flowchart.questions.append(question);
        }
    }
    return flowchart;
}

Table CatalogReader::readTable(const QString &id, const Json &o, const QString &p)
{
    checkKeys(o, p, {"title", "pattern", "columns", "rows"});
    Table table;
    table.id = id;
    table.title = string(o, "title", p);
    table.pattern = optionalString(o, "pattern", p);
    table.columns = readArray<TableColumn>(o, "columns", p, [this](const Json &c, const QString &cp) {
        checkKeys(c, cp, {"id", "title"});
        return TableColumn{string(c, "id", cp), string(c, "title", cp)};
    });
    table.rows = readArray<TableRow>(o, "rows", p, [this](const Json &r, const QString &rp) {
        checkKeys(r, rp, {"pattern", "patterns", "antiPattern", "cells"});
        TableRow row;
        row.pattern = optionalString(r, "pattern", rp);
        row.patterns = stringList(r, "patterns", rp);
        row.antiPattern = optionalString(r, "antiPattern", rp);
        const QString cp = child(rp, "cells");
        if (const Json *cells = field(r, "cells", rp, true); cells && isObject(*cells, cp)) {
            for (auto it = cells->begin(); it != cells->end(); ++it) {
                const QString column = QString::fromStdString(it.key());
                row.cells.insert(column, cell(it.value(), child(cp, column)));
            }
        }
        return row;
    });
    return table;
}

AntiPatternCatalog CatalogReader::readAntiPatterns(const Json &o, const QString &p)
{
    checkKeys(o, p, {"quadrant", "items"});
    AntiPatternCatalog anti;
    const QString qp = child(p, "quadrant");
    if (const Json *q = field(o, "quadrant", p, true); q && isObject(*q, qp)) {
        checkKeys(*q, qp, {"title", "xAxis", "yAxis", "quadrants"});
        anti.quadrant.title = string(*q, "title", qp);
        if (const Json *x = field(*q, "xAxis", qp, true); x && isObject(*x, child(qp, "xAxis"))) {
            anti.quadrant.xLow = string(*x, "low", child(qp, "xAxis"));
            anti.quadrant.xHigh = string(*x, "high", child(qp, "xAxis"));
        }
        if (const Json *y = field(*q, "yAxis", qp, true); y && isObject(*y, child(qp, "yAxis"))) {
            anti.quadrant.yLow = string(*y, "low", child(qp, "yAxis"));
            anti.quadrant.yHigh = string(*y, "high", child(qp, "yAxis"));
        }
        anti.quadrant.quadrants = stringList(*q, "quadrants", qp);
        if (anti.quadrant.quadrants.size() != 4 && !anti.quadrant.quadrants.isEmpty())
            error(child(qp, "quadrants"), Messages::tr("expected four quadrant names, found %1").arg(anti.quadrant.quadrants.size()));
    }
    anti.items = readArray<AntiPattern>(o, "items", p, [this](const Json &a, const QString &ap) {
        checkKeys(a, ap, {"id", "name", "aliases", "risk", "impact", "problem", "detection", "fix", "threatens"});
        AntiPattern item;
        item.id = string(a, "id", ap);
        item.name = string(a, "name", ap);
        item.aliases = stringList(a, "aliases", ap);
        item.risk = number(a, "risk", ap, true).value_or(0);
        item.impact = number(a, "impact", ap, true).value_or(0);
        if (item.risk < 0 || item.risk > 1)
            error(child(ap, "risk"), Messages::tr("risk must lie between 0 and 1, found %1").arg(item.risk));
        if (item.impact < 0 || item.impact > 1)
            error(child(ap, "impact"), Messages::tr("impact must lie between 0 and 1, found %1").arg(item.impact));
        item.problem = optionalString(a, "problem", ap);
        item.detection = stringList(a, "detection", ap);
        item.fix = stringList(a, "fix", ap);
        item.threatens = stringList(a, "threatens", ap);
        return item;
    });
    return anti;
}

Roadmap CatalogReader::readRoadmap(const Json &o, const QString &p)
{
    checkKeys(o, p, {"title", "dateFormat", "sections"});
    Roadmap roadmap;
    roadmap.title = string(o, "title", p);
    roadmap.dateFormat = optionalString(o, "dateFormat", p);
    roadmap.sections = readArray<RoadmapSection>(o, "sections", p, [this](const Json &s, const QString &sp) {
        checkKeys(s, sp, {"name", "tasks"});
        RoadmapSection section;
        section.name = string(s, "name", sp);
        section.tasks = readArray<RoadmapTask>(s, "tasks", sp, [this](const Json &t, const QString &tp) {
            checkKeys(t, tp, {"id", "name", "start", "after", "duration", "milestone", "pattern"});
            RoadmapTask task;
            task.id = string(t, "id", tp);
            task.name = string(t, "name", tp);
            const QString start = optionalString(t, "start", tp);
            if (!start.isEmpty()) {
                task.start = QDate::fromString(start, Qt::ISODate);
                if (!task.start.isValid())
                    error(child(tp, "start"), Messages::tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(start));
            }
            task.after = stringList(t, "after", tp);
            if (task.start.isNull() && task.after.isEmpty() && start.isEmpty())
                error(tp, Messages::tr("task \"%1\" needs a start date or an \"after\" dependency").arg(task.id));
            task.milestone = boolean(t, "milestone", tp);
            const QString dp = child(tp, "duration");
            if (const Json *d = field(t, "duration", tp, true); d && isObject(*d, dp)) {
                checkKeys(*d, dp, {"value", "unit"});
                const double value = number(*d, "value", dp, true).value_or(0);
                if (value < 0 || value != std::floor(value) || value > 10000)
                    error(child(dp, "value"), Messages::tr("a duration is a whole number from 0 to 10000, found %1").arg(value));
                else
                    task.duration.value = int(value);
                const QString unit = string(*d, "unit", dp);
                if (unit.size() == 1 && QStringLiteral("dwMy").contains(unit))
                    task.duration.unit = unit.at(0);
                else
                    error(child(dp, "unit"), Messages::tr("a duration unit is d, w, M or y, found \"%1\"").arg(unit));
            }
            task.pattern = optionalString(t, "pattern", tp);
            return task;
        });
        return section;
    });
    return roadmap;
}

EvolutionPath CatalogReader::readEvolutionPath(const Json &o, const QString &p)
{
    checkKeys(o, p, {"id", "title", "from", "to", "phases"});
    EvolutionPath path;
    path.id = string(o, "id", p);
    path.title = string(o, "title", p);
    path.from = string(o, "from", p);
    path.to = string(o, "to", p);
    path.phases = readArray<EvolutionPhase>(o, "phases", p, [this](const Json &ph, const QString &pp) {
        checkKeys(ph, pp, {"number", "title", "pattern", "steps"});
        EvolutionPhase phase;
        phase.number = int(number(ph, "number", pp, true).value_or(0));
        phase.title = string(ph, "title", pp);
        phase.pattern = optionalString(ph, "pattern", pp);
        phase.steps = stringList(ph, "steps", pp, true);
        return phase;
    });
    return path;
}

NamedList CatalogReader::readList(const Json &o, const QString &p)
{
    checkKeys(o, p, {"id", "title", "items"});
    NamedList list;
    list.id = string(o, "id", p);
    list.title = string(o, "title", p);
    list.items = readArray<NamedListItem>(o, "items", p, [this](const Json &i, const QString &ip) {
        checkKeys(i, ip, {"name", "text"});
        return NamedListItem{string(i, "name", ip), string(i, "text", ip)};
    });
    return list;
}

Section CatalogReader::readSection(const Json &o, const QString &p)
{
    checkKeys(o, p, {"id", "title", "text", "tables", "lists", "evolutionPaths", "diagram", "antiPatterns", "roadmap"});
    Section section;
    section.id = string(o, "id", p);
    section.title = string(o, "title", p);
    section.text = stringList(o, "text", p);
    section.tables = stringList(o, "tables", p);
    section.lists = stringList(o, "lists", p);
    section.evolutionPaths = stringList(o, "evolutionPaths", p);
    section.diagram = optionalString(o, "diagram", p);
    section.antiPatterns = boolean(o, "antiPatterns", p);
    section.roadmap = boolean(o, "roadmap", p);
    return section;
}

WhatIf CatalogReader::readWhatIf(const Json &o, const QString &p)
{
    checkKeys(o, p, {"inputs", "fit", "cost"});
    WhatIf whatIf;
    whatIf.inputs = readArray<WhatIfInput>(o, "inputs", p, [this](const Json &i, const QString &ip) {
        return readWhatIfInput(i, ip);
    });
    const QString fp = child(p, "fit");
    if (const Json *fit = field(o, "fit", p, false); fit && isObject(*fit, fp)) {
        for (auto it = fit->begin(); it != fit->end(); ++it) {
            WhatIfFit patternFit;
            patternFit.pattern = QString::fromStdString(it.key());
            const QString pp = child(fp, patternFit.pattern);
            if (isArray(it.value(), pp)) {
                for (std::size_t k = 0; k < it.value().size(); ++k) {
                    const QString rp = child(pp, qsizetype(k));
                    const Json &r = it.value()[k];
                    WhatIfRule rule;
                    if (isObject(r, rp)) {
                        checkKeys(r, rp, {"input", "equals", "min", "max", "because"});
                        rule.input = string(r, "input", rp);
                        rule.equals = optionalString(r, "equals", rp);
                        rule.min = number(r, "min", rp, false);
                        rule.max = number(r, "max", rp, false);
                        rule.because = string(r, "because", rp);
                        if (rule.equals.isEmpty() && !rule.min && !rule.max)
                            error(rp, Messages::tr("a fit rule needs \"equals\", \"min\" or \"max\""));
                    }
                    patternFit.rules.append(rule);
                }
            }
            whatIf.fit.append(patternFit);
        }
    }
    const QString cp = child(p, "cost");
    if (const Json *cost = field(o, "cost", p, false); cost && isObject(*cost, cp)) {
        checkKeys(*cost, cp, {"referenceQps", "curves"});
        if (const Json *reference = field(*cost, "referenceQps", cp, true)) {
            whatIf.cost.referenceQps = fact(*reference, child(cp, "referenceQps"));
            const std::optional<double> qps = whatIf.cost.referenceQps.value;
            if (!qps || *qps <= 0)
                error(child(cp, "referenceQps"), Messages::tr("the reference QPS needs a positive \"value\""));
        }
        whatIf.cost.curves = readArray<WhatIfCurve>(*cost, "curves", cp, [this](const Json &c, const QString &ccp) {
            checkKeys(c, ccp, {"pattern", "table", "load", "cost"});
            return WhatIfCurve{string(c, "pattern", ccp), string(c, "table", ccp), string(c, "load", ccp),
                               string(c, "cost", ccp)};
        });
    }
    return whatIf;
}

WhatIfInput CatalogReader::readWhatIfInput(const Json &i, const QString &ip)
{
    checkKeys(i, ip, {"id", "title", "kind", "min", "max", "default", "scale", "unit", "options", "derivedFrom"});
    WhatIfInput input;
    input.id = string(i, "id", ip);
    input.title = string(i, "title", ip);
    input.kind = string(i, "kind", ip);
    if (!input.kind.isEmpty() && !input.isChoice() && !input.isNumeric())
        error(child(ip, "kind"), Messages::tr("kind must be number, integer or choice, found \"%1\"").arg(input.kind));
    input.unit = optionalString(i, "unit", ip);
    if (input.isNumeric()) {
        input.min = number(i, "min", ip, true);
        input.max = number(i, "max", ip, true);
        input.defaultNumber = number(i, "default", ip, true);
        input.scale = string(i, "scale", ip);
        if (!input.scale.isEmpty() && input.scale != u"log" && input.scale != u"linear")
            error(child(ip, "scale"), Messages::tr("scale must be log or linear, found \"%1\"").arg(input.scale));
    } else if (input.isChoice()) {
        input.options = readArray<WhatIfOption>(i, "options", ip, [this](const Json &op, const QString &opp) {
            checkKeys(op, opp, {"id", "title"});
            return WhatIfOption{string(op, "id", opp), string(op, "title", opp)};
        });
        // A derived input has no default of its own: unset, it follows its source.
        const bool derived = i.contains("derivedFrom");
        input.defaultOption = string(i, "default", ip, !derived);
    }
    const QString dp = child(ip, "derivedFrom");
    if (const Json *d = field(i, "derivedFrom", ip, false); d && isObject(*d, dp)) {
        checkKeys(*d, dp, {"input", "above", "then", "otherwise"});
        WhatIfDerivation derivation;
        derivation.input = string(*d, "input", dp);
        if (const Json *above = field(*d, "above", dp, true)) {
            derivation.above = fact(*above, child(dp, "above"));
            if (!derivation.threshold())
                error(child(dp, "above"), Messages::tr("the threshold needs a \"min\" or a \"value\""));
        }
        derivation.then = string(*d, "then", dp);
        derivation.otherwise = string(*d, "otherwise", dp);
        input.derivedFrom = derivation;
    }
    return input;
}

} // namespace archscape
