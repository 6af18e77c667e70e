// The anti-pattern quadrant: label placement without overlaps, hit-testing and dragging with
// QTest on the real chart, undoable re-scores and resets, ghosts, tooltips and the detail panel.
#include "charts/antipatternquadrantchart.h"
#include "charts/labelplacer.h"
#include "document.h"
#include "engine/scenario.h"
#include "pages/antipatternpage.h"
#include "quadrant/antipatterndetailpanel.h"

#include <QChart>
#include <QFontMetricsF>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

double distanceToRect(const QRectF &rect, QPointF p)
{
    const double dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const double dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    return std::hypot(dx, dy);
}

// Every problem of a placement, in words; empty when the placement is clean.
QStringList placementProblems(const QList<QRectF> &labels, const QList<QPointF> &points, double pointRadius,
                              const QRectF &bounds, const QList<QRectF> &obstacles = {})
{
    QStringList problems;
    for (int i = 0; i < labels.size(); ++i) {
        if (!bounds.contains(labels.at(i)))
            problems.append(u"label %1 leaves the plot"_s.arg(i));
        for (int j = i + 1; j < labels.size(); ++j) {
            if (labels.at(i).intersects(labels.at(j)))
                problems.append(u"labels %1 and %2 overlap"_s.arg(i).arg(j));
        }
        for (int p = 0; p < points.size(); ++p) {
            if (distanceToRect(labels.at(i), points.at(p)) < pointRadius)
                problems.append(u"label %1 covers point %2"_s.arg(i).arg(p));
        }
        for (int o = 0; o < obstacles.size(); ++o) {
            if (labels.at(i).intersects(obstacles.at(o)))
                problems.append(u"label %1 covers obstacle %2"_s.arg(i).arg(o));
        }
    }
    return problems;
}

QList<QRectF> rectsOf(const QList<LabelPlacement> &placements)
{
    QList<QRectF> rects;
    for (const LabelPlacement &p : placements)
        rects.append(p.rect);
    return rects;
}

} // namespace

class TestAntiPatternQuadrant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void placerKeepsTheDocumentsLabelsApart_data();
    void placerKeepsTheDocumentsLabelsApart();
    void placerCopesWithCrowdedPoints_data();
    void placerCopesWithCrowdedPoints();
    void placerIsDeterministic();
    void placerFallsBackInsideThePlotWhenImpossible();

    void chartLabelsNeverOverlap_data();
    void chartLabelsNeverOverlap();
    void pressOnAPointSelectsIt_data();
    void pressOnAPointSelectsIt();
    void pressOnEmptySpaceSelectsNone();
    void draggingRescoresWithOneUndoableCommand();
    void draggingIsClampedToTheQuadrant();
    void clickWithoutMovingChangesNothing();
    void undoRestoresThePreviousRescore();
    void ghostShowsOnlyWhileRescored();
    void arrowKeysNudgeTheSelectedPoint();
    void resetOneAndResetAllAreUndoable();
    void tooltipHoldsTheDetectionRow_data();
    void tooltipHoldsTheDetectionRow();
    void tooltipSaysWhatTheDocumentLacks();
    void hoveringAPointShowsItsTooltip();
    void labelsMakeRoomAfterADrag();
    void detailPanelShowsWhatExistsAndNamesWhatIsMissing();
    void threatenedPatternsRequestTheirPage();
    void rendersAtTheExportSize();
    void anExportOnlyChartKeepsTheExportLayout();

private:
    QPointF valueToViewport(QPointF riskImpact) const;
    QUndoStack *stack() const { return m_document->undoStack(); }

    Document *m_document = nullptr;
    Scenario *m_scenario = nullptr;
    AntiPatternPage *m_page = nullptr;
    AntiPatternQuadrantChart *m_chart = nullptr;
};

void TestAntiPatternQuadrant::initTestCase()
{
    m_document = new Document(this);
    QVERIFY(m_document->openEmbedded());
    QCOMPARE(m_document->catalog().antiPatterns.items.size(), 8);
}

void TestAntiPatternQuadrant::init()
{
    m_scenario = new Scenario;
    m_scenario->setCatalog(m_document->catalog());
    stack()->clear();
    m_page = new AntiPatternPage(m_document, m_scenario);
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_chart = m_page->chart();
    QTRY_VERIFY(m_chart->plotArea().width() > 100);
}

void TestAntiPatternQuadrant::cleanup()
{
    delete m_page;
    m_page = nullptr;
    stack()->clear();
    delete m_scenario;
    m_scenario = nullptr;
}

// Computed from the plot rectangle, independently of the chart's own mapping.
QPointF TestAntiPatternQuadrant::valueToViewport(QPointF riskImpact) const
{
    const QRectF plot = m_chart->chart()->plotArea();
    const QPointF inChart(plot.left() + riskImpact.x() * plot.width(), plot.bottom() - riskImpact.y() * plot.height());
    return m_chart->mapFromScene(m_chart->chart()->mapToScene(inChart));
}

void TestAntiPatternQuadrant::placerKeepsTheDocumentsLabelsApart_data()
{
    QTest::addColumn<QSizeF>("plotSize");
    QTest::newRow("a wide plot") << QSizeF(900, 600);
    QTest::newRow("a small plot") << QSizeF(420, 320);
}

void TestAntiPatternQuadrant::placerKeepsTheDocumentsLabelsApart()
{
    QFETCH(QSizeF, plotSize);
    const QRectF plot(QPointF(40, 30), plotSize);
    QFont font;
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    QList<LabelRequest> requests;
    QList<QPointF> points;
    for (const AntiPattern &item : m_document->catalog().antiPatterns.items) {
        const QPointF anchor(plot.left() + item.risk * plot.width(), plot.bottom() - item.impact * plot.height());
        points.append(anchor);
        requests.append({anchor, metrics.size(Qt::TextSingleLine, item.name)});
    }
    LabelPlacer::Options options;
    options.pointRadius = 7;
    const QList<LabelPlacement> placements = LabelPlacer::place(requests, plot, {}, options);
    QCOMPARE(placements.size(), requests.size());
    const QStringList problems = placementProblems(rectsOf(placements), points, options.pointRadius, plot);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    for (const LabelPlacement &p : placements)
        QVERIFY(p.clear);
}

void TestAntiPatternQuadrant::placerCopesWithCrowdedPoints_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<QSizeF>("labelSize");
    QTest::addColumn<bool>("someFurtherOut"); // too crowded for every label to sit next to its point
    QList<QPointF> grid;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column)
            grid.append(QPointF(250 + column * 30, 180 + row * 30));
    }
    QTest::newRow("twelve points 30 px apart in a grid") << grid << QSizeF(70, 14) << true;
    QList<QPointF> dense;
    for (int i = 0; i < 16; ++i)
        dense.append(QPointF(260 + (i % 4) * 22, 170 + (i / 4) * 22));
    QTest::newRow("sixteen points 22 px apart in a square") << dense << QSizeF(64, 14) << true;
    QList<QPointF> diagonal;
    for (int i = 0; i < 10; ++i)
        diagonal.append(QPointF(200 + i * 12, 300 - i * 12));
    QTest::newRow("ten points 12 px apart along a diagonal") << diagonal << QSizeF(90, 14) << false;
    QList<QPointF> corner;
    for (int i = 0; i < 6; ++i)
        corner.append(QPointF(590 - (i % 3) * 20, 12 + (i / 3) * 20));
    QTest::newRow("six points packed into the top right corner") << corner << QSizeF(80, 14) << true;
}

void TestAntiPatternQuadrant::placerCopesWithCrowdedPoints()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(QSizeF, labelSize);
    QFETCH(bool, someFurtherOut);
    const QRectF plot(0, 0, 600, 400);
    QList<LabelRequest> requests;
    for (const QPointF &p : points)
        requests.append({p, labelSize});
    LabelPlacer::Options options;
    const QList<LabelPlacement> placements = LabelPlacer::place(requests, plot, {}, options);
    const QStringList problems = placementProblems(rectsOf(placements), points, options.pointRadius, plot);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    // Crowded points need some labels further out, and those get a leader from their point.
    bool anyLeader = false;
    for (int i = 0; i < placements.size(); ++i) {
        const LabelPlacement &p = placements.at(i);
        const double distance = distanceToRect(p.rect, points.at(i));
        if (p.needsLeader) {
            anyLeader = true;
            QVERIFY(distanceToRect(p.rect, p.leader.p2()) < 0.5);
            QVERIFY(std::hypot(p.leader.p1().x() - points.at(i).x(), p.leader.p1().y() - points.at(i).y())
                    <= options.pointRadius + 0.5);
        } else {
            QVERIFY2(distance <= options.pointRadius + options.gap + options.ringStep / 2,
                     "a label without a leader sits next to its point");
        }
    }
    if (someFurtherOut)
        QVERIFY(anyLeader);
}

void TestAntiPatternQuadrant::placerIsDeterministic()
{
    QList<LabelRequest> requests;
    for (int i = 0; i < 15; ++i)
        requests.append({QPointF(300 + (i % 5) * 25, 200 + (i / 5) * 25), QSizeF(60 + i, 14)});
    const QRectF plot(0, 0, 600, 400);
    const QList<QRectF> first = rectsOf(LabelPlacer::place(requests, plot));
    for (int run = 0; run < 3; ++run)
        QCOMPARE(rectsOf(LabelPlacer::place(requests, plot)), first);
}

void TestAntiPatternQuadrant::placerFallsBackInsideThePlotWhenImpossible()
{
    // Thirty wide labels cannot fit a 300x200 plot: the result still comes, inside, and says so.
    QList<LabelRequest> requests;
    for (int i = 0; i < 30; ++i)
        requests.append({QPointF(30 + (i % 6) * 45, 30 + (i / 6) * 35), QSizeF(120, 30)});
    const QRectF plot(0, 0, 300, 200);
    LabelPlacer::Options options;
    options.searchBudget = 2000;
    const QList<LabelPlacement> placements = LabelPlacer::place(requests, plot, {}, options);
    QCOMPARE(placements.size(), requests.size());
    int unclear = 0;
    for (const LabelPlacement &p : placements) {
        QVERIFY(plot.contains(p.rect));
        unclear += p.clear ? 0 : 1;
    }
    QVERIFY(unclear > 0);
}

void TestAntiPatternQuadrant::chartLabelsNeverOverlap_data()
{
    QTest::addColumn<QSize>("pageSize");
    QTest::newRow("1400 x 800") << QSize(1400, 800);
    QTest::newRow("1000 x 640") << QSize(1000, 640);
}

void TestAntiPatternQuadrant::chartLabelsNeverOverlap()
{
    QFETCH(QSize, pageSize);
    m_page->resize(pageSize);
    QTRY_COMPARE(m_page->size(), pageSize);
    QCoreApplication::processEvents();
    QList<QPointF> points;
    const QRectF plot = m_chart->chart()->plotArea();
    for (const QString &id : m_chart->antiPatternIds()) {
        const QPointF position = m_chart->shownPosition(id);
        points.append(QPointF(plot.left() + position.x() * plot.width(), plot.bottom() - position.y() * plot.height()));
    }
    const QList<QRectF> labels = m_chart->labelRects();
    QCOMPARE(labels.size(), m_document->catalog().antiPatterns.items.size());
    const QStringList problems = placementProblems(labels, points, 6.5, plot, m_chart->quadrantNameRects());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    // The quadrant names sit in their own corners, inside the plot.
    const QList<QRectF> names = m_chart->quadrantNameRects();
    QCOMPARE(names.size(), 4);
    QVERIFY(plot.contains(names.at(0)) && names.at(0).center().x() > plot.center().x()
            && names.at(0).center().y() < plot.center().y());
    QVERIFY(names.at(2).center().x() < plot.center().x() && names.at(2).center().y() > plot.center().y());
}

void TestAntiPatternQuadrant::pressOnAPointSelectsIt_data()
{
    QTest::addColumn<QString>("id");
    for (const AntiPattern &item : m_document->catalog().antiPatterns.items)
        QTest::newRow(qPrintable(item.name)) << item.id;
}

void TestAntiPatternQuadrant::pressOnAPointSelectsIt()
{
    QFETCH(QString, id);
    const AntiPattern *item = m_document->catalog().antiPatterns.item(id);
    QSignalSpy selected(m_chart, &AntiPatternQuadrantChart::antiPatternSelected);
    const QPoint pixel = valueToViewport(QPointF(item->risk, item->impact)).toPoint();
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, pixel);
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, pixel);
    QCOMPARE(m_chart->selectedAntiPattern(), id);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toString(), id);
    QCOMPARE(m_page->detailPanel()->antiPatternId(), id);
    QCOMPARE(stack()->count(), 0);
}

void TestAntiPatternQuadrant::pressOnEmptySpaceSelectsNone()
{
    const AntiPattern &first = m_document->catalog().antiPatterns.items.first();
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {},
                      valueToViewport(QPointF(first.risk, first.impact)).toPoint());
    QCOMPARE(m_chart->selectedAntiPattern(), first.id);
    // The bottom left of the document's quadrant is empty: no point, no label.
    const QPoint empty = valueToViewport(QPointF(0.2, 0.3)).toPoint();
    QVERIFY(m_chart->antiPatternAt(empty).isEmpty());
    QSignalSpy selected(m_chart, &AntiPatternQuadrantChart::antiPatternSelected);
    QTest::mouseClick(m_chart->viewport(), Qt::LeftButton, {}, empty);
    QVERIFY(m_chart->selectedAntiPattern().isEmpty());
    QCOMPARE(selected.size(), 1);
    QVERIFY(selected.first().first().toString().isEmpty());
    QVERIFY(m_page->detailPanel()->antiPatternId().isEmpty());
}

void TestAntiPatternQuadrant::draggingRescoresWithOneUndoableCommand()
{
    const QString id = u"over-engineering"_s;
    const AntiPattern *item = m_document->catalog().antiPatterns.item(id);
    const QPointF model(item->risk, item->impact);
    const QPointF target(0.6, 0.3);
    QWidget *viewport = m_chart->viewport();
    const QPointF from = valueToViewport(model);
    const QPointF to = valueToViewport(target);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from.toPoint());
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(viewport, (from + (to - from) * (step / 10.0)).toPoint());
    // Live: the point follows the mouse before anything is committed.
    QVERIFY(std::abs(m_chart->shownPosition(id).x() - target.x()) < 0.011);
    QCOMPARE(stack()->count(), 0);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to.toPoint());

    QCOMPARE(stack()->count(), 1);
    QVERIFY(m_scenario->antiPatternScores().contains(id));
    const QPointF score = m_scenario->antiPatternScores().value(id);
    QVERIFY2(std::abs(score.x() - target.x()) < 0.011 && std::abs(score.y() - target.y()) < 0.011,
             qPrintable(u"score %1, %2"_s.arg(score.x()).arg(score.y())));
    QCOMPARE(m_scenario->antiPatternScores().size(), 1);

    stack()->undo();
    QVERIFY(!m_scenario->antiPatternScores().contains(id));
    QCOMPARE(m_chart->shownPosition(id), model);
    stack()->redo();
    QCOMPARE(m_scenario->antiPatternScores().value(id), score);
    QCOMPARE(m_chart->shownPosition(id), score);
}

void TestAntiPatternQuadrant::draggingIsClampedToTheQuadrant()
{
    const QString id = u"distributed-monolith"_s;
    const QPointF from = m_chart->pointInViewport(id);
    const QRectF viewportRect = m_chart->viewport()->rect();
    const QPoint outside(int(viewportRect.right()) - 2, int(viewportRect.top()) + 2);
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, from.toPoint());
    QTest::mouseMove(m_chart->viewport(), (from + QPointF(20, -20)).toPoint());
    QTest::mouseMove(m_chart->viewport(), outside);
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, outside);
    const QPointF score = m_scenario->antiPatternScores().value(id);
    QCOMPARE(score, QPointF(1.0, 1.0));
}

void TestAntiPatternQuadrant::clickWithoutMovingChangesNothing()
{
    const QString id = u"shared-database"_s;
    const QPoint pixel = m_chart->pointInViewport(id).toPoint();
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, pixel);
    QTest::mouseMove(m_chart->viewport(), pixel + QPoint(1, 0)); // under the drag distance
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, pixel + QPoint(1, 0));
    QCOMPARE(stack()->count(), 0);
    QVERIFY(m_scenario->antiPatternScores().isEmpty());
    QCOMPARE(m_chart->selectedAntiPattern(), id);
}

void TestAntiPatternQuadrant::undoRestoresThePreviousRescore()
{
    const QString id = u"premature-optimization"_s;
    auto drag = [this, &id](QPointF target) {
        const QPointF from = m_chart->pointInViewport(id);
        const QPointF to = valueToViewport(target);
        QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, from.toPoint());
        QTest::mouseMove(m_chart->viewport(), ((from + to) / 2).toPoint());
        QTest::mouseMove(m_chart->viewport(), to.toPoint());
        QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, to.toPoint());
    };
    drag(QPointF(0.3, 0.8));
    const QPointF first = m_scenario->antiPatternScores().value(id);
    drag(QPointF(0.2, 0.2));
    QCOMPARE(stack()->count(), 2);
    QVERIFY(m_scenario->antiPatternScores().value(id) != first);
    stack()->undo();
    QCOMPARE(m_scenario->antiPatternScores().value(id), first);
}

void TestAntiPatternQuadrant::ghostShowsOnlyWhileRescored()
{
    const QString id = u"microservice-sprawl"_s;
    for (const QString &each : m_chart->antiPatternIds())
        QVERIFY(!m_chart->isGhostVisible(each));
    m_chart->setSelectedAntiPattern(id);
    m_chart->setFocus();
    QTest::keyClick(m_chart, Qt::Key_Left);
    QVERIFY(m_chart->isGhostVisible(id));
    for (const QString &each : m_chart->antiPatternIds()) {
        if (each != id)
            QVERIFY(!m_chart->isGhostVisible(each));
    }
    stack()->undo();
    QVERIFY(!m_chart->isGhostVisible(id));
    stack()->redo();
    QVERIFY(m_chart->isGhostVisible(id));
    m_chart->resetAntiPattern(id);
    QVERIFY(!m_chart->isGhostVisible(id));
}

void TestAntiPatternQuadrant::arrowKeysNudgeTheSelectedPoint()
{
    const QString id = u"no-circuit-breakers"_s;
    const AntiPattern *item = m_document->catalog().antiPatterns.item(id);
    m_chart->setSelectedAntiPattern(id);
    m_chart->setFocus();
    QTest::keyClick(m_chart, Qt::Key_Right);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(std::abs(m_scenario->antiPatternScores().value(id).x() - (item->risk + 0.05)) < 1e-9);
    QTest::keyClick(m_chart, Qt::Key_Down);
    QCOMPARE(stack()->count(), 2);
    QVERIFY(std::abs(m_scenario->antiPatternScores().value(id).y() - (item->impact - 0.05)) < 1e-9);

    // A held key: the first press is a step of its own, its auto-repeats join it.
    const QPointF beforeHold = m_scenario->antiPatternScores().value(id);
    for (bool repeat : {false, true, true}) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Up, Qt::NoModifier, QString(), repeat);
        QCoreApplication::sendEvent(m_chart, &press);
    }
    QCOMPARE(stack()->count(), 3);
    QVERIFY(std::abs(m_scenario->antiPatternScores().value(id).y() - (beforeHold.y() + 0.15)) < 1e-9);
    stack()->undo();
    QCOMPARE(m_scenario->antiPatternScores().value(id), beforeHold);
}

void TestAntiPatternQuadrant::resetOneAndResetAllAreUndoable()
{
    m_scenario->setAntiPatternScore(u"shared-database"_s, QPointF(0.2, 0.2));
    m_scenario->setAntiPatternScore(u"over-engineering"_s, QPointF(0.4, 0.1));
    QVERIFY(m_page->resetAllButton()->isEnabled());

    m_chart->setSelectedAntiPattern(u"shared-database"_s);
    m_page->detailPanel()->showAntiPattern(u"shared-database"_s);
    QPushButton *reset = m_page->detailPanel()->resetButton();
    QVERIFY(reset->isVisible() && reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!m_scenario->antiPatternScores().contains(u"shared-database"_s));
    QVERIFY(!m_page->detailPanel()->resetButton()->isEnabled());
    stack()->undo();
    QCOMPARE(m_scenario->antiPatternScores().value(u"shared-database"_s), QPointF(0.2, 0.2));

    QTest::mouseClick(m_page->resetAllButton(), Qt::LeftButton);
    QCOMPARE(stack()->count(), 1); // the undone reset was replaced by one "reset all"
    QVERIFY(m_scenario->antiPatternScores().isEmpty());
    QVERIFY(!m_page->resetAllButton()->isEnabled());
    stack()->undo();
    QCOMPARE(m_scenario->antiPatternScores().size(), 2);
    QCOMPARE(m_scenario->antiPatternScores().value(u"over-engineering"_s), QPointF(0.4, 0.1));
    stack()->redo();
    QVERIFY(m_scenario->antiPatternScores().isEmpty());
}

void TestAntiPatternQuadrant::tooltipHoldsTheDetectionRow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("figures");
    // Read from the model's table, then one row spelled out from the document itself below.
    const Table *table = m_document->catalog().table(u"anti-pattern-detection"_s);
    QVERIFY(table);
    for (const TableRow &row : table->rows) {
        QStringList figures;
        for (const TableColumn &column : table->columns) {
            if (column.id != u"antiPattern"_s)
                figures.append(cellText(row.cell(column.id)));
        }
        QTest::newRow(qPrintable(row.antiPattern)) << row.antiPattern << figures;
    }
    QTest::newRow("the document's Shared Database row")
        << u"shared-database"_s
        << QStringList{u"Cross-service SQL joins"_s, u"Very High"_s, u"Critical"_s, u"6-12 months"_s};
    QTest::newRow("Synchronous Chains, the table's name for Synchronous Everything")
        << u"synchronous-everything"_s << QStringList{u"P99 latency >5s"_s, u"1-3 months"_s};
}

void TestAntiPatternQuadrant::tooltipHoldsTheDetectionRow()
{
    QFETCH(QString, id);
    QFETCH(QStringList, figures);
    const QString tip = m_chart->toolTipText(id);
    QVERIFY(tip.startsWith(m_document->catalog().antiPatterns.item(id)->name));
    for (const QString &figure : figures)
        QVERIFY2(tip.contains(figure), qPrintable(figure + u" missing from: "_s + tip));
    QVERIFY(tip.contains(u"Business Impact"_s));
    QVERIFY(tip.contains(u"Fix Priority"_s));
    QVERIFY(tip.contains(u"Recovery Time"_s));
}

void TestAntiPatternQuadrant::tooltipSaysWhatTheDocumentLacks()
{
    // Premature Optimization and Over-Engineering have no row in the detection table.
    const QString premature = m_chart->toolTipText(u"premature-optimization"_s);
    QVERIFY(premature.contains(u"has no row"_s));
    QVERIFY(premature.contains(u"Over-engineering for current scale"_s)); // the text's detection list
    const QString over = m_chart->toolTipText(u"over-engineering"_s);
    QVERIFY(over.contains(u"has no row"_s));
    QVERIFY(!over.contains(u": \n"_s));
}

void TestAntiPatternQuadrant::hoveringAPointShowsItsTooltip()
{
    const QString id = u"no-circuit-breakers"_s;
    QTest::mouseMove(m_chart->viewport(), valueToViewport(QPointF(0.2, 0.3)).toPoint());
    QTest::mouseMove(m_chart->viewport(), m_chart->pointInViewport(id).toPoint());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), m_chart->toolTipText(id));
    QVERIFY(QToolTip::text().contains(u"Cascading failures"_s));
    QTest::mouseMove(m_chart->viewport(), valueToViewport(QPointF(0.2, 0.3)).toPoint());
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestAntiPatternQuadrant::labelsMakeRoomAfterADrag()
{
    // No Circuit Breakers dragged into the crowd between the document's closest points.
    const QString id = u"no-circuit-breakers"_s;
    const QPointF from = m_chart->pointInViewport(id);
    const QPointF to = valueToViewport(QPointF(0.75, 0.75));
    QTest::mousePress(m_chart->viewport(), Qt::LeftButton, {}, from.toPoint());
    QTest::mouseMove(m_chart->viewport(), ((from + to) / 2).toPoint());
    QTest::mouseMove(m_chart->viewport(), to.toPoint());
    QTest::mouseRelease(m_chart->viewport(), Qt::LeftButton, {}, to.toPoint());
    QVERIFY(m_chart->isGhostVisible(id));
    const QRectF plot = m_chart->chart()->plotArea();
    QList<QPointF> points;
    for (const QString &each : m_chart->antiPatternIds()) {
        const QPointF position = m_chart->shownPosition(each);
        points.append(QPointF(plot.left() + position.x() * plot.width(), plot.bottom() - position.y() * plot.height()));
    }
    const QStringList problems = placementProblems(m_chart->labelRects(), points, 6.5, plot, m_chart->quadrantNameRects());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

void TestAntiPatternQuadrant::detailPanelShowsWhatExistsAndNamesWhatIsMissing()
{
    AntiPatternDetailPanel *panel = m_page->detailPanel();
    const AntiPattern *premature = m_document->catalog().antiPatterns.item(u"premature-optimization"_s);
    m_chart->setSelectedAntiPattern(premature->id);
    panel->showAntiPattern(premature->id);
    QStringList texts = panel->shownTexts();
    const QString all = texts.join(u'\n');
    QVERIFY(all.contains(premature->problem));
    for (const QString &line : premature->detection + premature->fix)
        QVERIFY2(all.contains(line), qPrintable(line));
    QVERIFY(all.contains(u"no row"_s));

    const AntiPattern *monolith = m_document->catalog().antiPatterns.item(u"distributed-monolith"_s);
    QVERIFY(monolith->problem.isEmpty() && monolith->fix.isEmpty());
    panel->showAntiPattern(monolith->id);
    texts = panel->shownTexts();
    const QString monolithText = texts.join(u'\n');
    QVERIFY(monolithText.contains(u"no problem statement"_s));
    QVERIFY(monolithText.contains(u"no fix"_s));
    QVERIFY(monolithText.contains(u"Cannot deploy independently"_s));
    QVERIFY(monolithText.contains(u"3-6 months"_s));
    QVERIFY(monolithText.contains(u"as in the model"_s));
    for (const QString &text : texts)
        QVERIFY(!text.trimmed().isEmpty());

    m_scenario->setAntiPatternScore(monolith->id, QPointF(0.4, 0.3));
    const QString rescored = panel->shownTexts().join(u'\n');
    QVERIFY(rescored.contains(u"Workshop score: risk 0.40, impact 0.30"_s));
    QVERIFY(rescored.contains(u"Model score: risk 0.90, impact 0.90"_s));
}

void TestAntiPatternQuadrant::threatenedPatternsRequestTheirPage()
{
    QSignalSpy requested(m_page, &AntiPatternPage::patternRequested);
    const AntiPattern *item = m_document->catalog().antiPatterns.item(u"event-sourcing-everywhere"_s);
    m_page->detailPanel()->showAntiPattern(item->id);
    QList<QPushButton *> buttons;
    for (QPushButton *button : m_page->detailPanel()->findChildren<QPushButton *>(u"threatenedPattern"_s)) {
        if (button->isVisible())
            buttons.append(button);
    }
    QCOMPARE(buttons.size(), item->threatens.size());
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), item->threatens.first());
}

void TestAntiPatternQuadrant::rendersAtTheExportSize()
{
    const QSize shown = m_chart->chart()->size().toSize();
    const QSizeF size = m_chart->preferredExportSize();
    QImage image(size.toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        m_chart->render(&painter, QRectF(QPointF(0, 0), size));
    }
    // The point colour appears in the picture, and the chart on screen keeps its size.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() > c.red() + 40 && c.value() < 120)
                ++dark;
        }
    }
    QVERIFY(dark > 20);
    QCOMPARE(m_chart->chart()->size().toSize(), shown);
    const QStringList problems = placementProblems(m_chart->labelRects(), {}, 0, m_chart->chart()->plotArea());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
}

// Export sources draw a chart that is never shown and skip the layout back to a shown size: the
// picture must be the one a chart on screen gives, and the chart stays laid out for the export.
void TestAntiPatternQuadrant::anExportOnlyChartKeepsTheExportLayout()
{
    const QSizeF size = m_chart->preferredExportSize();
    const auto picture = [&](AntiPatternQuadrantChart &chart, AntiPatternQuadrantChart::AfterRender after) {
        QImage image(size.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(&painter, QRectF(QPointF(0, 0), size), after);
        return image;
    };
    AntiPatternQuadrantChart restoring;
    restoring.setSources(m_document, nullptr);
    const QImage restored = picture(restoring, AntiPatternQuadrantChart::AfterRender::RestoreShownSize);
    QVERIFY(restoring.chart()->size() != size);

    AntiPatternQuadrantChart exportOnly;
    exportOnly.setSources(m_document, nullptr);
    const QImage kept = picture(exportOnly, AntiPatternQuadrantChart::AfterRender::KeepExportLayout);
    QCOMPARE(kept, restored);
    QCOMPARE(exportOnly.chart()->size(), size);
    const QStringList problems = placementProblems(exportOnly.labelRects(), {}, 0, exportOnly.chart()->plotArea());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    // Drawn again (a second format of the same export), it gives the same picture.
    QCOMPARE(picture(exportOnly, AntiPatternQuadrantChart::AfterRender::KeepExportLayout), restored);
}

QTEST_MAIN(TestAntiPatternQuadrant)
#include "tst_antipatternquadrant.moc"
