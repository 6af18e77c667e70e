// `archscape evaluate` as a user runs it: the JSON's keys and types, the text format, --set and
// --scenario in order, and an exit status of 1 with a message naming the culprit for every kind of
// bad argument, value, model or scenario.
#include "commandline/evaluatecommand.h"
#include "engine/decisionrecord.h"
#include "engine/engine.h"
#include "modelloader.h"
#include "testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = runEvaluateCommand(arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray embeddedText()
{
    QFile file(QString::fromLatin1(ModelLoader::embeddedModelPath));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The embedded model with the value at one JSON pointer replaced.
QByteArray withValue(const char *pointer, const char *value)
{
    using Json = nlohmann::ordered_json;
    const QByteArray text = embeddedText();
    Json json = Json::parse(text.cbegin(), text.cend(), nullptr, false);
    const Json::json_pointer at(pointer);
    if (json.is_discarded() || !json.contains(at))
        return QByteArray("the fixture's pointer was not found");
    json[at] = value;
    return QByteArray::fromStdString(json.dump(2));
}

} // namespace

class TestEvaluateCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void jsonHasTheDocumentedShape();
    void jsonIsTheDefaultFormat();
    void textFormatReadsAsASummary();
    void helpDocumentsTheKeys();
    void adrFormatWritesTheDecisionRecord();
    void setIsAppliedInOrder();
    void scenarioFileIsAppliedBeforeSet();
    void printedInputsReadBackAsAScenario();
    void modelFileIsUsed();
    void errorsNameTheCulprit_data();
    void errorsNameTheCulprit();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    Catalog m_catalog;
};

void TestEvaluateCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!embeddedText().isEmpty());
    const LoadResult builtIn = ModelLoader::loadEmbedded();
    QVERIFY(builtIn.ok());
    m_catalog = *builtIn.catalog;
    QVERIFY(writeFile(path(u"microservices.json"_s), R"({"inputs": {"consistency": "eventual", "teams": 3}})"));
    QVERIFY(writeFile(path(u"no-inputs.json"_s), R"({"qps": 1000})"));
    QVERIFY(writeFile(path(u"unknown-key.json"_s), R"({"inputs": {"users": 1000}})"));
    QVERIFY(writeFile(path(u"not-json.json"_s), "{\"inputs\": {"));
    QVERIFY(writeFile(path(u"broken-edge.json"_s), withValue("/diagrams/cqrs/edges/7/to", "NOWHERE")));
    QVERIFY(writeFile(path(u"broken-fit.json"_s),
                      withValue("/whatIf/fit/event-sourcing/0/because", "Auditors like it")));
    QVERIFY(writeFile(path(u"truncated.json"_s), embeddedText().left(1000)));
    QVERIFY(writeFile(path(u"copy.json"_s), embeddedText()));
}

void TestEvaluateCommand::jsonHasTheDocumentedShape()
{
    const Run result = run({u"--set"_s, u"read_write_ratio=20"_s, u"--format"_s, u"json"_s});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QJsonObject root = json(result);

    QCOMPARE(root.value(u"recommendation"_s).toString(), u"cqrs"_s);
    QCOMPARE(root.value(u"outcomeNode"_s).toString(), u"CQRS_STRONG"_s);

    const QJsonArray path = root.value(u"path"_s).toArray();
    QCOMPARE(path.size(), 3);
    QStringList steps;
    for (const QJsonValue &step : path) {
        const QJsonObject o = step.toObject();
        QVERIFY(o.value(u"question"_s).isString());
        QVERIFY(o.value(u"answer"_s).isString());
        QVERIFY(o.value(u"input"_s).isString());
        steps.append(o.value(u"question"_s).toString() + u": "_s + o.value(u"answer"_s).toString());
    }
    QCOMPARE(steps, (QStringList{u"Consistency Needs: Strong"_s, u"Audit Requirements: Standard"_s, u"Read Volume: High"_s}));
    QCOMPARE(path.at(2).toObject().value(u"input"_s).toString(), u"read_volume"_s);

    const QJsonArray ranking = root.value(u"ranking"_s).toArray();
    QCOMPARE(ranking.size(), 7);
    QCOMPARE(ranking.first().toObject().value(u"pattern"_s).toString(), u"cqrs"_s);
    double previous = 101;
    for (const QJsonValue &entry : ranking) {
        const QJsonObject o = entry.toObject();
        QVERIFY(o.value(u"pattern"_s).isString());
        QVERIFY(o.value(u"name"_s).isString());
        QVERIFY(o.value(u"score"_s).isDouble());
        QVERIFY(o.value(u"score"_s).toDouble() <= previous);
        previous = o.value(u"score"_s).toDouble();
        QVERIFY(o.value(u"reasons"_s).isArray());
        QVERIFY(!o.value(u"reasons"_s).toArray().isEmpty());
        for (const QJsonValue &reason : o.value(u"reasons"_s).toArray())
            QVERIFY(reason.isString());
        QVERIFY(o.value(u"warnings"_s).isArray());
    }

    const QJsonObject costs = root.value(u"costs"_s).toObject();
    QCOMPARE(costs.keys().size(), 7);
    for (const QString &pattern : costs.keys()) {
        const QJsonObject c = costs.value(pattern).toObject();
        for (const char *key : {"infrastructure", "base", "variable", "team", "total"})
            QVERIFY2(c.value(QString::fromLatin1(key)).isDouble(), key);
        const double sum = c.value(u"base"_s).toDouble() + c.value(u"variable"_s).toDouble() + c.value(u"team"_s).toDouble();
        QVERIFY(std::abs(sum - c.value(u"total"_s).toDouble()) < 1e-6);
    }
    QCOMPARE(costs.value(u"cqrs"_s).toObject().value(u"infrastructure"_s).toDouble(), 8000.0);
    QCOMPARE(costs.value(u"cqrs"_s).toObject().value(u"team"_s).toDouble(), 112500.0); // 5 x $15,000 x 1.5

    const QJsonArray matrix = root.value(u"matrix"_s).toArray();
    QCOMPARE(matrix.size(), 1);
    const QJsonObject row = matrix.first().toObject();
    QCOMPARE(row.value(u"row"_s).toInt(), 1);
    QCOMPARE(row.value(u"patterns"_s).toArray().first().toString(), u"cqrs"_s);
    QCOMPARE(row.value(u"monthlyCost"_s).toObject().value(u"text"_s).toString(), u"$8K"_s);
    QCOMPARE(row.value(u"monthlyCost"_s).toObject().value(u"value"_s).toDouble(), 8000.0);
    QCOMPARE(row.value(u"complexity"_s).toObject().value(u"text"_s).toString(), u"Medium"_s);
    QVERIFY(root.value(u"nearMisses"_s).isArray());

    const QJsonObject complexity = root.value(u"complexity"_s).toObject();
    QCOMPARE(complexity.keys().size(), 7);
    QVERIFY(complexity.value(u"edge-computing"_s).toObject().value(u"risk"_s).isDouble());

    const QJsonObject inputs = root.value(u"inputs"_s).toObject();
    QCOMPARE(inputs.keys().size(), 10);
    QCOMPARE(inputs.value(u"read_write_ratio"_s).toDouble(), 20.0);
    QCOMPARE(inputs.value(u"team_size"_s).toInt(), 5);
    QCOMPARE(inputs.value(u"read_volume"_s).toString(), u"high"_s);
    QVERIFY(root.value(u"derived"_s).toObject().contains(u"read_volume"_s));
    QVERIFY(root.value(u"warnings"_s).isArray());
}

void TestEvaluateCommand::jsonIsTheDefaultFormat()
{
    const Run result = run({});
    QCOMPARE(result.code, 0);
    QCOMPARE(json(result).value(u"recommendation"_s).toString(), u"traditional"_s);
}

void TestEvaluateCommand::textFormatReadsAsASummary()
{
    const Run result = run({u"--format"_s, u"text"_s, u"--set"_s, u"read_write_ratio=20"_s});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.startsWith(u"Recommendation: CQRS (flowchart outcome CQRS_STRONG)\n"_s));
    for (const QString &fragment : {u"Read Volume? High"_s, u"Ranking:"_s, u"1. CQRS"_s, u"fits: Read/Write >10:1 (ratio 20:1)"_s,
                                    u"Monthly cost (USD):"_s, u"$0.015/request"_s, u"Complexity"_s,
                                    u"(derived: ratio 20:1, rule Read/Write >10:1)"_s})
        QVERIFY2(result.out.contains(fragment), qPrintable(fragment));
    QVERIFY(!result.out.trimmed().startsWith(u'{'));
}

void TestEvaluateCommand::adrFormatWritesTheDecisionRecord()
{
    const Run result = run({u"--set"_s, u"consistency=eventual"_s, u"--set"_s, u"qps=2M"_s, u"--format"_s, u"adr"_s,
                            u"--date"_s, u"2025-03-04"_s});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.err, QString());
    // The flowchart's outcome for these inputs, written as the record's decision.
    const Evaluation evaluation = Engine::evaluate(m_catalog, [&] {
        ScenarioInputs inputs = ScenarioInputs::defaults(m_catalog);
        inputs.consistency = u"eventual"_s;
        inputs.qps = 2000000;
        return inputs;
    }());
    const Pattern *pattern = m_catalog.pattern(evaluation.recommendation);
    QVERIFY(pattern);
    QVERIFY2(result.out.startsWith(u"# ADR: Adopt "_s), qPrintable(result.out.left(200)));
    QVERIFY(result.out.contains(u"**Date:** 2025-03-04"_s));
    QVERIFY(result.out.contains(u"We will adopt **"_s));
    QVERIFY(result.out.contains(pattern->name));
    QVERIFY(result.out.contains(u"answered from the what-if inputs"_s));
    QVERIFY(result.out.contains(u"2,000,000 qps"_s));
    for (qsizetype i = 0; i < evaluation.path.size(); ++i)
        QVERIFY(result.out.contains(QString::number(i + 1) + u". **"_s + evaluation.path.at(i).question + u"?** "_s
                                    + DecisionRecord::escapeInline(evaluation.path.at(i).answer)));
    for (const QString &section : {u"## Context"_s, u"## Consequences"_s, u"## Cost at these inputs"_s, u"## Complexity"_s,
                                   u"## Anti-pattern risks"_s, u"## Migration"_s})
        QVERIFY2(result.out.contains(section), qPrintable(section));
}

void TestEvaluateCommand::helpDocumentsTheKeys()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.code, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.startsWith(u"Usage: archscape evaluate"_s));
    for (const QString &key : {u"qps"_s, u"read_write_ratio"_s, u"team_size"_s, u"teams"_s, u"engineer_cost"_s,
                               u"consistency"_s, u"audit"_s, u"load"_s, u"geography"_s, u"read_volume"_s, u"provisional"_s})
        QVERIFY2(result.out.contains(key), qPrintable(key));
}

void TestEvaluateCommand::setIsAppliedInOrder()
{
    const Run result = run({u"--set"_s, u"qps=100"_s, u"--set"_s, u"consistency=eventual"_s, u"--set"_s, u"qps=2M"_s});
    QCOMPARE(result.code, 0);
    const QJsonObject root = json(result);
    QCOMPARE(root.value(u"inputs"_s).toObject().value(u"qps"_s).toDouble(), 2e6);
    QCOMPARE(root.value(u"recommendation"_s).toString(), u"cell-based"_s);
}

void TestEvaluateCommand::scenarioFileIsAppliedBeforeSet()
{
    const Run scenario = run({u"--scenario"_s, path(u"microservices.json"_s)});
    QCOMPARE(scenario.code, 0);
    QCOMPARE(json(scenario).value(u"recommendation"_s).toString(), u"microservices"_s);

    const Run overridden = run({u"--set"_s, u"load=spiky"_s, u"--scenario"_s, path(u"microservices.json"_s), u"--set"_s, u"teams=1"_s});
    QCOMPARE(overridden.code, 0);
    QCOMPARE(json(overridden).value(u"recommendation"_s).toString(), u"serverless"_s);
}

void TestEvaluateCommand::printedInputsReadBackAsAScenario()
{
    const Run first = run({u"--set"_s, u"qps=123456"_s, u"--set"_s, u"geography=global"_s, u"--set"_s, u"consistency=eventual"_s,
                           u"--set"_s, u"read_write_ratio=0.1"_s});
    QCOMPARE(first.code, 0);
    QVERIFY(writeFile(path(u"printed.json"_s), first.out.toUtf8()));
    const Run second = run({u"--scenario"_s, path(u"printed.json"_s)});
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QCOMPARE(json(second).value(u"inputs"_s), json(first).value(u"inputs"_s));
    QCOMPARE(json(second).value(u"recommendation"_s).toString(), u"edge-computing"_s);
}

void TestEvaluateCommand::modelFileIsUsed()
{
    const Run result = run({u"--model"_s, path(u"copy.json"_s), u"--format"_s, u"text"_s});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.startsWith(u"Recommendation: Traditional"_s));
}

void TestEvaluateCommand::errorsNameTheCulprit_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments"); // each must appear in the error output

    QTest::newRow("an unknown key") << QStringList{u"--set"_s, u"qpz=10"_s} << QStringList{u"unknown key \"qpz\""_s};
    QTest::newRow("a value that is no option")
        << QStringList{u"--set"_s, u"consistency=weak"_s}
        << QStringList{u"consistency must be strong or eventual, not \"weak\""_s};
    QTest::newRow("a number out of range")
        << QStringList{u"--set"_s, u"qps=50"_s} << QStringList{u"qps must be between 100 and 10000000"_s};
    QTest::newRow("a number that is no number")
        << QStringList{u"--set"_s, u"team_size=many"_s} << QStringList{u"team_size must be a number, not \"many\""_s};
    QTest::newRow("a setting without =") << QStringList{u"--set"_s, u"qps"_s} << QStringList{u"--set expects KEY=VALUE, not \"qps\""_s};
    QTest::newRow("an unknown format") << QStringList{u"--format"_s, u"xml"_s} << QStringList{u"--format must be json, text or adr, not \"xml\""_s};
    QTest::newRow("a decision record date that is no date")
        << QStringList{u"--format"_s, u"adr"_s, u"--date"_s, u"2024-02-30"_s}
        << QStringList{u"--date must be a date written YYYY-MM-DD, not \"2024-02-30\""_s};
    QTest::newRow("an unknown option") << QStringList{u"--frobnicate"_s} << QStringList{u"frobnicate"_s};
    QTest::newRow("a stray argument") << QStringList{u"cqrs"_s} << QStringList{u"unexpected argument \"cqrs\""_s};
    QTest::newRow("a missing model file")
        << QStringList{u"--model"_s, u"/nonexistent/model.json"_s}
        << QStringList{u"/nonexistent/model.json"_s, u"cannot open the model"_s};
    QTest::newRow("a model file that is cut short")
        << QStringList{u"--model"_s, u"%dir%/truncated.json"_s} << QStringList{u"truncated.json"_s, u"not valid JSON"_s};
    QTest::newRow("a model file with an edge to nowhere")
        << QStringList{u"--model"_s, u"%dir%/broken-edge.json"_s}
        << QStringList{u"broken-edge.json"_s, u"/diagrams/cqrs/edges/7/to"_s, u"edge to unknown node \"NOWHERE\""_s};
    QTest::newRow("a model file whose fit rule cites no \"when to use\"")
        << QStringList{u"--model"_s, u"%dir%/broken-fit.json"_s}
        << QStringList{u"broken-fit.json"_s, u"/whatIf/fit/event-sourcing/0/because"_s, u"\"Auditors like it\""_s};
    QTest::newRow("a missing scenario file")
        << QStringList{u"--scenario"_s, u"%dir%/nowhere.json"_s} << QStringList{u"cannot open the scenario"_s, u"nowhere.json"_s};
    QTest::newRow("a scenario that is not JSON")
        << QStringList{u"--scenario"_s, u"%dir%/not-json.json"_s} << QStringList{u"not-json.json"_s, u"not valid JSON"_s};
    QTest::newRow("a scenario without inputs")
        << QStringList{u"--scenario"_s, u"%dir%/no-inputs.json"_s} << QStringList{u"no-inputs.json"_s, u"no \"inputs\" object"_s};
    QTest::newRow("a scenario with an unknown key")
        << QStringList{u"--scenario"_s, u"%dir%/unknown-key.json"_s} << QStringList{u"unknown-key.json"_s, u"unknown key \"users\""_s};
}

void TestEvaluateCommand::errorsNameTheCulprit()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);

    arguments.replaceInStrings(u"%dir%"_s, m_dir.path());
    const Run result = run(arguments);
    QCOMPARE(result.code, 1);
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out.left(200)));
    for (const QString &fragment : fragments)
        QVERIFY2(result.err.contains(fragment), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestEvaluateCommand)

#include "tst_evaluatecommand.moc"
