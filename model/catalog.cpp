#include "catalog.h"

#include <algorithm>
#include <cmath>

namespace archscape {

namespace {

template<typename T>
const T *findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const T &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}

} // namespace

QString cellText(const Cell &cell)
{
    QStringList lines;
    lines.reserve(cell.size());
    for (const Fact &fact : cell)
        lines.append(fact.text);
    return lines.join(u'\n');
}

std::optional<double> comparableValue(const Fact &fact)
{
    std::optional<double> number = fact.value ? fact.value : fact.min ? fact.min : fact.max;
    if (!number)
        return std::nullopt;
    if (!fact.value && !fact.min)
        *number -= 0.5; // "<500ms" sorts just below "500ms"
    struct Scale
    {
        const char16_t *unit;
        double factor;
    };
    // Durations to seconds, frequencies to events per month.
    static constexpr Scale scales[] = {
        {u"ms", 0.001},          {u"s", 1},          {u"min", 60},           {u"hours", 3600},
        {u"d", 86400},           {u"days", 86400},   {u"weeks", 604800},     {u"months", 2629800},
        {u"M", 2629800},         {u"years", 31557600}, {u"deploys/week", 4.348}, {u"deploys/month", 1},
    };
    for (const Scale &scale : scales) {
        if (fact.unit == QStringView(scale.unit))
            return *number * scale.factor;
    }
    return number;
}

const QStringList &Diagram::shapes()
{
    static const QStringList list = {
        QStringLiteral("box"),     QStringLiteral("cylinder"), QStringLiteral("diamond"),
        QStringLiteral("rounded"), QStringLiteral("stadium"),  QStringLiteral("circle"),
        QStringLiteral("hexagon"), QStringLiteral("parallelogram"), QStringLiteral("flag")};
    return list;
}

const QStringList &DiagramEdge::arrows()
{
    static const QStringList list = {QStringLiteral("normal"), QStringLiteral("none"), QStringLiteral("circle"),
                                     QStringLiteral("cross")};
    return list;
}

const DiagramNode *Diagram::node(const QString &nodeId) const { return findById(nodes, nodeId); }
const Subgraph *Diagram::subgraph(const QString &subgraphId) const { return findById(subgraphs, subgraphId); }

const ClassDef *Diagram::classDef(const QString &className) const
{
    const auto it = std::find_if(classDefs.cbegin(), classDefs.cend(),
                                 [&](const ClassDef &def) { return def.name == className; });
    return it == classDefs.cend() ? nullptr : &*it;
}

int Table::columnIndex(const QString &columnId) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).id == columnId)
            return i;
    }
    return -1;
}

const FlowchartQuestion *Flowchart::question(const QString &nodeId) const
{
    const auto it = std::find_if(questions.cbegin(), questions.cend(),
                                 [&](const FlowchartQuestion &q) { return q.node == nodeId; });
    return it == questions.cend() ? nullptr : &*it;
}

const AntiPattern *AntiPatternCatalog::item(const QString &id) const { return findById(items, id); }

const RoadmapTask *Roadmap::task(const QString &id) const
{
    for (const RoadmapSection &section : sections) {
        if (const RoadmapTask *task = findById(section.tasks, id))
            return task;
    }
    return nullptr;
}

const Pattern *Catalog::pattern(const QString &id) const { return findById(patterns, id); }
const Diagram *Catalog::diagram(const QString &id) const { return findById(diagrams, id); }
const Table *Catalog::table(const QString &id) const { return findById(tables, id); }
const Plane *Catalog::plane(const QString &id) const { return findById(planes, id); }
const EvolutionPath *Catalog::evolutionPath(const QString &id) const { return findById(evolutionPaths, id); }
const NamedList *Catalog::list(const QString &id) const { return findById(lists, id); }
const Section *Catalog::section(const QString &id) const { return findById(sections, id); }

const Plane *Catalog::planeForClass(const QString &className) const
{
    const auto it = std::find_if(planes.cbegin(), planes.cend(),
                                 [&](const Plane &plane) { return plane.className == className; });
    return it == planes.cend() ? nullptr : &*it;
}

QList<Catalog::RowRef> Catalog::rowsAbout(const QString &patternId) const
{
    QList<RowRef> refs;
    for (const Table &table : tables) {
        if (table.pattern == patternId)
            continue; // the pattern's own tables are shown whole, not as rows about it
        for (int row = 0; row < table.rows.size(); ++row) {
            if (table.rows.at(row).refersToPattern(patternId))
                refs.append({&table, row});
        }
    }
    return refs;
}

} // namespace archscape
