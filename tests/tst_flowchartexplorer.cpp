// The flowchart explorer: an architect clicks (or types) through every path of the document's
// pattern-selection flowchart; the diagram highlights the way taken, the breadcrumb tells it, Back
// and Restart undo it, the walk can follow the what-if inputs, and the decision record says it all.
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/edgeitem.h"
#include "diagram/nodeitem.h"
#include "engine/decisionrecord.h"
#include "engine/engine.h"
#include "engine/flowchartwalk.h"
#include "engine/numberformat.h"
#include "engine/scenario.h"
#include "flowchart/flowchartbreadcrumb.h"
#include "flowchart/flowchartoutcomecard.h"
#include "flowchart/flowchartquestioncard.h"
#include "modelloader.h"
#include "pages/flowchartpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QToolButton>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace archscape;
using namespace Qt::StringLiterals;

namespace {

// The document's flowchart, path by path: the answer labels clicked and the outcome reached.
struct ExpectedPath
{
    QStringList answers;
    QString outcomeNode;
    QString pattern;
};

const QList<ExpectedPath> &documentPaths()
{
    static const QList<ExpectedPath> paths = {
        {{u"Strong"_s, u"Critical"_s}, u"EVENT_SOURCING"_s, u"event-sourcing"_s},
        {{u"Strong"_s, u"Standard"_s, u"High"_s}, u"CQRS_STRONG"_s, u"cqrs"_s},
        {{u"Strong"_s, u"Standard"_s, u"Normal"_s}, u"TRADITIONAL"_s, u"traditional"_s},
        {{u"Eventual"_s, u"Multiple Teams"_s}, u"MICROSERVICES"_s, u"microservices"_s},
        {{u"Eventual"_s, u"Single Team"_s, u"Spiky/Variable"_s}, u"SERVERLESS"_s, u"serverless"_s},
        {{u"Eventual"_s, u"Single Team"_s, u"Steady High"_s, u"<100K QPS"_s}, u"SIMPLE_SERVICES"_s, u"simple-services"_s},
        {{u"Eventual"_s, u"Single Team"_s, u"Steady High"_s, u"100K-1M QPS"_s, u"Global Users"_s}, u"EDGE_COMPUTING"_s, u"edge-computing"_s},
        {{u"Eventual"_s, u"Single Team"_s, u"Steady High"_s, u"100K-1M QPS"_s, u"Regional"_s}, u"MULTI_REGION"_s, u"multi-region"_s},
        {{u"Eventual"_s, u"Single Team"_s, u"Steady High"_s, u">1M QPS"_s}, u"CELL_BASED"_s, u"cell-based"_s},
    };
    return paths;
}

QString pathName(const QStringList &answers)
{
    return answers.join(u" > "_s);
}

} // namespace

class TestFlowchartExplorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickingTheAnswerButtonsReachesEveryOutcome_data();
    void clickingTheAnswerButtonsReachesEveryOutcome();
    void everyPathOfTheModelIsADocumentPath();
    void clickingTheDiagramAnswers();
    void clickingAnAnsweredQuestionReturnsToIt();
    void backAndRestart();
    void keyboardWalksTheFlowchart();
    void breadcrumbReturnsToAQuestion();
    void followingTheInputsMatchesTheEngine_data();
    void followingTheInputsMatchesTheEngine();
    void followingIsLiveWhileInputsMove();
    void answeringWhileFollowingSetsTheInput();
    void outcomeExplainsTheBranchesNotTaken();
    void outcomeLinksToPatternAndDiagram();
    void decisionRecordSectionBySection();
    void decisionRecordOfAHandAnsweredPath();
    void decisionRecordEscapesMarkdown();
    void decisionRecordIsSaved();

private:
    void answerByButton(const QString &label);
    void checkHighlight(const QStringList &answeredSoFar);

    Catalog m_catalog;
    Scenario *m_scenario = nullptr;
    FlowchartPage *m_page = nullptr;
};

void TestFlowchartExplorer::initTestCase()
{
    const LoadResult result = ModelLoader::loadEmbedded();
    QVERIFY(result.ok());
    m_catalog = *result.catalog;
}

void TestFlowchartExplorer::init()
{
    m_scenario = new Scenario;
    m_scenario->setCatalog(m_catalog);
    m_page = new FlowchartPage(m_scenario);
    m_page->resize(1400, 900);
    m_page->setCatalog(m_catalog);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLayoutPending(), 60000);
    QVERIFY(!m_page->scene()->nodeItems().isEmpty());
}

void TestFlowchartExplorer::cleanup()
{
    // For looking at the page as a user would: ARCHSCAPE_TEST_SCREENSHOTS=DIR saves each test's end state.
    if (const QString dir = qEnvironmentVariable("ARCHSCAPE_TEST_SCREENSHOTS"); !dir.isEmpty())
        m_page->grab().save(dir + u'/' + QString::fromLatin1(QTest::currentTestFunction()) + u".png"_s);
    delete m_page;
    m_page = nullptr;
    delete m_scenario;
    m_scenario = nullptr;
}

void TestFlowchartExplorer::answerByButton(const QString &label)
{
    const QList<QPushButton *> buttons = m_page->questionCard()->answerButtons();
    for (QPushButton *button : buttons) {
        // Buttons read "1   Strong".
        if (button->text().section(u"   "_s, 1) == label) {
            QVERIFY(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL(qPrintable(u"no answer button \""_s + label + u"\" at "_s + m_page->questionCard()->questionText()));
}

// The diagram shows the walk: passed nodes and edges on the path, the waiting question marked,
// its answer edges offered, or the outcome marked as reached.
void TestFlowchartExplorer::checkHighlight(const QStringList &answeredSoFar)
{
    const FlowchartWalk *walk = m_page->walk();
    const DiagramScene *scene = m_page->scene();
    QCOMPARE(walk->path().size(), answeredSoFar.size());
    for (qsizetype i = 0; i < answeredSoFar.size(); ++i) {
        QCOMPARE(walk->path().at(i).answer, answeredSoFar.at(i));
        const NodeItem *question = scene->nodeItem(walk->path().at(i).questionNode);
        QVERIFY(question);
        QCOMPARE(question->emphasis(), ItemEmphasis::OnPath);
        // The answer edge taken is on the path.
        bool found = false;
        for (const EdgeItem *edge : scene->edgeItems()) {
            if (edge->from() == walk->path().at(i).questionNode && edge->to() == walk->path().at(i).nextNode) {
                QCOMPARE(edge->emphasis(), ItemEmphasis::OnPath);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(walk->path().at(i).questionNode));
    }
    const NodeItem *current = scene->nodeItem(walk->currentNode());
    QVERIFY(current);
    if (walk->atOutcome()) {
        QCOMPARE(current->emphasis(), ItemEmphasis::Reached);
    } else {
        QCOMPARE(current->emphasis(), ItemEmphasis::Current);
        int offered = 0;
        for (const EdgeItem *edge : scene->edgeItems()) {
            if (edge->from() == walk->currentNode()) {
                QCOMPARE(edge->emphasis(), ItemEmphasis::Offered);
                ++offered;
            }
        }
        QCOMPARE(offered, walk->options().size());
    }
    // Nodes off the path are quieter, never hidden.
    int muted = 0;
    for (const NodeItem *node : scene->nodeItems()) {
        if (!walk->pathNodes().contains(node->id())) {
            QCOMPARE(node->emphasis(), ItemEmphasis::Muted);
            QVERIFY(node->isVisible());
            ++muted;
        }
    }
    QVERIFY(muted > 0);
}

void TestFlowchartExplorer::clickingTheAnswerButtonsReachesEveryOutcome_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("outcomeNode");
    QTest::addColumn<QString>("pattern");
    for (const ExpectedPath &path : documentPaths())
        QTest::newRow(qPrintable(pathName(path.answers))) << path.answers << path.outcomeNode << path.pattern;
}

void TestFlowchartExplorer::clickingTheAnswerButtonsReachesEveryOutcome()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, outcomeNode);
    QFETCH(QString, pattern);
    FlowchartWalk *walk = m_page->walk();
    QCOMPARE(walk->currentNode(), u"CONSISTENCY"_s);
    checkHighlight({});
    QStringList given;
    for (const QString &answer : answers) {
        QVERIFY(!walk->atOutcome());
        QVERIFY(m_page->questionCard()->isVisible());
        QVERIFY(!m_page->outcomeCard()->isVisible());
        answerByButton(answer);
        given.append(answer);
        checkHighlight(given);
        // The breadcrumb: Start, each question with its answer, then what waits (or the outcome).
        const QStringList crumbs = m_page->breadcrumb()->crumbTexts();
        QCOMPARE(crumbs.size(), given.size() + 2);
        QCOMPARE(crumbs.first(), u"Start"_s);
        for (qsizetype i = 0; i < given.size(); ++i)
            QCOMPARE(crumbs.at(i + 1), walk->path().at(i).question + u": "_s + given.at(i));
    }
    QVERIFY(walk->atOutcome());
    QCOMPARE(walk->currentNode(), outcomeNode);
    QCOMPARE(walk->outcomePattern(), pattern);
    QVERIFY(m_page->outcomeCard()->isVisible());
    QVERIFY(!m_page->questionCard()->isVisible());
    QCOMPARE(m_page->outcomeCard()->patternName(), m_catalog.pattern(pattern)->name);
    QCOMPARE(m_page->breadcrumb()->crumbTexts().last(), m_catalog.pattern(pattern)->name);
}

// Walks every branch the model offers (depth first, through the page's own buttons) and checks
// that the set of complete paths is exactly the document's nine.
void TestFlowchartExplorer::everyPathOfTheModelIsADocumentPath()
{
    FlowchartWalk *walk = m_page->walk();
    QList<QStringList> found;
    const auto explore = [&](const auto &self) -> void {
        if (walk->atOutcome()) {
            QStringList answers;
            for (const FlowchartStep &step : walk->path())
                answers.append(step.answer);
            found.append(answers);
            return;
        }
        const int options = int(walk->options().size());
        QVERIFY(options >= 2);
        for (int i = 0; i < options; ++i) {
            QTest::mouseClick(m_page->questionCard()->answerButtons().at(i), Qt::LeftButton);
            self(self);
            QTest::mouseClick(m_page->backButton(), Qt::LeftButton);
        }
    };
    explore(explore);
    QCOMPARE(found.size(), documentPaths().size());
    for (const ExpectedPath &expected : documentPaths())
        QVERIFY2(found.contains(expected.answers), qPrintable(pathName(expected.answers)));
}

void TestFlowchartExplorer::clickingTheDiagramAnswers()
{
    FlowchartWalk *walk = m_page->walk();
    DiagramView *view = m_page->view();
    // Click each answer edge's label on the screen, as a user would.
    const QStringList answers = {u"Eventual"_s, u"Single Team"_s, u"Spiky/Variable"_s};
    for (const QString &answer : answers) {
        const EdgeItem *target = nullptr;
        for (const EdgeItem *edge : m_page->scene()->edgeItems()) {
            if (edge->from() == walk->currentNode() && edge->label() == answer)
                target = edge;
        }
        QVERIFY2(target, qPrintable(answer));
        const QGraphicsItem *label = target->childItems().value(0);
        QVERIFY(label);
        const QPoint at = view->mapFromScene(label->mapToScene(label->boundingRect().center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(walk->path().last().answer, answer);
    }
    QCOMPARE(walk->outcomePattern(), u"serverless"_s);

    // Clicking an answer's target node answers too.
    walk->restart();
    const NodeItem *strong = m_page->scene()->nodeItem(u"STRONG_REQ"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(strong->mapToScene(strong->nodeRect().center())));
    QCOMPARE(walk->path().size(), 1);
    QCOMPARE(walk->path().first().answer, u"Strong"_s);
    QCOMPARE(walk->currentNode(), u"AUDIT"_s);
    // A node that is no answer of the waiting question does nothing.
    const NodeItem *serverless = m_page->scene()->nodeItem(u"SERVERLESS"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(serverless->mapToScene(serverless->nodeRect().center())));
    QCOMPARE(walk->path().size(), 1);
    QCOMPARE(walk->currentNode(), u"AUDIT"_s);
}

void TestFlowchartExplorer::clickingAnAnsweredQuestionReturnsToIt()
{
    FlowchartWalk *walk = m_page->walk();
    for (const QString &answer : {u"Eventual"_s, u"Single Team"_s, u"Steady High"_s})
        answerByButton(answer);
    QCOMPARE(walk->currentNode(), u"SCALE_REQ"_s);
    const NodeItem *team = m_page->scene()->nodeItem(u"TEAM_STRUCTURE"_s);
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {},
                      m_page->view()->mapFromScene(team->mapToScene(team->nodeRect().center())));
    QCOMPARE(walk->currentNode(), u"TEAM_STRUCTURE"_s);
    QCOMPARE(walk->path().size(), 1);
    checkHighlight({u"Eventual"_s});
}

void TestFlowchartExplorer::backAndRestart()
{
    FlowchartWalk *walk = m_page->walk();
    QVERIFY(!m_page->backButton()->isEnabled());
    QVERIFY(!m_page->restartButton()->isEnabled());
    for (const QString &answer : {u"Strong"_s, u"Standard"_s, u"High"_s})
        answerByButton(answer);
    QCOMPARE(walk->outcomePattern(), u"cqrs"_s);
    QVERIFY(m_page->backButton()->isEnabled());
    QTest::mouseClick(m_page->backButton(), Qt::LeftButton);
    QVERIFY(!walk->atOutcome());
    QCOMPARE(walk->currentNode(), u"READ_PATTERN"_s);
    checkHighlight({u"Strong"_s, u"Standard"_s});
    answerByButton(u"Normal"_s);
    QCOMPARE(walk->outcomePattern(), u"traditional"_s);
    QTest::mouseClick(m_page->restartButton(), Qt::LeftButton);
    QCOMPARE(walk->currentNode(), u"CONSISTENCY"_s);
    QVERIFY(walk->path().isEmpty());
    checkHighlight({});
    QVERIFY(!m_page->backButton()->isEnabled());
    QCOMPARE(m_page->breadcrumb()->crumbTexts(), QStringList({u"Start"_s, u"Consistency Needs?"_s}));
}

void TestFlowchartExplorer::keyboardWalksTheFlowchart()
{
    FlowchartWalk *walk = m_page->walk();
    m_page->setFocus();
    QVERIFY(m_page->hasFocus());
    // Eventual (2), Single Team (1), Steady High (2), 100K-1M QPS (2), Global Users (1).
    for (Qt::Key key : {Qt::Key_2, Qt::Key_1, Qt::Key_2, Qt::Key_2, Qt::Key_1})
        QTest::keyClick(m_page, key);
    QCOMPARE(walk->outcomePattern(), u"edge-computing"_s);
    // A number with no answer does nothing.
    QTest::keyClick(m_page, Qt::Key_9);
    QCOMPARE(walk->outcomePattern(), u"edge-computing"_s);
    QTest::keyClick(m_page, Qt::Key_Backspace);
    QCOMPARE(walk->currentNode(), u"GEOGRAPHIC"_s);
    QTest::keyClick(m_page, Qt::Key_2);
    QCOMPARE(walk->outcomePattern(), u"multi-region"_s);
    QTest::keyClick(m_page, Qt::Key_Home);
    QVERIFY(walk->path().isEmpty());
    QCOMPARE(walk->currentNode(), u"CONSISTENCY"_s);
    QTest::keyClick(m_page, Qt::Key_Backspace); // nothing to take back: harmless
    QCOMPARE(walk->currentNode(), u"CONSISTENCY"_s);
}

void TestFlowchartExplorer::breadcrumbReturnsToAQuestion()
{
    for (const QString &answer : {u"Strong"_s, u"Standard"_s, u"High"_s})
        answerByButton(answer);
    QToolButton *audit = nullptr;
    for (QToolButton *button : m_page->breadcrumb()->findChildren<QToolButton *>()) {
        if (button->text() == u"Audit Requirements: Standard")
            audit = button;
    }
    QVERIFY(audit);
    QTest::mouseClick(audit, Qt::LeftButton);
    QCOMPARE(m_page->walk()->currentNode(), u"AUDIT"_s);
    checkHighlight({u"Strong"_s});
}

void TestFlowchartExplorer::followingTheInputsMatchesTheEngine_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::newRow("defaults") << QStringList();
    QTest::newRow("read heavy") << QStringList{u"read_write_ratio=50"_s};
    QTest::newRow("audit") << QStringList{u"audit=critical"_s};
    QTest::newRow("two teams") << QStringList{u"consistency=eventual"_s, u"teams=2"_s};
    QTest::newRow("spiky") << QStringList{u"consistency=eventual"_s, u"load=spiky"_s};
    QTest::newRow("small steady") << QStringList{u"consistency=eventual"_s, u"qps=20000"_s};
    QTest::newRow("global") << QStringList{u"consistency=eventual"_s, u"qps=500000"_s, u"geography=global"_s};
    QTest::newRow("regional") << QStringList{u"consistency=eventual"_s, u"qps=500000"_s};
    QTest::newRow("huge") << QStringList{u"consistency=eventual"_s, u"qps=2000000"_s};
}

void TestFlowchartExplorer::followingTheInputsMatchesTheEngine()
{
    QFETCH(QStringList, settings);
    for (const QString &setting : settings)
        QCOMPARE(m_scenario->setInput(setting.section(u'=', 0, 0), setting.section(u'=', 1)), QString());
    QTest::mouseClick(m_page->followToggle(), Qt::LeftButton);
    FlowchartWalk *walk = m_page->walk();
    QVERIFY(walk->followsInputs());
    const Evaluation engine = Engine::evaluate(m_catalog, m_scenario->inputs());
    QVERIFY(walk->atOutcome());
    QCOMPARE(walk->currentNode(), engine.outcomeNode);
    QCOMPARE(walk->outcomePattern(), engine.recommendation);
    QCOMPARE(walk->path().size(), engine.path.size());
    QStringList answers;
    for (qsizetype i = 0; i < engine.path.size(); ++i) {
        QCOMPARE(walk->path().at(i).questionNode, engine.path.at(i).questionNode);
        QCOMPARE(walk->path().at(i).answer, engine.path.at(i).answer);
        answers.append(engine.path.at(i).answer);
    }
    checkHighlight(answers);
}

void TestFlowchartExplorer::followingIsLiveWhileInputsMove()
{
    FlowchartWalk *walk = m_page->walk();
    walk->setFollowInputs(true);
    QVERIFY(m_page->followToggle()->isChecked());
    QCOMPARE(m_scenario->setInput(u"consistency"_s, u"eventual"_s), QString());
    QSignalSpy changed(walk, &FlowchartWalk::changed);
    // Sweep QPS as a slider would: the outcome follows the engine at every step.
    for (const double qps : {1000.0, 50000.0, 99999.0, 100000.0, 400000.0, 999999.0, 1000000.0, 5000000.0}) {
        QCOMPARE(m_scenario->setInput(u"qps"_s, QString::number(qps, 'g', 15)), QString());
        QCOMPARE(walk->outcomePattern(), m_scenario->evaluation().recommendation);
        QCOMPARE(m_page->scene()->nodeItem(walk->currentNode())->emphasis(), ItemEmphasis::Reached);
    }
    QVERIFY(changed.size() >= 8);
    QCOMPARE(walk->outcomePattern(), u"cell-based"_s);
    // Turning it off keeps the path where it is; inputs then no longer move it.
    walk->setFollowInputs(false);
    QCOMPARE(m_scenario->setInput(u"qps"_s, u"1000"_s), QString());
    QCOMPARE(walk->outcomePattern(), u"cell-based"_s);
}

void TestFlowchartExplorer::answeringWhileFollowingSetsTheInput()
{
    FlowchartWalk *walk = m_page->walk();
    walk->setFollowInputs(true);
    QCOMPARE(walk->path().first().answer, u"Strong"_s);
    // Answer the first question again by hand: its input changes and the engine walks on.
    QVERIFY(walk->answerAt(0, 1));
    QCOMPARE(m_scenario->inputs().consistency, u"eventual"_s);
    QVERIFY(walk->followsInputs());
    QCOMPARE(walk->outcomePattern(), m_scenario->evaluation().recommendation);
    // A numeric answer takes a value inside its range: ">1M QPS" sets QPS to at least a million.
    const int scaleStep = int(walk->path().size()) - 1;
    QCOMPARE(walk->path().at(scaleStep).questionNode, u"SCALE_REQ"_s);
    int cellAnswer = -1;
    const FlowchartQuestion *scale = m_catalog.flowchart.question(u"SCALE_REQ"_s);
    for (qsizetype i = 0; i < scale->answers.size(); ++i) {
        if (scale->answers.at(i).to == u"CELL_BASED")
            cellAnswer = int(i);
    }
    QVERIFY(walk->answerAt(scaleStep, cellAnswer));
    QVERIFY(m_scenario->inputs().qps >= 1000000);
    QCOMPARE(walk->outcomePattern(), u"cell-based"_s);
    QCOMPARE(m_scenario->evaluation().recommendation, u"cell-based"_s);
    // Back takes the walk off the inputs: the architect is now answering by hand.
    QTest::mouseClick(m_page->backButton(), Qt::LeftButton);
    QVERIFY(!walk->followsInputs());
    QVERIFY(!m_page->followToggle()->isChecked());
    QCOMPARE(walk->currentNode(), u"SCALE_REQ"_s);
    const double qps = m_scenario->inputs().qps;
    answerByButton(u"<100K QPS"_s);
    QCOMPARE(walk->outcomePattern(), u"simple-services"_s);
    QCOMPARE(m_scenario->inputs().qps, qps); // by hand: the inputs stay
}

void TestFlowchartExplorer::outcomeExplainsTheBranchesNotTaken()
{
    QCOMPARE(m_scenario->setInput(u"read_write_ratio"_s, u"20"_s), QString());
    m_page->walk()->setFollowInputs(true);
    QCOMPARE(m_page->walk()->outcomePattern(), u"cqrs"_s);
    const QStringList texts = m_page->outcomeCard()->branchTexts();
    // One branch not taken at each of the three questions, each saying why and where it leads.
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.at(0).startsWith(u"Consistency Needs \u2192 Eventual"_s), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(0).contains(u"Consistency: Strong"_s), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(0).contains(u"Microservices"_s) && texts.at(0).contains(u"Edge Computing"_s), qPrintable(texts.at(0)));
    QVERIFY2(texts.at(1).contains(u"Critical"_s) && texts.at(1).contains(u"Event Sourcing"_s), qPrintable(texts.at(1)));
    QVERIFY2(texts.at(2).contains(u"Normal"_s) && texts.at(2).contains(u"20:1"_s) && texts.at(2).contains(u"Traditional"_s),
             qPrintable(texts.at(2)));

    // A branch answered by hand against the inputs says so.
    m_page->walk()->backTo(0);
    answerByButton(u"Eventual"_s);
    answerByButton(u"Multiple Teams"_s);
    const QStringList manual = m_page->outcomeCard()->branchTexts();
    QCOMPARE(manual.size(), 2);
    QVERIFY2(manual.at(0).contains(u"by hand"_s), qPrintable(manual.at(0)));
    QVERIFY2(manual.at(1).contains(u"Teams"_s), qPrintable(manual.at(1)));
}

void TestFlowchartExplorer::outcomeLinksToPatternAndDiagram()
{
    for (const QString &answer : {u"Strong"_s, u"Critical"_s})
        answerByButton(answer);
    QSignalSpy requested(m_page, &FlowchartPage::pageRequested);
    QTest::mouseClick(m_page->outcomeCard()->patternButton(), Qt::LeftButton);
    QTest::mouseClick(m_page->outcomeCard()->diagramButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(0).value<PageRef>(), (PageRef{PageRef::Kind::Pattern, u"event-sourcing"_s}));
    QCOMPARE(requested.at(1).at(0).value<PageRef>(),
             (PageRef{PageRef::Kind::Diagram, m_catalog.pattern(u"event-sourcing"_s)->diagram}));
}

void TestFlowchartExplorer::decisionRecordSectionBySection()
{
    QCOMPARE(m_scenario->setInput(u"read_write_ratio"_s, u"20"_s), QString());
    QCOMPARE(m_scenario->setInput(u"qps"_s, u"30000"_s), QString());
    m_page->walk()->setFollowInputs(true);
    const QString md = DecisionRecord::toMarkdown(*m_page->walk(), QDate(2026, 11, 26));
    const Pattern *cqrs = m_catalog.pattern(u"cqrs"_s);

    // The sections, in order.
    const QStringList headings = {u"# ADR: Adopt "_s, u"## Context"_s, u"## Questions and answers"_s, u"## Decision"_s,
                                  u"## Consequences"_s, u"## Cost at these inputs"_s, u"## Complexity"_s,
                                  u"## Anti-pattern risks"_s, u"## Migration"_s};
    qsizetype at = -1;
    QHash<QString, QString> sections;
    QList<qsizetype> starts;
    for (const QString &heading : headings) {
        const qsizetype next = md.indexOf(u'\n' + heading, at) + 1;
        QVERIFY2(next > at, qPrintable(heading));
        starts.append(next);
        at = next;
    }
    QVERIFY(md.startsWith(u"# ADR: Adopt "_s));
    for (qsizetype i = 0; i < headings.size(); ++i)
        sections.insert(headings.at(i), md.mid(starts.at(i), (i + 1 < starts.size() ? starts.at(i + 1) : md.size()) - starts.at(i)));

    // Title, date, status.
    const QString head = sections.value(headings.at(0));
    QVERIFY2(head.contains(cqrs->fullName) && head.contains(cqrs->name), qPrintable(head));
    QVERIFY(head.contains(u"**Date:** 2026-11-26"_s));
    QVERIFY(head.contains(u"**Status:** Proposed"_s));

    // Context: a row per input with its value.
    const QString context = sections.value(u"## Context"_s);
    for (const WhatIfInput &input : m_catalog.whatIf.inputs)
        QVERIFY2(context.contains(u"| "_s + input.title + u" | "_s), qPrintable(input.title));
    QVERIFY(context.contains(u"30,000 qps"_s));
    QVERIFY(context.contains(u"| Consistency | Strong |"_s));

    // Questions and answers: the engine's path, numbered.
    const QString answers = sections.value(u"## Questions and answers"_s);
    const Evaluation evaluation = Engine::evaluate(m_catalog, m_scenario->inputs());
    for (qsizetype i = 0; i < evaluation.path.size(); ++i)
        QVERIFY2(answers.contains(QString::number(i + 1) + u". **"_s + evaluation.path.at(i).question + u"?** "_s
                                  + evaluation.path.at(i).answer),
                 qPrintable(answers));
    QVERIFY(answers.contains(u"### Branches not taken"_s));
    QCOMPARE(answers.count(u"\n- "_s), 3);

    // Decision: the pattern, its "when to use", and the selection matrix's agreement.
    const QString decision = sections.value(u"## Decision"_s);
    QVERIFY(decision.contains(u"We will adopt **"_s + cqrs->fullName));
    for (const Fact &fact : cqrs->whenToUse)
        QVERIFY2(decision.contains(DecisionRecord::escapeInline(fact.text)), qPrintable(fact.text));
    QVERIFY(decision.contains(u"agrees"_s));

    // Consequences: every guarantee and scale limit of the pattern.
    const QString consequences = sections.value(u"## Consequences"_s);
    QVERIFY(!cqrs->guarantees.isEmpty());
    for (const Fact &fact : cqrs->guarantees + cqrs->scaleLimits)
        QVERIFY2(consequences.contains(u"- "_s + DecisionRecord::escapeInline(fact.text)), qPrintable(fact.text));

    // Cost at the inputs, from the engine.
    const QString cost = sections.value(u"## Cost at these inputs"_s);
    const CostBreakdown breakdown = Engine::cost(m_catalog, u"cqrs"_s, m_scenario->inputs());
    QVERIFY(breakdown.total() > 0);
    QVERIFY2(cost.contains(u"**"_s + NumberFormat::money(breakdown.total()) + u"**"_s), qPrintable(cost));
    QVERIFY(cost.contains(NumberFormat::money(breakdown.team)));

    // Complexity: the complexity matrix's row for CQRS.
    const QString complexity = sections.value(u"## Complexity"_s);
    const Table *matrix = m_catalog.table(u"complexity-matrix"_s);
    QVERIFY(matrix);
    bool rowFound = false;
    for (const TableRow &row : matrix->rows) {
        if (row.pattern != u"cqrs")
            continue;
        rowFound = true;
        for (const TableColumn &column : matrix->columns) {
            if (column.id != u"pattern")
                QVERIFY2(complexity.contains(u"| "_s + column.title + u" | "_s + DecisionRecord::escapeInline(cellText(row.cell(column.id))) + u" |"_s),
                         qPrintable(column.title));
        }
    }
    QVERIFY(rowFound);

    // Risks: exactly the anti-patterns that threaten CQRS.
    const QString risks = sections.value(u"## Anti-pattern risks"_s);
    int threatening = 0;
    for (const AntiPattern &anti : m_catalog.antiPatterns.items) {
        const bool listed = risks.contains(u"### "_s + anti.name + u" \u2014"_s);
        QCOMPARE(listed, anti.threatens.contains(u"cqrs"_s));
        threatening += listed ? 1 : 0;
    }
    QVERIFY(threatening > 0);
    QVERIFY(risks.contains(u"**Recovery Time:** 1-3 months"_s)); // Synchronous Chains' detection row

    // Migration: the pattern's steps, numbered, in order.
    const QString migration = sections.value(u"## Migration"_s);
    for (qsizetype i = 0; i < cqrs->migrationSteps.size(); ++i)
        QVERIFY(migration.contains(QString::number(i + 1) + u". "_s + DecisionRecord::escapeInline(cqrs->migrationSteps.at(i))));
    QVERIFY(migration.contains(u"Add CQRS"_s)); // the roadmap task
}

void TestFlowchartExplorer::decisionRecordOfAHandAnsweredPath()
{
    // Defaults (ratio 10:1 is not above 10:1) say Traditional; answer "High" by hand instead.
    for (const QString &answer : {u"Strong"_s, u"Standard"_s, u"High"_s})
        answerByButton(answer);
    const QString md = DecisionRecord::toMarkdown(*m_page->walk(), QDate(2026, 1, 2));
    QVERIFY(md.contains(u"answered by hand"_s));
    QVERIFY(md.contains(u"**Method:** the pattern-selection flowchart, answered by hand"_s));
    QVERIFY(md.contains(u"3. **Read Volume?** High \u2014 answered by hand"_s));
    QVERIFY(md.contains(u"## Anti-pattern risks"_s));
    // An open decision says so, and lists the question waiting.
    m_page->walk()->backTo(1);
    const QString open = DecisionRecord::toMarkdown(*m_page->walk(), QDate(2026, 1, 2));
    QVERIFY(open.contains(u"**Status:** Open"_s));
    QVERIFY(open.contains(u"**Audit Requirements?** not answered yet"_s));
    QVERIFY(!open.contains(u"## Cost at these inputs"_s));
    QCOMPARE(DecisionRecord::suggestedFileName(*m_page->walk(), QDate(2026, 1, 2)), u"adr-2026-01-02-open-decision.md"_s);
}

void TestFlowchartExplorer::decisionRecordEscapesMarkdown()
{
    QCOMPARE(DecisionRecord::escapeInline(u"a|b <script> *x* [l](u)\nnext"_s), u"a\\|b \\<script\\> \\*x\\* \\[l\\](u) next"_s);
}

void TestFlowchartExplorer::decisionRecordIsSaved()
{
    for (const QString &answer : {u"Eventual"_s, u"Multiple Teams"_s})
        answerByButton(answer);
    const QString dir = QDir::tempPath() + u"/archscape-adr-test"_s;
    QDir().mkpath(dir);
    const QString path = dir + u"/record.md"_s;
    QCOMPARE(m_page->saveDecisionRecord(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(file.readAll());
    QVERIFY(saved.startsWith(u"# ADR: Adopt "_s));
    QVERIFY(saved.contains(m_catalog.pattern(u"microservices"_s)->name));
    // A path that cannot be written is an error message, not a crash.
    const QString error = m_page->saveDecisionRecord(u"/nonexistent-dir-archscape/x/record.md"_s);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(u"nonexistent-dir-archscape"_s));
    QDir(dir).removeRecursively();
}

QTEST_MAIN(TestFlowchartExplorer)
#include "tst_flowchartexplorer.moc"
