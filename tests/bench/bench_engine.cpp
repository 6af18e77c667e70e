// How long one what-if evaluation takes (flowchart, matrix, costs, ranking, complexity): the
// sliders re-run it on every change, so it must stay well under a frame. Goal: < 50 us a call.
// Run: ./build/tests/bench/bench_engine -median 9   (QBENCHMARK; the figure is per evaluate() call)
#include "engine/engine.h"
#include "modelloader.h"

#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

class BenchEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void evaluate_data();
    void evaluate();
    void toJson();

private:
    Catalog m_catalog;
};

void BenchEngine::initTestCase()
{
    const LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_catalog = *result.catalog;
}

void BenchEngine::evaluate_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("defaults (Traditional)") << QStringList{};
    QTest::newRow("reads at 20:1 (CQRS)") << QStringList{u"read_write_ratio=20"_s};
    QTest::newRow("spiky 20K QPS (Serverless)") << QStringList{u"consistency=eventual"_s, u"load=spiky"_s, u"qps=20000"_s};
    QTest::newRow("2M QPS, every scale limit broken (Cell-Based)")
        << QStringList{u"consistency=eventual"_s, u"qps=2000000"_s, u"read_write_ratio=1"_s, u"team_size=15"_s};
}

void BenchEngine::evaluate()
{
    QFETCH(QStringList, settings);
    ScenarioInputs inputs = ScenarioInputs::defaults(m_catalog);
    for (const QString &setting : settings)
        QVERIFY(inputs.set(setting.section(u'=', 0, 0), setting.section(u'=', 1), m_catalog).isEmpty());
    QBENCHMARK {
        const Evaluation evaluation = Engine::evaluate(m_catalog, inputs);
        QVERIFY(!evaluation.ranking.isEmpty());
    }
}

void BenchEngine::toJson()
{
    const ScenarioInputs inputs = ScenarioInputs::defaults(m_catalog);
    const Evaluation evaluation = Engine::evaluate(m_catalog, inputs);
    QBENCHMARK {
        QVERIFY(!Engine::toJson(evaluation, inputs, m_catalog).isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchEngine)
#include "bench_engine.moc"
