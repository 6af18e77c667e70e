// Presentation mode's look: every chart takes the dark, large-type presentation look (and keeps it
// when it rebuilds its axes or series), the quadrant places its larger labels without overlaps,
// no page stays light-on-white, the what-if page scrolls instead of clipping on small projectors,
// and leaving restores the normal look exactly.
#include "catalog.h"
#include "charts/antipatternquadrantchart.h"
#include "charts/chartlook.h"
#include "charts/complexityradarchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/costcurvechart.h"
#include "charts/themedchartview.h"
#include "diagram/diagramview.h"
#include "document.h"
#include "engine/scenario.h"
#include "mainwindow.h"
#include "pages/antipatternpage.h"
#include "pages/diagrampage.h"
#include "pages/roadmappage.h"
#include "pages/whatifpage.h"
#include "whatif/whatifpanel.h"
#include "workshop/deckcontroller.h"
#include "workshop/presentationwindow.h"
#include "colourcontrast.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

Slide slide(const QString &title, const QString &page)
{
    Slide s;
    s.title = title;
    s.page = page;
    s.notes = u"Notes for "_s + title;
    return s;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHSCAPE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

// What a viewer sees of a chart's styling, read back from Qt Charts itself.
struct ChartFacts
{
    QColor background;
    QColor title;
    QColor legend;
    int titlePixels = 0;
    int legendPixels = 0;
    QList<QColor> axisLabels;
    QList<int> axisLabelPixels;
    QList<int> axisTitlePixels;

    bool operator==(const ChartFacts &o) const
    {
        return background == o.background && title == o.title && legend == o.legend && titlePixels == o.titlePixels
            && legendPixels == o.legendPixels && axisLabels == o.axisLabels && axisLabelPixels == o.axisLabelPixels
            && axisTitlePixels == o.axisTitlePixels;
    }
};

ChartFacts factsOf(const QChartView *view)
{
    const QChart *chart = view->chart();
    ChartFacts facts;
    facts.background = chart->backgroundBrush().color();
    facts.title = chart->titleBrush().color();
    facts.legend = chart->legend()->labelColor();
    facts.titlePixels = chart->titleFont().pixelSize();
    facts.legendPixels = chart->legend()->font().pixelSize();
    for (const QAbstractAxis *axis : chart->axes()) {
        facts.axisLabels.append(axis->labelsColor());
        facts.axisLabelPixels.append(axis->labelsFont().pixelSize());
        facts.axisTitlePixels.append(axis->titleFont().pixelSize());
    }
    return facts;
}

QString describe(const ChartFacts &f)
{
    QStringList axes;
    for (int i = 0; i < f.axisLabels.size(); ++i)
        axes.append(u"%1 %2px/%3px"_s.arg(f.axisLabels.at(i).name()).arg(f.axisLabelPixels.at(i)).arg(f.axisTitlePixels.at(i)));
    return u"background %1, title %2 %3px, legend %4 %5px, axes [%6]"_s.arg(f.background.name(), f.title.name())
        .arg(f.titlePixels)
        .arg(f.legend.name())
        .arg(f.legendPixels)
        .arg(axes.join(u", "_s));
}

// The presentation's promise for one chart: a dark ground, text that stands out from it, and type
// clearly larger than the normal look's.
void verifyPresentationFacts(const QChartView *view, const ChartFacts &normal)
{
    const ChartFacts f = factsOf(view);
    const QByteArray where = (view->objectName() + u": "_s + describe(f)).toUtf8();
    QVERIFY2(f.background.lightnessF() < 0.2, where.constData());
    QVERIFY2(contrastRatio(f.title, f.background) >= 7, where.constData());
    QVERIFY2(contrastRatio(f.legend, f.background) >= 7, where.constData());
    QVERIFY2(f.titlePixels >= normal.titlePixels * 1.4, where.constData());
    QVERIFY2(f.legendPixels >= normal.legendPixels * 1.4, where.constData());
    QVERIFY2(!f.axisLabels.isEmpty(), where.constData());
    for (int i = 0; i < f.axisLabels.size(); ++i) {
        QVERIFY2(contrastRatio(f.axisLabels.at(i), f.background) >= 7, where.constData());
        // 18 px: readable from the back of a room on a 1366x768 projector.
        QVERIFY2(f.axisLabelPixels.at(i) >= 18, where.constData());
        QVERIFY2(f.axisTitlePixels.at(i) >= 18, where.constData());
    }
}

bool isControl(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QLabel *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QChartView *>(w) || qobject_cast<const QTabWidget *>(w);
}

// Visible controls of `page` that the viewer cannot see whole: cut by an ancestor's edge (outside
// a scroll area's reach), or squeezed below the size they need.
QStringList clippedControls(QWidget *page)
{
    QStringList problems;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page) || !isControl(w))
            continue;
        const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        bool insideItemView = false;
        for (QWidget *child = w; child != page; child = child->parentWidget()) {
            QWidget *parent = child->parentWidget();
            auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
            if (area && parent == area->viewport()) {
                if (!qobject_cast<QScrollArea *>(area)) {
                    insideItemView = true; // an item view's editor or a chart's own widget
                    break;
                }
                // Reachable by scrolling: the scroll bars cover every part of the content.
                const QSize hidden = child->size() - parent->size();
                if (area->verticalScrollBar()->maximum() < hidden.height()
                    || area->horizontalScrollBar()->maximum() < hidden.width())
                    problems.append(u"%1: the scroll area reaches %2x%3 of the %4x%5 beyond its viewport"_s.arg(name)
                                        .arg(area->horizontalScrollBar()->maximum())
                                        .arg(area->verticalScrollBar()->maximum())
                                        .arg(hidden.width())
                                        .arg(hidden.height()));
                continue;
            }
            if (!parent->rect().contains(child->geometry()))
                problems.append(u"%1: cut by %2 (%3 outside %4x%5)"_s.arg(name,
                                                                        QString::fromLatin1(parent->metaObject()->className()))
                                    .arg(u"%1,%2 %3x%4"_s.arg(child->x()).arg(child->y()).arg(child->width()).arg(child->height()))
                                    .arg(parent->width())
                                    .arg(parent->height()));
        }
        if (insideItemView)
            continue;
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool fixedText = qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
            || qobject_cast<const QComboBox *>(w) || (label && !label->wordWrap());
        const QSize need = w->minimumSizeHint();
        if (fixedText && need.isValid() && (w->width() < need.width() || w->height() < need.height()))
            problems.append(u"%1: squeezed to %2x%3, needs %4x%5"_s.arg(name)
                                .arg(w->width())
                                .arg(w->height())
                                .arg(need.width())
                                .arg(need.height()));
    }
    problems.removeDuplicates();
    return problems;
}

// The share of a picture that is near-white: what a dark presentation must not show much of.
double lightShare(const QImage &image)
{
    const QImage small = image.scaled(image.width() / 4, image.height() / 4, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    qint64 light = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            if (QColor(small.pixel(x, y)).lightnessF() > 0.85)
                ++light;
        }
    }
    return double(light) / double(std::max(1, small.width() * small.height()));
}

} // namespace

class TestPresentationLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chartsTakeThePresentationLookAndGiveItBack();
    void quadrantPlacesLargerLabelsWithoutOverlaps();
    void whatIfPageScrollsInsteadOfClipping_data();
    void whatIfPageScrollsInsteadOfClipping();
    void noPageStaysLightWhilePresenting_data();
    void noPageStaysLightWhilePresenting();
    void leavingRestoresEveryViewExactly();

private:
    PresentationWindow *startPresenting(MainWindow &window, const QList<Slide> &slides, QSize size);
    bool waitForDiagrams(MainWindow &window);
    Document m_document;
};

void TestPresentationLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_document.openEmbedded(), "the embedded model must load");
}

PresentationWindow *TestPresentationLook::startPresenting(MainWindow &window, const QList<Slide> &slides, QSize size)
{
    window.deckController()->setDeck({slides});
    window.present(0, QGuiApplication::primaryScreen());
    PresentationWindow *presentation = window.presentationWindow();
    if (!presentation)
        return nullptr;
    // The offscreen screen has one size: the projector's is set on the window, as full screen would.
    presentation->showNormal();
    QApplication::processEvents();
    presentation->setGeometry(QRect(QPoint(0, 0), size));
    if (!QTest::qWaitFor([&] { return presentation->size() == size; }, 2000))
        qWarning("the presentation window did not take the size %dx%d", size.width(), size.height());
    return presentation;
}

bool TestPresentationLook::waitForDiagrams(MainWindow &window)
{
    return QTest::qWaitFor([&] { return !window.diagramPage()->isLayoutPending(); }, 30000);
}

void TestPresentationLook::chartsTakeThePresentationLookAndGiveItBack()
{
    MainWindow window(&m_document);
    window.resize(1280, 800);
    window.show();
    WhatIfPage *whatIf = window.whatIfPage();
    const QList<QChartView *> charts = {whatIf->costCurves(), whatIf->costBreakdown(), whatIf->complexityRadar(),
                                        window.antiPatternPage()->chart()};
    QVERIFY(!charts.contains(nullptr));
    QList<ChartFacts> normal;
    for (const QChartView *chart : charts) {
        normal.append(factsOf(chart));
        // The normal look is light: that is what the presentation must change.
        QVERIFY2(normal.last().background.lightnessF() > 0.8, qPrintable(describe(normal.last())));
    }

    PresentationWindow *presentation =
        startPresenting(window, {slide(u"What if"_s, u"whatif"_s), slide(u"Risks"_s, u"antipatterns"_s)}, QSize(1366, 768));
    QVERIFY(presentation);
    for (int i = 0; i < charts.size(); ++i)
        verifyPresentationFacts(charts.at(i), normal.at(i));

    // A slider that changes the leading candidates makes the radar build new series; the cost
    // curves relabel their axis. Both keep the presentation look.
    ComplexityRadarChart *radar = whatIf->complexityRadar();
    const QStringList before = radar->shownPatterns();
    Scenario *scenario = window.scenario();
    ScenarioInputs inputs = scenario->inputs();
    for (const double qps : {100.0, 10'000'000.0}) {
        inputs.qps = qps;
        scenario->setInputs(inputs);
        if (radar->shownPatterns() != before)
            break;
    }
    QVERIFY2(radar->shownPatterns() != before, "a QPS change must change the radar's candidates for this test");
    const QColor radarGround = radar->chart()->backgroundBrush().color();
    for (QAbstractSeries *series : radar->chart()->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        QVERIFY2(contrastRatio(line->pen().color(), radarGround) >= 3,
                 qPrintable(line->name() + u" (%1) fades into the ground (%2)"_s.arg(line->pen().color().name(), radarGround.name())));
        QVERIFY(line->pen().widthF() >= 2.5);
    }
    // A new model rebuilds the breakdown's axes from scratch.
    whatIf->catalogChanged();
    for (int i = 0; i < charts.size(); ++i)
        verifyPresentationFacts(charts.at(i), normal.at(i));
    // Every chart in the window has the same look: no page was forgotten.
    for (const ThemedChartView *chart : presentation->findChildren<ThemedChartView *>())
        QVERIFY2(chart->look() == ChartLook::presentation(), qPrintable(chart->objectName()));

    presentation->leave();
    QTRY_VERIFY(!window.presentationWindow());
    for (int i = 0; i < charts.size(); ++i) {
        const ChartFacts after = factsOf(charts.at(i));
        QVERIFY2(after == normal.at(i), qPrintable(charts.at(i)->objectName() + u": "_s + describe(after) + u" instead of "_s
                                                  + describe(normal.at(i))));
    }
}

void TestPresentationLook::quadrantPlacesLargerLabelsWithoutOverlaps()
{
    MainWindow window(&m_document);
    window.resize(1280, 800);
    window.show();
    AntiPatternQuadrantChart *quadrant = window.antiPatternPage()->chart();
    QVERIFY(quadrant);
    window.showPage({PageRef::Kind::AntiPatterns, {}});
    QApplication::processEvents();
    const QList<QRectF> normalLabels = quadrant->labelRects();
    QVERIFY(!normalLabels.isEmpty());

    for (const QSize size : {QSize(1024, 768), QSize(1366, 768), QSize(1920, 1080)}) {
        PresentationWindow *presentation = startPresenting(window, {slide(u"Risks"_s, u"antipatterns"_s)}, size);
        QVERIFY(presentation);
        QTRY_VERIFY(quadrant->plotArea().width() > 100);
        const QStringList ids = quadrant->antiPatternIds();
        const QList<QRectF> labels = quadrant->labelRects();
        QCOMPARE(labels.size(), ids.size());
        const QRectF plot = quadrant->plotArea();
        for (int i = 0; i < labels.size(); ++i) {
            const QByteArray where = (ids.at(i) + u" at "_s + QString::number(size.width())).toUtf8();
            // Larger type than the normal look's labels.
            QVERIFY2(labels.at(i).height() >= normalLabels.at(i).height() * 1.4, where.constData());
            QVERIFY2(plot.contains(labels.at(i)), where.constData());
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels.at(i).intersects(labels.at(j)), QByteArray(where + " overlaps " + ids.at(j).toUtf8()).constData());
            for (const QRectF &name : quadrant->quadrantNameRects())
                QVERIFY2(!labels.at(i).intersects(name), QByteArray(where + " covers a quadrant name").constData());
            // No label covers a point (its own or another's).
            const QRectF inViewport = quadrant->labelRectInViewport(ids.at(i));
            for (const QString &other : ids)
                QVERIFY2(!inViewport.contains(quadrant->pointInViewport(other)), QByteArray(where + " covers " + other.toUtf8()).constData());
        }
        shoot(presentation, u"presentation-quadrant-%1x%2"_s.arg(size.width()).arg(size.height()));
        presentation->leave();
        QTRY_VERIFY(!window.presentationWindow());
    }
}

void TestPresentationLook::whatIfPageScrollsInsteadOfClipping_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("a 1024x768 projector") << QSize(1024, 768);
    QTest::newRow("a 1366x768 projector") << QSize(1366, 768);
    QTest::newRow("a 1920x1080 screen") << QSize(1920, 1080);
}

void TestPresentationLook::whatIfPageScrollsInsteadOfClipping()
{
    QFETCH(QSize, screen);
    MainWindow window(&m_document);
    window.show();
    PresentationWindow *presentation = startPresenting(window, {slide(u"What if"_s, u"whatif"_s)}, screen);
    QVERIFY(presentation);
    // The window fits the screen: its layout asks for no more than the screen has.
    const QSize minimum = presentation->minimumSizeHint();
    QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
             qPrintable(u"needs %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    QCOMPARE(presentation->size(), screen);
    WhatIfPage *page = window.whatIfPage();
    QVERIFY(presentation->isAncestorOf(page));
    QTRY_VERIFY(page->isVisible());
    // Layouts settle through posted events after the resize: judge the settled page.
    QStringList clipped;
    QTRY_VERIFY2((clipped = clippedControls(page)).isEmpty(), qPrintable(clipped.join(u"\n"_s)));
    // The charts keep a readable height: they scroll with the column rather than shrink.
    QVERIFY(page->costCurves()->height() >= 300);
    // The controls in the panel are all there to reach.
    for (const QString &input : {u"qps"_s, u"readRatio"_s}) {
        if (QSlider *slider = page->panel()->slider(input))
            QVERIFY(slider->isVisibleTo(page));
    }
    shoot(presentation, u"presentation-whatif-%1x%2"_s.arg(screen.width()).arg(screen.height()));
    presentation->leave();
    QTRY_VERIFY(!window.presentationWindow());
}

void TestPresentationLook::noPageStaysLightWhilePresenting_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("the welcome page") << u"welcome"_s;
    QTest::newRow("the catalog") << u"catalog"_s;
    QTest::newRow("a pattern page") << u"pattern:cqrs"_s;
    QTest::newRow("a section page") << u"section:cost-analysis"_s;
    QTest::newRow("a diagram") << u"diagram:cqrs"_s;
    QTest::newRow("the what-if page") << u"whatif"_s;
    QTest::newRow("the flowchart") << u"flowchart"_s;
    QTest::newRow("the anti-pattern quadrant") << u"antipatterns"_s;
    QTest::newRow("the roadmap") << u"roadmap"_s;
}

void TestPresentationLook::noPageStaysLightWhilePresenting()
{
    QFETCH(QString, page);
    MainWindow window(&m_document);
    window.show();
    PresentationWindow *presentation = startPresenting(window, {slide(u"Slide"_s, page)}, QSize(1366, 768));
    QVERIFY(presentation);
    QVERIFY(waitForDiagrams(window));
    QTest::qWait(50);
    QApplication::processEvents();
    const QImage image = presentation->grab().toImage();
    shoot(presentation, u"presentation-"_s + QString(page).replace(u':', u'-'));
    // Diagram nodes and text are light in places; a white ground would be most of the picture.
    const double share = lightShare(image);
    QVERIFY2(share < 0.12, qPrintable(u"%1% of %2 is near-white"_s.arg(int(share * 100)).arg(page)));
    presentation->leave();
    QTRY_VERIFY(!window.presentationWindow());
}

void TestPresentationLook::leavingRestoresEveryViewExactly()
{
    MainWindow window(&m_document);
    window.resize(1280, 800);
    window.show();
    window.showPage({PageRef::Kind::WhatIf, {}});
    QVERIFY(waitForDiagrams(window));
    QApplication::processEvents();
    QWidget *pages = window.centralWidget();
    QVERIFY(pages);
    struct Seen
    {
        QPointer<QWidget> widget;
        QFont font;
        QPalette palette;
        QBrush background; // graphics views: the scene's and the view's grounds
    };
    QList<Seen> before;
    for (QWidget *w : pages->findChildren<QWidget *>()) {
        QBrush ground;
        if (auto *view = qobject_cast<QGraphicsView *>(w))
            ground = view->scene() ? view->scene()->backgroundBrush() : view->backgroundBrush();
        before.append({w, w->font(), w->palette(), ground});
    }
    QList<std::pair<QPointer<ThemedChartView>, ChartLook>> looks;
    for (ThemedChartView *chart : pages->findChildren<ThemedChartView *>())
        looks.append({chart, chart->look()});

    const QList<Slide> slides = {slide(u"Diagram"_s, u"diagram:cqrs"_s), slide(u"Flowchart"_s, u"flowchart"_s),
                                 slide(u"Roadmap"_s, u"roadmap"_s), slide(u"Risks"_s, u"antipatterns"_s),
                                 slide(u"What if"_s, u"whatif"_s)};
    PresentationWindow *presentation = startPresenting(window, slides, QSize(1366, 768));
    QVERIFY(presentation);
    for (int i = 0; i < slides.size(); ++i) {
        presentation->goTo(i);
        QVERIFY(waitForDiagrams(window));
        QApplication::processEvents();
    }
    QVERIFY(window.roadmapPage()->hasDarkLook());
    presentation->leave();
    QTRY_VERIFY(!window.presentationWindow());
    QVERIFY(!window.roadmapPage()->hasDarkLook());
    QCOMPARE(window.centralWidget(), pages);
    QApplication::processEvents();

    int compared = 0;
    for (const Seen &seen : before) {
        if (!seen.widget)
            continue; // a page rebuilt its content meanwhile
        ++compared;
        const QString name = seen.widget->objectName().isEmpty() ? QString::fromLatin1(seen.widget->metaObject()->className())
                                                                 : seen.widget->objectName();
        QVERIFY2(seen.widget->font() == seen.font,
                 qPrintable(name + u": font "_s + seen.widget->font().toString() + u" instead of "_s + seen.font.toString()));
        QVERIFY2(seen.widget->palette() == seen.palette, qPrintable(name + u": palette changed"_s));
        if (auto *view = qobject_cast<QGraphicsView *>(seen.widget.data())) {
            const QBrush ground = view->scene() ? view->scene()->backgroundBrush() : view->backgroundBrush();
            QVERIFY2(ground == seen.background, qPrintable(name + u": background changed"_s));
        }
    }
    QVERIFY(compared > 100);
    for (const auto &[chart, look] : looks) {
        QVERIFY(chart);
        QVERIFY2(chart->look() == look, qPrintable(chart->objectName()));
    }
}

QTEST_MAIN(TestPresentationLook)
#include "tst_presentationlook.moc"
