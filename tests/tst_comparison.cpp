// The scenario comparison: which inputs differ, and that every figure is the engine's own.
#include "catalog.h"
#include "engine/engine.h"
#include "engine/numberformat.h"
#include "modelloader.h"
#include "workshop/comparison.h"

#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

const Catalog &catalog()
{
    static const Catalog loaded = [] {
        const LoadResult result = ModelLoader::loadEmbedded();
        return result.ok() ? *result.catalog : Catalog{};
    }();
    return loaded;
}

ScenarioInputs inputs(const QStringList &settings)
{
    ScenarioInputs values = ScenarioInputs::defaults(catalog());
    for (const QString &setting : settings) {
        const qsizetype at = setting.indexOf(u'=');
        const QString error = values.set(setting.left(at), setting.mid(at + 1), catalog());
        if (!error.isEmpty())
            qFatal("bad test input %s", qPrintable(error));
    }
    return values;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!catalog().patterns.isEmpty()); }
    void differingInputsAreFlagged();
    void figuresAreTheEngines();
    void identicalScenariosDifferNowhere();
    void markdownHoldsTheComparison();
};

void TestComparison::differingInputsAreFlagged()
{
    const Comparison comparison = Comparison::compare(
        catalog(), {{u"Start-up"_s, inputs({u"qps=500"_s})}, {u"Scale-up"_s, inputs({u"qps=2000000"_s, u"consistency=eventual"_s})}});
    QVERIFY(comparison.row(u"qps"_s));
    QVERIFY(comparison.row(u"qps"_s)->differs);
    QVERIFY(comparison.row(u"consistency"_s)->differs);
    QVERIFY(!comparison.row(u"team_size"_s)->differs);
    QVERIFY(!comparison.row(u"audit"_s)->differs);
    // Every input of the model has a row, in the model's order, with the values as the model names them.
    QStringList ids;
    for (const ComparisonRow &row : comparison.rows()) {
        if (row.section == ComparisonRow::Section::Inputs)
            ids.append(row.id);
    }
    QStringList expected;
    for (const WhatIfInput &input : catalog().whatIf.inputs)
        expected.append(input.id);
    QCOMPARE(ids, expected);
    const WhatIfInput *consistency = catalog().whatIf.input(u"consistency"_s);
    QCOMPARE(comparison.row(u"consistency"_s)->values.at(1), consistency->option(u"eventual"_s)->title);
    QCOMPARE(comparison.row(u"qps"_s)->values, QStringList({u"500"_s, u"2,000,000"_s}));
}

void TestComparison::figuresAreTheEngines()
{
    const QList<ComparedScenario> scenarios = {
        {u"A"_s, inputs({u"qps=500"_s, u"load=spiky"_s, u"consistency=eventual"_s})},
        {u"B"_s, inputs({u"qps=2000000"_s, u"consistency=eventual"_s, u"geography=global"_s, u"team_size=40"_s, u"teams=6"_s})},
        {u"C"_s, inputs({u"audit=critical"_s})}};
    const Comparison comparison = Comparison::compare(catalog(), scenarios);
    QCOMPARE(comparison.outcomes().size(), 3);
    QSet<QString> recommendations;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const Evaluation evaluation = Engine::evaluate(catalog(), scenarios.at(i).inputs);
        const ScenarioOutcome &outcome = comparison.outcomes().at(i);
        QVERIFY(!evaluation.recommendation.isEmpty());
        QCOMPARE(outcome.recommendation, evaluation.recommendation);
        recommendations.insert(outcome.recommendation);
        QCOMPARE(comparison.row(u"recommendation"_s)->values.at(i), catalog().pattern(evaluation.recommendation)->name);
        QCOMPARE(outcome.path.size(), evaluation.path.size());
        // The path reads the flowchart's own questions and answers.
        for (const FlowchartStep &step : evaluation.path)
            QVERIFY(comparison.row(u"path"_s)->values.at(i).contains(step.question + u": "_s + step.answer));
        const CostBreakdown cost = Engine::cost(catalog(), evaluation.recommendation, scenarios.at(i).inputs);
        QVERIFY(outcome.costed);
        QCOMPARE(outcome.cost.total(), cost.total());
        QCOMPARE(comparison.row(u"cost.total"_s)->values.at(i), NumberFormat::money(cost.total()));
        QCOMPARE(comparison.row(u"cost.team"_s)->values.at(i), NumberFormat::money(cost.team));
        for (const QString &warning : evaluation.warnings)
            QVERIFY(comparison.row(u"warnings"_s)->values.at(i).contains(warning));
    }
    // The inputs were chosen to lead to different patterns; the rows must say so.
    QVERIFY2(recommendations.size() > 1, "the three scenarios should not all get the same pattern");
    QVERIFY(comparison.row(u"recommendation"_s)->differs);
    QVERIFY(comparison.row(u"cost.total"_s)->differs);
    // The complexity rows quote the document's complexity matrix for each recommendation.
    const Table *matrix = catalog().table(u"complexity-matrix"_s);
    QVERIFY(matrix);
    bool sawComplexity = false;
    for (const ComparisonRow &row : comparison.rows()) {
        if (row.section != ComparisonRow::Section::Complexity)
            continue;
        sawComplexity = true;
        for (qsizetype i = 0; i < scenarios.size(); ++i)
            QVERIFY2(!row.values.at(i).isEmpty(), qPrintable(row.id));
    }
    QVERIFY(sawComplexity);
}

void TestComparison::identicalScenariosDifferNowhere()
{
    const ScenarioInputs same = inputs({u"qps=50000"_s});
    const Comparison comparison = Comparison::compare(catalog(), {{u"One"_s, same}, {u"Two"_s, same}, {u"Three"_s, same}});
    QVERIFY(!comparison.rows().isEmpty());
    for (const ComparisonRow &row : comparison.rows()) {
        QVERIFY2(!row.differs, qPrintable(row.id));
        QCOMPARE(row.values.size(), 3);
    }
}

void TestComparison::markdownHoldsTheComparison()
{
    const QList<ComparedScenario> scenarios = {{u"Team | A"_s, inputs({u"qps=500"_s})},
                                               {u"Team *B*"_s, inputs({u"qps=2000000"_s, u"consistency=eventual"_s})}};
    const Comparison comparison = Comparison::compare(catalog(), scenarios);
    const QString md = comparison.toMarkdown(u"Workshop"_s);
    QVERIFY(md.startsWith(u"# Workshop\n"_s));
    // Names are escaped: a "|" would break the table, "*" would turn bold.
    QVERIFY(md.contains(u"Team \\| A"_s));
    QVERIFY(md.contains(u"Team \\*B\\*"_s));
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        QVERIFY(md.contains(comparison.outcomes().at(i).recommendationName));
        QVERIFY(md.contains(NumberFormat::money(comparison.outcomes().at(i).cost.total())));
    }
    // The differing qps row is marked and bold; the equal team-size row is not.
    const WhatIfInput *qps = catalog().whatIf.input(u"qps"_s);
    const WhatIfInput *teamSize = catalog().whatIf.input(u"team_size"_s);
    bool qpsMarked = false;
    bool teamPlain = false;
    for (const QString &line : md.split(u'\n')) {
        if (line.contains(u" | "_s + qps->title + u" |"_s))
            qpsMarked = line.startsWith(u"| \u2260 |"_s) && line.contains(u"**2,000,000**"_s);
        if (line.contains(u" | "_s + teamSize->title + u" |"_s))
            teamPlain = line.startsWith(u"|  |"_s) && !line.contains(u"**"_s);
    }
    QVERIFY(qpsMarked);
    QVERIFY(teamPlain);
    // Every table has a header rule with a column per scenario plus the marker and item columns.
    QVERIFY(md.contains(u"|---|---|---|---|"_s));
}

QTEST_APPLESS_MAIN(TestComparison)
#include "tst_comparison.moc"
