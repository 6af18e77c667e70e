#include "decisionrecord.h"

#include "catalog.h"
#include "engine.h"
#include "flowchartwalk.h"
#include "numberformat.h"
#include "scenario.h"

#include <QCoreApplication>

#include <cmath>

namespace archscape::DecisionRecord {

using namespace Qt::StringLiterals;

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRecord)
};

// Schema ids of the tables the record quotes (docs/model-format.md).
const QString complexityTable = u"complexity-matrix"_s;
const QString detectionTable = u"anti-pattern-detection"_s;
const QString selectionMatrix = u"selection-matrix"_s;

QString patternTitle(const Catalog &catalog, const QString &patternId)
{
    const Pattern *pattern = catalog.pattern(patternId);
    if (!pattern)
        return patternId;
    return pattern->fullName.isEmpty() || pattern->fullName == pattern->name
               ? pattern->name
               : pattern->fullName + u" ("_s + pattern->name + u')';
}

QString patternName(const Catalog &catalog, const QString &patternId)
{
    const Pattern *pattern = catalog.pattern(patternId);
    return pattern ? pattern->name : patternId;
}

QString factList(const QList<Fact> &facts)
{
    QString text;
    for (const Fact &fact : facts)
        text += u"- "_s + escapeInline(fact.text) + u'\n';
    return text;
}

QString inputValueText(const Catalog &catalog, const ScenarioInputs &inputs, const WhatIfInput &input)
{
    const QVariant value = inputs.value(input.id, catalog);
    if (input.isChoice()) {
        const WhatIfOption *option = input.option(value.toString());
        QString text = option ? option->title : value.toString();
        if (input.derivedFrom && input.id == QLatin1StringView(InputId::readVolume) && !inputs.readVolume)
            text += u" ("_s + Messages::tr("follows %1").arg(Engine::describeInput(catalog, inputs, input.derivedFrom->input)) + u')';
        return text;
    }
    const double number = value.toDouble();
    const QString digits = number == std::floor(number) ? NumberFormat::whole(number)
                                                        : NumberFormat::english().toString(number, 'g', 6);
    return input.unit.isEmpty() ? digits : digits + u' ' + input.unit;
}

// Which of the model's four quadrants a risk/impact position lies in (Mermaid's order: top right,
// top left, bottom left, bottom right; the midlines belong to the upper and right halves).
QString quadrantName(const QuadrantSpec &spec, QPointF position)
{
    if (spec.quadrants.size() != 4)
        return {};
    const bool right = position.x() >= 0.5;
    const bool top = position.y() >= 0.5;
    return spec.quadrants.at(top ? (right ? 0 : 1) : (right ? 3 : 2));
}

const TableRow *detectionRow(const Catalog &catalog, const QString &antiPatternId)
{
    const Table *table = catalog.table(detectionTable);
    if (!table)
        return nullptr;
    for (const TableRow &row : table->rows) {
        if (row.antiPattern == antiPatternId)
            return &row;
    }
    return nullptr;
}

QString columnTitle(const Table &table, const QString &columnId)
{
    for (const TableColumn &column : table.columns) {
        if (column.id == columnId)
            return column.title;
    }
    return columnId;
}

} // namespace

QString escapeInline(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            escaped += u' ';
            continue;
        }
        // Characters Markdown would read as markup (emphasis, code, links, tables, HTML).
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString suggestedFileName(const FlowchartWalk &walk, const QDate &date)
{
    const QString subject = walk.atOutcome() ? walk.outcomePattern() : u"open-decision"_s;
    QString safe;
    for (const QChar c : subject)
        safe += c.isLetterOrNumber() ? c.toLower() : u'-';
    return u"adr-"_s + date.toString(Qt::ISODate) + u'-' + safe + u".md"_s;
}

QString toMarkdown(const FlowchartWalk &walk, const QDate &date)
{
    const Scenario &scenario = *walk.scenario();
    const Catalog &catalog = scenario.catalog();
    const ScenarioInputs &inputs = scenario.inputs();
    const QString patternId = walk.atOutcome() ? walk.outcomePattern() : QString();
    const Pattern *pattern = catalog.pattern(patternId);
    QString md;
    auto line = [&md](const QString &text = {}) { md += text + u'\n'; };

    // Title and status
    line(pattern ? u"# "_s + Messages::tr("ADR: Adopt %1").arg(escapeInline(patternTitle(catalog, patternId)))
                 : u"# "_s + Messages::tr("ADR: Architecture pattern (decision open)"));
    line();
    line(u"- **"_s + Messages::tr("Date") + u":** "_s + date.toString(Qt::ISODate));
    line(u"- **"_s + Messages::tr("Status") + u":** "_s + (pattern ? Messages::tr("Proposed") : Messages::tr("Open")));
    line(u"- **"_s + Messages::tr("Method") + u":** "_s
         + (walk.followsInputs() ? Messages::tr("the pattern-selection flowchart, answered from the what-if inputs")
                                 : Messages::tr("the pattern-selection flowchart, answered by hand")));
    line(u"- **"_s + Messages::tr("Source") + u":** "_s + escapeInline(catalog.title));
    line();

    // Context
    line(u"## "_s + Messages::tr("Context"));
    line();
    line(Messages::tr("The system's requirements, as set for this decision:"));
    line();
    line(u"| "_s + Messages::tr("Requirement") + u" | "_s + Messages::tr("Value") + u" |"_s);
    line(u"|---|---|"_s);
    for (const WhatIfInput &input : catalog.whatIf.inputs)
        line(u"| "_s + escapeInline(input.title) + u" | "_s + escapeInline(inputValueText(catalog, inputs, input)) + u" |"_s);
    line();

    // Questions and answers
    line(u"## "_s + Messages::tr("Questions and answers"));
    line();
    int number = 0;
    for (const FlowchartStep &step : walk.path()) {
        const QVariant value = inputs.value(step.input, catalog);
        const FlowchartQuestion *question = catalog.flowchart.question(step.questionNode);
        bool fromInputs = false;
        if (question) {
            for (const FlowchartAnswer &answer : question->answers) {
                if (answer.to == step.nextNode)
                    fromInputs = Engine::answerFits(value, answer.equals, answer.min, answer.max);
            }
        }
        line(QString::number(++number) + u". **"_s + escapeInline(step.question) + u"?** "_s + escapeInline(step.answer)
             + u" \u2014 "_s
             + (fromInputs ? escapeInline(Engine::describeInput(catalog, inputs, step.input))
                           : Messages::tr("answered by hand (the inputs say %1)").arg(escapeInline(Engine::describeInput(catalog, inputs, step.input)))));
    }
    if (const FlowchartQuestion *open = walk.currentQuestion()) {
        Q_UNUSED(open)
        const Diagram *diagram = catalog.diagram(catalog.flowchart.diagram);
        const DiagramNode *node = diagram ? diagram->node(walk.currentNode()) : nullptr;
        line(QString::number(++number) + u". **"_s + escapeInline(node ? node->label.join(u' ') : walk.currentNode())
             + u"?** "_s + Messages::tr("not answered yet"));
    }
    if (walk.path().isEmpty() && !walk.currentQuestion())
        line(Messages::tr("No question was answered."));
    const QList<BranchNotTaken> branches = walk.branchesNotTaken();
    if (!branches.isEmpty()) {
        line();
        line(u"### "_s + Messages::tr("Branches not taken"));
        line();
        for (const BranchNotTaken &branch : branches) {
            QStringList leads;
            for (const QString &id : branch.leadsTo)
                leads.append(escapeInline(patternName(catalog, id)));
            line(u"- "_s + escapeInline(branch.question) + u" \u2192 **"_s + escapeInline(branch.answer) + u"**: "_s
                 + escapeInline(branch.reason)
                 + (leads.isEmpty() ? QString() : u" "_s + Messages::tr("(would lead to %1)").arg(leads.join(u", "_s))) + u'.');
        }
    }
    line();

    // Decision
    line(u"## "_s + Messages::tr("Decision"));
    line();
    if (!pattern) {
        line(walk.problem().isEmpty() ? Messages::tr("Not decided yet: the flowchart has questions left to answer.")
                                      : Messages::tr("Not decided: %1").arg(escapeInline(walk.problem())));
        return md;
    }
    line(Messages::tr("We will adopt **%1**.").arg(escapeInline(patternTitle(catalog, patternId))));
    line();
    for (const QString &paragraph : pattern->description) {
        line(escapeInline(paragraph));
        line();
    }
    if (!pattern->whenToUse.isEmpty()) {
        line(Messages::tr("The document recommends it when:"));
        line();
        md += factList(pattern->whenToUse);
        line();
    }
    const Evaluation &evaluation = scenario.evaluation();
    if (const Table *matrix = catalog.table(selectionMatrix)) {
        QStringList agreeing;
        for (const MatrixMatch &match : evaluation.matrix) {
            if (match.patterns.contains(patternId))
                agreeing.append(QString::number(match.row + 1));
        }
        if (!agreeing.isEmpty())
            line(Messages::tr("The %1 agrees with the inputs (row %2).").arg(escapeInline(matrix->title), agreeing.join(u", "_s)));
        else if (!evaluation.matrix.isEmpty()) {
            QStringList others;
            for (const MatrixMatch &match : evaluation.matrix) {
                for (const QString &id : match.patterns)
                    others.append(escapeInline(patternName(catalog, id)));
            }
            others.removeDuplicates();
            line(Messages::tr("Note: the %1 recommends %2 for these inputs.").arg(escapeInline(matrix->title), others.join(u", "_s)));
        } else
            line(Messages::tr("No row of the %1 matches these inputs in full.").arg(escapeInline(matrix->title)));
        line();
    }

    // Consequences
    line(u"## "_s + Messages::tr("Consequences"));
    line();
    if (!pattern->guarantees.isEmpty()) {
        line(u"### "_s + Messages::tr("What it guarantees"));
        line();
        md += factList(pattern->guarantees);
        line();
    }
    if (!pattern->scaleLimits.isEmpty()) {
        line(u"### "_s + Messages::tr("Where it stops scaling"));
        line();
        md += factList(pattern->scaleLimits);
        line();
    }
    for (const RankedPattern &ranked : evaluation.ranking) {
        if (ranked.pattern != patternId || ranked.warnings.isEmpty())
            continue;
        line(u"### "_s + Messages::tr("Warnings at these inputs"));
        line();
        for (const QString &warning : ranked.warnings)
            line(u"- "_s + escapeInline(warning));
        line();
    }

    // Cost
    line(u"## "_s + Messages::tr("Cost at these inputs"));
    line();
    if (Engine::costedPatterns(catalog).contains(patternId)) {
        const CostBreakdown cost = Engine::cost(catalog, patternId, inputs);
        line(u"| "_s + Messages::tr("Monthly cost") + u" | USD |"_s);
        line(u"|---|---:|"_s);
        line(u"| "_s + Messages::tr("Base infrastructure") + u" | "_s + NumberFormat::money(cost.base) + u" |"_s);
        line(u"| "_s + Messages::tr("Usage at %1 QPS").arg(NumberFormat::whole(inputs.qps)) + u" | "_s + NumberFormat::money(cost.variable) + u" |"_s);
        line(u"| "_s + Messages::tr("Team (%1 engineers at %2)").arg(inputs.teamSize).arg(NumberFormat::money(inputs.engineerCost))
             + u" | "_s + NumberFormat::money(cost.team) + u" |"_s);
        line(u"| **"_s + Messages::tr("Total") + u"** | **"_s + NumberFormat::money(cost.total()) + u"** |"_s);
        line();
        line(Messages::tr("Computed by Archscape's cost model (docs/cost-model.md), calibrated to the document's cost tables."));
    } else {
        line(Messages::tr("The document's cost tables do not cover %1.").arg(escapeInline(pattern->name)));
    }
    if (!pattern->costModel.isEmpty()) {
        line();
        line(Messages::tr("The document's cost notes:"));
        line();
        md += factList(pattern->costModel);
    }
    line();

    // Complexity
    line(u"## "_s + Messages::tr("Complexity"));
    line();
    bool complexityFound = false;
    if (const Table *table = catalog.table(complexityTable)) {
        for (const TableRow &row : table->rows) {
            if (!row.refersToPattern(patternId))
                continue;
            complexityFound = true;
            line(u"| "_s + Messages::tr("Aspect") + u" | "_s + Messages::tr("Rating") + u" |"_s);
            line(u"|---|---|"_s);
            for (const TableColumn &column : table->columns) {
                if (column.id == u"pattern")
                    continue;
                line(u"| "_s + escapeInline(column.title) + u" | "_s + escapeInline(cellText(row.cell(column.id))) + u" |"_s);
            }
        }
    }
    if (!complexityFound)
        line(Messages::tr("The document's complexity matrix does not rate %1.").arg(escapeInline(pattern->name)));
    line();

    // Risks
    line(u"## "_s + Messages::tr("Anti-pattern risks"));
    line();
    bool anyRisk = false;
    const Table *detection = catalog.table(detectionTable);
    for (const AntiPattern &anti : catalog.antiPatterns.items) {
        if (!anti.threatens.contains(patternId))
            continue;
        anyRisk = true;
        const QPointF position = scenario.antiPatternPosition(anti.id);
        const bool rescored = scenario.antiPatternScores().contains(anti.id);
        QString heading = u"### "_s + escapeInline(anti.name) + u" \u2014 "_s
                          + Messages::tr("risk %1, impact %2").arg(position.x(), 0, 'f', 2).arg(position.y(), 0, 'f', 2);
        const QString quadrant = quadrantName(catalog.antiPatterns.quadrant, position);
        if (!quadrant.isEmpty())
            heading += u" ("_s + escapeInline(quadrant) + u')';
        line(heading);
        line();
        if (rescored)
            line(Messages::tr("Re-scored in this workshop; the document puts it at risk %1, impact %2.")
                     .arg(anti.risk, 0, 'f', 2)
                     .arg(anti.impact, 0, 'f', 2));
        if (!anti.problem.isEmpty())
            line(escapeInline(anti.problem));
        if (rescored || !anti.problem.isEmpty())
            line();
        if (const TableRow *row = detectionRow(catalog, anti.id); row && detection) {
            for (const TableColumn &column : detection->columns) {
                if (column.id == u"antiPattern")
                    continue;
                line(u"- **"_s + escapeInline(columnTitle(*detection, column.id)) + u":** "_s
                     + escapeInline(cellText(row->cell(column.id))));
            }
        }
        if (!anti.detection.isEmpty()) {
            line(u"- **"_s + Messages::tr("Watch for") + u":** "_s);
            for (const QString &signal : anti.detection)
                line(u"  - "_s + escapeInline(signal));
        }
        if (!anti.fix.isEmpty()) {
            line(u"- **"_s + Messages::tr("How to fix") + u":** "_s);
            for (const QString &fix : anti.fix)
                line(u"  - "_s + escapeInline(fix));
        }
        line();
    }
    if (!anyRisk) {
        line(Messages::tr("None of the document's anti-patterns threatens %1.").arg(escapeInline(pattern->name)));
        line();
    }

    // Migration
    line(u"## "_s + Messages::tr("Migration"));
    line();
    if (pattern->migrationSteps.isEmpty())
        line(Messages::tr("The document gives no migration steps for %1.").arg(escapeInline(pattern->name)));
    int stepNumber = 0;
    for (const QString &step : pattern->migrationSteps)
        line(QString::number(++stepNumber) + u". "_s + escapeInline(step));
    for (const RoadmapSection &section : catalog.roadmap.sections) {
        for (const RoadmapTask &task : section.tasks) {
            if (task.pattern != patternId)
                continue;
            line();
            line(Messages::tr("The document's adoption roadmap schedules it as \"%1\" in its %2 (%3%4).")
                     .arg(escapeInline(task.name), escapeInline(section.name))
                     .arg(task.duration.value)
                     .arg(task.duration.unit));
        }
    }
    return md;
}

} // namespace archscape::DecisionRecord
