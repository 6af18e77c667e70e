// The what-if engine: pure functions from the model and the inputs to an Evaluation. Every figure
// comes from the model JSON; this code holds only formulas (see docs/cost-model.md).
#pragma once

#include "evaluation.h"
#include "scenarioinputs.h"

#include <QPointF>

#include <optional>

namespace archscape {

struct Catalog;

namespace Engine {

Evaluation evaluate(const Catalog &catalog, const ScenarioInputs &inputs);

// Walks the selection flowchart from its start with the inputs.
QList<FlowchartStep> walkFlowchart(const Catalog &catalog, const ScenarioInputs &inputs, QString *outcomeNode = nullptr);
// The same, adding to `warnings` why the walk stopped short of an outcome (a loop in the file's
// flowchart, a question no answer of which fits, a node with no single way on). Never loops.
QList<FlowchartStep> walkFlowchart(const Catalog &catalog, const ScenarioInputs &inputs, QString *outcomeNode,
                                   QStringList *warnings);

// The value of one input in words, e.g. "peak 10,000 QPS" or "Consistency: Strong".
QString describeInput(const Catalog &catalog, const ScenarioInputs &inputs, const QString &inputId);
// Whether an input's value gives a flowchart answer: equal to `equals` for a choice, else within
// [min, max) — min inclusive, max exclusive, as the walk reads them.
bool answerFits(const QVariant &value, const QString &equals, const std::optional<double> &min,
                const std::optional<double> &max);

// Monthly cost of one pattern at the inputs. Calibrated so that at 10,000 QPS the infrastructure
// equals the document's "Total Monthly (10K QPS)", and the CQRS curve passes through its
// Scaling Characteristics table; continuous and non-decreasing in QPS.
CostBreakdown cost(const Catalog &catalog, const QString &patternId, const ScenarioInputs &inputs);

// Infrastructure cost against QPS on a log grid from `fromQps` to `toQps` (inclusive).
QList<QPointF> infrastructureCurve(const Catalog &catalog, const QString &patternId, double fromQps, double toQps,
                                   int points);

// Pattern ids the cost model covers (the rows of the cost-breakdown table), in table order.
QStringList costedPatterns(const Catalog &catalog);

ComplexityProfile complexity(const Catalog &catalog, const QString &patternId);
// The profiles of every pattern of the complexity matrix at once (one pass over the table).
QMap<QString, ComplexityProfile> complexityProfiles(const Catalog &catalog);

// The evaluation as the JSON that `archscape evaluate --format json` prints.
QByteArray toJson(const Evaluation &evaluation, const ScenarioInputs &inputs, const Catalog &catalog);
// The same as readable text.
QString toText(const Evaluation &evaluation, const ScenarioInputs &inputs, const Catalog &catalog);

} // namespace Engine

} // namespace archscape
