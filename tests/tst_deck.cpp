// The presentation deck: its JSON round trip, capturing and showing views as slides through the
// real main window, editing the deck, presentation mode's keys and live pages, and the handout PDF.
#include "catalog.h"
#include "document.h"
#include "engine/flowchartwalk.h"
#include "engine/scenario.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "jsondocument.h"
#include "mainwindow.h"
#include "pages/diagrampage.h"
#include "pages/flowchartpage.h"
#include "pages/whatifpage.h"
#include "whatif/whatifpanel.h"
#include "workshop/comparedialog.h"
#include "workshop/deckcontroller.h"
#include "workshop/deckjson.h"
#include "workshop/deckpanel.h"
#include "workshop/presentationwindow.h"
#include "workshop/scenariofile.h"
#include "workshop/workshop.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path, int page)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Whitespace collapsed (the notes wrap), ligatures folded.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QRegularExpression(u"\\s+"_s), u" "_s)
        .trimmed();
}

int pdfPages(const QString &path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    process.waitForFinished(60000);
    const QRegularExpressionMatch match =
        QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Slide slide(const QString &title, const QString &page, const QString &notes = {})
{
    Slide s;
    s.title = title;
    s.page = page;
    s.notes = notes;
    return s;
}

// With ARCHSCAPE_SHOTS=DIR set, the tests also save what they show, to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ARCHSCAPE_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestDeck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonRoundTripKeepsEveryField();
    void jsonProblemsNameTheirPlace();
    void captureAndShowTheCurrentView();
    void reorderAndDelete();
    void presentationKeys();
    void pagesStayLiveWhilePresenting();
    void handoutHasAPagePerSlide();
    void compareDialogReadsFilesAndExports();

private:
    bool waitForDiagram(MainWindow &window);
    Document m_document;
};

void TestDeck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_document.openEmbedded(), "the embedded model must load");
}

bool TestDeck::waitForDiagram(MainWindow &window)
{
    return QTest::qWaitFor([&] {
        return !window.diagramPage()->isLayoutPending() && !window.diagramPage()->scene()->nodeItems().isEmpty();
    }, 30000);
}

void TestDeck::jsonRoundTripKeepsEveryField()
{
    const Catalog &catalog = m_document.catalog();
    Deck deck;
    Slide first = slide(u"Why CQRS"_s, u"diagram:cqrs"_s, u"Line one\nline two \u2014 \"quoted\" <b>not html</b>"_s);
    ScenarioInputs inputs = ScenarioInputs::defaults(catalog);
    QVERIFY(inputs.set(u"qps"_s, u"123456.5"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"read_write_ratio"_s, u"37.25"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"team_size"_s, u"17"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"teams"_s, u"3"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"engineer_cost"_s, u"18250"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"consistency"_s, u"eventual"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"audit"_s, u"critical"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"load"_s, u"spiky"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"geography"_s, u"global"_s, catalog).isEmpty());
    QVERIFY(inputs.set(u"read_volume"_s, u"normal"_s, catalog).isEmpty());
    first.inputs = inputs;
    first.failed = {u"WriteDB"_s, u"Bus"_s};
    first.zoom = 1.75;
    first.centre = QPointF(-12.5, 340.25);
    Slide second = slide(u"The walk"_s, u"flowchart"_s);
    second.flowchartAnswers = {u"Strong"_s, u">1M QPS"_s};
    Slide third = slide(QString(), u"whatif"_s);
    third.followInputs = true; // no inputs: the live scenario's
    deck.slides = {first, second, third};

    const nlohmann::ordered_json json = deckToJson(deck);
    // Through text, as the scenario file stores it.
    const JsonDocument parsed = JsonDocument::parse(QByteArray::fromStdString(json.dump(2)), u"deck.json"_s);
    QVERIFY(parsed.root);
    for (const Catalog *checkedBy : {static_cast<const Catalog *>(nullptr), &catalog}) {
        Diagnostics diagnostics;
        const Deck back = deckFromJson(*parsed.root, u"/deck"_s, diagnostics, checkedBy);
        QVERIFY2(diagnostics.isEmpty(), diagnostics.isEmpty() ? "" : qPrintable(diagnostics.first().toString()));
        QCOMPARE(back.slides.size(), 3);
        QCOMPARE(back.slides.at(0).inputs.value(), inputs);
        QCOMPARE(back.slides.at(0).failed, first.failed);
        QCOMPARE(back.slides.at(0).centre, first.centre);
        QCOMPARE(back.slides.at(1).flowchartAnswers, second.flowchartAnswers);
        QVERIFY(!back.slides.at(2).inputs.has_value());
        QVERIFY(back.slides.at(2).followInputs);
        QVERIFY(back == deck);
    }
    // Read volume left to follow the ratio stays unset.
    ScenarioInputs derived = ScenarioInputs::defaults(catalog);
    derived.readVolume.reset();
    Diagnostics diagnostics;
    QVERIFY(!inputsFromJson(inputsToJson(derived), u"/inputs"_s, diagnostics, {}, &catalog).readVolume.has_value());
}

void TestDeck::jsonProblemsNameTheirPlace()
{
    const JsonDocument parsed = JsonDocument::parse(
        R"({"slides": [{"title": "ok", "page": "whatif"},
                       {"title": 3, "zoom": "big", "centre": [1], "inputs": {"qps": -5, "colour": "red"}, "extra": 1}]})",
        u"bad.json"_s);
    QVERIFY(parsed.root);
    Diagnostics diagnostics;
    const Deck deck = deckFromJson(*parsed.root, u"/deck"_s, diagnostics, &m_document.catalog());
    QCOMPARE(deck.slides.size(), 2);
    QCOMPARE(deck.slides.at(0).title, u"ok"_s);
    QStringList pointers;
    for (const Diagnostic &d : diagnostics) {
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QVERIFY(!d.message.isEmpty());
        pointers.append(d.pointer);
    }
    pointers.sort();
    QCOMPARE(pointers, QStringList({u"/deck/slides/1/centre"_s, u"/deck/slides/1/extra"_s, u"/deck/slides/1/inputs/colour"_s,
                                    u"/deck/slides/1/inputs/qps"_s, u"/deck/slides/1/title"_s, u"/deck/slides/1/zoom"_s}));
    // Not a deck at all.
    diagnostics.clear();
    QVERIFY(deckFromJson(nlohmann::ordered_json::array(), u"/deck"_s, diagnostics).slides.isEmpty());
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().pointer, u"/deck"_s);
}

void TestDeck::captureAndShowTheCurrentView()
{
    MainWindow window(&m_document);
    window.show();
    DeckPanel *panel = window.deckPanel();
    QVERIFY(panel);
    Scenario *scenario = window.scenario();

    // A diagram, zoomed in, with a failed component, at chosen inputs.
    window.showPage({PageRef::Kind::Diagram, u"cqrs"_s});
    QVERIFY(waitForDiagram(window));
    const QString failedNode = window.diagramPage()->scene()->diagram().nodes.first().id;
    scenario->setFailedComponents(u"cqrs"_s, {failedNode});
    QVERIFY(scenario->setInput(u"qps"_s, u"250000"_s).isEmpty());
    window.diagramPage()->view()->setZoom(2.0);
    panel->addCurrentView();
    QCOMPARE(window.deckController()->count(), 1);
    Slide diagramSlide = window.deckController()->slide(0);
    QCOMPARE(diagramSlide.page, u"diagram:cqrs"_s);
    QCOMPARE(diagramSlide.failed, QSet<QString>({failedNode}));
    QCOMPARE(diagramSlide.inputs->qps, 250000.0);
    QCOMPARE(diagramSlide.zoom, 2.0);
    QCOMPARE(diagramSlide.title, m_document.catalog().diagram(u"cqrs"_s)->title);
    // The workshop holds the same deck (it is what the scenario file saves).
    QVERIFY(window.workshop()->deck() == window.deckController()->deck());

    // The flowchart, answered by hand.
    window.showPage({PageRef::Kind::Flowchart, {}});
    FlowchartWalk *walk = window.flowchartPage()->walk();
    walk->setFollowInputs(false);
    walk->restart();
    QVERIFY(walk->answer(walk->options().size() - 1));
    QVERIFY(walk->answer(0));
    QStringList answers;
    for (const FlowchartStep &step : walk->path())
        answers.append(step.answer);
    panel->addCurrentView();
    QCOMPARE(window.deckController()->count(), 2);
    QCOMPARE(window.deckController()->slide(1).page, u"flowchart"_s);
    QCOMPARE(window.deckController()->slide(1).flowchartAnswers, answers);
    QVERIFY(!window.deckController()->slide(1).followInputs);

    // Everything changed; going to each slide brings its state back.
    walk->restart();
    scenario->setFailedComponents(u"cqrs"_s, {});
    QVERIFY(scenario->setInput(u"qps"_s, u"1000"_s).isEmpty());
    window.showPage({PageRef::Kind::Catalog, {}});
    window.goToSlide(0);
    QCOMPARE(window.currentPage(), PageRef({PageRef::Kind::Diagram, u"cqrs"_s}));
    QCOMPARE(scenario->inputs().qps, 250000.0);
    QCOMPARE(scenario->failedComponents(u"cqrs"_s), QSet<QString>({failedNode}));
    QVERIFY(waitForDiagram(window));
    QTRY_COMPARE(window.diagramPage()->scene()->failedNodes(), QSet<QString>({failedNode}));
    QTRY_COMPARE(window.diagramPage()->view()->zoom(), 2.0);
    window.goToSlide(1);
    QCOMPARE(window.currentPage(), PageRef({PageRef::Kind::Flowchart, {}}));
    QStringList replayed;
    for (const FlowchartStep &step : walk->path())
        replayed.append(step.answer);
    QCOMPARE(replayed, answers);

    // Titles and notes are edited in the panel.
    panel->setCurrentSlide(1);
    const QString before = window.deckController()->slide(1).title;
    QVERIFY(!before.isEmpty());
    panel->titleEdit()->setFocus();
    panel->titleEdit()->end(false);
    QTest::keyClicks(panel->titleEdit(), u" today"_s);
    QCOMPARE(window.deckController()->slide(1).title, before + u" today"_s);
    QCOMPARE(panel->list()->item(1)->text(), before + u" today"_s);
    panel->notesEdit()->setPlainText(u"Ask the room first."_s);
    QCOMPARE(window.deckController()->slide(1).notes, u"Ask the room first."_s);
    QCOMPARE(window.workshop()->deck().slides.at(1).notes, u"Ask the room first."_s);
    window.deckDock()->show();
    shoot(&window, u"deck-panel"_s);
}

void TestDeck::reorderAndDelete()
{
    MainWindow window(&m_document);
    DeckController *deck = window.deckController();
    DeckPanel *panel = window.deckPanel();
    deck->setDeck({{slide(u"A"_s, u"whatif"_s), slide(u"B"_s, u"roadmap"_s), slide(u"C"_s, u"antipatterns"_s)}});
    QCOMPARE(panel->list()->count(), 3);
    auto titles = [&] {
        QStringList list;
        for (const Slide &s : deck->deck().slides)
            list.append(s.title);
        return list;
    };
    panel->setCurrentSlide(0);
    panel->moveCurrent(1);
    QCOMPARE(titles(), QStringList({u"B"_s, u"A"_s, u"C"_s}));
    QCOMPARE(panel->currentSlide(), 1);
    panel->moveCurrent(1);
    QCOMPARE(titles(), QStringList({u"B"_s, u"C"_s, u"A"_s}));
    panel->moveCurrent(1); // already last: nothing moves
    QCOMPARE(titles(), QStringList({u"B"_s, u"C"_s, u"A"_s}));
    panel->setCurrentSlide(0);
    panel->moveCurrent(-1); // already first
    QCOMPARE(titles(), QStringList({u"B"_s, u"C"_s, u"A"_s}));
    panel->setCurrentSlide(1);
    panel->deleteCurrent();
    QCOMPARE(titles(), QStringList({u"B"_s, u"A"_s}));
    QCOMPARE(panel->currentSlide(), 1);
    QCOMPARE(panel->list()->item(0)->text(), u"B"_s);
    QCOMPARE(panel->list()->item(1)->text(), u"A"_s);
    // The scenario saves what the panel shows, and is modified by it.
    QVERIFY(window.workshop()->deck() == deck->deck());
    QVERIFY(window.workshop()->isModified());
    panel->deleteCurrent();
    panel->deleteCurrent();
    QCOMPARE(deck->count(), 0);
    panel->deleteCurrent(); // nothing selected: nothing happens
    QCOMPARE(deck->count(), 0);
}

void TestDeck::presentationKeys()
{
    MainWindow window(&m_document);
    window.show();
    QWidget *pages = window.centralWidget();
    QVERIFY(pages);
    const QList<Slide> slides = {slide(u"One"_s, u"whatif"_s, u"first notes"_s), slide(u"Two"_s, u"roadmap"_s),
                                 slide(u"Three"_s, u"antipatterns"_s), slide(u"Four"_s, u"catalog"_s)};
    window.deckController()->setDeck({slides});
    window.present(0, QGuiApplication::primaryScreen());
    PresentationWindow *presentation = window.presentationWindow();
    QVERIFY(presentation);
    QVERIFY(presentation->isVisible());
    // Full screen on the chosen screen (the offscreen platform reports the size, not the state).
    QTRY_COMPARE(presentation->geometry(), QGuiApplication::primaryScreen()->geometry());
    QVERIFY(presentation->isAncestorOf(pages));
    QVERIFY(!window.centralWidget());
    QCOMPARE(presentation->currentIndex(), 0);
    QCOMPARE(window.currentPage().kind, PageRef::Kind::WhatIf);

    struct Step
    {
        Qt::Key key;
        int index;
    };
    const QList<Step> steps = {{Qt::Key_Right, 1}, {Qt::Key_Space, 2}, {Qt::Key_PageDown, 3}, {Qt::Key_Right, 3},
                               {Qt::Key_Left, 2},  {Qt::Key_PageUp, 1}, {Qt::Key_Home, 0},   {Qt::Key_Left, 0},
                               {Qt::Key_End, 3}};
    for (const Step &step : steps) {
        QTest::keyClick(presentation, step.key);
        QCOMPARE(presentation->currentIndex(), step.index);
        // The main window's pages follow: the slide's page is the one shown.
        QCOMPARE(window.currentPage().toString(), slides.at(step.index).page);
    }
    QCOMPARE(presentation->findChild<QLabel *>(u"presenterTimer"_s)->text(), presentation->timerText());
    QVERIFY(QRegularExpression(u"^\\d\\d:\\d\\d$"_s).match(presentation->timerText()).hasMatch());

    // Keys typed in a page's widget reach the deck too (a focused slider is not a text box).
    QTest::keyClick(presentation, Qt::Key_Home);
    QSlider *slider = window.whatIfPage()->panel()->slider(u"qps"_s);
    QVERIFY(slider);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(presentation->currentIndex(), 1);

    QVERIFY(!presentation->isBlank());
    QTest::keyClick(presentation, Qt::Key_B);
    QVERIFY(presentation->isBlank());
    QVERIFY(presentation->findChild<QWidget *>(u"presentationBlank"_s)->isVisible());
    QVERIFY(!pages->isVisible());
    QTest::keyClick(presentation, Qt::Key_B);
    QVERIFY(!presentation->isBlank());
    QVERIFY(pages->isVisible());

    QVERIFY(presentation->notesVisible());
    QTest::keyClick(presentation, Qt::Key_N);
    QVERIFY(!presentation->notesVisible());
    QTest::keyClick(presentation, Qt::Key_N);
    QVERIFY(presentation->notesVisible());
    QTest::keyClick(presentation, Qt::Key_Home);
    QCOMPARE(presentation->findChild<QLabel *>(u"presenterNotes"_s)->text(), u"first notes"_s);
    shoot(presentation, u"presentation-whatif"_s);
    QTest::keyClick(presentation, Qt::Key_Right);
    shoot(presentation, u"presentation-roadmap"_s);
    QTest::keyClick(presentation, Qt::Key_Home);

    QTest::keyClick(presentation, Qt::Key_Escape);
    QTRY_VERIFY(!window.presentationWindow());
    // The pages are home again.
    QCOMPARE(window.centralWidget(), pages);
    QVERIFY(window.isAncestorOf(pages));
}

void TestDeck::pagesStayLiveWhilePresenting()
{
    MainWindow window(&m_document);
    window.show();
    window.deckController()->setDeck({{slide(u"What if"_s, u"whatif"_s)}});
    window.present(0, QGuiApplication::primaryScreen());
    PresentationWindow *presentation = window.presentationWindow();
    QVERIFY(presentation);
    QSlider *slider = window.whatIfPage()->panel()->slider(u"qps"_s);
    QVERIFY(presentation->isAncestorOf(slider));
    QVERIFY(slider->isVisible());
    const double before = window.scenario()->inputs().qps;
    const quint64 evaluations = window.scenario()->evaluationCount();
    // Click near the slider's left end, as the presenter would: the scenario follows.
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    const QPoint near(slider->width() / 10, slider->height() / 2);
    QTest::mouseClick(slider, Qt::LeftButton, {}, near);
    QTRY_VERIFY(window.scenario()->inputs().qps < before);
    QVERIFY(window.scenario()->evaluationCount() > evaluations);
    presentation->leave();
    QTRY_VERIFY(!window.presentationWindow());
    QVERIFY(window.isAncestorOf(slider));
}

void TestDeck::handoutHasAPagePerSlide()
{
    MainWindow window(&m_document);
    Slide diagram = slide(u"The CQRS planes"_s, u"diagram:cqrs"_s, u"Point at the write side first, then the bus."_s);
    diagram.failed = {m_document.catalog().diagram(u"cqrs"_s)->nodes.first().id};
    Slide flowchart = slide(u"Walking the flowchart"_s, u"flowchart"_s, u"Let the room answer each question."_s);
    flowchart.followInputs = true;
    Slide costs = slide(u"What it costs"_s, u"whatif"_s, u"Costs at a quarter of a million QPS."_s);
    ScenarioInputs inputs = ScenarioInputs::defaults(m_document.catalog());
    QVERIFY(inputs.set(u"qps"_s, u"250000"_s, m_document.catalog()).isEmpty());
    costs.inputs = inputs;
    Slide catalog = slide(u"The catalog"_s, u"catalog"_s);
    window.deckController()->setDeck({{diagram, flowchart, costs, catalog}});

    QTemporaryDir dir;
    const QString path = dir.filePath(u"handout.pdf"_s);
    QString error;
    QVERIFY2(window.exportDeckHandout(path, &error), qPrintable(error));
    QCOMPARE(pdfPages(path), 4);
    if (qEnvironmentVariableIsSet("ARCHSCAPE_SHOTS"))
        QFile::copy(path, qEnvironmentVariable("ARCHSCAPE_SHOTS") + u"/handout.pdf"_s);
    const QList<Slide> slides = window.deckController()->deck().slides;
    for (int i = 0; i < slides.size(); ++i) {
        const QString text = pdfText(path, i + 1);
        QVERIFY2(text.contains(slides.at(i).title), qPrintable(text.left(300)));
        if (!slides.at(i).notes.isEmpty())
            QVERIFY2(text.contains(slides.at(i).notes), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Slide %1 of 4"_s.arg(i + 1)));
    }
    // The views are drawn as vector text: the diagram's labels are there.
    const QString first = pdfText(path, 1);
    const Diagram *cqrs = m_document.catalog().diagram(u"cqrs"_s);
    int found = 0;
    for (const DiagramNode &node : cqrs->nodes) {
        const QString firstLine = node.label.isEmpty() ? QString() : node.label.first().trimmed();
        if (!firstLine.isEmpty() && first.contains(firstLine))
            ++found;
    }
    QVERIFY2(found >= cqrs->nodes.size() / 2, qPrintable(first.left(400)));
    // A slide of a page without a picture says so rather than leaving a hole.
    QVERIFY(pdfText(path, 4).contains(u"no picture"_s));

    // An empty deck and an unwritable path are refused with a reason.
    window.deckController()->setDeck({});
    QVERIFY(!window.exportDeckHandout(dir.filePath(u"empty.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
    window.deckController()->setDeck({{catalog}});
    QVERIFY(!window.exportDeckHandout(dir.filePath(u"no/such/folder/x.pdf"_s), &error));
    QVERIFY(error.contains(u"no/such/folder"_s));
}

void TestDeck::compareDialogReadsFilesAndExports()
{
    const Catalog &catalog = m_document.catalog();
    QTemporaryDir dir;
    ScenarioState small;
    small.title = u"Small team"_s;
    small.inputs = ScenarioInputs::defaults(catalog);
    QVERIFY(small.inputs.set(u"qps"_s, u"800"_s, catalog).isEmpty());
    ScenarioState large = small;
    large.title = u"Global scale"_s;
    QVERIFY(large.inputs.set(u"qps"_s, u"3000000"_s, catalog).isEmpty());
    QVERIFY(large.inputs.set(u"geography"_s, u"global"_s, catalog).isEmpty());
    QVERIFY(large.inputs.set(u"consistency"_s, u"eventual"_s, catalog).isEmpty());
    QVERIFY(ScenarioFile::write(dir.filePath(u"small.archscape"_s), small).isEmpty());
    QVERIFY(ScenarioFile::write(dir.filePath(u"large.archscape"_s), large).isEmpty());

    CompareDialog dialog(catalog);
    QString error;
    QVERIFY2(dialog.addFile(dir.filePath(u"small.archscape"_s), &error), qPrintable(error));
    QVERIFY2(dialog.addFile(dir.filePath(u"large.archscape"_s), &error), qPrintable(error));
    QFile broken(dir.filePath(u"broken.archscape"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": \"archscape-scenario\", \"version\": 1, \"inputs\": {\"qps\": \"lots\"}}");
    broken.close();
    QVERIFY(!dialog.addFile(broken.fileName(), &error));
    QVERIFY2(error.contains(u"broken.archscape"_s) && error.contains(u"/inputs/qps"_s), qPrintable(error));
    QCOMPARE(dialog.comparison().scenarios().size(), 2);

    // The table: a column per scenario, the differing rows marked and shaded.
    QTableWidget *table = dialog.table();
    QCOMPARE(table->columnCount(), 3);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), u"Small team"_s);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Global scale"_s);
    int marked = 0;
    int differing = 0;
    for (const ComparisonRow &row : dialog.comparison().rows())
        differing += row.differs ? 1 : 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QTableWidgetItem *label = table->item(r, 0);
        if (label && label->text().startsWith(u"\u2260"_s)) {
            ++marked;
            QVERIFY(table->item(r, 1)->background() != table->item(r, 1)->foreground());
        }
    }
    QVERIFY(differing >= 3); // qps, geography, consistency at least
    QCOMPARE(marked, differing);
    dialog.show();
    shoot(&dialog, u"compare-dialog"_s);

    const QString md = dir.filePath(u"comparison.md"_s);
    QVERIFY2(dialog.exportMarkdown(md, &error), qPrintable(error));
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(mdFile.readAll()), dialog.comparison().toMarkdown(dialog.title()));
    const QString pdf = dir.filePath(u"comparison.pdf"_s);
    QVERIFY2(dialog.exportPdf(pdf, &error), qPrintable(error));
    QVERIFY(pdfPages(pdf) >= 1);
    QString text;
    for (int page = 1; page <= pdfPages(pdf); ++page)
        text += pdfText(pdf, page) + u' ';
    QVERIFY(text.contains(u"Small team"_s));
    QVERIFY(text.contains(u"Global scale"_s));
    for (const ScenarioOutcome &outcome : dialog.comparison().outcomes())
        QVERIFY2(text.contains(outcome.recommendationName), qPrintable(outcome.recommendationName));
}

QTEST_MAIN(TestDeck)
#include "tst_deck.moc"
