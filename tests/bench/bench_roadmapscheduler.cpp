// How long resolving a roadmap takes: the page re-resolves on every table edit and every snapped
// step of a bar-end drag, and the scheduler must stay linear on large generated roadmaps.
// Run: ./build/tests/bench/bench_roadmapscheduler -median 5   (QBENCHMARK; the figure is per resolve())
#include "modelloader.h"
#include "roadmapscheduler.h"

#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// A chain (each task after the previous) or a layered graph (each task after two of the layer
// before), with month durations so the calendar arithmetic is exercised.
Roadmap generated(int tasks, bool layered)
{
    Roadmap roadmap;
    roadmap.sections.append({u"Generated"_s, {}});
    QList<RoadmapTask> &list = roadmap.sections.first().tasks;
    list.reserve(tasks);
    constexpr int width = 10;
    for (int i = 0; i < tasks; ++i) {
        RoadmapTask task;
        task.id = u"t"_s + QString::number(i);
        task.name = task.id;
        task.duration = {1 + i % 6, i % 3 == 0 ? u'M' : u'd'};
        if (i == 0 || (layered && i < width))
            task.start = QDate(2024, 1, 31);
        else if (!layered)
            task.after = {u"t"_s + QString::number(i - 1)};
        else
            task.after = {u"t"_s + QString::number(i - width), u"t"_s + QString::number(i - width + (i % width == 0 ? 1 : -1))};
        list.append(task);
    }
    return roadmap;
}

} // namespace

class BenchRoadmapScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
};

void BenchRoadmapScheduler::resolve_data()
{
    QTest::addColumn<Roadmap>("roadmap");
    const LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    QTest::newRow("the document's roadmap (10 tasks)") << result.catalog->roadmap;
    for (int n : {1000, 10000, 100000}) {
        QTest::addRow("chain of %d", n) << generated(n, false);
        QTest::addRow("layered, %d tasks, 2 dependencies each", n) << generated(n, true);
    }
}

void BenchRoadmapScheduler::resolve()
{
    QFETCH(Roadmap, roadmap);
    RoadmapSchedule schedule;
    QBENCHMARK {
        schedule = RoadmapScheduler::resolve(roadmap);
    }
    QVERIFY(schedule.diagnostics.isEmpty());
    QVERIFY(!schedule.criticalPath.isEmpty());
}

QTEST_GUILESS_MAIN(BenchRoadmapScheduler)
#include "bench_roadmapscheduler.moc"
