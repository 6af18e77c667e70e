// The roadmap page offscreen: the Gantt items sit where the schedule puts them, the critical path
// is highlighted, the axis labels never overlap, zoom stretches time only, and editing the table or
// dragging a bar's end re-resolves the schedule through undoable commands.
#include "document.h"
#include "gantt/ganttaxisitem.h"
#include "gantt/ganttbaritem.h"
#include "gantt/ganttdependencyitem.h"
#include "gantt/ganttlegenditem.h"
#include "gantt/ganttmilestoneitem.h"
#include "gantt/ganttscene.h"
#include "gantt/ganttsectionitem.h"
#include "gantt/ganttstyle.h"
#include "gantt/gantttodayitem.h"
#include "gantt/ganttview.h"
#include "pages/roadmappage.h"
#include "roadmapcommands.h"
#include "roadmaptaskmodel.h"
#include "support/resizecounter.h"
#include "colourcontrast.h"

#include <QApplication>
#include <QDebug>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// What a text's rectangle in a rendered chart shows: its ground (the commonest colour) and its ink
// (the pixel that stands out most from the ground, a glyph's full-coverage stem).
struct InkOnGround
{
    QColor ink;
    QColor ground;
};

InkOnGround inkOnGround(const QImage &image, const QRectF &rect)
{
    QHash<QRgb, int> counts;
    const QRect pixels = rect.toAlignedRect().intersected(image.rect());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb ground = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            ground = it.key();
        }
    }
    QRgb ink = ground;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (contrastRatio(QColor(it.key()), QColor(ground)) > contrastRatio(QColor(ink), QColor(ground)))
            ink = it.key();
    }
    return {QColor(ink), QColor(ground)};
}

} // namespace

class TestRoadmapPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void barsAndMilestonesMatchTheSchedule();
    void fittingSettlesAtEverySize();
    void theDocumentsDatesPlaceTheBars();
    void dependencyArrowsRunFromEndToStartAtRightAngles();
    void theCriticalPathIsHighlighted();
    void sectionBandsHoldTheirTasks();
    void axisLabelsNeverOverlap_data();
    void axisLabelsNeverOverlap();
    void zoomStretchesTimeNotRows();
    void todayLineIsDrawnOnlyInRange();
    void editingTheTableReResolvesAndIsUndoable();
    void invalidTableTextIsRefusedWithAMessage();
    void draggingABarEndSnapsToWholeUnitsAndIsOneUndoStep();
    void aCycleShowsDiagnosticsAndTheChartStaysUsable();
    void aDragWhoseTaskLosesItsDatesChangesNothing();
    void clickingATaskSelectsItsRowAndBack();
    void reloadingTheModelRefreshesThePage();
    void anEmptyRoadmapShowsAnEmptyChart();
    void scrollingSidewaysPinsTheSectionNames();
    void renderDrawsTheWholeChart();
    void theDefaultSizeShowsEverything();
    void theDarkLookRecoloursAndLightComesBackExactly();
    void everyTextOfTheDarkLookHasContrast();

private:
    QPoint viewportPoint(const QPointF &scenePos) const;
    void setPixelsPerDay(qreal pixelsPerDay);
    static QImage renderScene(GanttScene *scene);

    Document *m_document = nullptr;
    RoadmapPage *m_page = nullptr;
};

void TestRoadmapPage::init()
{
    m_document = new Document;
    QVERIFY(m_document->openEmbedded());
    m_page = new RoadmapPage(m_document);
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->scene()->setToday(QDate(2024, 7, 15));
}

// Fitting the chart to the width must settle at every window size: a scroll bar that a fit makes
// appear must not make the next fit hide it again, for ever (the diagram view did exactly that;
// bench_soak found it).
void TestRoadmapPage::fittingSettlesAtEverySize()
{
    GanttView *view = m_page->view();
    ResizeCounter counter;
    view->viewport()->installEventFilter(&counter);
    for (int width = 500; width <= 1500; width += 2) {
        m_page->resize(width, 300 + (width * 37) % 600);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        counter.count = 0;
        for (int turn = 0; turn < 5; ++turn)
            QCoreApplication::processEvents();
        QVERIFY2(counter.count == 0, qPrintable(QStringLiteral("at %1x%2 the viewport kept resizing (%3 times)")
                                                    .arg(m_page->width()).arg(m_page->height()).arg(counter.count)));
    }
}

void TestRoadmapPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_document;
    m_document = nullptr;
}

QPoint TestRoadmapPage::viewportPoint(const QPointF &scenePos) const
{
    return m_page->view()->mapFromScene(scenePos);
}

void TestRoadmapPage::setPixelsPerDay(qreal pixelsPerDay)
{
    GanttView *view = m_page->view();
    view->zoomBy(pixelsPerDay / view->ganttScene()->pixelsPerDay());
    QCOMPARE(view->ganttScene()->pixelsPerDay(), pixelsPerDay);
    QVERIFY(!view->isFitting());
}

QImage TestRoadmapPage::renderScene(GanttScene *scene)
{
    const QRectF content = scene->contentRect();
    QImage image(content.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), content.size()));
    return image;
}

void TestRoadmapPage::barsAndMilestonesMatchTheSchedule()
{
    GanttScene *scene = m_page->scene();
    const RoadmapSchedule &schedule = scene->schedule();
    QCOMPARE(schedule.tasks.size(), 10);
    qreal previousY = -1;
    for (int row = 0; row < schedule.tasks.size(); ++row) {
        const ScheduledTask &task = schedule.tasks.at(row);
        QVERIFY(task.resolved);
        const QRectF rowRect = scene->rowRect(row);
        if (task.milestone) {
            const GanttMilestoneItem *item = scene->milestoneItem(task.id);
            QVERIFY2(item, qPrintable(task.id));
            QVERIFY(!scene->barItem(task.id));
            QCOMPARE(item->centre().x(), scene->xForDate(task.start));
            QCOMPARE(item->centre().y(), rowRect.center().y());
            QVERIFY(rowRect.contains(item->diamondRect()));
            QVERIFY(item->diamondRect().right() < item->labelRect().left());
            QVERIFY(item->centre().y() > previousY);
            previousY = item->centre().y();
        } else {
            const GanttBarItem *item = scene->barItem(task.id);
            QVERIFY2(item, qPrintable(task.id));
            QCOMPARE(item->barRect().left(), scene->xForDate(task.start));
            QCOMPARE(item->barRect().right(), scene->xForDate(task.end));
            QVERIFY(rowRect.contains(item->barRect()));
            QCOMPARE(item->barRect().center().y(), rowRect.center().y());
            // The name is inside the bar, or beside it and clear of it.
            if (item->isLabelInside())
                QVERIFY(item->barRect().contains(item->labelRect()));
            else
                QVERIFY(item->labelRect().left() > item->barRect().right());
            QVERIFY(rowRect.contains(item->labelRect()));
            QVERIFY(item->barRect().center().y() > previousY);
            previousY = item->barRect().center().y();
        }
    }
    QVERIFY(scene->contentRect().contains(scene->itemsBoundingRect()));
}

void TestRoadmapPage::theDocumentsDatesPlaceTheBars()
{
    // Independent of the schedule: the document's dates, placed on the axis.
    GanttScene *scene = m_page->scene();
    const qreal ppd = scene->pixelsPerDay();
    QCOMPARE(scene->axisStart(), QDate(2024, 1, 1));
    const QRectF cqrs = scene->barItem(u"cqrs"_s)->barRect();
    QCOMPARE(cqrs.left(), scene->chartLeft());
    QCOMPARE(cqrs.width(), 91 * ppd); // Jan, Feb (2024 is a leap year) and Mar
    const QRectF cells = scene->barItem(u"cells"_s)->barRect();
    QCOMPARE(cells.left(), scene->chartLeft() + QDate(2024, 1, 1).daysTo(QDate(2024, 10, 1)) * ppd);
    QCOMPARE(cells.width(), QDate(2024, 10, 1).daysTo(QDate(2025, 2, 1)) * ppd);
    QCOMPARE(scene->milestoneItem(u"milestone3"_s)->centre().x(),
             scene->chartLeft() + QDate(2024, 1, 1).daysTo(QDate(2025, 8, 1)) * ppd);
    QCOMPARE(scene->barItem(u"edge"_s)->barRect().right(), scene->milestoneItem(u"milestone3"_s)->centre().x());
}

void TestRoadmapPage::dependencyArrowsRunFromEndToStartAtRightAngles()
{
    GanttScene *scene = m_page->scene();
    const RoadmapSchedule &schedule = scene->schedule();
    int expected = 0;
    for (const ScheduledTask &task : schedule.tasks)
        expected += int(task.after.size());
    QCOMPARE(scene->dependencyItems().size(), expected);
    QCOMPARE(expected, 9);
    const qreal half = GanttStyle::milestoneSize / 2;
    for (const GanttDependencyItem *arrow : scene->dependencyItems()) {
        const ScheduledTask *from = schedule.task(arrow->fromTask());
        const ScheduledTask *to = schedule.task(arrow->toTask());
        QVERIFY(to->after.contains(from->id));
        const QPolygonF route = arrow->route();
        const QPointF start(scene->xForDate(from->end) + (from->milestone ? half : 0),
                            scene->rowRect(schedule.indexOf(from->id)).center().y());
        const QPointF end(scene->xForDate(to->start) - (to->milestone ? half : 0),
                          scene->rowRect(schedule.indexOf(to->id)).center().y());
        QCOMPARE(route.first(), start);
        QCOMPARE(route.last(), end);
        for (qsizetype i = 1; i < route.size(); ++i) {
            const QPointF d = route.at(i) - route.at(i - 1);
            QVERIFY2(qFuzzyIsNull(d.x()) || qFuzzyIsNull(d.y()),
                     qPrintable(arrow->fromTask() + u" -> "_s + arrow->toTask()));
        }
        // The last segment enters the successor from the left.
        QVERIFY(route.at(route.size() - 2).x() < route.last().x());
        QCOMPARE(route.at(route.size() - 2).y(), route.last().y());
    }
}

void TestRoadmapPage::theCriticalPathIsHighlighted()
{
    GanttScene *scene = m_page->scene();
    const QStringList path = scene->schedule().criticalPath;
    QCOMPARE(path, (QStringList{u"foundation"_s, u"cqrs"_s, u"microservices"_s, u"cells"_s, u"edge"_s}));
    for (const QString &id : {u"cqrs"_s, u"microservices"_s, u"cells"_s, u"edge"_s}) {
        QVERIFY(scene->barItem(id)->isCritical());
        QCOMPARE(scene->barItem(id)->outlineWidth(), GanttStyle::criticalOutlineWidth);
    }
    QVERIFY(scene->milestoneItem(u"foundation"_s)->isCritical());
    for (const QString &id : {u"events"_s, u"serverless"_s}) {
        QVERIFY(!scene->barItem(id)->isCritical());
        QVERIFY(scene->barItem(id)->outlineWidth() < GanttStyle::criticalOutlineWidth);
    }
    QVERIFY(!scene->milestoneItem(u"milestone3"_s)->isCritical());
    QStringList criticalArrows;
    for (const GanttDependencyItem *arrow : scene->dependencyItems()) {
        if (arrow->isCritical())
            criticalArrows.append(arrow->fromTask() + u'>' + arrow->toTask());
    }
    criticalArrows.sort();
    QCOMPARE(criticalArrows, (QStringList{u"cells>edge"_s, u"cqrs>microservices"_s, u"foundation>cqrs"_s,
                                          u"microservices>cells"_s}));
    const auto &entries = scene->legendItem()->entries();
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const GanttLegendItem::Entry &e) { return e.symbol == GanttLegendItem::Symbol::CriticalTask; }));

    // What is drawn: the critical colour fills critical bars only.
    const QImage image = renderScene(scene);
    const auto fillAt = [&](const QString &id) {
        const QRectF bar = scene->barItem(id)->barRect();
        return image.pixelColor(QPointF(bar.left() + 4, bar.center().y()).toPoint());
    };
    QCOMPARE(fillAt(u"cells"_s), scene->ganttPalette().criticalFill);
    QCOMPARE(fillAt(u"edge"_s), scene->ganttPalette().criticalFill);
    QCOMPARE(fillAt(u"events"_s), scene->ganttPalette().barFill);

    // The table marks the same tasks.
    RoadmapTaskModel *model = m_page->taskModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = scene->schedule().tasks.at(row).id;
        QCOMPARE(model->index(row, RoadmapTaskModel::Task).data(Qt::FontRole).value<QFont>().bold(), path.contains(id));
    }
}

void TestRoadmapPage::sectionBandsHoldTheirTasks()
{
    GanttScene *scene = m_page->scene();
    const QList<GanttSectionItem *> &sections = scene->sectionItems();
    QStringList names;
    for (const GanttSectionItem *s : sections)
        names.append(s->name());
    QCOMPARE(names, (QStringList{u"Foundation"_s, u"Growth Phase"_s, u"Scale Phase"_s, u"Global Phase"_s, u"Milestones"_s}));
    const RoadmapSchedule &schedule = scene->schedule();
    for (int row = 0; row < schedule.tasks.size(); ++row) {
        const ScheduledTask &task = schedule.tasks.at(row);
        const auto band = std::find_if(sections.cbegin(), sections.cend(),
                                       [&](const GanttSectionItem *s) { return s->name() == task.section; });
        QVERIFY((*band)->bandRect().contains(scene->rowRect(row).center()));
    }
    for (qsizetype i = 1; i < sections.size(); ++i)
        QCOMPARE(sections.at(i)->bandRect().top(), sections.at(i - 1)->bandRect().bottom());
    // Names are not cut at the default size.
    for (const GanttSectionItem *s : sections)
        QCOMPARE(s->shownName(), s->name());
}

void TestRoadmapPage::axisLabelsNeverOverlap_data()
{
    QTest::addColumn<qreal>("pixelsPerDay");
    QTest::newRow("zoomed right out") << qreal(GanttScene::minimumPixelsPerDay);
    QTest::newRow("a quarter is 18 px") << qreal(0.2);
    QTest::newRow("a month is 15 px") << qreal(0.5);
    QTest::newRow("a month is 30 px") << qreal(1.0);
    QTest::newRow("a month is 90 px") << qreal(3.0);
    QTest::newRow("zoomed right in") << qreal(GanttScene::maximumPixelsPerDay);
}

void TestRoadmapPage::axisLabelsNeverOverlap()
{
    QFETCH(qreal, pixelsPerDay);
    setPixelsPerDay(pixelsPerDay);
    const GanttAxisItem *axis = m_page->scene()->axisItem();
    const QRectF bounds = axis->boundingRect();
    for (const auto *row : {&axis->upperLabels(), &axis->monthLabels()}) {
        for (qsizetype i = 0; i < row->size(); ++i) {
            QVERIFY(bounds.contains(row->at(i).rect));
            if (i > 0)
                QVERIFY2(row->at(i).rect.left() > row->at(i - 1).rect.right(), qPrintable(row->at(i).text));
        }
    }
    // Something always tells the reader where they are in time.
    QVERIFY(!axis->upperLabels().isEmpty());
    if (pixelsPerDay >= 3.0) {
        QCOMPARE(axis->monthStep(), 1);
        QVERIFY(axis->showsQuarters());
        // Every month from January 2024 to August 2025 is named.
        QCOMPARE(axis->monthLabels().size(), 20);
        QCOMPARE(axis->upperLabels().first().text, u"Q1 2024"_s);
    }
    if (pixelsPerDay <= 0.2)
        QVERIFY(!axis->showsQuarters());
}

void TestRoadmapPage::zoomStretchesTimeNotRows()
{
    GanttScene *scene = m_page->scene();
    setPixelsPerDay(1.0);
    const QRectF before = scene->barItem(u"events"_s)->barRect();
    const QRectF rowBefore = scene->rowRect(4);
    QWidget *viewport = m_page->view()->viewport();
    QWheelEvent wheel(QPointF(300, 200), viewport->mapToGlobal(QPointF(300, 200)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QCOMPARE(scene->pixelsPerDay(), GanttView::zoomStep);
    const QRectF after = scene->barItem(u"events"_s)->barRect();
    QCOMPARE(after.width(), before.width() * GanttView::zoomStep);
    QCOMPARE(after.height(), before.height());
    QCOMPARE(after.center().y(), before.center().y());
    QCOMPARE(scene->rowRect(4).top(), rowBefore.top());
    QCOMPARE(scene->rowRect(4).height(), rowBefore.height());

    // A plain wheel scrolls; it does not zoom.
    QWheelEvent scroll(QPointF(300, 200), viewport->mapToGlobal(QPointF(300, 200)), QPoint(), QPoint(0, -120),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &scroll);
    QCOMPARE(scene->pixelsPerDay(), GanttView::zoomStep);

    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Minus);
    QCOMPARE(scene->pixelsPerDay(), 1.0);
    QTest::keyClick(m_page->view(), Qt::Key_Plus);
    QCOMPARE(scene->pixelsPerDay(), GanttView::zoomStep);

    // Fit brings the whole chart into the view's width again.
    m_page->view()->fitToWidth();
    QVERIFY(m_page->view()->isFitting());
    QVERIFY(scene->contentRect().width() <= m_page->view()->viewport()->width());
    QVERIFY(scene->contentRect().width() > 0.9 * m_page->view()->viewport()->width());
}

void TestRoadmapPage::todayLineIsDrawnOnlyInRange()
{
    GanttScene *scene = m_page->scene();
    QVERIFY(scene->todayItem());
    QCOMPARE(scene->todayItem()->x(), scene->xForDate(QDate(2024, 7, 15)));
    QCOMPARE(scene->legendItem()->entries().size(), 4);
    scene->setToday(QDate(2030, 1, 1));
    QVERIFY(!scene->todayItem());
    QCOMPARE(scene->legendItem()->entries().size(), 3);
    scene->setToday(QDate(2023, 12, 31));
    QVERIFY(!scene->todayItem());
    scene->setToday(QDate(2024, 1, 1));
    QCOMPARE(scene->todayItem()->x(), scene->chartLeft());
    // Today's tag sits under the rows and above the legend.
    QVERIFY(scene->todayItem()->boundingRect().bottom() <= scene->legendItem()->sceneBoundingRect().top());
}

void TestRoadmapPage::editingTheTableReResolvesAndIsUndoable()
{
    QTableView *table = m_page->taskTable();
    RoadmapTaskModel *model = m_page->taskModel();
    GanttScene *scene = m_page->scene();
    const QModelIndex duration = model->index(model->rowOfTask(u"cells"_s), RoadmapTaskModel::Duration);
    table->setCurrentIndex(duration);
    table->edit(duration);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"5M"_s);
    // The delegate commits on Return through a queued call.
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->catalog().roadmap.task(u"cells"_s)->duration.value, 5);
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 3, 1)));
    QCOMPARE(scene->barItem(u"edge"_s)->barRect().left(), scene->xForDate(QDate(2025, 3, 1)));
    QCOMPARE(scene->milestoneItem(u"milestone3"_s)->centre().x(), scene->xForDate(QDate(2025, 9, 1)));
    QCOMPARE(model->index(model->rowOfTask(u"edge"_s), RoadmapTaskModel::ResolvedEnd).data().toString(), u"2025-09-01"_s);

    m_document->undoStack()->undo();
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 2, 1)));
    QCOMPARE(scene->milestoneItem(u"milestone3"_s)->centre().x(), scene->xForDate(QDate(2025, 8, 1)));
    m_document->undoStack()->redo();
    QCOMPARE(scene->barItem(u"edge"_s)->barRect().left(), scene->xForDate(QDate(2025, 3, 1)));
}

void TestRoadmapPage::invalidTableTextIsRefusedWithAMessage()
{
    QTableView *table = m_page->taskTable();
    RoadmapTaskModel *model = m_page->taskModel();
    const QModelIndex duration = model->index(model->rowOfTask(u"cqrs"_s), RoadmapTaskModel::Duration);
    QVERIFY(m_page->problemText().isEmpty());
    table->setCurrentIndex(duration);
    table->edit(duration);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"3 months"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!m_page->problemText().isEmpty());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(duration.data().toString(), u"3M"_s);
    QVERIFY2(m_page->problemText().contains(u"\"3 months\" is not a duration"_s), qPrintable(m_page->problemText()));
    QVERIFY(m_page->findChild<QLabel *>(u"roadmapProblems"_s)->isVisible());

    // The next edit that goes through clears the message.
    QVERIFY(model->setData(duration, u"2M"_s));
    QVERIFY(m_page->problemText().isEmpty());
}

void TestRoadmapPage::draggingABarEndSnapsToWholeUnitsAndIsOneUndoStep()
{
    GanttScene *scene = m_page->scene();
    setPixelsPerDay(1.0);
    QWidget *viewport = m_page->view()->viewport();
    const GanttBarItem *cells = scene->barItem(u"cells"_s);
    const QPointF grip = cells->handleRect().center();
    const qreal gripOffset = grip.x() - cells->barRect().right();
    QPoint at = viewportPoint(grip);
    QVERIFY(viewport->rect().contains(at));

    QTest::mousePress(viewport, Qt::LeftButton, {}, at);
    // Drag in small steps to a little short of 2025-04-01: the end snaps to whole months.
    const qreal targetX = scene->xForDate(QDate(2025, 4, 1)) - 6 + gripOffset;
    const QPoint target = viewportPoint(QPointF(targetX, grip.y()));
    for (int x = at.x(); x <= target.x(); x += 7)
        QTest::mouseMove(viewport, QPoint(x, at.y()));
    QTest::mouseMove(viewport, target);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);

    const RoadmapTask *task = m_document->catalog().roadmap.task(u"cells"_s);
    QCOMPARE(task->duration.value, 6);
    QCOMPARE(task->duration.unit, u'M');
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 4, 1)));
    QCOMPARE(scene->barItem(u"edge"_s)->barRect().left(), scene->xForDate(QDate(2025, 4, 1)));
    QCOMPARE(m_page->taskModel()->schedule().task(u"edge"_s)->end, QDate(2025, 10, 1));

    // A drag anywhere else on the bar changes nothing.
    const QPoint middle = viewportPoint(scene->barItem(u"events"_s)->barRect().center());
    QTest::mousePress(viewport, Qt::LeftButton, {}, middle);
    QTest::mouseMove(viewport, middle + QPoint(120, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, middle + QPoint(120, 0));
    QCOMPARE(m_document->undoStack()->count(), 1);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->catalog().roadmap.task(u"cells"_s)->duration.value, 4);
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 2, 1)));
    QCOMPARE(scene->barItem(u"edge"_s)->barRect().left(), scene->xForDate(QDate(2025, 2, 1)));
}

void TestRoadmapPage::aCycleShowsDiagnosticsAndTheChartStaysUsable()
{
    // The table refuses cycles; a command (a script, a future importer) may still create one.
    m_document->undoStack()->push(new SetTaskDependenciesCommand(m_document, u"cqrs"_s, {u"edge"_s}));
    GanttScene *scene = m_page->scene();
    QVERIFY(!scene->barItem(u"cqrs"_s));
    QVERIFY(!scene->barItem(u"edge"_s));
    QVERIFY(scene->milestoneItem(u"foundation"_s));
    const QString problems = m_page->problemText();
    QVERIFY2(problems.contains(u"dependency cycle"_s), qPrintable(problems));
    for (const QString &id : {u"cqrs"_s, u"microservices"_s, u"cells"_s, u"edge"_s})
        QVERIFY2(problems.contains(u'"' + id + u'"'), qPrintable(id));
    QCOMPARE(m_page->taskModel()->index(m_page->taskModel()->rowOfTask(u"edge"_s), RoadmapTaskModel::ResolvedStart)
                 .data()
                 .toString(),
             u"not scheduled"_s);
    // Zoom still works, and undo brings the schedule back.
    m_page->view()->zoomIn();
    m_document->undoStack()->undo();
    QVERIFY(scene->barItem(u"edge"_s));
    QVERIFY(m_page->problemText().isEmpty());
}

void TestRoadmapPage::aDragWhoseTaskLosesItsDatesChangesNothing()
{
    GanttScene *scene = m_page->scene();
    setPixelsPerDay(1.0);
    QWidget *viewport = m_page->view()->viewport();
    const QPoint at = viewportPoint(scene->barItem(u"cells"_s)->handleRect().center());
    QTest::mousePress(viewport, Qt::LeftButton, {}, at);
    // Mid-drag, the roadmap changes so that Cell-Based waits on a cycle.
    m_document->undoStack()->push(new SetTaskDependenciesCommand(m_document, u"cells"_s, {u"edge"_s}));
    QVERIFY(!scene->schedule().task(u"cells"_s)->resolved);
    QTest::mouseMove(viewport, at + QPoint(60, 0));
    QTest::mouseMove(viewport, at + QPoint(120, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at + QPoint(120, 0));
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->catalog().roadmap.task(u"cells"_s)->duration.value, 4);
}

void TestRoadmapPage::clickingATaskSelectsItsRowAndBack()
{
    GanttScene *scene = m_page->scene();
    RoadmapTaskModel *model = m_page->taskModel();
    QTableView *table = m_page->taskTable();
    QWidget *viewport = m_page->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewportPoint(scene->barItem(u"events"_s)->barRect().center()));
    QCOMPARE(table->currentIndex().row(), model->rowOfTask(u"events"_s));
    QVERIFY(scene->barItem(u"events"_s)->isHighlighted());
    QCOMPARE(m_document->undoStack()->count(), 0);

    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewportPoint(scene->milestoneItem(u"milestone2"_s)->centre()));
    QCOMPARE(table->currentIndex().row(), model->rowOfTask(u"milestone2"_s));
    QVERIFY(scene->milestoneItem(u"milestone2"_s)->isHighlighted());
    QVERIFY(!scene->barItem(u"events"_s)->isHighlighted());

    table->setCurrentIndex(model->index(model->rowOfTask(u"serverless"_s), RoadmapTaskModel::Duration));
    QVERIFY(scene->barItem(u"serverless"_s)->isHighlighted());
    QVERIFY(!scene->milestoneItem(u"milestone2"_s)->isHighlighted());
    // The frame survives the rebuild a zoom makes.
    m_page->view()->zoomIn();
    QVERIFY(scene->barItem(u"serverless"_s)->isHighlighted());
}

void TestRoadmapPage::reloadingTheModelRefreshesThePage()
{
    GanttScene *scene = m_page->scene();
    QVERIFY(m_page->taskModel()->setData(
        m_page->taskModel()->index(m_page->taskModel()->rowOfTask(u"cells"_s), RoadmapTaskModel::Duration), u"1y"_s));
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 10, 1)));
    // Opening a model replaces the catalog (catalogChanged, not roadmapChanged).
    QVERIFY(m_document->openEmbedded());
    QCOMPARE(m_document->undoStack()->count(), 0);
    QCOMPARE(scene->barItem(u"cells"_s)->barRect().right(), scene->xForDate(QDate(2025, 2, 1)));
    QCOMPARE(scene->schedule().end, QDate(2025, 8, 1));
}

void TestRoadmapPage::anEmptyRoadmapShowsAnEmptyChart()
{
    Roadmap empty;
    empty.title = u"Nothing planned"_s;
    m_document->setRoadmap(empty);
    GanttScene *scene = m_page->scene();
    QCOMPARE(m_page->taskModel()->rowCount(), 0);
    QVERIFY(scene->dependencyItems().isEmpty());
    QVERIFY(scene->sectionItems().isEmpty());
    QVERIFY(!scene->todayItem());
    QVERIFY(scene->axisItem());
    QVERIFY(m_page->problemText().isEmpty());
    m_page->view()->zoomIn();
    m_page->view()->fitToWidth();
    QVERIFY(!m_page->grab().isNull());
}

void TestRoadmapPage::scrollingSidewaysPinsTheSectionNames()
{
    GanttScene *scene = m_page->scene();
    GanttView *view = m_page->view();
    QCOMPARE(scene->visibleChartLeft(), 0.0);
    setPixelsPerDay(8.0);
    // Put the middle of the Edge Computing bar at the viewport's left edge.
    const QRectF edge = scene->barItem(u"edge"_s)->barRect();
    view->horizontalScrollBar()->setValue(int(edge.center().x()));
    const qreal left = view->mapToScene(QPoint(0, 0)).x();
    QVERIFY(left > edge.left() && left < edge.right());
    QCOMPARE(scene->visibleChartLeft(), left + scene->gutterWidth());
    // The bar runs under the pinned names: the gutter shows the band, not the bar.
    const QImage shot = view->viewport()->grab().toImage();
    const QPoint inGutter = view->mapFromScene(QPointF(left + scene->gutterWidth() - 5, edge.center().y()));
    const QPoint pastGutter = view->mapFromScene(QPointF(left + scene->gutterWidth() + 4, edge.top() + 3));
    const GanttSectionItem *global = scene->sectionItems().at(3);
    QCOMPARE(global->name(), u"Global Phase"_s);
    const GanttPalette &colours = scene->ganttPalette();
    QCOMPARE(shot.pixelColor(inGutter * shot.devicePixelRatio()), global->isShaded() ? colours.bandEven : colours.bandOdd);
    QCOMPARE(shot.pixelColor(pastGutter * shot.devicePixelRatio()), colours.criticalFill);
    view->horizontalScrollBar()->setValue(0);
    QCOMPARE(scene->visibleChartLeft(), 0.0);
}

void TestRoadmapPage::renderDrawsTheWholeChart()
{
    GanttScene *scene = m_page->scene();
    const QImage image = renderScene(scene);
    QCOMPARE(image.size(), scene->contentRect().size().toSize());
    // The last milestone's label, the chart's right-most text, is inside the picture.
    const QRectF label = scene->milestoneItem(u"milestone3"_s)->labelRect();
    QVERIFY(scene->contentRect().contains(label));
    int dark = 0;
    for (int x = int(label.left()); x < int(label.right()); ++x) {
        if (qGray(image.pixel(x, int(label.center().y()))) < 128)
            ++dark;
    }
    QVERIFY(dark > 0);
}

void TestRoadmapPage::theDefaultSizeShowsEverything()
{
    // At 1400x800 the table shows every column and the chart every task without scrolling.
    QTableView *table = m_page->taskTable();
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QVERIFY(!m_page->view()->horizontalScrollBar()->isVisible());
    QVERIFY(!m_page->view()->verticalScrollBar()->isVisible());
    QVERIFY(m_page->view()->isFitting());
    QVERIFY(m_page->problemText().isEmpty());
    // Names beside bars stay inside the chart.
    GanttScene *scene = m_page->scene();
    for (const ScheduledTask &task : scene->schedule().tasks) {
        if (const GanttBarItem *bar = scene->barItem(task.id))
            QVERIFY(scene->contentRect().contains(bar->labelRect()));
    }

    // Set ARCHSCAPE_SCREENSHOT_DIR to look at the page as a user would.
    const QString dir = qEnvironmentVariable("ARCHSCAPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(m_page->grab().save(dir + u"/roadmap-page.png"_s));
    m_page->view()->zoomBy(0.3);
    QVERIFY(m_page->grab().save(dir + u"/roadmap-page-zoomed-out.png"_s));
    m_page->view()->zoomBy(12);
    m_page->taskTable()->setCurrentIndex(m_page->taskModel()->index(m_page->taskModel()->rowOfTask(u"edge"_s), 1));
    QVERIFY(m_page->grab().save(dir + u"/roadmap-page-zoomed-in.png"_s));
    m_page->view()->fitToWidth();
    m_document->undoStack()->push(new SetTaskDependenciesCommand(m_document, u"cqrs"_s, {u"edge"_s}));
    QVERIFY(m_page->grab().save(dir + u"/roadmap-page-cycle.png"_s));
}

void TestRoadmapPage::theDarkLookRecoloursAndLightComesBackExactly()
{
    GanttScene *scene = m_page->scene();
    GanttView *view = m_page->view();
    QVERIFY(!m_page->hasDarkLook());
    QCOMPARE(scene->ganttPalette(), GanttPalette::light());
    // A state to keep: a current task, a zoom by hand and a sideways scroll.
    m_page->taskTable()->setCurrentIndex(m_page->taskModel()->index(m_page->taskModel()->rowOfTask(u"edge"_s), 1));
    QCOMPARE(scene->currentTask(), u"edge"_s);
    setPixelsPerDay(4.0);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / 2);
    const int scroll = view->horizontalScrollBar()->value();
    QVERIFY(scroll > 0);
    const QImage light = renderScene(scene);

    m_page->setDarkLook(true);
    QVERIFY(m_page->hasDarkLook());
    QCOMPARE(scene->ganttPalette(), GanttPalette::dark());
    QCOMPARE(scene->currentTask(), u"edge"_s);
    QVERIFY(scene->barItem(u"edge"_s)->isHighlighted());
    QCOMPARE(scene->pixelsPerDay(), 4.0);
    QVERIFY(!view->isFitting());
    QCOMPARE(view->horizontalScrollBar()->value(), scroll);

    // What is drawn: a dark ground and dark-look bars, still three kinds apart.
    const GanttPalette &dark = scene->ganttPalette();
    const GanttPalette paper = GanttPalette::light();
    const QImage image = renderScene(scene);
    QCOMPARE(image.size(), light.size());
    const QPoint corner(image.width() - 2, image.height() - 2); // past the legend, in the margin
    QCOMPARE(image.pixelColor(corner), dark.background);
    QCOMPARE(light.pixelColor(corner), paper.background);
    QVERIFY(relativeLuminance(dark.background) < 0.05);
    const auto fillAt = [&](const QImage &picture, const QRectF &shape) {
        return picture.pixelColor(QPointF(shape.left() + 4, shape.center().y()).toPoint());
    };
    const QRectF events = scene->barItem(u"events"_s)->barRect();
    const QRectF cells = scene->barItem(u"cells"_s)->barRect();
    const QRectF milestone3 = scene->milestoneItem(u"milestone3"_s)->diamondRect();
    QCOMPARE(fillAt(image, events), dark.barFill);
    QCOMPARE(fillAt(image, cells), dark.criticalFill);
    QCOMPARE(image.pixelColor(milestone3.center().toPoint()), dark.milestoneFill);
    QCOMPARE(fillAt(light, events), paper.barFill);
    QVERIFY(dark.barFill != paper.barFill && dark.criticalFill != paper.criticalFill);
    // Normal, critical and milestone read apart from each other and from the ground.
    const QList<QColor> kinds{dark.barFill, dark.criticalFill, dark.milestoneFill};
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QVERIFY2(contrastRatio(kinds.at(i), dark.background) >= 2.5, qPrintable(kinds.at(i).name()));
        for (qsizetype j = i + 1; j < kinds.size(); ++j)
            QVERIFY(std::abs(kinds.at(i).hueF() - kinds.at(j).hueF()) > 0.1);
    }
    // Grid lines show on both bands, quieter than any text.
    for (const QColor &line : {dark.monthLine, dark.quarterLine, dark.bandLine}) {
        for (const QColor &band : {dark.bandEven, dark.bandOdd}) {
            QVERIFY(line != band);
            QVERIFY(contrastRatio(line, band) < 2.5);
            QVERIFY(relativeLuminance(line) > relativeLuminance(band));
        }
    }

    // Back to light: the very same picture as before, pixel for pixel.
    m_page->setDarkLook(false);
    QVERIFY(!m_page->hasDarkLook());
    QCOMPARE(scene->currentTask(), u"edge"_s);
    QCOMPARE(view->horizontalScrollBar()->value(), scroll);
    QCOMPARE(renderScene(scene), light);

    // A drag under way carries over too.
    setPixelsPerDay(1.0);
    view->horizontalScrollBar()->setValue(0);
    QWidget *viewport = view->viewport();
    const QPoint grip = viewportPoint(scene->barItem(u"cells"_s)->handleRect().center());
    QVERIFY(viewport->rect().contains(grip));
    QTest::mousePress(viewport, Qt::LeftButton, {}, grip);
    QVERIFY(scene->isDragging());
    m_page->setDarkLook(true);
    QVERIFY(scene->isDragging());
    QTest::mouseMove(viewport, grip + QPoint(60, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, grip + QPoint(60, 0));
    QVERIFY(!scene->isDragging());
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
}

void TestRoadmapPage::everyTextOfTheDarkLookHasContrast()
{
    GanttScene *scene = m_page->scene();
    for (const bool dark : {true, false}) {
        m_page->setDarkLook(dark);
        const GanttPalette &colours = scene->ganttPalette();
        const QImage image = renderScene(scene);
        struct Text
        {
            const char *what;
            QRectF rect;
            QColor ink;
            QColor ground; // invalid: measured (a translucent backdrop over whatever lies under it)
        };
        QList<Text> texts;
        // The first bar of each kind with its name inside, and the first with its name beside it.
        bool inside[2] = {false, false};
        bool beside = false;
        for (const ScheduledTask &task : scene->schedule().tasks) {
            const GanttBarItem *bar = scene->barItem(task.id);
            if (!bar)
                continue;
            if (bar->isLabelInside() && !inside[bar->isCritical()]) {
                inside[bar->isCritical()] = true;
                texts.append({bar->isCritical() ? "name in a critical bar" : "name in a bar", bar->labelRect(),
                              colours.textOnBar, bar->isCritical() ? colours.criticalFill : colours.barFill});
            } else if (!bar->isLabelInside() && !beside) {
                beside = true;
                texts.append({"name beside a bar", bar->labelRect(), colours.text, {}});
            }
        }
        QVERIFY(inside[0] && inside[1]);
        texts.append({"name beside a milestone", scene->milestoneItem(u"milestone3"_s)->labelRect(), colours.text, {}});
        const GanttSectionItem *section = scene->sectionItems().constFirst();
        texts.append({"section name", QRectF(GanttStyle::margin, section->bandRect().top(), 60, GanttStyle::rowHeight),
                      colours.text, section->isShaded() ? colours.bandEven : colours.bandOdd});
        texts.append({"quarter", scene->axisItem()->upperLabels().constFirst().rect, colours.text, colours.axisFill});
        texts.append({"month", scene->axisItem()->monthLabels().constFirst().rect, colours.mutedText, colours.axisFill});
        const GanttLegendItem *legend = scene->legendItem();
        texts.append({"legend", legend->entries().constFirst().textRect.translated(legend->pos()), colours.text,
                      colours.background});
        QVERIFY(scene->todayItem());
        const QRectF tag = scene->todayItem()->boundingRect();
        texts.append({"today tag", QRectF(tag.left(), tag.bottom() - 14, tag.width(), 12), colours.todayText, colours.today});

        for (const Text &text : std::as_const(texts)) {
            const InkOnGround seen = inkOnGround(image, text.rect);
            // The items paint with their scene's palette...
            if (text.ground.isValid())
                QCOMPARE(seen.ground, text.ground);
            QVERIFY2(contrastRatio(seen.ink, text.ink) < 1.15,
                     qPrintable(u"%1: ink %2, palette %3"_s.arg(QLatin1String(text.what), seen.ink.name(), text.ink.name())));
            // ...whose text colour stands out from the ground it is drawn on.
            const double ratio = contrastRatio(text.ink, seen.ground);
            qInfo().noquote() << (dark ? "dark" : "light") << text.what << "contrast" << QString::number(ratio, 'f', 2);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2:1"_s.arg(QLatin1String(text.what)).arg(ratio)));
        }
        // Not drawn in this roadmap, a task that cannot be scheduled is muted text on a band.
        QVERIFY(contrastRatio(colours.mutedText, colours.bandEven) >= 4.5);
        QVERIFY(contrastRatio(colours.mutedText, colours.bandOdd) >= 4.5);
    }

    // Set ARCHSCAPE_SCREENSHOT_DIR to look at the dark chart.
    const QString dir = qEnvironmentVariable("ARCHSCAPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    m_page->setDarkLook(true);
    m_page->taskTable()->setCurrentIndex(m_page->taskModel()->index(m_page->taskModel()->rowOfTask(u"edge"_s), 1));
    QVERIFY(m_page->grab().save(dir + u"/roadmap-page-dark-chart.png"_s));
    QVERIFY(renderScene(scene).save(dir + u"/roadmap-chart-dark.png"_s));
}

QTEST_MAIN(TestRoadmapPage)
#include "tst_roadmappage.moc"
