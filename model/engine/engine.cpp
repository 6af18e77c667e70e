#include "engine.h"

#include "catalog.h"
#include "numberformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

// Table and column ids below are the model's schema (docs/model-format.md), not figures: every
// number comes from the catalog. docs/cost-model.md explains each formula.

namespace archscape::Engine {

using namespace Qt::StringLiterals;

namespace {

// The messages of this file, in one translation context; lupdate reads the context from the
// macro, so calls are written Messages::tr("...").
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

QString id(const char *text)
{
    return QString::fromLatin1(text);
}

// Schema ids of the tables the engine reads.
const QString costTable = u"cost-breakdown"_s;
const QString matrixTable = u"selection-matrix"_s;
const QString complexityTable = u"complexity-matrix"_s;

// Score contributions (docs/cost-model.md, "Ranking"). These are Archscape's weights, not the
// document's figures: they only order the patterns, and each one is shown as a reason.
constexpr double scoreStart = 50;
constexpr double flowchartBonus = 30;
constexpr double fullMatrixBonus = 15;
constexpr double nearMatrixBonus = 5;
constexpr double outsideMatrixScalePenalty = 10;
constexpr double fitBonus = 8;
constexpr double misfitPenalty = 8;
constexpr double scaleLimitPenalty = 15;
constexpr double costPenaltyPerDoubling = 5;
constexpr double costPenaltyCap = 15;

// Numbers in reasons read the same on every machine, whatever the user's locale.
using NumberFormat::english;
using NumberFormat::money;
using NumberFormat::whole;

QString ratioText(double ratio)
{
    return NumberFormat::ratio(ratio);
}

// A cell's number: its value, else its lower bound, else its upper bound.
std::optional<double> number(const Cell &cell)
{
    if (cell.isEmpty())
        return std::nullopt;
    const Fact &fact = cell.first();
    if (fact.value)
        return fact.value;
    return fact.min ? fact.min : fact.max;
}

// A row's cell without copying it out of the row. Rows hold a handful of cells, so comparing keys
// (length first) beats hashing the column id: this is the engine's hottest loop.
const Cell &cellOf(const TableRow &row, const QString &column)
{
    static const Cell empty;
    for (auto it = row.cells.cbegin(); it != row.cells.cend(); ++it) {
        if (it.key() == column)
            return it.value();
    }
    return empty;
}

std::optional<double> number(const TableRow &row, const QString &column)
{
    return number(cellOf(row, column));
}

const TableRow *rowFor(const Table *table, const QString &patternId)
{
    if (!table)
        return nullptr;
    for (const TableRow &row : table->rows) {
        if (row.pattern == patternId)
            return &row;
    }
    return nullptr;
}

QString patternName(const Catalog &catalog, const QString &patternId)
{
    const Pattern *pattern = catalog.pattern(patternId);
    return pattern ? pattern->name : patternId;
}

struct CostRow
{
    double base = 0;
    double total = 0;
    double teamOverhead = 0;
};

std::optional<CostRow> costRow(const Catalog &catalog, const QString &patternId)
{
    const TableRow *row = rowFor(catalog.table(costTable), patternId);
    if (!row)
        return std::nullopt;
    CostRow result;
    result.base = number(*row, u"base"_s).value_or(0);
    result.total = number(*row, u"total"_s).value_or(result.base);
    result.teamOverhead = number(*row, u"teamOverhead"_s).value_or(1);
    return result;
}

double referenceQps(const Catalog &catalog)
{
    return catalog.whatIf.cost.referenceQps.value.value_or(0);
}

// The points a curve passes through: the table's (load, cost) pairs plus the cost breakdown's
// (reference QPS, total), which wins where both give a cost at the same load. Sorted by load,
// with costs made non-decreasing so that no segment can slope down.
QList<QPointF> curvePoints(const Catalog &catalog, const WhatIfCurve &curve, const CostRow &row)
{
    QList<QPointF> points;
    const double reference = referenceQps(catalog);
    if (reference > 0)
        points.append({reference, row.total});
    if (const Table *table = catalog.table(curve.table)) {
        for (const TableRow &tableRow : table->rows) {
            const std::optional<double> load = number(tableRow, curve.loadColumn);
            const std::optional<double> cost = number(tableRow, curve.costColumn);
            if (load && cost && *load > 0 && *cost > 0 && *load != reference)
                points.append({*load, *cost});
        }
    }
    std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    for (qsizetype i = 1; i < points.size(); ++i)
        points[i].setY(std::max(points.at(i).y(), points.at(i - 1).y()));
    return points;
}

double logLogSlope(const QPointF &a, const QPointF &b)
{
    return std::max(0.0, std::log(b.y() / a.y()) / std::log(b.x() / a.x()));
}

// Piecewise power law through the points; beyond the ends, the end segments' slopes. Each segment
// is evaluated from its left point, so every point is hit exactly (y * 1.0).
double interpolateLogLog(const QList<QPointF> &points, double qps)
{
    const qsizetype last = points.size() - 1;
    if (qps <= points.first().x())
        return points.first().y() * std::pow(qps / points.first().x(), logLogSlope(points.at(0), points.at(1)));
    if (qps >= points.at(last).x())
        return points.at(last).y() * std::pow(qps / points.at(last).x(), logLogSlope(points.at(last - 1), points.at(last)));
    qsizetype i = 0;
    while (points.at(i + 1).x() <= qps)
        ++i;
    return points.at(i).y() * std::pow(qps / points.at(i).x(), logLogSlope(points.at(i), points.at(i + 1)));
}

double infrastructure(const Catalog &catalog, const QString &patternId, const CostRow &row, double qps)
{
    if (const WhatIfCurve *curve = catalog.whatIf.curveFor(patternId)) {
        const QList<QPointF> points = curvePoints(catalog, *curve, row);
        if (points.size() >= 2)
            return interpolateLogLog(points, qps);
    }
    const double reference = referenceQps(catalog);
    if (reference <= 0)
        return row.total;
    // Linear usage: the base is paid at any load, the rest of the 10K-QPS total grows with traffic.
    return row.base + std::max(0.0, row.total - row.base) * qps / reference;
}

// ---- inputs in words ----------------------------------------------------------------------

QString optionTitle(const Catalog &catalog, const QString &inputId, const QString &optionId)
{
    const WhatIfInput *input = catalog.whatIf.input(inputId);
    const WhatIfOption *option = input ? input->option(optionId) : nullptr;
    return option ? option->title : optionId;
}

// How an input's value reads in a reason: "ratio 20:1", "peak 150,000 QPS", "Audit requirements: Critical".
QString inputDetail(const Catalog &catalog, const ScenarioInputs &inputs, const QString &inputId)
{
    if (inputId == QLatin1StringView(InputId::readVolume)) {
        if (inputs.readVolume)
            return Messages::tr("read volume set to %1").arg(*inputs.readVolume);
        return Messages::tr("ratio %1").arg(ratioText(inputs.readWriteRatio));
    }
    if (inputId == QLatin1StringView(InputId::readWriteRatio))
        return Messages::tr("ratio %1").arg(ratioText(inputs.readWriteRatio));
    if (inputId == QLatin1StringView(InputId::qps))
        return Messages::tr("peak %1 QPS").arg(whole(inputs.qps));
    const WhatIfInput *input = catalog.whatIf.input(inputId);
    const QVariant value = inputs.value(inputId, catalog);
    if (input && input->isChoice())
        return input->title + u": "_s + optionTitle(catalog, inputId, value.toString());
    const QString title = input ? input->title : inputId;
    return title + u": "_s + english().toString(value.toDouble(), 'g', 10);
}

bool answerMatches(const QVariant &value, const QString &equals, const std::optional<double> &min,
                   const std::optional<double> &max)
{
    if (!equals.isEmpty())
        return value.userType() == QMetaType::QString && value.toString() == equals;
    if (value.userType() != QMetaType::Double)
        return false;
    const double x = value.toDouble();
    return (!min || x >= *min) && (!max || x < *max);
}

// ---- selection matrix -----------------------------------------------------------------------

// The document's range notation: "<10K" is a strict upper bound, ">1M" a strict lower bound,
// "10K-50K" includes both ends, and a fact without bounds ("Any") matches everything.
bool rangeMatches(const Cell &cell, double x)
{
    if (cell.isEmpty())
        return true;
    const Fact &fact = cell.first();
    const QString text = fact.text.trimmed();
    if (fact.min) {
        const bool strict = text.startsWith(u'>');
        if (strict ? x <= *fact.min : x < *fact.min)
            return false;
    }
    if (fact.max) {
        const bool strict = text.startsWith(u'<');
        if (strict ? x >= *fact.max : x > *fact.max)
            return false;
    }
    if (!fact.min && !fact.max && fact.value)
        return x == *fact.value;
    return true;
}

// A qualitative cell names an option of one of the column's inputs ("Steady" a load, "Global" a
// geography); "Any" matches all. Returns nullopt when it names none, which the caller reports.
std::optional<bool> choiceMatches(const Catalog &catalog, const ScenarioInputs &inputs, const Cell &cell,
                                  const QStringList &inputIds)
{
    const QString text = cellText(cell).trimmed();
    if (text.isEmpty() || text.compare(u"Any"_s, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &inputId : inputIds) {
        const WhatIfInput *input = catalog.whatIf.input(inputId);
        if (!input)
            continue;
        for (const WhatIfOption &option : input->options) {
            if (option.id.compare(text, Qt::CaseInsensitive) == 0 || option.title.compare(text, Qt::CaseInsensitive) == 0)
                return inputs.value(inputId, catalog).toString() == option.id;
        }
    }
    return std::nullopt;
}

QStringList rowPatterns(const TableRow &row)
{
    QStringList patterns = row.patterns;
    if (!row.pattern.isEmpty() && !patterns.contains(row.pattern))
        patterns.prepend(row.pattern);
    return patterns;
}

// What the ranking needs of every selection-matrix row, worked out once per evaluation.
struct MatrixRowInfo
{
    QStringList patterns;
    QString scale; // the scale cell's text, "10K-50K"
    bool scaleMatches = false;
};

QList<MatrixRowInfo> matchMatrix(const Catalog &catalog, const ScenarioInputs &inputs, Evaluation &evaluation)
{
    QList<MatrixRowInfo> rows;
    const Table *table = catalog.table(matrixTable);
    if (!table)
        return rows;
    static const QStringList loadInputs = {id(InputId::load), id(InputId::geography)};
    static const QStringList consistencyInputs = {id(InputId::consistency)};
    for (int r = 0; r < table->rows.size(); ++r) {
        const TableRow &row = table->rows.at(r);
        MatrixMatch match;
        match.row = r;
        match.patterns = rowPatterns(row);
        auto judge = [&](const QString &column, std::optional<bool> ok) {
            if (!ok) {
                evaluation.warnings.append(Messages::tr("selection matrix row %1: \"%2\" names no option of the inputs")
                                               .arg(r + 1)
                                               .arg(cellText(cellOf(row, column))));
                ok = false;
            }
            (*ok ? match.matched : match.unmatched).append(column);
        };
        const bool scale = rangeMatches(cellOf(row, u"scale"_s), inputs.qps);
        rows.append({match.patterns, cellText(cellOf(row, u"scale"_s)), scale});
        judge(u"scale"_s, scale);
        judge(u"teamSize"_s, rangeMatches(cellOf(row, u"teamSize"_s), inputs.teamSize));
        judge(u"consistency"_s, choiceMatches(catalog, inputs, cellOf(row, u"consistency"_s), consistencyInputs));
        judge(u"loadPattern"_s, choiceMatches(catalog, inputs, cellOf(row, u"loadPattern"_s), loadInputs));
        if (match.full())
            evaluation.matrix.append(match);
        else if (match.unmatched.size() == 1)
            evaluation.matrixNearMisses.append(match);
    }
    // The row that recommends the flowchart's outcome leads; otherwise table order.
    std::stable_sort(evaluation.matrix.begin(), evaluation.matrix.end(), [&](const MatrixMatch &a, const MatrixMatch &b) {
        return a.patterns.contains(evaluation.recommendation) && !b.patterns.contains(evaluation.recommendation);
    });
    return rows;
}

QString rowSummary(const Table &table, int row)
{
    QStringList parts;
    for (const QString &column : {u"scale"_s, u"teamSize"_s, u"consistency"_s, u"loadPattern"_s})
        parts.append(cellText(cellOf(table.rows.at(row), column)));
    return parts.join(u" | "_s);
}

QString columnTitle(const Table &table, const QString &columnId)
{
    const int index = table.columnIndex(columnId);
    return index >= 0 ? table.columns.at(index).title : columnId;
}

// ---- scale limits -----------------------------------------------------------------------------

struct Load
{
    double value = 0;
    QString text; // "writes 66,667/s"
};

// Services implied by the team: engineers divided by the engineers per service of the pattern's
// implementation table, kept within the pattern's architecture range ("Services: 10-100").
std::optional<double> impliedServices(const Catalog &catalog, const Pattern &pattern, int teamSize)
{
    std::optional<double> low;
    std::optional<double> high;
    for (const Fact &fact : pattern.architecture) {
        if (fact.unit == u"services") {
            low = fact.min ? fact.min : fact.value;
            high = fact.max ? fact.max : fact.value;
        }
    }
    double engineers = 0;
    int services = 0;
    for (const QString &tableId : pattern.tables) {
        const Table *table = catalog.table(tableId);
        if (!table || table->columnIndex(u"teamSize"_s) < 0)
            continue;
        for (const TableRow &row : table->rows) {
            const Cell cell = cellOf(row, u"teamSize"_s);
            if (!cell.isEmpty() && cell.first().unit == u"engineers" && cell.first().value) {
                engineers += *cell.first().value;
                ++services;
            }
        }
    }
    if (!low && services == 0)
        return std::nullopt;
    double count = services > 0 ? std::round(teamSize / (engineers / services)) : *low;
    if (low)
        count = std::max(count, *low);
    if (high)
        count = std::min(count, *high);
    return std::max(count, 1.0);
}

// Invocation-weighted mean duration, in seconds, of the pattern's function table.
std::optional<double> meanDurationSeconds(const Catalog &catalog, const Pattern &pattern)
{
    for (const QString &tableId : pattern.tables) {
        const Table *table = catalog.table(tableId);
        if (!table || table->columnIndex(u"avgDuration"_s) < 0 || table->columnIndex(u"invocations"_s) < 0)
            continue;
        double weighted = 0;
        double invocations = 0;
        for (const TableRow &row : table->rows) {
            const std::optional<double> duration = number(row, u"avgDuration"_s);
            const std::optional<double> count = number(row, u"invocations"_s);
            if (duration && count) {
                weighted += *duration * *count;
                invocations += *count;
            }
        }
        if (invocations > 0)
            return weighted / invocations / 1000.0; // the table gives milliseconds
    }
    return std::nullopt;
}

std::optional<Load> loadFor(const Catalog &catalog, const Pattern &pattern, const Fact &limit,
                            const ScenarioInputs &inputs)
{
    const double ratio = std::max(0.0, inputs.readWriteRatio);
    const double writes = inputs.qps / (1 + ratio);
    const double reads = inputs.qps * ratio / (1 + ratio);
    if (limit.metric == u"write_tps")
        return Load{writes, Messages::tr("writes %1/s").arg(whole(writes))};
    if (limit.metric == u"read_qps")
        return Load{reads, Messages::tr("reads %1/s").arg(whole(reads))};
    if (limit.metric == u"events_per_s")
        return Load{writes, Messages::tr("events %1/s, one per write").arg(whole(writes))};
    if (limit.metric == u"rps_per_service") {
        const std::optional<double> services = impliedServices(catalog, pattern, inputs.teamSize);
        if (!services)
            return std::nullopt;
        const double perService = inputs.qps / *services;
        return Load{perService, Messages::tr("%1 RPS per service across %2 services").arg(whole(perService), whole(*services))};
    }
    if (limit.metric == u"concurrency") {
        const std::optional<double> seconds = meanDurationSeconds(catalog, pattern);
        if (!seconds)
            return std::nullopt;
        const double concurrent = inputs.qps * *seconds;
        return Load{concurrent, Messages::tr("%1 concurrent executions at %2 ms average duration")
                                    .arg(whole(concurrent), whole(*seconds * 1000))};
    }
    return std::nullopt;
}

// ---- ranking -----------------------------------------------------------------------------------

QString pathSummary(const QList<FlowchartStep> &path)
{
    QStringList steps;
    for (const FlowchartStep &step : path)
        steps.append(step.question + u": "_s + step.answer);
    return steps.join(u" \u2192 "_s);
}

bool ruleHolds(const WhatIfRule &rule, const QVariant &value)
{
    return answerMatches(value, rule.equals, rule.min, rule.max);
}

RankedPattern rank(const Catalog &catalog, const ScenarioInputs &inputs, const Evaluation &evaluation,
                   const QList<MatrixRowInfo> &matrixRows, const QString &patternId, double cheapest)
{
    RankedPattern ranked;
    ranked.pattern = patternId;
    double score = scoreStart;
    const Pattern *pattern = catalog.pattern(patternId);

    if (evaluation.recommendation == patternId) {
        score += flowchartBonus;
        ranked.reasons.append(Messages::tr("the selection flowchart leads here (%1)").arg(pathSummary(evaluation.path)));
    }

    if (const Table *matrix = catalog.table(matrixTable)) {
        auto contains = [&](const MatrixMatch &m) { return m.patterns.contains(patternId); };
        const auto full = std::find_if(evaluation.matrix.cbegin(), evaluation.matrix.cend(), contains);
        const auto near = std::find_if(evaluation.matrixNearMisses.cbegin(), evaluation.matrixNearMisses.cend(), contains);
        if (full != evaluation.matrix.cend()) {
            score += fullMatrixBonus;
            ranked.reasons.append(Messages::tr("matches selection matrix row %1 (%2)").arg(full->row + 1).arg(rowSummary(*matrix, full->row)));
        } else if (near != evaluation.matrixNearMisses.cend()) {
            score += nearMatrixBonus;
            const QString column = near->unmatched.first();
            ranked.reasons.append(Messages::tr("nearly matches selection matrix row %1 (%2): all but %3")
                                      .arg(near->row + 1)
                                      .arg(rowSummary(*matrix, near->row), columnTitle(*matrix, column)));
        }
        QStringList bands;
        bool inBand = false;
        for (const MatrixRowInfo &row : matrixRows) {
            if (!row.patterns.contains(patternId))
                continue;
            bands.append(row.scale);
            inBand = inBand || row.scaleMatches;
        }
        if (!bands.isEmpty() && !inBand) {
            score -= outsideMatrixScalePenalty;
            ranked.reasons.append(Messages::tr("the selection matrix places it at %1 QPS, not %2")
                                      .arg(bands.join(Messages::tr(" or ")), whole(inputs.qps)));
        }
    }

    if (const WhatIfFit *fit = catalog.whatIf.fitFor(patternId)) {
        for (const WhatIfRule &rule : fit->rules) {
            const QString detail = inputDetail(catalog, inputs, rule.input);
            if (ruleHolds(rule, inputs.value(rule.input, catalog))) {
                score += fitBonus;
                ranked.reasons.append(Messages::tr("fits: %1 (%2)").arg(rule.because, detail));
            } else {
                score -= misfitPenalty;
                ranked.reasons.append(Messages::tr("does not fit: %1 (%2)").arg(rule.because, detail));
            }
        }
    }

    if (pattern) {
        for (const Fact &limit : pattern->scaleLimits) {
            if (!limit.value)
                continue;
            const std::optional<Load> load = loadFor(catalog, *pattern, limit, inputs);
            if (!load)
                continue;
            if (load->value > *limit.value) {
                score -= scaleLimitPenalty;
                const QString warning = Messages::tr("exceeds scale limit %1 (%2)").arg(limit.text, load->text);
                ranked.reasons.append(warning);
                ranked.warnings.append(warning);
            } else {
                ranked.reasons.append(Messages::tr("within scale limit %1 (%2)").arg(limit.text, load->text));
            }
        }
    }

    const CostBreakdown breakdown = evaluation.costs.value(patternId);
    if (cheapest > 0 && breakdown.total() > 0) {
        const double times = breakdown.total() / cheapest;
        if (times <= 1.0 + 1e-9) {
            ranked.reasons.append(Messages::tr("cheapest: %1 a month in all").arg(money(breakdown.total())));
        } else {
            score -= std::min(costPenaltyCap, costPenaltyPerDoubling * std::log2(times));
            ranked.reasons.append(Messages::tr("costs %1x the cheapest (%2 against %3 a month)")
                                      .arg(QString::number(times, 'f', 1), money(breakdown.total()), money(cheapest)));
        }
    }

    ranked.score = std::clamp(std::round(score * 10) / 10, 0.0, 100.0);
    return ranked;
}

void checkInputs(const Catalog &catalog, const ScenarioInputs &inputs, Evaluation &evaluation)
{
    if (catalog.whatIf.isEmpty()) {
        evaluation.warnings.append(Messages::tr("the model has no what-if section: inputs have no ranges and patterns no fit rules"));
        return;
    }
    if (referenceQps(catalog) <= 0)
        evaluation.warnings.append(Messages::tr("the model gives no reference QPS for its cost table: costs do not scale with load"));
    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        const QVariant value = inputs.value(input.id, catalog);
        if (!value.isValid())
            continue;
        if (input.isNumeric() && value.userType() == QMetaType::Double) {
            const double x = value.toDouble();
            if ((input.min && x < *input.min) || (input.max && x > *input.max))
                evaluation.warnings.append(Messages::tr("%1 = %2 lies outside the model's range %3 to %4: figures are extrapolated")
                                               .arg(input.id, english().toString(x, 'g', 10),
                                                    english().toString(input.min.value_or(x), 'g', 10),
                                                    english().toString(input.max.value_or(x), 'g', 10)));
        } else if (input.isChoice() && !input.option(value.toString())) {
            evaluation.warnings.append(Messages::tr("%1 = \"%2\" is not one of the model's options (%3)")
                                           .arg(input.id, value.toString(), input.optionIds().join(u", ")));
        }
    }
}

// ---- output ----------------------------------------------------------------------------------

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

Json strings(const QStringList &list)
{
    Json array = Json::array();
    for (const QString &item : list)
        array.push_back(s(item));
    return array;
}

double cents(double value)
{
    return std::round(value * 100) / 100;
}

Json factJson(const Cell &cell)
{
    Json object = Json::object();
    object["text"] = s(cellText(cell));
    if (const std::optional<double> value = number(cell))
        object["value"] = *value;
    else
        object["value"] = nullptr;
    return object;
}

Json matchJson(const Catalog &catalog, const MatrixMatch &match)
{
    Json object = Json::object();
    object["row"] = match.row;
    object["patterns"] = strings(match.patterns);
    const Table *table = catalog.table(matrixTable);
    if (table && match.row >= 0 && match.row < table->rows.size()) {
        const TableRow &row = table->rows.at(match.row);
        object["recommended"] = s(cellText(cellOf(row, u"recommended"_s)));
        object["monthlyCost"] = factJson(cellOf(row, u"monthlyCost"_s));
        object["complexity"] = factJson(cellOf(row, u"complexity"_s));
    }
    object["matched"] = strings(match.matched);
    object["unmatched"] = strings(match.unmatched);
    return object;
}

QString variablePrice(const Catalog &catalog, const QString &patternId)
{
    const TableRow *row = rowFor(catalog.table(costTable), patternId);
    return row ? cellText(cellOf(*row, u"variable"_s)) : QString();
}

} // namespace

QList<FlowchartStep> walkFlowchart(const Catalog &catalog, const ScenarioInputs &inputs, QString *outcomeNode,
                                   QStringList *warnings)
{
    QList<FlowchartStep> path;
    QStringList ignored;
    QStringList &problems = warnings ? *warnings : ignored;
    if (outcomeNode)
        outcomeNode->clear();
    const Flowchart &flowchart = catalog.flowchart;
    const Diagram *diagram = catalog.diagram(flowchart.diagram);
    if (!diagram) {
        problems.append(Messages::tr("the model has no selection flowchart"));
        return path;
    }
    auto label = [&](const QString &nodeId) {
        const DiagramNode *node = diagram->node(nodeId);
        return node ? node->label.join(u' ') : nodeId;
    };
    QStringList visited; // a handful of nodes: a list beats hashing
    QString node = flowchart.start;
    for (;;) {
        if (flowchart.outcomes.contains(node)) {
            if (outcomeNode)
                *outcomeNode = node;
            break;
        }
        // A node seen twice means the file's flowchart loops; stop with the path so far.
        if (visited.contains(node)) {
            problems.append(Messages::tr("the selection flowchart loops back to \"%1\"").arg(label(node)));
            break;
        }
        visited.append(node);
        if (const FlowchartQuestion *question = flowchart.question(node)) {
            const QVariant value = inputs.value(question->input, catalog);
            const auto answer = std::find_if(question->answers.cbegin(), question->answers.cend(),
                                             [&](const FlowchartAnswer &a) { return answerMatches(value, a.equals, a.min, a.max); });
            if (answer == question->answers.cend()) {
                problems.append(Messages::tr("no answer of \"%1\" fits %2 = %3")
                                    .arg(label(node), question->input, value.toString()));
                break;
            }
            FlowchartStep step;
            step.questionNode = node;
            step.question = label(node);
            step.input = question->input;
            step.nextNode = answer->to;
            for (const DiagramEdge &edge : diagram->edges) {
                if (edge.from == node && edge.to == answer->to) {
                    step.answer = edge.label;
                    break;
                }
            }
            path.append(step);
            node = answer->to;
            continue;
        }
        const DiagramEdge *next = nullptr;
        int ways = 0;
        for (const DiagramEdge &edge : diagram->edges) {
            if (edge.from == node) {
                next = &edge;
                ++ways;
            }
        }
        if (ways != 1) {
            problems.append(Messages::tr("the selection flowchart stops at \"%1\": it is no question and has %2 ways on")
                                .arg(label(node))
                                .arg(ways));
            break;
        }
        node = next->to;
    }
    return path;
}

QString describeInput(const Catalog &catalog, const ScenarioInputs &inputs, const QString &inputId)
{
    return inputDetail(catalog, inputs, inputId);
}

bool answerFits(const QVariant &value, const QString &equals, const std::optional<double> &min,
                const std::optional<double> &max)
{
    return answerMatches(value, equals, min, max);
}

QList<FlowchartStep> walkFlowchart(const Catalog &catalog, const ScenarioInputs &inputs, QString *outcomeNode)
{
    return walkFlowchart(catalog, inputs, outcomeNode, nullptr);
}

CostBreakdown cost(const Catalog &catalog, const QString &patternId, const ScenarioInputs &inputs)
{
    CostBreakdown breakdown;
    const std::optional<CostRow> row = costRow(catalog, patternId);
    if (!row)
        return breakdown;
    const double infra = std::max(0.0, infrastructure(catalog, patternId, *row, inputs.qps));
    breakdown.base = std::min(row->base, infra);
    breakdown.variable = infra - breakdown.base;
    breakdown.team = inputs.teamSize * inputs.engineerCost * row->teamOverhead;
    return breakdown;
}

QList<QPointF> infrastructureCurve(const Catalog &catalog, const QString &patternId, double fromQps, double toQps,
                                   int points)
{
    QList<QPointF> curve;
    if (points < 1 || fromQps <= 0 || toQps <= 0)
        return curve;
    const std::optional<CostRow> row = costRow(catalog, patternId);
    if (!row)
        return curve;
    curve.reserve(points);
    const double step = points > 1 ? std::log(toQps / fromQps) / (points - 1) : 0;
    for (int i = 0; i < points; ++i) {
        // The last point is toQps exactly, not exp(log) of it.
        const double qps = i == points - 1 && points > 1 ? toQps : fromQps * std::exp(step * i);
        curve.append({qps, std::max(0.0, infrastructure(catalog, patternId, *row, qps))});
    }
    return curve;
}

QStringList costedPatterns(const Catalog &catalog)
{
    QStringList patterns;
    if (const Table *table = catalog.table(costTable)) {
        for (const TableRow &row : table->rows) {
            if (!row.pattern.isEmpty())
                patterns.append(row.pattern);
        }
    }
    return patterns;
}

ComplexityProfile complexity(const Catalog &catalog, const QString &patternId)
{
    return complexityProfiles(catalog).value(patternId);
}

QMap<QString, ComplexityProfile> complexityProfiles(const Catalog &catalog)
{
    QMap<QString, ComplexityProfile> profiles;
    const Table *table = catalog.table(complexityTable);
    if (!table)
        return profiles;
    // Each column on its own 0..1 scale over the table's rows: the easiest pattern is 0, the hardest 1.
    const QString columns[] = {u"devTime"_s, u"opsComplexity"_s, u"learningCurve"_s, u"teamReadiness"_s, u"riskLevel"_s};
    constexpr int columnCount = int(std::size(columns));
    const qsizetype rowCount = table->rows.size();
    QList<std::optional<double>> values(rowCount * columnCount);
    double low[columnCount];
    double high[columnCount];
    for (int c = 0; c < columnCount; ++c) {
        low[c] = HUGE_VAL;
        high[c] = -HUGE_VAL;
        for (qsizetype r = 0; r < rowCount; ++r) {
            const std::optional<double> x = number(table->rows.at(r), columns[c]);
            values[r * columnCount + c] = x;
            if (x) {
                low[c] = std::min(low[c], *x);
                high[c] = std::max(high[c], *x);
            }
        }
    }
    for (qsizetype r = 0; r < rowCount; ++r) {
        const QString &patternId = table->rows.at(r).pattern;
        if (patternId.isEmpty())
            continue;
        double normalised[columnCount];
        for (int c = 0; c < columnCount; ++c) {
            const std::optional<double> &x = values.at(r * columnCount + c);
            normalised[c] = x && high[c] > low[c] ? (*x - low[c]) / (high[c] - low[c]) : 0.0;
        }
        profiles.insert(patternId, ComplexityProfile{normalised[0], normalised[1], normalised[2], normalised[3], normalised[4]});
    }
    return profiles;
}

Evaluation evaluate(const Catalog &catalog, const ScenarioInputs &inputs)
{
    Evaluation evaluation;
    checkInputs(catalog, inputs, evaluation);
    evaluation.path = walkFlowchart(catalog, inputs, &evaluation.outcomeNode, &evaluation.warnings);
    evaluation.recommendation = catalog.flowchart.outcomes.value(evaluation.outcomeNode);
    const QList<MatrixRowInfo> matrixRows = matchMatrix(catalog, inputs, evaluation);

    const QStringList patterns = costedPatterns(catalog);
    double cheapest = 0;
    for (const QString &patternId : patterns) {
        const CostBreakdown breakdown = cost(catalog, patternId, inputs);
        evaluation.costs.insert(patternId, breakdown);
        if (breakdown.total() > 0 && (cheapest <= 0 || breakdown.total() < cheapest))
            cheapest = breakdown.total();
    }
    const QMap<QString, ComplexityProfile> profiles = complexityProfiles(catalog);
    for (const QString &patternId : patterns) {
        if (profiles.contains(patternId))
            evaluation.complexity.insert(patternId, profiles.value(patternId));
    }
    for (const QString &patternId : patterns)
        evaluation.ranking.append(rank(catalog, inputs, evaluation, matrixRows, patternId, cheapest));
    std::stable_sort(evaluation.ranking.begin(), evaluation.ranking.end(),
                     [](const RankedPattern &a, const RankedPattern &b) { return a.score > b.score; });
    return evaluation;
}

QByteArray toJson(const Evaluation &evaluation, const ScenarioInputs &inputs, const Catalog &catalog)
{
    Json root = Json::object();
    root["recommendation"] = s(evaluation.recommendation);
    root["recommendationName"] = s(patternName(catalog, evaluation.recommendation));
    root["outcomeNode"] = s(evaluation.outcomeNode);

    Json path = Json::array();
    for (const FlowchartStep &step : evaluation.path) {
        Json object = Json::object();
        object["node"] = s(step.questionNode);
        object["question"] = s(step.question);
        object["answer"] = s(step.answer);
        object["input"] = s(step.input);
        const QVariant value = inputs.value(step.input, catalog);
        if (value.userType() == QMetaType::Double)
            object["value"] = value.toDouble();
        else
            object["value"] = s(value.toString());
        object["next"] = s(step.nextNode);
        path.push_back(object);
    }
    root["path"] = path;

    Json matrix = Json::array();
    for (const MatrixMatch &match : evaluation.matrix)
        matrix.push_back(matchJson(catalog, match));
    root["matrix"] = matrix;
    Json near = Json::array();
    for (const MatrixMatch &match : evaluation.matrixNearMisses)
        near.push_back(matchJson(catalog, match));
    root["nearMisses"] = near;

    Json ranking = Json::array();
    for (const RankedPattern &ranked : evaluation.ranking) {
        Json object = Json::object();
        object["pattern"] = s(ranked.pattern);
        object["name"] = s(patternName(catalog, ranked.pattern));
        object["score"] = ranked.score;
        object["reasons"] = strings(ranked.reasons);
        object["warnings"] = strings(ranked.warnings);
        ranking.push_back(object);
    }
    root["ranking"] = ranking;

    // Rounded to cents part by part, and the sums taken from the rounded parts, so that the
    // printed parts always add up to the printed totals.
    Json costs = Json::object();
    for (const QString &patternId : costedPatterns(catalog)) {
        const CostBreakdown breakdown = evaluation.costs.value(patternId);
        const double base = cents(breakdown.base);
        const double variable = cents(breakdown.variable);
        const double team = cents(breakdown.team);
        Json object = Json::object();
        object["infrastructure"] = base + variable;
        object["base"] = base;
        object["variable"] = variable;
        object["team"] = team;
        object["total"] = base + variable + team;
        object["documentedVariablePrice"] = s(variablePrice(catalog, patternId));
        costs[s(patternId)] = object;
    }
    root["costs"] = costs;

    Json complexityJson = Json::object();
    for (const QString &patternId : costedPatterns(catalog)) {
        if (!evaluation.complexity.contains(patternId))
            continue;
        const ComplexityProfile profile = evaluation.complexity.value(patternId);
        complexityJson[s(patternId)] = Json{{"devTime", profile.devTime},
                                            {"opsComplexity", profile.opsComplexity},
                                            {"learningCurve", profile.learningCurve},
                                            {"teamReadiness", profile.teamReadiness},
                                            {"risk", profile.risk}};
    }
    root["complexity"] = complexityJson;

    Json inputsJson = Json::object();
    Json derived = Json::object();
    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        const QVariant value = inputs.value(input.id, catalog);
        if (!value.isValid())
            continue;
        if (input.kind == u"integer")
            inputsJson[s(input.id)] = std::llround(value.toDouble());
        else if (input.isNumeric())
            inputsJson[s(input.id)] = value.toDouble();
        else
            inputsJson[s(input.id)] = s(value.toString());
        if (input.derivedFrom && input.id == QLatin1StringView(InputId::readVolume) && !inputs.readVolume)
            derived[s(input.id)] = Json{{"from", s(input.derivedFrom->input)}, {"rule", s(input.derivedFrom->above.text)}};
    }
    root["inputs"] = inputsJson;
    root["derived"] = derived;
    root["warnings"] = strings(evaluation.warnings);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QString toText(const Evaluation &evaluation, const ScenarioInputs &inputs, const Catalog &catalog)
{
    QString text;
    auto line = [&](const QString &l) { text += l + u'\n'; };

    line(Messages::tr("Recommendation: %1 (flowchart outcome %2)")
             .arg(patternName(catalog, evaluation.recommendation), evaluation.outcomeNode));
    line(QString());
    line(Messages::tr("Flowchart path:"));
    for (const FlowchartStep &step : evaluation.path)
        line(u"  "_s + Messages::tr("%1? %2   (%3)").arg(step.question, step.answer, inputDetail(catalog, inputs, step.input)));

    line(QString());
    line(Messages::tr("Selection matrix:"));
    const Table *matrix = catalog.table(matrixTable);
    if (evaluation.matrix.isEmpty())
        line(u"  "_s + Messages::tr("no row matches"));
    for (const MatrixMatch &match : evaluation.matrix) {
        if (!matrix)
            break;
        const TableRow &row = matrix->rows.at(match.row);
        line(u"  "_s + Messages::tr("row %1: %2 (%3), %4, complexity %5")
                           .arg(match.row + 1)
                           .arg(cellText(cellOf(row, u"recommended"_s)), rowSummary(*matrix, match.row),
                                cellText(cellOf(row, u"monthlyCost"_s)), cellText(cellOf(row, u"complexity"_s))));
    }
    for (const MatrixMatch &match : evaluation.matrixNearMisses) {
        if (!matrix)
            break;
        const TableRow &row = matrix->rows.at(match.row);
        line(u"  "_s + Messages::tr("near miss, row %1: %2 (%3), all but %4")
                           .arg(match.row + 1)
                           .arg(cellText(cellOf(row, u"recommended"_s)), rowSummary(*matrix, match.row),
                                columnTitle(*matrix, match.unmatched.value(0))));
    }

    line(QString());
    line(Messages::tr("Ranking:"));
    int place = 0;
    for (const RankedPattern &ranked : evaluation.ranking) {
        line(u"  "_s + Messages::tr("%1. %2  %3").arg(++place).arg(patternName(catalog, ranked.pattern)).arg(ranked.score, 0, 'f', 1));
        for (const QString &reason : ranked.reasons)
            line(u"       - "_s + reason);
        for (const QString &warning : ranked.warnings)
            line(u"       ! "_s + warning);
    }

    line(QString());
    line(Messages::tr("Monthly cost (USD):"));
    line(u"  %1 %2 %3 %4 %5 %6  %7"_s.arg(Messages::tr("pattern"), -16)
             .arg(Messages::tr("base"), 14)
             .arg(Messages::tr("variable"), 14)
             .arg(Messages::tr("infra"), 14)
             .arg(Messages::tr("team"), 14)
             .arg(Messages::tr("total"), 14)
             .arg(Messages::tr("document's price (shown, not used)")));
    for (const QString &patternId : costedPatterns(catalog)) {
        const CostBreakdown c = evaluation.costs.value(patternId);
        line(u"  %1 %2 %3 %4 %5 %6  %7"_s.arg(patternName(catalog, patternId), -16)
                 .arg(money(c.base), 14)
                 .arg(money(c.variable), 14)
                 .arg(money(c.infrastructure()), 14)
                 .arg(money(c.team), 14)
                 .arg(money(c.total()), 14)
                 .arg(variablePrice(catalog, patternId)));
    }

    line(QString());
    line(Messages::tr("Complexity (0 = easiest, 1 = hardest of the table):"));
    line(u"  %1 %2 %3 %4 %5 %6"_s.arg(Messages::tr("pattern"), -16)
             .arg(Messages::tr("dev time"), 9)
             .arg(Messages::tr("ops"), 9)
             .arg(Messages::tr("learning"), 9)
             .arg(Messages::tr("readiness"), 9)
             .arg(Messages::tr("risk"), 9));
    for (const QString &patternId : costedPatterns(catalog)) {
        if (!evaluation.complexity.contains(patternId))
            continue;
        const ComplexityProfile p = evaluation.complexity.value(patternId);
        line(u"  %1 %2 %3 %4 %5 %6"_s.arg(patternName(catalog, patternId), -16)
                 .arg(p.devTime, 9, 'f', 2)
                 .arg(p.opsComplexity, 9, 'f', 2)
                 .arg(p.learningCurve, 9, 'f', 2)
                 .arg(p.teamReadiness, 9, 'f', 2)
                 .arg(p.risk, 9, 'f', 2));
    }

    line(QString());
    line(Messages::tr("Inputs:"));
    for (const WhatIfInput &input : catalog.whatIf.inputs) {
        const QVariant value = inputs.value(input.id, catalog);
        QString shown = value.userType() == QMetaType::Double ? english().toString(value.toDouble(), 'g', 10)
                                                              : value.toString();
        if (input.derivedFrom && input.id == QLatin1StringView(InputId::readVolume) && !inputs.readVolume)
            shown += u"  "_s + Messages::tr("(derived: %1, rule %2)").arg(inputDetail(catalog, inputs, input.derivedFrom->input), input.derivedFrom->above.text);
        line(u"  %1 %2"_s.arg(input.id, -18).arg(shown));
    }
    if (!evaluation.warnings.isEmpty()) {
        line(QString());
        line(Messages::tr("Warnings:"));
        for (const QString &warning : evaluation.warnings)
            line(u"  ! "_s + warning);
    }
    return text;
}

} // namespace archscape::Engine
