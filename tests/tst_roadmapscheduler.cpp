// The roadmap scheduler against the document's Gantt chart and Mermaid's date rules, its
// diagnostics for broken roadmaps, and the editable task table with its undoable commands.
#include "document.h"
#include "modelloader.h"
#include "modelroles.h"
#include "roadmapcommands.h"
#include "roadmapscheduler.h"
#include "roadmaptaskmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// "2024-01-01" starts on a date, "after a b" comes after tasks, anything else has neither.
RoadmapTask task(const QString &id, const QString &when, const QString &duration, bool milestone = false)
{
    RoadmapTask t;
    t.id = id;
    t.name = u"Task "_s + id;
    if (when.startsWith(u"after"_s))
        t.after = when.mid(5).split(u' ', Qt::SkipEmptyParts);
    else
        t.start = QDate::fromString(when, Qt::ISODate);
    t.duration = *RoadmapTaskModel::parseDuration(duration);
    t.milestone = milestone;
    return t;
}

Roadmap roadmapOf(const QList<RoadmapTask> &tasks)
{
    Roadmap roadmap;
    roadmap.title = u"Test"_s;
    roadmap.sections.append({u"Only"_s, tasks});
    return roadmap;
}

QStringList messages(const RoadmapSchedule &schedule, Diagnostic::Severity severity)
{
    QStringList result;
    for (const Diagnostic &d : schedule.diagnostics) {
        if (d.severity == severity)
            result.append(d.message);
    }
    return result;
}

} // namespace

class TestRoadmapScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theDocumentsTasksResolveToItsDates_data();
    void theDocumentsTasksResolveToItsDates();
    void theDocumentsCriticalPathRunsFromFoundationToEdge();
    void slackIsTheRoomBeforeTheRoadmapsEnd();
    void durationsFollowMermaidsCalendar_data();
    void durationsFollowMermaidsCalendar();
    void chainedMonthsClampEachStepLikeMermaid();
    void severalDependenciesStartAtTheLatestEnd();
    void aStartDateAndDependenciesTakeTheLater();
    void cyclesAreReportedWithTheirTasks();
    void unknownDependenciesAreReportedAndBlockTheirDependents();
    void selfDependencyIsReported();
    void aTaskWithoutStartOrDependencyIsReported();
    void durationsOutOfRangeAreReported_data();
    void durationsOutOfRangeAreReported();
    void aMilestoneTakesNoTimeEvenWithADuration();
    void duplicateIdsAreReported();
    void aLongChainResolvesWithoutRecursion();
    void aLongCycleIsReportedWithoutHanging();
    void taskTableShowsTheSchedule();
    void taskTableEditsAreUndoable();
    void taskTableRefusesInvalidText_data();
    void taskTableRefusesInvalidText();
    void durationDragsMergeIntoOneUndoStep();
    void aDragBackToTheStartLeavesNoUndoStep();

private:
    Roadmap m_document;
};

void TestRoadmapScheduler::initTestCase()
{
    const LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_document = result.catalog->roadmap;
}

void TestRoadmapScheduler::theDocumentsTasksResolveToItsDates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    // The expected schedule, from the document's Mermaid Gantt chart.
    QTest::newRow("the foundation milestone is on 2024-01-01") << u"foundation"_s << QDate(2024, 1, 1) << QDate(2024, 1, 1);
    QTest::newRow("Add CQRS runs 2024-01-01 to 2024-04-01") << u"cqrs"_s << QDate(2024, 1, 1) << QDate(2024, 4, 1);
    QTest::newRow("Implement Microservices runs to 2024-10-01") << u"microservices"_s << QDate(2024, 4, 1) << QDate(2024, 10, 1);
    QTest::newRow("Cell-Based runs 2024-10-01 to 2025-02-01") << u"cells"_s << QDate(2024, 10, 1) << QDate(2025, 2, 1);
    QTest::newRow("Event Sourcing runs 2024-10-01 to 2025-04-01") << u"events"_s << QDate(2024, 10, 1) << QDate(2025, 4, 1);
    QTest::newRow("Serverless runs 2024-10-01 to 2025-01-01") << u"serverless"_s << QDate(2024, 10, 1) << QDate(2025, 1, 1);
    QTest::newRow("Edge Computing runs 2025-02-01 to 2025-08-01") << u"edge"_s << QDate(2025, 2, 1) << QDate(2025, 8, 1);
    QTest::newRow("the 10K QPS milestone is on 2024-04-01") << u"milestone1"_s << QDate(2024, 4, 1) << QDate(2024, 4, 1);
    QTest::newRow("the 100K QPS milestone is on 2025-02-01") << u"milestone2"_s << QDate(2025, 2, 1) << QDate(2025, 2, 1);
    QTest::newRow("the 1M QPS milestone is on 2025-08-01") << u"milestone3"_s << QDate(2025, 8, 1) << QDate(2025, 8, 1);
}

void TestRoadmapScheduler::theDocumentsTasksResolveToItsDates()
{
    QFETCH(QString, id);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(m_document);
    QVERIFY2(schedule.diagnostics.isEmpty(), qPrintable(schedule.diagnostics.value(0).toString()));
    const ScheduledTask *t = schedule.task(id);
    QVERIFY(t);
    QVERIFY(t->resolved);
    QCOMPARE(t->start, start);
    QCOMPARE(t->end, end);
    QCOMPARE(t->milestone, id.startsWith(u"milestone"_s) || id == u"foundation"_s);
}

void TestRoadmapScheduler::theDocumentsCriticalPathRunsFromFoundationToEdge()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(m_document);
    const QStringList expected{u"foundation"_s, u"cqrs"_s, u"microservices"_s, u"cells"_s, u"edge"_s};
    QCOMPARE(schedule.criticalPath, expected);
    for (const ScheduledTask &t : schedule.tasks)
        QCOMPARE(t.onCriticalPath, expected.contains(t.id));
    QCOMPARE(schedule.start, QDate(2024, 1, 1));
    QCOMPARE(schedule.end, QDate(2025, 8, 1));
    QCOMPARE(schedule.tasks.size(), 10);
}

void TestRoadmapScheduler::slackIsTheRoomBeforeTheRoadmapsEnd()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(m_document);
    for (const QString &id : schedule.criticalPath)
        QCOMPARE(schedule.task(id)->slackDays, 0);
    // Nothing comes after Event Sourcing or Serverless: they may slip until the roadmap's end.
    QCOMPARE(schedule.task(u"events"_s)->slackDays, QDate(2025, 4, 1).daysTo(QDate(2025, 8, 1)));
    QCOMPARE(schedule.task(u"serverless"_s)->slackDays, QDate(2025, 1, 1).daysTo(QDate(2025, 8, 1)));
    QCOMPARE(schedule.task(u"milestone1"_s)->slackDays, QDate(2024, 4, 1).daysTo(QDate(2025, 8, 1)));
    // The last milestone has no slack, yet the work that ends there is the critical path's end.
    QCOMPARE(schedule.task(u"milestone3"_s)->slackDays, 0);
    QVERIFY(!schedule.task(u"milestone3"_s)->onCriticalPath);
}

void TestRoadmapScheduler::durationsFollowMermaidsCalendar_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("duration");
    QTest::addColumn<QDate>("end");
    QTest::newRow("Jan 31 2024 + 1M is Feb 29 (leap year)") << QDate(2024, 1, 31) << u"1M"_s << QDate(2024, 2, 29);
    QTest::newRow("Jan 31 2023 + 1M is Feb 28") << QDate(2023, 1, 31) << u"1M"_s << QDate(2023, 2, 28);
    QTest::newRow("Mar 31 + 1M is Apr 30") << QDate(2024, 3, 31) << u"1M"_s << QDate(2024, 4, 30);
    QTest::newRow("Dec 31 2023 + 2M is Feb 29 2024") << QDate(2023, 12, 31) << u"2M"_s << QDate(2024, 2, 29);
    QTest::newRow("Aug 31 + 6M crosses the year to Feb 28") << QDate(2024, 8, 31) << u"6M"_s << QDate(2025, 2, 28);
    QTest::newRow("Feb 29 2024 + 1y is Feb 28 2025") << QDate(2024, 2, 29) << u"1y"_s << QDate(2025, 2, 28);
    QTest::newRow("Feb 29 2024 + 4y is Feb 29 2028") << QDate(2024, 2, 29) << u"4y"_s << QDate(2028, 2, 29);
    QTest::newRow("2w is 14 days") << QDate(2024, 2, 20) << u"2w"_s << QDate(2024, 3, 5);
    QTest::newRow("10d crosses a month") << QDate(2024, 1, 25) << u"10d"_s << QDate(2024, 2, 4);
    QTest::newRow("0d ends where it starts") << QDate(2024, 5, 5) << u"0d"_s << QDate(2024, 5, 5);
}

void TestRoadmapScheduler::durationsFollowMermaidsCalendar()
{
    QFETCH(QDate, start);
    QFETCH(QString, duration);
    QFETCH(QDate, end);
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf({task(u"a"_s, start.toString(Qt::ISODate), duration)}));
    QVERIFY(schedule.diagnostics.isEmpty());
    QCOMPARE(schedule.tasks.at(0).start, start);
    QCOMPARE(schedule.tasks.at(0).end, end);
}

void TestRoadmapScheduler::chainedMonthsClampEachStepLikeMermaid()
{
    // Each task adds its months to the previous end: Jan 31 -> Feb 29 -> Mar 29 (not Mar 31).
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(
        roadmapOf({task(u"a"_s, u"2024-01-31"_s, u"1M"_s), task(u"b"_s, u"after a"_s, u"1M"_s)}));
    QCOMPARE(schedule.task(u"a"_s)->end, QDate(2024, 2, 29));
    QCOMPARE(schedule.task(u"b"_s)->start, QDate(2024, 2, 29));
    QCOMPARE(schedule.task(u"b"_s)->end, QDate(2024, 3, 29));
}

void TestRoadmapScheduler::severalDependenciesStartAtTheLatestEnd()
{
    const QList<RoadmapTask> tasks{
        task(u"short"_s, u"2024-01-01"_s, u"1w"_s),
        task(u"long"_s, u"2024-01-01"_s, u"2M"_s),
        task(u"mid"_s, u"2024-01-15"_s, u"1M"_s),
        task(u"join"_s, u"after short long mid short"_s, u"3d"_s),
        task(u"reversed"_s, u"after mid long short"_s, u"3d"_s),
    };
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf(tasks));
    QVERIFY(schedule.diagnostics.isEmpty());
    QCOMPARE(schedule.task(u"join"_s)->start, QDate(2024, 3, 1));
    QCOMPARE(schedule.task(u"join"_s)->end, QDate(2024, 3, 4));
    QCOMPARE(schedule.task(u"reversed"_s)->start, QDate(2024, 3, 1));
    // A dependency listed twice counts once.
    QCOMPARE(schedule.task(u"join"_s)->after, (QStringList{u"short"_s, u"long"_s, u"mid"_s}));
    // The path runs through the dependency that decided the start.
    QCOMPARE(schedule.criticalPath, (QStringList{u"long"_s, u"join"_s}));
    QCOMPARE(schedule.task(u"short"_s)->slackDays, QDate(2024, 1, 8).daysTo(QDate(2024, 3, 1)));
}

void TestRoadmapScheduler::aStartDateAndDependenciesTakeTheLater()
{
    RoadmapTask both = task(u"b"_s, u"after a"_s, u"1d"_s);
    both.start = QDate(2024, 6, 1);
    RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf({task(u"a"_s, u"2024-01-01"_s, u"1M"_s), both}));
    QCOMPARE(schedule.task(u"b"_s)->start, QDate(2024, 6, 1));
    both.start = QDate(2024, 1, 10);
    schedule = RoadmapScheduler::resolve(roadmapOf({task(u"a"_s, u"2024-01-01"_s, u"1M"_s), both}));
    QCOMPARE(schedule.task(u"b"_s)->start, QDate(2024, 2, 1));
}

void TestRoadmapScheduler::cyclesAreReportedWithTheirTasks()
{
    const QList<RoadmapTask> tasks{
        task(u"root"_s, u"2024-01-01"_s, u"1M"_s),
        task(u"a"_s, u"after root c"_s, u"1M"_s),
        task(u"b"_s, u"after a"_s, u"1M"_s),
        task(u"c"_s, u"after b"_s, u"1M"_s),
        task(u"downstream"_s, u"after c"_s, u"1M"_s),
        task(u"x"_s, u"after y"_s, u"1d"_s),
        task(u"y"_s, u"after x"_s, u"1d"_s),
    };
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf(tasks));
    const QStringList errors = messages(schedule, Diagnostic::Severity::Error);
    QCOMPARE(errors.size(), 2);
    // Each cycle is listed in the order its tasks would run, back to where it started.
    QVERIFY2(errors.at(0).contains(u"\"a\" -> \"b\" -> \"c\" -> \"a\""_s), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(u"\"x\" -> \"y\" -> \"x\""_s), qPrintable(errors.at(1)));
    const QStringList warnings = messages(schedule, Diagnostic::Severity::Warning);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).contains(u"\"downstream\""_s));
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"downstream"_s, u"x"_s, u"y"_s}) {
        QVERIFY(!schedule.task(id)->resolved);
        QVERIFY(schedule.task(id)->start.isNull());
    }
    QVERIFY(schedule.task(u"root"_s)->resolved);
    QCOMPARE(schedule.criticalPath, QStringList{u"root"_s});
}

void TestRoadmapScheduler::unknownDependenciesAreReportedAndBlockTheirDependents()
{
    Roadmap roadmap = roadmapOf({task(u"a"_s, u"2024-01-01"_s, u"1M"_s)});
    roadmap.sections.append({u"Second"_s, {task(u"b"_s, u"after a ghost"_s, u"1M"_s), task(u"c"_s, u"after b"_s, u"1d"_s)}});
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmap);
    QCOMPARE(schedule.diagnostics.size(), 2);
    const Diagnostic &unknown = schedule.diagnostics.at(0);
    QCOMPARE(unknown.severity, Diagnostic::Severity::Error);
    QCOMPARE(unknown.pointer, u"/roadmap/sections/1/tasks/0/after/1"_s);
    QVERIFY(unknown.message.contains(u"\"b\""_s));
    QVERIFY(unknown.message.contains(u"\"ghost\""_s));
    const Diagnostic &waiting = schedule.diagnostics.at(1);
    QCOMPARE(waiting.pointer, u"/roadmap/sections/1/tasks/1"_s);
    QVERIFY(waiting.message.contains(u"\"c\""_s) && waiting.message.contains(u"\"b\""_s));
    QVERIFY(!schedule.task(u"b"_s)->resolved);
    QVERIFY(!schedule.task(u"c"_s)->resolved);
    QVERIFY(schedule.task(u"a"_s)->resolved);
    QCOMPARE(schedule.end, QDate(2024, 2, 1));
}

void TestRoadmapScheduler::selfDependencyIsReported()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(
        roadmapOf({task(u"a"_s, u"2024-01-01"_s, u"1d"_s), task(u"loop"_s, u"after a loop"_s, u"1d"_s)}));
    QCOMPARE(schedule.diagnostics.size(), 1);
    QVERIFY(schedule.diagnostics.at(0).message.contains(u"\"loop\" comes after itself"_s));
    QCOMPARE(schedule.diagnostics.at(0).pointer, u"/roadmap/sections/0/tasks/1/after/1"_s);
    QVERIFY(!schedule.task(u"loop"_s)->resolved);
}

void TestRoadmapScheduler::aTaskWithoutStartOrDependencyIsReported()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf({task(u"floating"_s, QString(), u"1d"_s)}));
    QCOMPARE(schedule.diagnostics.size(), 1);
    QVERIFY(schedule.diagnostics.at(0).message.contains(u"\"floating\""_s));
    QVERIFY(!schedule.tasks.at(0).resolved);
    QVERIFY(schedule.criticalPath.isEmpty());
    QVERIFY(schedule.start.isNull());
}

void TestRoadmapScheduler::durationsOutOfRangeAreReported_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("value");
    QTest::addColumn<QChar>("unit");
    QTest::addColumn<QString>("pointer");
    const QDate start(2024, 1, 1);
    QTest::newRow("a negative duration") << start << -1 << QChar(u'd') << u"/roadmap/sections/0/tasks/0/duration/value"_s;
    QTest::newRow("more than 10000 units") << start << 10001 << QChar(u'M') << u"/roadmap/sections/0/tasks/0/duration/value"_s;
    QTest::newRow("an unknown unit") << start << 3 << QChar(u'q') << u"/roadmap/sections/0/tasks/0/duration/unit"_s;
    // QDate's last day is about two billion years away (Qt's private maxJd).
    QTest::newRow("an end past the calendar's last day")
        << QDate::fromJulianDay(Q_INT64_C(784354017364) - 5) << 10 << QChar(u'd') << u"/roadmap/sections/0/tasks/0/duration"_s;
}

void TestRoadmapScheduler::durationsOutOfRangeAreReported()
{
    QFETCH(QDate, start);
    QFETCH(int, value);
    QFETCH(QChar, unit);
    QFETCH(QString, pointer);
    QVERIFY(start.isValid());
    RoadmapTask t = task(u"bad"_s, start.toString(Qt::ISODate), u"1d"_s);
    t.start = start;
    t.duration = {value, unit};
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf({t, task(u"next"_s, u"after bad"_s, u"1d"_s)}));
    QVERIFY(!schedule.diagnostics.isEmpty());
    QCOMPARE(schedule.diagnostics.at(0).pointer, pointer);
    QCOMPARE(schedule.diagnostics.at(0).severity, Diagnostic::Severity::Error);
    QVERIFY(schedule.diagnostics.at(0).message.contains(u"\"bad\""_s));
    QVERIFY(!schedule.task(u"bad"_s)->resolved);
    QVERIFY(!schedule.task(u"next"_s)->resolved);
}

void TestRoadmapScheduler::aMilestoneTakesNoTimeEvenWithADuration()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(
        roadmapOf({task(u"m"_s, u"2024-01-01"_s, u"2w"_s, true), task(u"b"_s, u"after m"_s, u"1d"_s)}));
    QCOMPARE(messages(schedule, Diagnostic::Severity::Warning).size(), 1);
    QCOMPARE(schedule.task(u"m"_s)->end, QDate(2024, 1, 1));
    QCOMPARE(schedule.task(u"b"_s)->start, QDate(2024, 1, 1));
}

void TestRoadmapScheduler::duplicateIdsAreReported()
{
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(
        roadmapOf({task(u"a"_s, u"2024-01-01"_s, u"1d"_s), task(u"a"_s, u"2024-03-01"_s, u"1d"_s)}));
    QCOMPARE(schedule.diagnostics.size(), 1);
    QCOMPARE(schedule.diagnostics.at(0).pointer, u"/roadmap/sections/0/tasks/1/id"_s);
    QCOMPARE(schedule.task(u"a"_s)->start, QDate(2024, 1, 1));
    QVERIFY(!schedule.tasks.at(1).resolved);
}

void TestRoadmapScheduler::aLongChainResolvesWithoutRecursion()
{
    constexpr int length = 100000;
    QList<RoadmapTask> tasks;
    tasks.reserve(length);
    tasks.append(task(u"t0"_s, u"2024-01-01"_s, u"1d"_s));
    // Listed last-first, so document order is the reverse of the dependency order.
    for (int i = 1; i < length; ++i)
        tasks.append(task(u"t"_s + QString::number(i), u"after t"_s + QString::number(i - 1), u"1d"_s));
    std::reverse(tasks.begin(), tasks.end());
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf(tasks));
    QVERIFY(schedule.diagnostics.isEmpty());
    QCOMPARE(schedule.end, QDate(2024, 1, 1).addDays(length));
    QCOMPARE(schedule.criticalPath.size(), length);
    QCOMPARE(schedule.criticalPath.first(), u"t0"_s);
    QCOMPARE(schedule.criticalPath.last(), u"t99999"_s);
}

void TestRoadmapScheduler::aLongCycleIsReportedWithoutHanging()
{
    constexpr int length = 100000;
    QList<RoadmapTask> tasks;
    tasks.reserve(length);
    for (int i = 0; i < length; ++i)
        tasks.append(task(u"t"_s + QString::number(i), u"after t"_s + QString::number((i + 1) % length), u"1d"_s));
    const RoadmapSchedule schedule = RoadmapScheduler::resolve(roadmapOf(tasks));
    QCOMPARE(schedule.diagnostics.size(), 1);
    QVERIFY(schedule.diagnostics.at(0).message.contains(u"\"t0\""_s));
    QVERIFY(schedule.diagnostics.at(0).message.contains(u"\"t99999\""_s));
    QVERIFY(schedule.end.isNull());
}

void TestRoadmapScheduler::taskTableShowsTheSchedule()
{
    Document document;
    QVERIFY(document.openEmbedded());
    RoadmapTaskModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    const int cells = model.rowOfTask(u"cells"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::Section).data().toString(), u"Scale Phase"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::Task).data().toString(), u"Cell-Based Architecture"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::Start).data(Qt::EditRole).toString(), u"after microservices"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::Duration).data().toString(), u"4M"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::ResolvedStart).data().toString(), u"2024-10-01"_s);
    QCOMPARE(model.index(cells, RoadmapTaskModel::ResolvedEnd).data().toString(), u"2025-02-01"_s);
    QCOMPARE(model.index(cells, 0).data(IdRole).toString(), u"cells"_s);
    QVERIFY(model.index(cells, RoadmapTaskModel::Task).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(model.rowOfTask(u"events"_s), RoadmapTaskModel::Task).data(Qt::FontRole).isValid());
    QVERIFY(model.flags(model.index(cells, RoadmapTaskModel::Duration)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(cells, RoadmapTaskModel::ResolvedEnd)) & Qt::ItemIsEditable));
}

void TestRoadmapScheduler::taskTableEditsAreUndoable()
{
    Document document;
    QVERIFY(document.openEmbedded());
    RoadmapTaskModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy scheduled(&model, &RoadmapTaskModel::scheduleChanged);
    const int cqrs = model.rowOfTask(u"cqrs"_s);
    const int edge = model.rowOfTask(u"edge"_s);

    QVERIFY(model.setData(model.index(cqrs, RoadmapTaskModel::Duration), u"4M"_s));
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(model.schedule().task(u"microservices"_s)->start, QDate(2024, 5, 1));
    QCOMPARE(model.index(edge, RoadmapTaskModel::ResolvedEnd).data().toString(), u"2025-09-01"_s);

    QVERIFY(model.setData(model.index(edge, RoadmapTaskModel::Start), u"after events"_s));
    QCOMPARE(document.catalog().roadmap.task(u"edge"_s)->after, QStringList{u"events"_s});
    QCOMPARE(model.schedule().task(u"edge"_s)->start, QDate(2025, 5, 1));
    QCOMPARE(model.schedule().criticalPath.at(3), u"events"_s);

    QVERIFY(model.setData(model.index(edge, RoadmapTaskModel::Start), u"2026-01-15"_s));
    QVERIFY(document.catalog().roadmap.task(u"edge"_s)->after.isEmpty());
    QCOMPARE(model.schedule().task(u"edge"_s)->end, QDate(2026, 7, 15));

    QVERIFY(model.setData(model.index(edge, RoadmapTaskModel::Task), u"  Edge rollout "_s));
    QCOMPARE(document.catalog().roadmap.task(u"edge"_s)->name, u"Edge rollout"_s);
    QCOMPARE(document.undoStack()->count(), 4);

    // Unchanged text pushes nothing.
    QVERIFY(model.setData(model.index(cqrs, RoadmapTaskModel::Duration), u"4M"_s));
    QCOMPARE(document.undoStack()->count(), 4);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(model.schedule().task(u"edge"_s)->start, QDate(2025, 5, 1));
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(model.schedule().task(u"edge"_s)->end, QDate(2025, 8, 1));
    QCOMPARE(model.index(cqrs, RoadmapTaskModel::Duration).data().toString(), u"3M"_s);
    document.undoStack()->redo();
    QCOMPARE(model.index(cqrs, RoadmapTaskModel::ResolvedEnd).data().toString(), u"2024-05-01"_s);
}

void TestRoadmapScheduler::taskTableRefusesInvalidText_data()
{
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a duration written in words") << u"cqrs"_s << int(RoadmapTaskModel::Duration) << u"3 months"_s << u"\"3 months\" is not a duration"_s;
    QTest::newRow("a duration without a unit") << u"cqrs"_s << int(RoadmapTaskModel::Duration) << u"3"_s << u"\"3\" is not a duration"_s;
    QTest::newRow("a duration beyond 10000") << u"cqrs"_s << int(RoadmapTaskModel::Duration) << u"20000d"_s << u"from 0 to 10000"_s;
    QTest::newRow("a milestone with a duration") << u"milestone1"_s << int(RoadmapTaskModel::Duration) << u"2w"_s << u"milestone"_s;
    QTest::newRow("an unknown dependency") << u"edge"_s << int(RoadmapTaskModel::Start) << u"after ghost"_s << u"\"ghost\""_s;
    QTest::newRow("a task after itself") << u"edge"_s << int(RoadmapTaskModel::Start) << u"after cells edge"_s << u"itself"_s;
    QTest::newRow("a dependency closing a cycle") << u"cqrs"_s << int(RoadmapTaskModel::Start) << u"after edge"_s
                                                  << u"\"cqrs\" -> \"microservices\" -> \"cells\" -> \"edge\" -> \"cqrs\""_s;
    QTest::newRow("an impossible date") << u"cqrs"_s << int(RoadmapTaskModel::Start) << u"2024-02-30"_s << u"not a date in the calendar"_s;
    QTest::newRow("an empty name") << u"cqrs"_s << int(RoadmapTaskModel::Task) << u"   "_s << u"needs a name"_s;
}

void TestRoadmapScheduler::taskTableRefusesInvalidText()
{
    QFETCH(QString, taskId);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    Document document;
    QVERIFY(document.openEmbedded());
    RoadmapTaskModel model(&document);
    QSignalSpy refused(&model, &RoadmapTaskModel::editRefused);
    const QModelIndex index = model.index(model.rowOfTask(taskId), column);
    const QString before = index.data().toString();
    QVERIFY(!model.setData(index, text));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.at(0).at(0).toString();
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(index.data().toString(), before);
}

void TestRoadmapScheduler::durationDragsMergeIntoOneUndoStep()
{
    Document document;
    QVERIFY(document.openEmbedded());
    QUndoStack *stack = document.undoStack();
    for (int months = 5; months <= 8; ++months)
        stack->push(new SetTaskDurationCommand(&document, u"cells"_s, {months, u'M'}, 1));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.catalog().roadmap.task(u"cells"_s)->duration.value, 8);
    // A second drag of the same bar is its own step; so is a drag of another bar.
    stack->push(new SetTaskDurationCommand(&document, u"cells"_s, {2, u'M'}, 2));
    stack->push(new SetTaskDurationCommand(&document, u"edge"_s, {7, u'M'}, 2));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(document.catalog().roadmap.task(u"cells"_s)->duration.value, 8);
    stack->undo();
    QCOMPARE(document.catalog().roadmap.task(u"cells"_s)->duration.value, 4);
}

void TestRoadmapScheduler::aDragBackToTheStartLeavesNoUndoStep()
{
    Document document;
    QVERIFY(document.openEmbedded());
    QUndoStack *stack = document.undoStack();
    stack->push(new SetTaskDurationCommand(&document, u"cells"_s, {5, u'M'}, 7));
    stack->push(new SetTaskDurationCommand(&document, u"cells"_s, {4, u'M'}, 7));
    QCOMPARE(stack->count(), 0);
    QCOMPARE(document.catalog().roadmap.task(u"cells"_s)->duration.value, 4);
    QVERIFY(!document.isModified());
}

QTEST_GUILESS_MAIN(TestRoadmapScheduler)
#include "tst_roadmapscheduler.moc"
