// The what-if engine on the embedded model: every flowchart outcome with its exact path, the cost
// calibration against the document's figures, monotone and continuous cost curves, the selection
// matrix for documented scenarios, the ranking's reasons and warnings, and the inputs' rules.
#include "engine/engine.h"
#include "modelloader.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

const Catalog &catalog()
{
    static const Catalog model = [] {
        const LoadResult result = ModelLoader::loadEmbedded();
        return result.ok() ? *result.catalog : Catalog{};
    }();
    return model;
}

// "consistency=eventual teams=3" applied in order to the model's defaults; problems in `errors`.
ScenarioInputs inputsFrom(const QString &settings, QStringList *errors = nullptr)
{
    ScenarioInputs inputs = ScenarioInputs::defaults(catalog());
    for (const QString &setting : settings.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype at = setting.indexOf(u'=');
        const QString error = inputs.set(setting.left(at), setting.mid(at + 1), catalog());
        if (!error.isEmpty() && errors)
            errors->append(error);
    }
    return inputs;
}

QStringList pathText(const QList<FlowchartStep> &path)
{
    QStringList steps;
    for (const FlowchartStep &step : path)
        steps.append(step.question + u": "_s + step.answer);
    return steps;
}

double tableValue(const QString &tableId, const QString &patternId, const QString &column)
{
    const Table *table = catalog().table(tableId);
    if (!table)
        return std::nan("");
    for (const TableRow &row : table->rows) {
        if (row.pattern == patternId && !row.cell(column).isEmpty() && row.cell(column).first().value)
            return *row.cell(column).first().value;
    }
    return std::nan("");
}

double infraAt(const QString &patternId, double qps)
{
    ScenarioInputs inputs = ScenarioInputs::defaults(catalog());
    inputs.qps = qps;
    return Engine::cost(catalog(), patternId, inputs).infrastructure();
}

QList<int> rows(const QList<MatrixMatch> &matches)
{
    QList<int> result;
    for (const MatrixMatch &match : matches)
        result.append(match.row);
    return result;
}

const RankedPattern *ranked(const Evaluation &evaluation, const QString &patternId)
{
    for (const RankedPattern &r : evaluation.ranking) {
        if (r.pattern == patternId)
            return &r;
    }
    return nullptr;
}

bool anyContains(const QStringList &lines, const QString &fragment)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(fragment); });
}

// The settings that reach each outcome; shared by the path test and the determinism test.
struct OutcomeCase
{
    const char *name;
    const char *settings;
    const char *outcome;
    const char *pattern;
    QStringList path;
};

const QList<OutcomeCase> &outcomeCases()
{
    static const QList<OutcomeCase> cases = {
        {"strong consistency with critical audit leads to Event Sourcing", "consistency=strong audit=critical",
         "EVENT_SOURCING", "event-sourcing",
         {u"Consistency Needs: Strong"_s, u"Audit Requirements: Critical"_s}},
        {"strong consistency with reads at 20:1 leads to CQRS", "consistency=strong audit=standard read_write_ratio=20",
         "CQRS_STRONG", "cqrs",
         {u"Consistency Needs: Strong"_s, u"Audit Requirements: Standard"_s, u"Read Volume: High"_s}},
        {"strong consistency with reads at 5:1 leads to Traditional", "consistency=strong audit=standard read_write_ratio=5",
         "TRADITIONAL", "traditional",
         {u"Consistency Needs: Strong"_s, u"Audit Requirements: Standard"_s, u"Read Volume: Normal"_s}},
        {"eventual consistency with three teams leads to Microservices", "consistency=eventual teams=3",
         "MICROSERVICES", "microservices",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Multiple Teams"_s}},
        {"one team with a spiky load leads to Serverless", "consistency=eventual teams=1 load=spiky",
         "SERVERLESS", "serverless",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Single Team"_s, u"Load Pattern: Spiky/Variable"_s}},
        {"a steady 50K QPS leads to Simple Services", "consistency=eventual teams=1 load=steady qps=50000",
         "SIMPLE_SERVICES", "simple-services",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Single Team"_s, u"Load Pattern: Steady High"_s,
          u"Scale Requirements: <100K QPS"_s}},
        {"a steady 500K QPS for global users leads to Edge Computing",
         "consistency=eventual teams=1 load=steady qps=500000 geography=global", "EDGE_COMPUTING", "edge-computing",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Single Team"_s, u"Load Pattern: Steady High"_s,
          u"Scale Requirements: 100K-1M QPS"_s, u"Geographic Distribution: Global Users"_s}},
        {"a steady 500K QPS for regional users leads to Multi-Region",
         "consistency=eventual teams=1 load=steady qps=500000 geography=regional", "MULTI_REGION", "multi-region",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Single Team"_s, u"Load Pattern: Steady High"_s,
          u"Scale Requirements: 100K-1M QPS"_s, u"Geographic Distribution: Regional"_s}},
        {"a steady 2M QPS leads to Cell-Based", "consistency=eventual teams=1 load=steady qps=2000000", "CELL_BASED",
         "cell-based",
         {u"Consistency Needs: Eventual"_s, u"Team Structure: Single Team"_s, u"Load Pattern: Steady High"_s,
          u"Scale Requirements: >1M QPS"_s}},
    };
    return cases;
}

// The seven patterns of the cost-breakdown table with the document's "Total Monthly (10K QPS)".
struct DocumentTotal
{
    const char *pattern;
    double total;
};
constexpr DocumentTotal documentTotals[] = {
    {"traditional", 3000}, {"cqrs", 8000},       {"event-sourcing", 15000}, {"microservices", 20000},
    {"serverless", 6000},  {"cell-based", 40000}, {"edge-computing", 75000},
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultsComeFromTheModel();
    void settingInputsNamesWhatIsWrong_data();
    void settingInputsNamesWhatIsWrong();
    void readVolumeFollowsTheRatioUnlessSet();

    void flowchartReachesEveryOutcome_data();
    void flowchartReachesEveryOutcome();
    void everyOutcomeIsCovered();
    void flowchartBoundaries_data();
    void flowchartBoundaries();
    void flowchartNeverLoops();

    void calibratedAtTheReferenceQps_data();
    void calibratedAtTheReferenceQps();
    void calibrationMatchesTheDocumentsFigures();
    void cqrsCurvePassesThroughItsScalingTable();
    void curvesAreMonotoneAndContinuous_data();
    void curvesAreMonotoneAndContinuous();
    void partsSumToTheTotal();
    void teamCostIsSizeTimesCostTimesOverhead();

    void selectionMatrix_data();
    void selectionMatrix();
    void matrixRangeEnds_data();
    void matrixRangeEnds();

    void rankingCoversEveryCostedPattern();
    void rankingPutsTheFlowchartOutcomeFirst_data();
    void rankingPutsTheFlowchartOutcomeFirst();
    void rankingWarnsBeyondScaleLimits();
    void noWarningsWithinScaleLimits();

    void complexityIsNormalised();
    void evaluationIsDeterministic();
    void jsonHasTheDocumentedShape();
};

void TestEngine::initTestCase()
{
    QVERIFY2(!catalog().patterns.isEmpty(), "the embedded model did not load");
    QVERIFY(!catalog().whatIf.isEmpty());
}

void TestEngine::defaultsComeFromTheModel()
{
    const ScenarioInputs inputs = ScenarioInputs::defaults(catalog());
    QCOMPARE(inputs.qps, 10000.0);
    QCOMPARE(inputs.readWriteRatio, 10.0);
    QCOMPARE(inputs.teamSize, 5);
    QCOMPARE(inputs.teams, 1);
    QCOMPARE(inputs.engineerCost, 15000.0);
    QCOMPARE(inputs.consistency, u"strong"_s);
    QCOMPARE(inputs.audit, u"standard"_s);
    QCOMPARE(inputs.load, u"steady"_s);
    QCOMPARE(inputs.geography, u"regional"_s);
    QVERIFY(!inputs.readVolume.has_value());

    // Each default is the model's: changing one in the catalog changes the inputs.
    Catalog changed = catalog();
    for (WhatIfInput &input : changed.whatIf.inputs) {
        if (input.id == u"qps")
            input.defaultNumber = 2500;
        if (input.id == u"load")
            input.defaultOption = u"spiky"_s;
    }
    const ScenarioInputs other = ScenarioInputs::defaults(changed);
    QCOMPARE(other.qps, 2500.0);
    QCOMPARE(other.load, u"spiky"_s);
}

void TestEngine::settingInputsNamesWhatIsWrong_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error"); // empty: accepted

    QTest::newRow("a plain number") << u"qps"_s << u"20000"_s << QString();
    QTest::newRow("the document's shorthand 20K") << u"qps"_s << u"20K"_s << QString();
    QTest::newRow("a ratio written 20:1") << u"read_write_ratio"_s << u"20:1"_s << QString();
    QTest::newRow("an unknown key") << u"qpz"_s << u"10"_s << u"unknown key \"qpz\""_s;
    QTest::newRow("a consistency that is no option")
        << u"consistency"_s << u"weak"_s << u"consistency must be strong or eventual, not \"weak\""_s;
    QTest::newRow("a qps below the range") << u"qps"_s << u"50"_s << u"qps must be between 100 and 10000000"_s;
    QTest::newRow("a qps above the range") << u"qps"_s << u"2e7"_s << u"qps must be between 100 and 10000000"_s;
    QTest::newRow("text where a number belongs") << u"qps"_s << u"lots"_s << u"qps must be a number, not \"lots\""_s;
    QTest::newRow("a fraction of an engineer")
        << u"team_size"_s << u"2.5"_s << u"team_size must be a whole number, not \"2.5\""_s;
    QTest::newRow("a read volume that is no option")
        << u"read_volume"_s << u"huge"_s << u"read_volume must be high, normal or auto, not \"huge\""_s;
}

void TestEngine::settingInputsNamesWhatIsWrong()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);

    ScenarioInputs inputs = ScenarioInputs::defaults(catalog());
    const ScenarioInputs before = inputs;
    const QString message = inputs.set(key, value, catalog());
    if (error.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(!(inputs == before));
    } else {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY(inputs == before); // a refused value changes nothing
    }
}

void TestEngine::readVolumeFollowsTheRatioUnlessSet()
{
    // "Read/Write >10:1": exactly 10 is not above the threshold, 10.5 is.
    QCOMPARE(inputsFrom(u"read_write_ratio=10"_s).effectiveReadVolume(catalog()), u"normal"_s);
    QCOMPARE(inputsFrom(u"read_write_ratio=10.5"_s).effectiveReadVolume(catalog()), u"high"_s);
    QCOMPARE(inputsFrom(u"read_write_ratio=20 read_volume=normal"_s).effectiveReadVolume(catalog()), u"normal"_s);
    QCOMPARE(inputsFrom(u"read_write_ratio=1 read_volume=high"_s).effectiveReadVolume(catalog()), u"high"_s);
    const ScenarioInputs automatic = inputsFrom(u"read_write_ratio=20 read_volume=normal read_volume=auto"_s);
    QVERIFY(!automatic.readVolume.has_value());
    QCOMPARE(automatic.effectiveReadVolume(catalog()), u"high"_s);
    QCOMPARE(automatic.value(u"read_volume"_s, catalog()).toString(), u"high"_s);

    // The threshold is the model's, not a constant of the code.
    Catalog changed = catalog();
    for (WhatIfInput &input : changed.whatIf.inputs) {
        if (input.derivedFrom)
            input.derivedFrom->above.min = 30;
    }
    QCOMPARE(inputsFrom(u"read_write_ratio=20"_s).effectiveReadVolume(changed), u"normal"_s);
}

void TestEngine::flowchartReachesEveryOutcome_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QStringList>("path");
    for (const OutcomeCase &c : outcomeCases())
        QTest::newRow(c.name) << QString::fromLatin1(c.settings) << QString::fromLatin1(c.outcome)
                              << QString::fromLatin1(c.pattern) << c.path;
}

void TestEngine::flowchartReachesEveryOutcome()
{
    QFETCH(QString, settings);
    QFETCH(QString, outcome);
    QFETCH(QString, pattern);
    QFETCH(QStringList, path);

    QStringList errors;
    const ScenarioInputs inputs = inputsFrom(settings, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    QString outcomeNode;
    const QList<FlowchartStep> steps = Engine::walkFlowchart(catalog(), inputs, &outcomeNode);
    QCOMPARE(pathText(steps), path);
    QCOMPARE(outcomeNode, outcome);
    // Each step leads to the next question, the last to the outcome's side of the diagram.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QVERIFY(catalog().flowchart.question(steps.at(i).questionNode));
        QCOMPARE(steps.at(i).input, catalog().flowchart.question(steps.at(i).questionNode)->input);
    }
    QCOMPARE(steps.last().nextNode, outcome);

    const Evaluation evaluation = Engine::evaluate(catalog(), inputs);
    QCOMPARE(evaluation.outcomeNode, outcome);
    QCOMPARE(evaluation.recommendation, pattern);
    QCOMPARE(pathText(evaluation.path), path);
    QVERIFY2(evaluation.warnings.isEmpty(), qPrintable(evaluation.warnings.join(u'\n')));
}

void TestEngine::everyOutcomeIsCovered()
{
    QSet<QString> reached;
    for (const OutcomeCase &c : outcomeCases()) {
        QString outcomeNode;
        Engine::walkFlowchart(catalog(), inputsFrom(QString::fromLatin1(c.settings)), &outcomeNode);
        reached.insert(outcomeNode);
    }
    const QStringList outcomes = catalog().flowchart.outcomes.keys();
    QCOMPARE(outcomes.size(), 9);
    QCOMPARE(reached, QSet<QString>(outcomes.cbegin(), outcomes.cend()));
}

void TestEngine::flowchartBoundaries_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("outcome");

    const QString steady = u"consistency=eventual teams=1 load=steady geography=regional "_s;
    QTest::newRow("99,999 QPS is below 100K") << steady + u"qps=99999"_s << u"SIMPLE_SERVICES"_s;
    QTest::newRow("100K QPS starts the 100K-1M band") << steady + u"qps=100000"_s << u"MULTI_REGION"_s;
    QTest::newRow("999,999 QPS is still in the 100K-1M band") << steady + u"qps=999999"_s << u"MULTI_REGION"_s;
    QTest::newRow("1M QPS is above the band") << steady + u"qps=1000000"_s << u"CELL_BASED"_s;
    QTest::newRow("two teams are multiple teams") << u"consistency=eventual teams=2"_s << u"MICROSERVICES"_s;
    QTest::newRow("an explicit high read volume beats a low ratio")
        << u"read_write_ratio=1 read_volume=high"_s << u"CQRS_STRONG"_s;
}

void TestEngine::flowchartBoundaries()
{
    QFETCH(QString, settings);
    QFETCH(QString, outcome);
    QStringList errors;
    const ScenarioInputs inputs = inputsFrom(settings, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QString outcomeNode;
    Engine::walkFlowchart(catalog(), inputs, &outcomeNode);
    QCOMPARE(outcomeNode, outcome);
}

void TestEngine::flowchartNeverLoops()
{
    // A file whose flowchart loops back to its start: the walk stops, reports it and returns the path so far.
    Catalog looping = catalog();
    for (FlowchartQuestion &question : looping.flowchart.questions) {
        if (question.node == u"AUDIT") {
            for (FlowchartAnswer &answer : question.answers)
                answer.to = looping.flowchart.start;
        }
    }
    QString outcomeNode = u"stale"_s;
    QStringList warnings;
    const QList<FlowchartStep> path =
        Engine::walkFlowchart(looping, ScenarioInputs::defaults(looping), &outcomeNode, &warnings);
    QVERIFY(outcomeNode.isEmpty());
    QCOMPARE(path.size(), 2);
    QVERIFY2(anyContains(warnings, u"loops back"_s), qPrintable(warnings.join(u'\n')));

    // A question none of whose answers fits.
    Catalog unanswered = catalog();
    for (FlowchartQuestion &question : unanswered.flowchart.questions) {
        if (question.node == u"CONSISTENCY")
            question.answers.removeFirst();
    }
    const Evaluation evaluation = Engine::evaluate(unanswered, ScenarioInputs::defaults(unanswered));
    QVERIFY(evaluation.path.isEmpty());
    QVERIFY(evaluation.recommendation.isEmpty());
    QVERIFY2(anyContains(evaluation.warnings, u"no answer of \"Consistency Needs\" fits consistency = strong"_s),
             qPrintable(evaluation.warnings.join(u'\n')));
    QCOMPARE(evaluation.ranking.size(), 7); // the rest of the evaluation still stands
}

void TestEngine::calibratedAtTheReferenceQps_data()
{
    QTest::addColumn<QString>("pattern");
    for (const QString &pattern : Engine::costedPatterns(catalog()))
        QTest::newRow(qPrintable(pattern)) << pattern;
}

void TestEngine::calibratedAtTheReferenceQps()
{
    QFETCH(QString, pattern);
    const double reference = *catalog().whatIf.cost.referenceQps.value;
    const double total = tableValue(u"cost-breakdown"_s, pattern, u"total"_s);
    QVERIFY(!std::isnan(total));
    QCOMPARE(infraAt(pattern, reference), total); // exactly, not fuzzily
}

void TestEngine::calibrationMatchesTheDocumentsFigures()
{
    // The document's own words: "Total Monthly (10K QPS)" for the seven patterns.
    QCOMPARE(*catalog().whatIf.cost.referenceQps.value, 10000.0);
    QCOMPARE(Engine::costedPatterns(catalog()).size(), int(std::size(documentTotals)));
    for (const DocumentTotal &t : documentTotals) {
        const QString pattern = QString::fromLatin1(t.pattern);
        QVERIFY2(infraAt(pattern, 10000) == t.total, t.pattern);
    }
    // And CQRS's Scaling Characteristics: $2K, $8K, $25K and $100K at 1K, 10K, 50K and 100K.
    QCOMPARE(infraAt(u"cqrs"_s, 1000), 2000.0);
    QCOMPARE(infraAt(u"cqrs"_s, 10000), 8000.0);
    QCOMPARE(infraAt(u"cqrs"_s, 50000), 25000.0);
    QCOMPARE(infraAt(u"cqrs"_s, 100000), 100000.0);
}

void TestEngine::cqrsCurvePassesThroughItsScalingTable()
{
    const Table *table = catalog().table(u"cqrs-scaling"_s);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 4);
    for (const TableRow &row : table->rows) {
        const double load = *row.cell(u"load"_s).first().value;
        const double monthly = *row.cell(u"monthlyCost"_s).first().value;
        QCOMPARE(infraAt(u"cqrs"_s, load), monthly);
    }
}

void TestEngine::curvesAreMonotoneAndContinuous_data()
{
    QTest::addColumn<QString>("pattern");
    for (const QString &pattern : Engine::costedPatterns(catalog()))
        QTest::newRow(qPrintable(pattern)) << pattern;
}

void TestEngine::curvesAreMonotoneAndContinuous()
{
    QFETCH(QString, pattern);
    // 4001 samples over five decades: neighbours are 0.29% apart in QPS, so a continuous curve whose
    // steepest part is a power of 2 moves less than 1% between them. A jump would move more.
    const QList<QPointF> curve = Engine::infrastructureCurve(catalog(), pattern, 100, 1e7, 4001);
    QCOMPARE(curve.size(), 4001);
    QCOMPARE(curve.first().x(), 100.0);
    QCOMPARE(curve.last().x(), 1e7);
    for (qsizetype i = 1; i < curve.size(); ++i) {
        const QPointF &a = curve.at(i - 1);
        const QPointF &b = curve.at(i);
        QVERIFY2(b.y() >= a.y(), qPrintable(u"%1 falls from %2 to %3 at %4 QPS"_s.arg(pattern).arg(a.y()).arg(b.y()).arg(b.x())));
        QVERIFY2(b.y() <= a.y() * 1.01, qPrintable(u"%1 jumps from %2 to %3 at %4 QPS"_s.arg(pattern).arg(a.y()).arg(b.y()).arg(b.x())));
        QVERIFY(a.y() > 0);
    }
    // The curve is the cost function itself.
    for (const QPointF &point : {curve.at(0), curve.at(1234), curve.at(4000)})
        QCOMPARE(infraAt(pattern, point.x()), point.y());
    // No jump at the points the curve passes through either, however close one looks.
    for (const double knot : {1000.0, 10000.0, 50000.0, 100000.0}) {
        const double below = infraAt(pattern, knot * (1 - 1e-9));
        const double at = infraAt(pattern, knot);
        QVERIFY2(below <= at && at - below <= at * 1e-6, qPrintable(u"%1 at %2"_s.arg(pattern).arg(knot)));
    }
}

void TestEngine::partsSumToTheTotal()
{
    for (const QString &settings : {u"qps=100"_s, u"qps=10000"_s, u"qps=777777 team_size=13 engineer_cost=9000"_s,
                                    u"qps=10000000 team_size=200"_s}) {
        const ScenarioInputs inputs = inputsFrom(settings);
        for (const QString &pattern : Engine::costedPatterns(catalog())) {
            const CostBreakdown c = Engine::cost(catalog(), pattern, inputs);
            const QString where = pattern + u" at "_s + settings;
            QVERIFY2(c.base + c.variable + c.team == c.total(), qPrintable(where));
            QVERIFY2(c.base + c.variable == c.infrastructure(), qPrintable(where));
            QVERIFY2(c.variable >= 0 && c.base >= 0 && c.team > 0, qPrintable(where));
            // The base is the table's fixed cost, unless the whole infrastructure is less.
            const double tableBase = tableValue(u"cost-breakdown"_s, pattern, u"base"_s);
            QVERIFY2(c.base == std::min(tableBase, c.infrastructure()), qPrintable(where));
        }
    }
    // Traditional at 10K QPS: $2K base plus $1K variable is the $3K total.
    const CostBreakdown traditional = Engine::cost(catalog(), u"traditional"_s, inputsFrom(QString()));
    QCOMPARE(traditional.base, 2000.0);
    QCOMPARE(traditional.variable, 1000.0);
}

void TestEngine::teamCostIsSizeTimesCostTimesOverhead()
{
    const ScenarioInputs inputs = inputsFrom(u"team_size=7 engineer_cost=12000"_s);
    for (const QString &pattern : Engine::costedPatterns(catalog())) {
        const double overhead = tableValue(u"cost-breakdown"_s, pattern, u"teamOverhead"_s);
        QCOMPARE(Engine::cost(catalog(), pattern, inputs).team, 7 * 12000 * overhead);
    }
    QCOMPARE(Engine::cost(catalog(), u"microservices"_s, inputs).team, 210000.0); // "2.5x team"
    QCOMPARE(Engine::cost(catalog(), u"serverless"_s, inputs).team, 67200.0);     // "0.8x team"
    // Team cost does not move with load.
    QCOMPARE(Engine::cost(catalog(), u"cqrs"_s, inputsFrom(u"team_size=7 engineer_cost=12000 qps=5000000"_s)).team,
             Engine::cost(catalog(), u"cqrs"_s, inputs).team);
}

void TestEngine::selectionMatrix_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QList<int>>("full");
    QTest::addColumn<QStringList>("patterns");

    QTest::newRow("800 QPS with 3 engineers and a steady load is the Traditional row")
        << u"qps=800 team_size=3 load=steady"_s << QList<int>{0} << QStringList{u"traditional"_s};
    QTest::newRow("20K QPS with a spiky load is the Serverless row")
        << u"qps=20000 load=spiky consistency=eventual"_s << QList<int>{3} << QStringList{u"serverless"_s};
    QTest::newRow("70K QPS with strong consistency is the Event Sourcing + CQRS row")
        << u"qps=70000 consistency=strong audit=critical"_s << QList<int>{4}
        << QStringList{u"event-sourcing"_s, u"cqrs"_s};
    QTest::newRow("2M QPS for global users with 15 engineers is the Edge Computing row")
        << u"qps=2000000 geography=global team_size=15 consistency=eventual"_s << QList<int>{6}
        << QStringList{u"edge-computing"_s};
    QTest::newRow("20K QPS, strong, steady, 4 engineers is the CQRS row")
        << u"qps=20000 team_size=4"_s << QList<int>{1} << QStringList{u"cqrs"_s};
}

void TestEngine::selectionMatrix()
{
    QFETCH(QString, settings);
    QFETCH(QList<int>, full);
    QFETCH(QStringList, patterns);

    QStringList errors;
    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(settings, &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(rows(evaluation.matrix), full);
    QCOMPARE(evaluation.matrix.first().patterns, patterns);
    QCOMPARE(evaluation.matrix.first().matched,
             (QStringList{u"scale"_s, u"teamSize"_s, u"consistency"_s, u"loadPattern"_s}));
    for (const MatrixMatch &near : evaluation.matrixNearMisses) {
        QCOMPARE(near.unmatched.size(), 1);
        QCOMPARE(near.matched.size(), 3);
    }
}

void TestEngine::matrixRangeEnds_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QList<int>>("full");
    QTest::addColumn<QString>("nearRowMisses"); // "row:column" of one expected near miss, or empty

    QTest::newRow("\"<10K\" excludes 10,000 itself")
        << u"qps=10000 team_size=3"_s << QList<int>{1} << u"0:scale"_s;
    QTest::newRow("\"<10K\" includes 9,999") << u"qps=9999 team_size=3"_s << QList<int>{0} << u"1:scale"_s;
    QTest::newRow("\"10K-50K\" includes 50,000, as does \"50K-100K\"")
        << u"qps=50000 team_size=3"_s << QList<int>{1, 4} << QString();
    QTest::newRow("\"1-3\" engineers excludes a fourth: a near miss on team size")
        << u"qps=800 team_size=4"_s << QList<int>{} << u"0:teamSize"_s;
    QTest::newRow("\">10\" engineers excludes ten")
        << u"qps=2000000 geography=global team_size=10"_s << QList<int>{} << u"6:teamSize"_s;
    QTest::newRow("\"Global\" in the load column asks for global users")
        << u"qps=2000000 geography=regional team_size=11"_s << QList<int>{} << u"6:loadPattern"_s;
}

void TestEngine::matrixRangeEnds()
{
    QFETCH(QString, settings);
    QFETCH(QList<int>, full);
    QFETCH(QString, nearRowMisses);

    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(settings));
    QCOMPARE(rows(evaluation.matrix), full);
    if (nearRowMisses.isEmpty())
        return;
    const int row = nearRowMisses.section(u':', 0, 0).toInt();
    const QString column = nearRowMisses.section(u':', 1);
    const auto near = std::find_if(evaluation.matrixNearMisses.cbegin(), evaluation.matrixNearMisses.cend(),
                                   [&](const MatrixMatch &m) { return m.row == row; });
    QVERIFY2(near != evaluation.matrixNearMisses.cend(), qPrintable(nearRowMisses));
    QCOMPARE(near->unmatched, QStringList{column});
}

void TestEngine::rankingCoversEveryCostedPattern()
{
    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(QString()));
    QStringList ranked;
    for (const RankedPattern &r : evaluation.ranking) {
        ranked.append(r.pattern);
        QVERIFY(r.score >= 0 && r.score <= 100);
        QVERIFY2(!r.reasons.isEmpty(), qPrintable(r.pattern));
    }
    QStringList expected = Engine::costedPatterns(catalog());
    QCOMPARE(expected.size(), 7);
    QStringList sorted = ranked;
    sorted.sort();
    expected.sort();
    QCOMPARE(sorted, expected);
    for (qsizetype i = 1; i < evaluation.ranking.size(); ++i)
        QVERIFY(evaluation.ranking.at(i - 1).score >= evaluation.ranking.at(i).score);
    QCOMPARE(evaluation.costs.size(), 7);
    QCOMPARE(evaluation.complexity.size(), 7);
}

void TestEngine::rankingPutsTheFlowchartOutcomeFirst_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("reason"); // one reason the winner must give

    QTest::newRow("800 QPS, 3 engineers, steady: Traditional")
        << u"qps=800 team_size=3 load=steady"_s << u"traditional"_s << u"matches selection matrix row 1"_s;
    QTest::newRow("20K QPS spiky: Serverless")
        << u"qps=20000 load=spiky consistency=eventual"_s << u"serverless"_s << u"fits: Spiky loads (Load pattern: Spiky)"_s;
    QTest::newRow("70K QPS strong with critical audit: Event Sourcing")
        << u"qps=70000 consistency=strong audit=critical"_s << u"event-sourcing"_s
        << u"fits: Audit requirements (Audit requirements: Critical)"_s;
    QTest::newRow("2M QPS global with 15 engineers: the flowchart's Cell-Based")
        << u"qps=2000000 geography=global team_size=15 consistency=eventual"_s << u"cell-based"_s
        << u"fits: Blast radius control (peak 2,000,000 QPS)"_s;
    QTest::newRow("reads at 20:1: CQRS")
        << u"read_write_ratio=20"_s << u"cqrs"_s << u"fits: Read/Write >10:1 (ratio 20:1)"_s;
    QTest::newRow("three teams: Microservices")
        << u"consistency=eventual teams=3 team_size=12"_s << u"microservices"_s << u"fits: Team autonomy (Teams: 3)"_s;
    QTest::newRow("500K QPS global: Edge Computing")
        << u"consistency=eventual qps=500000 geography=global team_size=15"_s << u"edge-computing"_s
        << u"fits: Global latency (Geography: Global)"_s;
}

void TestEngine::rankingPutsTheFlowchartOutcomeFirst()
{
    QFETCH(QString, settings);
    QFETCH(QString, first);
    QFETCH(QString, reason);

    QStringList errors;
    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(settings, &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(evaluation.recommendation, first);
    const RankedPattern &winner = evaluation.ranking.first();
    QCOMPARE(winner.pattern, first);
    QVERIFY2(anyContains(winner.reasons, u"the selection flowchart leads here"_s), qPrintable(winner.reasons.join(u'\n')));
    QVERIFY2(anyContains(winner.reasons, reason), qPrintable(winner.reasons.join(u'\n')));
    QVERIFY(winner.score > evaluation.ranking.at(1).score);
}

void TestEngine::rankingWarnsBeyondScaleLimits()
{
    // 2M QPS at one read per write: 1M writes/s against CQRS's "Write: 50K TPS".
    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(u"qps=2000000 read_write_ratio=1"_s));
    const RankedPattern *cqrs = ranked(evaluation, u"cqrs"_s);
    QVERIFY(cqrs);
    QCOMPARE(cqrs->warnings, QStringList{u"exceeds scale limit Write: 50K TPS (writes 1,000,000/s)"_s});
    QVERIFY(cqrs->reasons.contains(cqrs->warnings.first()));
    // Reads are exactly 1M: at the limit, not beyond it.
    QVERIFY2(anyContains(cqrs->reasons, u"within scale limit Read: 1M QPS (reads 1,000,000/s)"_s),
             qPrintable(cqrs->reasons.join(u'\n')));
    QVERIFY2(anyContains(cqrs->reasons, u"does not fit: Read/Write >10:1 (ratio 1:1)"_s),
             qPrintable(cqrs->reasons.join(u'\n')));

    const RankedPattern *events = ranked(evaluation, u"event-sourcing"_s);
    QCOMPARE(events->warnings, QStringList{u"exceeds scale limit 100K events/sec (events 1,000,000/s, one per write)"_s});
    // 5 engineers imply the smallest documented deployment, "Services: 10-100": 200K RPS per service.
    const RankedPattern *micro = ranked(evaluation, u"microservices"_s);
    QCOMPARE(micro->warnings, QStringList{u"exceeds scale limit 10K RPS/service (200,000 RPS per service across 10 services)"_s});
    // Serverless: 2M requests/s times the invocation-weighted 164 ms of the cost table.
    const RankedPattern *serverless = ranked(evaluation, u"serverless"_s);
    QCOMPARE(serverless->warnings.size(), 1);
    QVERIFY2(serverless->warnings.first().startsWith(u"exceeds scale limit 10K concurrent (327,"_s),
             qPrintable(serverless->warnings.first()));
    QVERIFY(serverless->warnings.first().endsWith(u"concurrent executions at 164 ms average duration)"_s));
    // The limits are the model's, and a breach costs score: with the write limit raised, no warning.
    Catalog relaxed = catalog();
    for (Pattern &pattern : relaxed.patterns) {
        for (Fact &limit : pattern.scaleLimits) {
            if (pattern.id == u"cqrs" && limit.metric == u"write_tps")
                limit.value = 2e6;
        }
    }
    const Evaluation calm = Engine::evaluate(relaxed, inputsFrom(u"qps=2000000 read_write_ratio=1"_s));
    QVERIFY(ranked(calm, u"cqrs"_s)->warnings.isEmpty());
    QVERIFY(ranked(calm, u"cqrs"_s)->score > cqrs->score);
}

void TestEngine::noWarningsWithinScaleLimits()
{
    const Evaluation evaluation = Engine::evaluate(catalog(), inputsFrom(QString()));
    for (const RankedPattern &r : evaluation.ranking)
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.pattern + u": "_s + r.warnings.join(u"; "_s)));
    QVERIFY(evaluation.warnings.isEmpty());
}

void TestEngine::complexityIsNormalised()
{
    for (const QString &pattern : Engine::costedPatterns(catalog())) {
        const ComplexityProfile p = Engine::complexity(catalog(), pattern);
        for (const double x : {p.devTime, p.opsComplexity, p.learningCurve, p.teamReadiness, p.risk})
            QVERIFY2(x >= 0 && x <= 1, qPrintable(pattern));
    }
    // Edge Computing is the hardest on every axis; Serverless is the quickest to build (-20%).
    const ComplexityProfile edge = Engine::complexity(catalog(), u"edge-computing"_s);
    QCOMPARE(edge.devTime, 1.0);
    QCOMPARE(edge.opsComplexity, 1.0);
    QCOMPARE(edge.learningCurve, 1.0);
    QCOMPARE(edge.teamReadiness, 1.0);
    QCOMPARE(edge.risk, 1.0);
    QCOMPARE(Engine::complexity(catalog(), u"serverless"_s).devTime, 0.0);
    const ComplexityProfile traditional = Engine::complexity(catalog(), u"traditional"_s);
    QCOMPARE(traditional.teamReadiness, 0.0);
    QCOMPARE(traditional.risk, 0.0);
    // Dev time from -20% to +300%: CQRS's +50% is 70/320 of the way; learning "3-6 months" uses 3 of 1..18.
    const ComplexityProfile cqrs = Engine::complexity(catalog(), u"cqrs"_s);
    QCOMPARE(cqrs.devTime, 70.0 / 320.0);
    QCOMPARE(cqrs.learningCurve, 2.0 / 17.0);
    QCOMPARE(cqrs.teamReadiness, 0.5); // "Senior engineers", level 3 of 1..5
}

void TestEngine::evaluationIsDeterministic()
{
    for (const OutcomeCase &c : outcomeCases()) {
        const ScenarioInputs inputs = inputsFrom(QString::fromLatin1(c.settings));
        const Evaluation first = Engine::evaluate(catalog(), inputs);
        const Evaluation second = Engine::evaluate(catalog(), inputs);
        QCOMPARE(Engine::toJson(first, inputs, catalog()), Engine::toJson(second, inputs, catalog()));
        QCOMPARE(Engine::toText(first, inputs, catalog()), Engine::toText(second, inputs, catalog()));
    }
}

void TestEngine::jsonHasTheDocumentedShape()
{
    const ScenarioInputs inputs = inputsFrom(u"read_write_ratio=20"_s);
    const QByteArray json = Engine::toJson(Engine::evaluate(catalog(), inputs), inputs, catalog());
    for (const char *key : {"\"recommendation\": \"cqrs\"", "\"outcomeNode\": \"CQRS_STRONG\"", "\"path\": [",
                            "\"matrix\": [", "\"nearMisses\": [", "\"ranking\": [", "\"costs\": {",
                            "\"complexity\": {", "\"inputs\": {", "\"warnings\": []", "\"read_volume\": \"high\""})
        QVERIFY2(json.contains(key), key);
}

QTEST_GUILESS_MAIN(TestEngine)

#include "tst_engine.moc"
