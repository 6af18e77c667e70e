#include "catalogvalidator.h"

#include "jsondocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace archscape {

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CatalogValidator)
};

// Builds pointers with escaped tokens: ptr("diagrams", id, "edges", 7, "to").
class Pointer
{
public:
    Pointer() = default;
    Pointer operator/(const QString &token) const { return Pointer(m_text + u'/' + jsonPointerToken(token)); }
    Pointer operator/(const char *token) const { return *this / QString::fromUtf8(token); }
    Pointer operator/(qsizetype index) const { return Pointer(m_text + u'/' + QString::number(index)); }
    const QString &text() const { return m_text; }

private:
    explicit Pointer(QString text)
        : m_text(std::move(text))
    {
    }
    QString m_text;
};

constexpr double maxPinCoordinate = 1e6;

class Validator
{
public:
    Validator(const Catalog &catalog, const QString &fileName)
        : m_catalog(catalog)
        , m_fileName(fileName)
    {
    }

    Diagnostics run()
    {
        checkPlanes();
        checkPatterns();
        for (const Diagram &diagram : m_catalog.diagrams)
            checkDiagram(diagram);
        checkFlowchart();
        checkTables();
        checkAntiPatterns();
        checkRoadmap();
        checkEvolutionPaths();
        checkSections();
        checkWhatIf();
        return m_diagnostics;
    }

private:
    void error(const Pointer &pointer, const QString &message)
    {
        m_diagnostics.append({Diagnostic::Severity::Error, message, m_fileName, pointer.text(), 0, 0});
    }

    void requirePattern(const QString &id, const Pointer &pointer)
    {
        if (!id.isEmpty() && !m_catalog.pattern(id))
            error(pointer, Messages::tr("unknown pattern \"%1\"").arg(id));
    }

    // Reports ids seen twice within one list.
    template<typename T, typename IdFn, typename PointerFn>
    void checkUnique(const QList<T> &items, IdFn idOf, PointerFn pointerOf, const QString &what)
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString id = idOf(items.at(i));
            if (id.isEmpty())
                continue;
            if (seen.contains(id))
                error(pointerOf(i), Messages::tr("duplicate %1 id \"%2\"").arg(what, id));
            seen.insert(id);
        }
    }

    void checkPlanes()
    {
        checkUnique(m_catalog.planes, [](const Plane &p) { return p.id; },
                    [](qsizetype i) { return Pointer() / "planes" / i / "id"; }, Messages::tr("plane"));
    }

    void checkPatterns()
    {
        for (const Pattern &pattern : m_catalog.patterns) {
            const Pointer p = Pointer() / "patterns" / pattern.id;
            if (!pattern.diagram.isEmpty() && !m_catalog.diagram(pattern.diagram))
                error(p / "diagram", Messages::tr("unknown diagram \"%1\"").arg(pattern.diagram));
            for (qsizetype i = 0; i < pattern.tables.size(); ++i) {
                if (!m_catalog.table(pattern.tables.at(i)))
                    error(p / "tables" / i, Messages::tr("unknown table \"%1\"").arg(pattern.tables.at(i)));
            }
        }
    }

    // A node's component names the first cell of a row in one of its pattern's own tables.
    bool describesComponent(const QString &patternId, const QString &component) const
    {
        const Pattern *pattern = m_catalog.pattern(patternId);
        if (!pattern)
            return false;
        for (const QString &tableId : pattern->tables) {
            const Table *table = m_catalog.table(tableId);
            if (!table || table->columns.isEmpty())
                continue;
            for (const TableRow &row : table->rows) {
                if (cellText(row.cell(table->columns.first().id)) == component)
                    return true;
            }
        }
        return false;
    }

    void checkDiagram(const Diagram &diagram)
    {
        const Pointer p = Pointer() / "diagrams" / diagram.id;
        requirePattern(diagram.pattern, p / "pattern");

        checkUnique(diagram.subgraphs, [](const Subgraph &s) { return s.id; },
                    [&](qsizetype i) { return p / "subgraphs" / i / "id"; }, Messages::tr("subgraph"));
        checkUnique(diagram.nodes, [](const DiagramNode &n) { return n.id; },
                    [&](qsizetype i) { return p / "nodes" / i / "id"; }, Messages::tr("node"));

        for (qsizetype i = 0; i < diagram.subgraphs.size(); ++i) {
            const Subgraph &subgraph = diagram.subgraphs.at(i);
            if (!subgraph.parent.isEmpty() && !diagram.subgraph(subgraph.parent))
                error(p / "subgraphs" / i / "parent", Messages::tr("unknown subgraph \"%1\"").arg(subgraph.parent));
            if (subgraph.role == u"plane" && !m_catalog.plane(subgraph.plane))
                error(p / "subgraphs" / i / "plane", Messages::tr("unknown plane \"%1\"").arg(subgraph.plane));
            // A parent chain longer than the list of subgraphs must loop.
            QString ancestor = subgraph.parent;
            for (qsizetype steps = 0; !ancestor.isEmpty(); ++steps) {
                if (ancestor == subgraph.id || steps > diagram.subgraphs.size()) {
                    error(p / "subgraphs" / i / "parent", Messages::tr("subgraph \"%1\" encloses itself").arg(subgraph.id));
                    break;
                }
                const Subgraph *next = diagram.subgraph(ancestor);
                ancestor = next ? next->parent : QString();
            }
        }
        for (qsizetype i = 0; i < diagram.nodes.size(); ++i) {
            const DiagramNode &node = diagram.nodes.at(i);
            if (!node.subgraph.isEmpty() && !diagram.subgraph(node.subgraph))
                error(p / "nodes" / i / "subgraph", Messages::tr("node \"%1\" is in unknown subgraph \"%2\"").arg(node.id, node.subgraph));
            if (!node.className.isEmpty() && !diagram.classDef(node.className))
                error(p / "nodes" / i / "class", Messages::tr("node \"%1\" has unknown class \"%2\"").arg(node.id, node.className));
            // A pin is a scene position; one far beyond any drawing is a typo that would shrink the
            // rest of the diagram to nothing when fitted.
            if (node.pin && (std::abs(node.pin->x()) > maxPinCoordinate || std::abs(node.pin->y()) > maxPinCoordinate))
                error(p / "nodes" / i / "pin", Messages::tr("node \"%1\" is pinned at (%2, %3), beyond \u00b1%4")
                                                  .arg(node.id).arg(node.pin->x()).arg(node.pin->y()).arg(maxPinCoordinate));
            if (!node.component.isEmpty() && !describesComponent(diagram.pattern, node.component))
                error(p / "nodes" / i / "component",
                      Messages::tr("no row of the %1 tables describes component \"%2\"").arg(diagram.pattern, node.component));
        }
        for (qsizetype i = 0; i < diagram.edges.size(); ++i) {
            const DiagramEdge &edge = diagram.edges.at(i);
            if (!diagram.node(edge.from))
                error(p / "edges" / i / "from", Messages::tr("edge from unknown node \"%1\"").arg(edge.from));
            if (!diagram.node(edge.to))
                error(p / "edges" / i / "to", Messages::tr("edge to unknown node \"%1\"").arg(edge.to));
            if (!DiagramEdge::arrows().contains(edge.arrow))
                error(p / "edges" / i / "arrow", Messages::tr("edge from \"%1\" to \"%2\" has unknown arrow \"%3\"").arg(edge.from, edge.to, edge.arrow));
        }
    }

    void checkFlowchart()
    {
        const Flowchart &flowchart = m_catalog.flowchart;
        const Pointer p = Pointer() / "flowchart";
        const Diagram *diagram = m_catalog.diagram(flowchart.diagram);
        if (!diagram) {
            error(p / "diagram", Messages::tr("unknown diagram \"%1\"").arg(flowchart.diagram));
            return;
        }
        if (!diagram->node(flowchart.start))
            error(p / "start", Messages::tr("unknown node \"%1\" in diagram \"%2\"").arg(flowchart.start, diagram->id));
        for (auto it = flowchart.outcomes.cbegin(); it != flowchart.outcomes.cend(); ++it) {
            if (!diagram->node(it.key()))
                error(p / "outcomes" / it.key(), Messages::tr("unknown node \"%1\" in diagram \"%2\"").arg(it.key(), diagram->id));
            if (!m_catalog.pattern(it.value()))
                error(p / "outcomes" / it.key(), Messages::tr("outcome \"%1\" names no pattern: \"%2\" is unknown").arg(it.key(), it.value()));
        }
        for (const FlowchartQuestion &question : flowchart.questions) {
            const Pointer qp = p / "questions" / question.node;
            if (!diagram->node(question.node))
                error(qp, Messages::tr("unknown node \"%1\" in diagram \"%2\"").arg(question.node, diagram->id));
            for (qsizetype i = 0; i < question.answers.size(); ++i) {
                const QString &to = question.answers.at(i).to;
                const bool hasEdge = std::any_of(diagram->edges.cbegin(), diagram->edges.cend(), [&](const DiagramEdge &e) {
                    return e.from == question.node && e.to == to;
                });
                if (!hasEdge)
                    error(qp / "answers" / i / "to", Messages::tr("no edge leads from \"%1\" to \"%2\"").arg(question.node, to));
            }
        }
    }

    void checkTables()
    {
        for (const Table &table : m_catalog.tables) {
            const Pointer p = Pointer() / "tables" / table.id;
            requirePattern(table.pattern, p / "pattern");
            checkUnique(table.columns, [](const TableColumn &c) { return c.id; },
                        [&](qsizetype i) { return p / "columns" / i / "id"; }, Messages::tr("column"));
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                const TableRow &row = table.rows.at(r);
                const Pointer rp = p / "rows" / r;
                requirePattern(row.pattern, rp / "pattern");
                for (qsizetype k = 0; k < row.patterns.size(); ++k)
                    requirePattern(row.patterns.at(k), rp / "patterns" / k);
                if (!row.antiPattern.isEmpty() && !m_catalog.antiPatterns.item(row.antiPattern))
                    error(rp / "antiPattern", Messages::tr("unknown anti-pattern \"%1\"").arg(row.antiPattern));
                for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
                    if (table.columnIndex(it.key()) < 0)
                        error(rp / "cells" / it.key(), Messages::tr("no column \"%1\" in table \"%2\"").arg(it.key(), table.id));
                }
            }
        }
    }

    void checkAntiPatterns()
    {
        checkUnique(m_catalog.antiPatterns.items, [](const AntiPattern &a) { return a.id; },
                    [](qsizetype i) { return Pointer() / "antiPatterns" / "items" / i / "id"; }, Messages::tr("anti-pattern"));
        const QList<AntiPattern> &items = m_catalog.antiPatterns.items;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QStringList &threatens = items.at(i).threatens;
            for (qsizetype t = 0; t < threatens.size(); ++t) {
                if (!m_catalog.pattern(threatens.at(t)))
                    error(Pointer() / "antiPatterns" / "items" / i / "threatens" / t,
                          Messages::tr("unknown pattern \"%1\"").arg(threatens.at(t)));
            }
        }
    }

    void checkRoadmap()
    {
        const Roadmap &roadmap = m_catalog.roadmap;
        QHash<QString, Pointer> taskPointers;
        for (qsizetype s = 0; s < roadmap.sections.size(); ++s) {
            const QList<RoadmapTask> &tasks = roadmap.sections.at(s).tasks;
            for (qsizetype t = 0; t < tasks.size(); ++t) {
                const Pointer tp = Pointer() / "roadmap" / "sections" / s / "tasks" / t;
                if (taskPointers.contains(tasks.at(t).id))
                    error(tp / "id", Messages::tr("duplicate task id \"%1\"").arg(tasks.at(t).id));
                else
                    taskPointers.insert(tasks.at(t).id, tp);
            }
        }
        for (qsizetype s = 0; s < roadmap.sections.size(); ++s) {
            const QList<RoadmapTask> &tasks = roadmap.sections.at(s).tasks;
            for (qsizetype t = 0; t < tasks.size(); ++t) {
                const Pointer tp = Pointer() / "roadmap" / "sections" / s / "tasks" / t;
                requirePattern(tasks.at(t).pattern, tp / "pattern");
                for (qsizetype k = 0; k < tasks.at(t).after.size(); ++k) {
                    if (!taskPointers.contains(tasks.at(t).after.at(k)))
                        error(tp / "after" / k, Messages::tr("task \"%1\" depends on unknown task \"%2\"")
                                                    .arg(tasks.at(t).id, tasks.at(t).after.at(k)));
                }
            }
        }
        checkRoadmapCycles(taskPointers);
    }

    // Iterative colouring DFS: deep dependency chains in a hostile file must not overflow the stack.
    void checkRoadmapCycles(const QHash<QString, Pointer> &taskPointers)
    {
        enum class Mark { Unvisited, Active, Done };
        QHash<QString, Mark> marks;
        QSet<QString> reported;
        for (const RoadmapSection &section : m_catalog.roadmap.sections) {
            for (const RoadmapTask &root : section.tasks) {
                if (marks.value(root.id) != Mark::Unvisited)
                    continue;
                struct Frame
                {
                    QString id;
                    qsizetype next;
                };
                QList<Frame> stack{{root.id, 0}};
                marks.insert(root.id, Mark::Active);
                while (!stack.isEmpty()) {
                    Frame &frame = stack.last();
                    const RoadmapTask *task = m_catalog.roadmap.task(frame.id);
                    if (!task || frame.next >= task->after.size()) {
                        marks.insert(frame.id, Mark::Done);
                        stack.removeLast();
                        continue;
                    }
                    const QString dep = task->after.at(frame.next++);
                    if (!taskPointers.contains(dep))
                        continue;
                    const Mark mark = marks.value(dep);
                    if (mark == Mark::Active) {
                        QStringList cycle;
                        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
                            cycle.prepend(stack.at(i).id);
                            if (stack.at(i).id == dep)
                                break;
                        }
                        if (!reported.contains(dep)) {
                            reported.insert(dep);
                            cycle.append(dep);
                            error(taskPointers.value(dep) / "after",
                                  Messages::tr("dependency cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
                        }
                    } else if (mark == Mark::Unvisited) {
                        marks.insert(dep, Mark::Active);
                        stack.append({dep, 0});
                    }
                }
            }
        }
    }

    void checkEvolutionPaths()
    {
        checkUnique(m_catalog.evolutionPaths, [](const EvolutionPath &e) { return e.id; },
                    [](qsizetype i) { return Pointer() / "evolutionPaths" / i / "id"; }, Messages::tr("evolution path"));
        for (qsizetype i = 0; i < m_catalog.evolutionPaths.size(); ++i) {
            const EvolutionPath &path = m_catalog.evolutionPaths.at(i);
            const Pointer p = Pointer() / "evolutionPaths" / i;
            requirePattern(path.from, p / "from");
            requirePattern(path.to, p / "to");
            for (qsizetype k = 0; k < path.phases.size(); ++k)
                requirePattern(path.phases.at(k).pattern, p / "phases" / k / "pattern");
        }
    }

    void checkSections()
    {
        checkUnique(m_catalog.sections, [](const Section &s) { return s.id; },
                    [](qsizetype i) { return Pointer() / "sections" / i / "id"; }, Messages::tr("section"));
        for (qsizetype i = 0; i < m_catalog.sections.size(); ++i) {
            const Section &section = m_catalog.sections.at(i);
            const Pointer p = Pointer() / "sections" / i;
            for (qsizetype k = 0; k < section.tables.size(); ++k) {
                if (!m_catalog.table(section.tables.at(k)))
                    error(p / "tables" / k, Messages::tr("unknown table \"%1\"").arg(section.tables.at(k)));
            }
            for (qsizetype k = 0; k < section.lists.size(); ++k) {
                if (!m_catalog.list(section.lists.at(k)))
                    error(p / "lists" / k, Messages::tr("unknown list \"%1\"").arg(section.lists.at(k)));
            }
            for (qsizetype k = 0; k < section.evolutionPaths.size(); ++k) {
                if (!m_catalog.evolutionPath(section.evolutionPaths.at(k)))
                    error(p / "evolutionPaths" / k, Messages::tr("unknown evolution path \"%1\"").arg(section.evolutionPaths.at(k)));
            }
            if (!section.diagram.isEmpty() && !m_catalog.diagram(section.diagram))
                error(p / "diagram", Messages::tr("unknown diagram \"%1\"").arg(section.diagram));
        }
    }

    static QString number(double value) { return QString::number(value, 'g', 15); }

    // The what-if inputs, the fit rules and the cost calibration: every input id a rule or a
    // flowchart question names exists, every value lies in its input's range or options, and every
    // rule's "because" is the exact text of one of its pattern's whenToUse facts.
    void checkWhatIf()
    {
        const WhatIf &whatIf = m_catalog.whatIf;
        if (whatIf.isEmpty())
            return;
        const Pointer p = Pointer() / "whatIf";
        checkUnique(whatIf.inputs, [](const WhatIfInput &i) { return i.id; },
                    [&](qsizetype i) { return p / "inputs" / i / "id"; }, Messages::tr("input"));
        for (qsizetype i = 0; i < whatIf.inputs.size(); ++i)
            checkInput(whatIf.inputs.at(i), p / "inputs" / i);

        for (const WhatIfFit &fit : whatIf.fit) {
            const Pointer fp = p / "fit" / fit.pattern;
            const Pattern *pattern = m_catalog.pattern(fit.pattern);
            if (!pattern) {
                error(fp, Messages::tr("unknown pattern \"%1\"").arg(fit.pattern));
                continue;
            }
            for (qsizetype k = 0; k < fit.rules.size(); ++k) {
                const WhatIfRule &rule = fit.rules.at(k);
                const Pointer rp = fp / k;
                if (checkInputReference(rule.input, rp / "input") && !rule.equals.isEmpty())
                    checkOptionReference(rule.input, rule.equals, rp / "equals");
                const bool documented = std::any_of(pattern->whenToUse.cbegin(), pattern->whenToUse.cend(),
                                                    [&](const Fact &f) { return f.text == rule.because; });
                if (!documented)
                    error(rp / "because", Messages::tr("\"%1\" is not one of the %2 pattern's \"when to use\" texts")
                                              .arg(rule.because, fit.pattern));
            }
        }

        for (const FlowchartQuestion &question : m_catalog.flowchart.questions) {
            const Pointer qp = Pointer() / "flowchart" / "questions" / question.node;
            if (!checkInputReference(question.input, qp / "input"))
                continue;
            for (qsizetype i = 0; i < question.answers.size(); ++i) {
                if (!question.answers.at(i).equals.isEmpty())
                    checkOptionReference(question.input, question.answers.at(i).equals, qp / "answers" / i / "equals");
            }
        }

        for (qsizetype i = 0; i < whatIf.cost.curves.size(); ++i) {
            const WhatIfCurve &curve = whatIf.cost.curves.at(i);
            const Pointer cp = p / "cost" / "curves" / i;
            requirePattern(curve.pattern, cp / "pattern");
            const Table *table = m_catalog.table(curve.table);
            if (!table) {
                error(cp / "table", Messages::tr("unknown table \"%1\"").arg(curve.table));
                continue;
            }
            if (table->columnIndex(curve.loadColumn) < 0)
                error(cp / "load", Messages::tr("no column \"%1\" in table \"%2\"").arg(curve.loadColumn, curve.table));
            if (table->columnIndex(curve.costColumn) < 0)
                error(cp / "cost", Messages::tr("no column \"%1\" in table \"%2\"").arg(curve.costColumn, curve.table));
        }
    }

    void checkInput(const WhatIfInput &input, const Pointer &ip)
    {
        if (input.isNumeric() && input.min && input.max) {
            if (*input.min > *input.max)
                error(ip / "min", Messages::tr("min (%1) is greater than max (%2)").arg(number(*input.min), number(*input.max)));
            if (input.scale == u"log" && *input.min <= 0)
                error(ip / "min", Messages::tr("a log scale needs a positive min, found %1").arg(number(*input.min)));
            if (input.defaultNumber && (*input.defaultNumber < *input.min || *input.defaultNumber > *input.max))
                error(ip / "default", Messages::tr("default %1 lies outside %2..%3")
                                          .arg(number(*input.defaultNumber), number(*input.min), number(*input.max)));
            if (input.kind == u"integer" && input.defaultNumber && *input.defaultNumber != std::floor(*input.defaultNumber))
                error(ip / "default", Messages::tr("default %1 of an integer input is not a whole number").arg(number(*input.defaultNumber)));
        }
        if (input.isChoice()) {
            if (input.options.isEmpty())
                error(ip / "options", Messages::tr("a choice needs at least one option"));
            checkUnique(input.options, [](const WhatIfOption &o) { return o.id; },
                        [&](qsizetype i) { return ip / "options" / i / "id"; }, Messages::tr("option"));
            if (!input.defaultOption.isEmpty() && !input.option(input.defaultOption))
                error(ip / "default", Messages::tr("default \"%1\" is not one of the options %2")
                                          .arg(input.defaultOption, input.optionIds().join(u", ")));
        }
        if (input.derivedFrom) {
            const Pointer dp = ip / "derivedFrom";
            checkInputReference(input.derivedFrom->input, dp / "input");
            if (!input.option(input.derivedFrom->then))
                error(dp / "then", Messages::tr("\"%1\" is not one of the options %2")
                                       .arg(input.derivedFrom->then, input.optionIds().join(u", ")));
            if (!input.option(input.derivedFrom->otherwise))
                error(dp / "otherwise", Messages::tr("\"%1\" is not one of the options %2")
                                            .arg(input.derivedFrom->otherwise, input.optionIds().join(u", ")));
        }
    }

    bool checkInputReference(const QString &id, const Pointer &pointer)
    {
        if (m_catalog.whatIf.input(id))
            return true;
        error(pointer, Messages::tr("unknown input \"%1\"").arg(id));
        return false;
    }

    void checkOptionReference(const QString &inputId, const QString &option, const Pointer &pointer)
    {
        const WhatIfInput *input = m_catalog.whatIf.input(inputId);
        if (!input->isChoice())
            error(pointer, Messages::tr("input \"%1\" is a number: compare it with min and max, not \"equals\"").arg(inputId));
        else if (!input->option(option))
            error(pointer, Messages::tr("\"%1\" is not one of the options of \"%2\" (%3)")
                               .arg(option, inputId, input->optionIds().join(u", ")));
    }

    const Catalog &m_catalog;
    QString m_fileName;
    Diagnostics m_diagnostics;
};

} // namespace

Diagnostics validateCatalog(const Catalog &catalog, const QString &fileName)
{
    return Validator(catalog, fileName).run();
}

} // namespace archscape
